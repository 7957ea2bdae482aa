"""Waivers (减免) for hardship: kind, percent, evidence, approval.

Where the school's profile makes 建档立卡 pupils free (Luoyang, the city plan) they are free by
their registry flag, without anyone having to record a waiver; elsewhere (Helan: 严格进行审核后)
a 建档立卡 waiver is recorded after the review like any other.
"""

from __future__ import annotations

from datetime import date

from after_school_desk.domain.billing import (
    MANUAL_WAIVER_KINDS,
    WAIVER_KINDS,
    WaiverKind,
    waiver_kind,
)
from after_school_desk.domain.profiles import is_free
from after_school_desk.domain.roles import Action
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of, pupil_row, who
from after_school_desk.services.money.answers import WaiverGranted, WaiverLine, waiver_record
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.store import money_store, rows
from after_school_desk.store.ids import new_id


def grant_waiver(
    ctx: ServiceContext,
    pupil_key: str,
    kind: str,
    percent: int = 100,
    evidence: str = "",
    valid_from: str | date | None = None,
) -> WaiverGranted:
    """The principal approves a full (100) or partial reduction from ``valid_from`` on."""
    ctx.require(Action.MANAGE_FEES)
    found = waiver_kind(kind)
    problems: list[str] = []
    if found == WaiverKind.REGISTERED_POOR and registered_poor_free(ctx):
        problems.append(
            t(
                "建档立卡学生按学籍中的建档立卡标记自动免费，无需登记减免；"
                "请在学生信息中勾选“建档立卡”。"
            )
        )
    elif found is None:
        labels = "、".join(f"{k}（{WAIVER_KINDS[k]}）" for k in MANUAL_WAIVER_KINDS)
        problems.append(t("减免类别“{kind}”无效，可选：{labels}。", kind=kind, labels=labels))
    if isinstance(percent, bool) or not isinstance(percent, int) or not 1 <= percent <= 100:
        problems.append(
            t("减免比例“{percent}”无效，应为 1–100 的整数（100 为全免）。", percent=percent)
        )
    if not evidence.strip():
        problems.append(t("请写明减免依据（如 低保证号、残疾证号、审核材料）。"))
    if problems or found is None:
        raise ValidationError(t("减免未登记："), problems)
    start = day_of(ctx, valid_from)
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        month_guard.ensure_open(conn, start)
        row = {
            "id": new_id(),
            "pupil_id": pupil["id"],
            "kind": found,
            "percent": percent,
            "evidence": evidence.strip(),
            "approved_by": ctx.actor.display_name or ctx.actor.login,
            "approved_on": ctx.clock.now().date().isoformat(),
            "valid_from": start.isoformat(),
            "revoked_on": None,
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "waiver", row)
        ctx.audit(conn, "waiver.grant", "waiver", row["id"], None, row)
    return {**waiver_record(row), "pupil": who(pupil), "kind_label": WAIVER_KINDS[found]}


def registered_poor_free(ctx: ServiceContext) -> bool:
    """Does the school's profile make 建档立卡 pupils free by their flag?"""
    return is_free(school_profile(ctx), {WaiverKind.REGISTERED_POOR}) is not None


def revoke_waiver(ctx: ServiceContext, waiver_id: str, on: str | date | None = None) -> None:
    """The reduction ends from ``on`` (the first month not reduced is the month of ``on``)."""
    ctx.require(Action.MANAGE_FEES)
    day = day_of(ctx, on).isoformat()
    with ctx.write() as conn:
        row = rows.get(conn, "waiver", waiver_id)
        if row is None:
            raise NotFound(t("找不到减免记录“{waiver_id}”。", waiver_id=waiver_id))
        if row["revoked_on"]:
            raise ValidationError(t("这条减免已于 {day} 取消。", day=row["revoked_on"]))
        if day < row["valid_from"]:
            raise ValidationError(
                t("取消日期 {day} 早于减免开始日期 {start}。", day=day, start=row["valid_from"])
            )
        month_guard.ensure_open(conn, day)
        rows.update(conn, "waiver", waiver_id, {"revoked_on": day})
        ctx.audit(conn, "waiver.revoke", "waiver", waiver_id, row, {"revoked_on": day})


def list_waivers(ctx: ServiceContext, pupil_key: str | None = None) -> list[WaiverLine]:
    """Recorded waivers (internal detail for the principal)."""
    ctx.require(Action.VIEW_FINANCE)
    conn = ctx.store.conn
    pupil_id = pupil_row(conn, pupil_key)["id"] if pupil_key else None
    return [
        {
            **waiver_record(r),
            "national_id": str(r["national_id"]),
            "name": str(r["name"]),
            "registered_poor": int(r["registered_poor"]),
            "pupil_class_id": str(r["pupil_class_id"]),
            "class_name": str(r["class_name"]),
            "grade_level": int(r["grade_level"]),
            "class_number": int(r["class_number"]),
            "kind_label": WAIVER_KINDS[r["kind"]],
        }
        for r in money_store.waivers(conn, pupil_id)
    ]
