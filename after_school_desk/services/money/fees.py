"""Fee standards (收费标准): amount per unit, per service mode and stage, with the approval it
rests on, effective from a date. History is kept; a standard above the profile's cap is refused
with the clause quoted, the cap first converted to the standard's unit (after_school_desk/domain/fee_units.py,
docs/fee-caps.md) on the basis of the term the standard starts in."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from typing import Any

from after_school_desk.domain.billing import MODES, STAGE_CHOICES, UNITS, FeeUnit, month_bounds
from after_school_desk.domain.compliance import FeeStandardRecord
from after_school_desk.domain.enrolment import ServiceMode
from after_school_desk.domain.fee_units import (
    BILL_UNITS,
    DEFAULT_DAY_MINUTES,
    Basis,
    FeeQuery,
    fullest_month,
    month_count,
    strictest_cap,
)
from after_school_desk.domain.in_force import in_force_during
from after_school_desk.domain.money import yuan
from after_school_desk.domain.profiles import SCHOOL_STAGES, STAGES, Profile
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of
from after_school_desk.services.base.money_common import amount_fen
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.money.answers import FeeStandardView
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.services.school.setup import school_info
from after_school_desk.store import money_store, rows
from after_school_desk.store.ids import new_id
from after_school_desk.store.rows import Row


def school_stages(school: dict[str, Any] | None, stage: str) -> list[str]:
    """The profile stages a standard for ``stage`` ("all": every stage of the school) covers."""
    if stage != "all":
        return [stage]
    return list(SCHOOL_STAGES.get(str(school["stage"]) if school else "primary", ("primary",)))


def cap_problems(
    profile: Profile,
    school: dict[str, Any] | None,
    fen: int,
    unit: str,
    mode: str,
    stage: str,
    basis: Basis | None = None,
) -> list[str]:
    """Why the amount breaks the profile's cap for each stage it covers (empty: within caps).

    A cap stated in another unit is converted to ``unit`` first (after_school_desk/domain/fee_units.py)."""
    boarding = bool(school["boarding"]) if school else None
    problems = []
    for s in school_stages(school, stage):
        q = FeeQuery(unit, stage=s, mode=mode, boarding=boarding)
        cap = strictest_cap(profile, q, basis or Basis())
        if cap is not None and fen > cap.cap_fen:
            how = f"（{cap.how}）" if cap.how else ""
            per = BILL_UNITS.get(unit, unit)
            problems.append(
                t(
                    "{stage}{mode}收费标准 {amount} 元/{unit}，高于上限 {cap} 元/{per}{how}。"
                    "依据：{rule}",
                    stage=STAGES[s], mode=MODES[mode], amount=yuan(fen), unit=UNITS[unit],
                    cap=yuan(cap.cap_fen), per=per, how=how, rule=cap.cap.clause.cite(),
                )
            )  # fmt: skip
    return problems


def basis_on(conn: sqlite3.Connection, day: date, month: str | None = None) -> Basis:
    """The conversion basis for a standard in force on ``day``: the term holding ``day`` (or,
    in a holiday, the next term, else the last one) from the school calendar. ``month``
    ("YYYY-MM"): the month whose service days count for per-month caps; without it, the
    fullest month of the term (at entry)."""
    cal = school_calendar(conn)
    term = cal.term_of(day)
    if term is None:
        later = [t for t in cal.terms if t[0] > day]
        term = later[0] if later else cal.terms[-1] if cal.terms else None
    if term is None:
        return Basis()
    days = cal.service_days(term[0], term[1])
    if not days:
        return Basis()
    iso = [d.isoformat() for d in days]
    minutes = Counter(
        w.minutes for d in days if (w := cal.status(d).window) is not None and w.minutes > 0
    )
    if month is not None:
        first, last = month_bounds(month)
        month_days = len(cal.service_days(first, last)) or fullest_month(iso)
        label = f"{int(month[:4])}年{int(month[5:])}月"
    else:
        month_days, label = fullest_month(iso), "本学期最多的一个月"
    return Basis(
        term_months=month_count(iso),
        term_days=len(iso),
        month_days=month_days,
        day_minutes=minutes.most_common(1)[0][0] if minutes else DEFAULT_DAY_MINUTES,
        from_calendar=True,
        month_label=label,
    )


def set_fee(
    ctx: ServiceContext,
    amount: str | int,
    per: str,
    *,
    mode: str = ServiceMode.BASIC,
    stage: str | None = None,
    approval: str = "",
    approval_date: str | date | None = None,
    start: str | date | None = None,
    half_month: bool = False,
) -> FeeStandardView:
    """Record a fee standard effective from ``start`` (default today)."""
    ctx.require(Action.MANAGE_FEES)
    problems: list[str] = []
    if per not in UNITS:
        problems.append(
            t("计费单位“{per}”无效，可选：month（每月）、term（每学期）、day（每天）。", per=per)
        )
    if mode not in MODES:
        problems.append(
            t("服务方式“{mode}”无效，可选：basic（普惠托管）、course（个性化课程）。", mode=mode)
        )
    stage = stage or "all"
    if stage not in STAGE_CHOICES:
        problems.append(t("学段“{stage}”无效，可选：primary、junior、senior。", stage=stage))
    if half_month and per != FeeUnit.MONTH:
        problems.append(t("“不足半月按半月收取”只适用于按月收费。"))
    if problems:
        raise ValidationError(t("不能设定收费标准："), problems)
    fen = amount_fen(amount, "收费标准", allow_zero=True)
    day = day_of(ctx, start)
    approved_on = day_of(ctx, approval_date).isoformat() if approval_date else None
    profile = school_profile(ctx, day)
    school = school_info(ctx)
    basis = basis_on(ctx.store.conn, day)
    problems = cap_problems(profile, school, fen, per, mode, stage, basis)
    needs_approval = profile.duty("fee_approval")
    if needs_approval is not None and fen > 0 and not approval.strip():
        problems.append(
            t(
                "请填写价格主管部门的审核文号（--approval）。依据：{rule}",
                rule=needs_approval.clause.cite(),
            )
        )
    if problems:
        raise ValidationError(t("收费标准未保存："), problems)
    row = {
        "id": new_id(),
        "amount_fen": fen,
        "unit": FeeUnit(per),
        "mode": ServiceMode(mode),
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


def describe(row: Row) -> FeeStandardView:
    """A ``fee_standard`` row with its label."""
    return {
        "id": str(row["id"]),
        "amount_fen": int(row["amount_fen"]),
        "unit": str(row["unit"]),
        "mode": str(row["mode"]),
        "stage": str(row["stage"]),
        "half_month": bool(row["half_month"]),
        "approval_doc": str(row["approval_doc"]),
        "approval_date": None if row["approval_date"] is None else str(row["approval_date"]),
        "effective_from": str(row["effective_from"]),
        "label": f"{MODES[row['mode']]} {STAGE_CHOICES[row['stage']]} "
        f"{yuan(row['amount_fen'])} 元/{UNITS[row['unit']]}",
    }


def list_standards(ctx: ServiceContext) -> list[FeeStandardView]:
    """Every standard ever set, oldest first (the history)."""
    ctx.require(Action.VIEW_FINANCE)
    return [describe(r) for r in money_store.standards(ctx.store.conn)]


def compliance_fee_records(ctx: ServiceContext, month: str) -> list[FeeStandardRecord]:
    """The standards in force on at least one day of ``month`` (up to today), each with the
    conversion basis of that month, as the compliance check reads them."""
    first, last = month_bounds(month)
    last = min(last, ctx.clock.now().date())
    if last < first:
        return []
    conn = ctx.store.conn
    school = school_info(ctx)
    boarding = bool(school["boarding"]) if school else None
    by_key: dict[tuple[str, str], list[Row]] = {}
    for r in money_store.standards(conn):
        by_key.setdefault(_key(r), []).append(r)
    found: list[FeeStandardRecord] = []
    for key in sorted(by_key):
        for r in in_force_during(by_key[key], first.isoformat(), last.isoformat()):
            on = max(first, date.fromisoformat(str(r["effective_from"])))
            basis = basis_on(conn, on, month)
            for s in school_stages(school, str(r["stage"])):
                found.append(
                    FeeStandardRecord(
                        amount_fen=int(r["amount_fen"]),
                        unit=str(r["unit"]),
                        record_ref=f"fee_standard:{r['id']}",
                        stage=s,
                        mode=str(r["mode"]),
                        boarding=boarding,
                        approval=str(r["approval_doc"] or ""),
                        valid_from=str(r["effective_from"]),
                        basis=basis,
                        day=on.isoformat(),
                    )
                )
    return found


def _key(row: Row) -> tuple[str, str]:
    """A fee standard's history: one per mode and stage."""
    return (str(row["mode"]), str(row["stage"]))
