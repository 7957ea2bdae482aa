"""Undo and correction of attendance: always a new event, never a change to an old one.

- ``revert`` undoes what one tap recorded (the ids the action returned), at once, from the
  screen where it was made: each event is superseded by a correction, and a sign-in that the
  action had voided (全部到齐, then 缺席) is recorded again with its original time.
- ``correct`` voids one event later, with a written reason.
- ``day_record`` is a pupil-day's events in words, for the screens.

Who may correct: the person who recorded an action may undo it for a few minutes; the class's
teacher may correct the class's records on the day itself until the day is signed off; after
that (or for an earlier day) only the duty leader or the principal, always with a reason.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from after_school_desk.domain import attendance as domain
from after_school_desk.domain.alerts import AlertKind
from after_school_desk.domain.attendance import ContactOutcome, EventKind
from after_school_desk.domain.roles import Action, allowed
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import check_class, day_of, pupil_row
from after_school_desk.services.daily.answers import (
    DayRecord,
    DayRecordEvent,
    EventRecord,
    PupilDaySummary,
    event_record,
)
from after_school_desk.services.daily.event_log import (
    append_event,
    pupil_day_now,
    pupil_day_summary,
)
from after_school_desk.store import daily_store, duty_store, people_store

UNDO_SECONDS = 120
UNDO_REASON = "当场撤销（点错了）"
# Fields that say what an event recorded (not who, when it was recorded, or where).
_PAYLOAD = (
    "staff_id", "adult_id", "adult_name", "adult_relation", "adult_phone", "override_reason",
    "override_by", "alert_kind", "outcome", "method", "reason", "note", "leave_from", "leave_to",
)  # fmt: skip


def _just_recorded(ctx: ServiceContext, target: Mapping[str, Any]) -> bool:
    if target["actor"] != ctx.actor.login:
        return False
    recorded = datetime.fromisoformat(target["recorded_at"])
    return ctx.clock.now() - recorded <= timedelta(seconds=UNDO_SECONDS)


def correction_problem(ctx: ServiceContext, conn: sqlite3.Connection, day: str) -> str | None:
    """Why this actor may not correct the records of ``day`` (None: may)."""
    if allowed(ctx.actor.role, Action.DUTY):
        return None
    if day != ctx.clock.now().date().isoformat():
        return t("{day} 的记录只能由带班领导或校长更正（班主任可以更正当天的记录）。", day=day)
    row = duty_store.duty_day(conn, day)
    if row and row["signed_off_at"]:
        return t(
            "今天已于 {time} 签结，请带班领导或校长更正。", time=domain.hhmm(row["signed_off_at"])
        )
    return None


def _target(conn: sqlite3.Connection, event_id: str) -> EventRecord:
    target = daily_store.event(conn, event_id)
    if target is None:
        raise ValidationError(t("找不到考勤记录“{id}”。", id=event_id))
    return event_record(target)


def _void_one(
    ctx: ServiceContext, conn: sqlite3.Connection, target: EventRecord, reason: str
) -> EventRecord:
    pupil = pupil_row(conn, target["pupil_id"])
    pd = pupil_day_now(conn, pupil["id"], target["day"])
    if target["kind"] == EventKind.CORRECTION:
        # undoing a correction: the voided event is recorded again as it was
        voided = _target(conn, target["supersedes"] or "")
        if any(e.id == voided["id"] for e in pd.events):
            raise ValidationError(t("这条更正已经撤销过了。"))
        payload = {k: voided.get(k) for k in _PAYLOAD}
        payload["note"] = f"撤销更正后恢复。{payload.get('note') or ''}".strip()
        at = datetime.fromisoformat(voided["at"])
        kind = EventKind(voided["kind"])
        return append_event(ctx, conn, pupil, target["day"], kind, at, **payload)
    if all(e.id != target["id"] for e in pd.events):
        raise ValidationError(t("{name} 的这条考勤记录已被更正过。", name=pupil["name"]))
    return append_event(ctx, conn, pupil, target["day"], EventKind.CORRECTION, ctx.clock.now(),
                   staff_id=ctx.actor.staff_id, supersedes=target["id"],
                   reason=reason.strip())  # fmt: skip


def revert(
    ctx: ServiceContext, event_ids: Sequence[str], reason: str = UNDO_REASON
) -> list[PupilDaySummary]:
    """Undo what one action recorded (``event_ids`` as the action returned them), in one
    transaction. Returns the pupil-days as they are now."""
    ctx.require(Action.ATTENDANCE)
    if not event_ids:
        raise ValidationError(t("没有可以撤销的记录。"))
    touched: dict[tuple[str, str], Mapping[str, Any]] = {}
    with ctx.write() as conn:
        for event_id in event_ids:
            target = _target(conn, event_id)
            month_guard.ensure_open(conn, target["day"])
            pupil = pupil_row(conn, target["pupil_id"])
            check_class(ctx, conn, pupil["class_id"], target["day"])
            if not _just_recorded(ctx, target):
                raise ValidationError(
                    t(
                        "撤销的时间已过（只能撤销自己刚刚的操作）；请打开学生的“今天的记录”，"
                        "点要更正的那一条并写明理由。"
                    )
                )
            row = _void_one(ctx, conn, target, reason)
            ctx.audit(conn, "attendance.revert", "attendance_event", event_id, target, row)
            touched[(pupil["id"], target["day"])] = pupil
        views = [
            pupil_day_summary(pupil, day, pupil_day_now(conn, pid, day))
            for (pid, day), pupil in touched.items()
        ]
    return views


def correct(ctx: ServiceContext, event_id: str, reason: str) -> PupilDaySummary:
    """Void an earlier event with a correction (a new event; the old one stays on record)."""
    ctx.require(Action.ATTENDANCE)
    if not reason.strip():
        raise ValidationError(t("更正必须写明理由。"))
    with ctx.write() as conn:
        target = _target(conn, event_id)
        month_guard.ensure_open(conn, target["day"])
        if target["kind"] == EventKind.CORRECTION:
            raise ValidationError(t("更正记录本身不能再更正；请重新登记正确的情况。"))
        pupil = pupil_row(conn, target["pupil_id"])
        check_class(ctx, conn, pupil["class_id"], target["day"])
        problem = correction_problem(ctx, conn, target["day"])
        if problem:
            raise PermissionDenied(problem)
        row = _void_one(ctx, conn, target, reason)
        ctx.audit(conn, "attendance.correct", "attendance_event", event_id, target, row)
        pd = pupil_day_now(conn, pupil["id"], target["day"])
    return pupil_day_summary(pupil, target["day"], pd)


# --- a pupil-day in words --------------------------------------------------------------------


def describe(row: Mapping[str, Any]) -> str:
    """One event in words, as a teacher would write it on the paper sheet."""
    kind = row["kind"]
    reason = (row.get("reason") or "").strip()
    why = f"（{reason}）" if reason else ""
    adult = f"{row.get('adult_name') or ''}（{row.get('adult_relation') or ''}）"
    if kind == EventKind.SIGNED_IN:
        return "签到"
    if kind == EventKind.MARKED_ABSENT:
        return f"记为缺席{why}"
    if kind == EventKind.LEAVE:
        start, end = row.get("leave_from"), row.get("leave_to")
        return f"请假{why}" + (f"，{start} 至 {end}" if start and end and start != end else "")
    if kind == EventKind.CONTACTED:
        outcome = "联系上了" if row.get("outcome") == ContactOutcome.REACHED else "没有联系上"
        topic = "缺席" if row.get("alert_kind") == AlertKind.ABSENCE else "延迟接走"
        return f"就{topic}联系家长 {row.get('adult_name') or ''}：{outcome}{why}"
    if kind == EventKind.HANDED_OVER:
        extra = f"，名单外放行：{row['override_reason']}" if row.get("override_reason") else ""
        return f"交给 {adult}{extra}"
    if kind == EventKind.EXTENDED_HANDOVER:
        return f"延时托管后交给 {adult}"
    if kind == EventKind.SELF_LEAVE:
        return "自行离校"
    if kind == EventKind.EXTENDED_CARE:
        return "转入延时托管"
    if kind == EventKind.CORRECTION:
        return f"更正{why}"
    return str(kind)


def day_record(ctx: ServiceContext, pupil_key: str, day: str | date | None = None) -> DayRecord:
    """The pupil-day's events in words, oldest first, each saying whether it still counts,
    what voided it, and whether this actor may correct it now."""
    ctx.require(Action.ATTENDANCE)
    d = day_of(ctx, day).isoformat()
    conn = ctx.store.conn
    pupil = pupil_row(conn, pupil_key)
    check_class(ctx, conn, pupil["class_id"], d)
    names: dict[str, str] = {u["login"]: u["display_name"] for u in people_store.users(conn)}
    found = daily_store.events_of_pupil_day(conn, pupil["id"], d)
    voided_by = {r["supersedes"]: r for r in found if r["kind"] == EventKind.CORRECTION}
    problem = correction_problem(ctx, conn, d)
    pd = domain.derive(domain.Event.from_row(r) for r in found)
    events: list[DayRecordEvent] = []
    for r in found:
        by = voided_by.get(r["id"])
        what = describe(r)
        if r["kind"] == EventKind.CORRECTION:
            target = next((x for x in found if x["id"] == r["supersedes"]), None)
            if target is not None:
                what = f"撤销“{describe(target)}”" + (f"：{r['reason']}" if r.get("reason") else "")
        events.append({
            "id": r["id"], "kind": r["kind"], "at": domain.hhmm(r["at"]),
            "recorded_at": domain.hhmm(r["recorded_at"]), "text": what,
            "who": str(names.get(r["actor"], r["actor"])), "counts": by is None,
            "voided_reason": (by.get("reason") or "") if by else "",
            "can_correct": by is None and r["kind"] != EventKind.CORRECTION and problem is None,
        })  # fmt: skip
    return {
        **pupil_day_summary(pupil, d, pd),
        "events": events,
        "correction_problem": problem or "",
    }
