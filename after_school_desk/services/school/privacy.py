"""Minors' personal information: archiving pupils who left, erasing them after retention."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from after_school_desk.domain.people import PupilStatus
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of, pupil_row
from after_school_desk.services.school.answers import DepartureRow, ErasurePreview
from after_school_desk.store import privacy_store

# What the erasure screen proposes: one year after leaving. A proposal, not a rule: the
# principal sets the period the county asks for.
DEFAULT_RETENTION_DAYS = 365


def archive_pupil(
    ctx: ServiceContext, key: str, left_on: str | date, reason: str = ""
) -> DepartureRow:
    """Record that a pupil left the school on ``left_on``; they leave the active lists."""
    ctx.require(Action.EDIT_PUPIL)
    day = day_of(ctx, left_on)
    with ctx.write() as conn:
        pupil = pupil_row(conn, key)
        earlier = privacy_store.departure(conn, pupil["id"])
        if earlier and earlier["erased_at"]:
            raise ValidationError(t("这名学生的个人信息已经删除，不能再修改离校记录。"))
        row: DepartureRow = {
            "pupil_id": pupil["id"],
            "left_on": day.isoformat(),
            "reason": reason.strip(),
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        privacy_store.record_departure(conn, dict(row))
        ctx.audit(conn, "pupil.mark_left", "pupil", pupil["id"], {"status": pupil["status"]},
                  {"status": PupilStatus.ARCHIVED, "left_on": row["left_on"], "reason": row["reason"]})  # fmt: skip
    return row


def erase_expired(ctx: ServiceContext, retention_days: int) -> int:
    """Erase the personal fields of pupils who left more than ``retention_days`` ago.

    Name becomes “已删除”, the 学籍号 a random placeholder, the birth date is cleared and the
    adults are deleted. The pupil row, its class, flags, enrolments and attendance stay, so
    every count in past reports is unchanged. Returns how many pupils were erased.
    """
    ctx.require(Action.EDIT_PUPIL)
    cutoff = _cutoff(ctx, retention_days)
    at = ctx.now_iso()
    with ctx.write() as conn:
        due = privacy_store.due_for_erasure(conn, cutoff)
        for d in due:
            placeholder = "DEL" + uuid.uuid4().hex[:16].upper()
            privacy_store.erase_pupil(conn, d["pupil_id"], placeholder, at)
            # the audit entry names no personal data, only that the erasure happened
            ctx.audit(conn, "pupil.erase", "pupil", d["pupil_id"], None,
                      {"left_on": d["left_on"], "retention_days": retention_days})  # fmt: skip
    return len(due)


def _cutoff(ctx: ServiceContext, retention_days: int) -> str:
    """The last departure date whose pupils are past ``retention_days``."""
    if retention_days < 0:
        message = t("保留期限不能是负数。")
        raise ValidationError(message, fields={"retention_days": message})
    return (ctx.clock.now().date() - timedelta(days=retention_days)).isoformat()


def erasure_preview(ctx: ServiceContext, retention_days: int) -> ErasurePreview:
    """What ``erase_expired`` would do now, without doing it: the cut-off date (pupils who left
    on or before it are due), how many are due, and how many archived pupils are still kept."""
    ctx.require(Action.EDIT_PUPIL)
    cutoff = _cutoff(ctx, retention_days)
    conn = ctx.store.conn
    return {
        "cutoff": cutoff,
        "due": privacy_store.count_due_for_erasure(conn, cutoff),
        "kept": privacy_store.count_archived_not_erased(conn),
    }
