"""Fee standards (收费标准): amount per unit, per service mode and stage, with the approval it
rests on, effective from a date. History is kept; a standard above the profile's cap is refused
with the clause quoted."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.billing import MODES, STAGE_CHOICES, UNITS
from app.domain.compliance import FeeStandardRecord
from app.domain.in_force import in_force_by
from app.domain.money import yuan
from app.domain.profiles import SCHOOL_STAGES, STAGES, Profile, fee_cap
from app.domain.roles import Action
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.services.daily_common import day_of
from app.services.money_common import amount_fen
from app.services.profiles import school_profile
from app.services.setup import school_info
from app.store import money_store, rows
from app.store.ids import new_id


def cap_problems(
    profile: Profile, school: dict[str, Any] | None, fen: int, unit: str, mode: str, stage: str
) -> list[str]:
    """Why the amount breaks the profile's cap for each stage it covers (empty: within caps)."""
    stages = (
        [stage]
        if stage != "all"
        else list(SCHOOL_STAGES.get(str(school["stage"]) if school else "primary", ("primary",)))
    )
    boarding = bool(school["boarding"]) if school else None
    problems = []
    for s in stages:
        cap = fee_cap(profile, s, unit, mode, boarding=boarding)
        if cap is not None and fen > cap.cap_fen:
            problems.append(
                f"{STAGES[s]}{MODES[mode]}收费标准 {yuan(fen)} 元/{UNITS[unit]}"
                f"高于上限 {yuan(cap.cap_fen)} 元。依据：{cap.clause.cite()}"
            )
    return problems


def set_fee(
    ctx: ServiceContext,
    amount: str | int,
    per: str,
    *,
    mode: str = "basic",
    stage: str | None = None,
    approval: str = "",
    approval_date: str | date | None = None,
    start: str | date | None = None,
    half_month: bool = False,
) -> dict[str, Any]:
    """Record a fee standard effective from ``start`` (default today)."""
    ctx.require(Action.MANAGE_FEES)
    problems: list[str] = []
    if per not in UNITS:
        problems.append(f"计费单位“{per}”无效，可选：month（每月）、term（每学期）、day（每天）。")
    if mode not in MODES:
        problems.append(f"服务方式“{mode}”无效，可选：basic（普惠托管）、course（个性化课程）。")
    stage = stage or "all"
    if stage not in STAGE_CHOICES:
        problems.append(f"学段“{stage}”无效，可选：primary、junior、senior。")
    if half_month and per != "month":
        problems.append("“不足半月按半月收取”只适用于按月收费。")
    if problems:
        raise ValidationError("不能设定收费标准：", problems)
    fen = amount_fen(amount, "收费标准", allow_zero=True)
    day = day_of(ctx, start)
    approved_on = day_of(ctx, approval_date).isoformat() if approval_date else None
    profile = school_profile(ctx)
    school = school_info(ctx)
    problems = cap_problems(profile, school, fen, per, mode, stage)
    needs_approval = profile.duty("fee_approval")
    if needs_approval is not None and fen > 0 and not approval.strip():
        problems.append(
            f"请填写价格主管部门的审核文号（--approval）。依据：{needs_approval.clause.cite()}"
        )
    if problems:
        raise ValidationError("收费标准未保存：", problems)
    row = {
        "id": new_id(),
        "amount_fen": fen,
        "unit": per,
        "mode": mode,
        "stage": stage,
        "half_month": int(half_month),
        "approval_doc": approval.strip(),
        "approval_date": approved_on,
        "effective_from": day.isoformat(),
        "created_at": ctx.now_iso(),
        "actor": ctx.actor.login,
        "device_id": ctx.device_id,
    }
    with ctx.write() as conn:
        rows.insert(conn, "fee_standard", row)
        ctx.audit(conn, "fee.set", "fee_standard", str(row["id"]), None, row)
    return describe(row)


def describe(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "amount_fen": row["amount_fen"],
        "unit": row["unit"],
        "mode": row["mode"],
        "stage": row["stage"],
        "half_month": bool(row["half_month"]),
        "approval_doc": row["approval_doc"],
        "approval_date": row["approval_date"],
        "effective_from": row["effective_from"],
        "label": f"{MODES[row['mode']]} {STAGE_CHOICES[row['stage']]} "
        f"{yuan(row['amount_fen'])} 元/{UNITS[row['unit']]}",
    }


def list_standards(ctx: ServiceContext) -> list[dict[str, Any]]:
    """Every standard ever set, oldest first (the history)."""
    ctx.require(Action.VIEW_FINANCE)
    return [describe(r) for r in money_store.standards(ctx.store.conn)]


def compliance_fee_records(ctx: ServiceContext) -> list[FeeStandardRecord]:
    """The standards in force today, as the compliance check reads them."""
    today = ctx.clock.now().date().isoformat()
    current = in_force_by(money_store.standards(ctx.store.conn), _key, today)
    return [
        FeeStandardRecord(
            amount_fen=int(r["amount_fen"]),
            unit=str(r["unit"]),
            record_ref=f"fee_standard:{r['id']}",
            stage=None if r["stage"] == "all" else str(r["stage"]),
            mode=str(r["mode"]),
            approval=str(r["approval_doc"] or ""),
            valid_from=str(r["effective_from"]),
        )
        for r in current.values()
        if r["unit"] in ("month", "term")  # the profiles cap monthly and termly fees
    ]


def _key(row: dict[str, Any]) -> tuple[str, str]:
    """A fee standard's history: one per mode and stage."""
    return (str(row["mode"]), str(row["stage"]))
