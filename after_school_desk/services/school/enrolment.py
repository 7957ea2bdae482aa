"""Enrolment per term: 家长申请 → 班级初审 → 学校核准 → enrolled from a date.

A refusal needs a written reason (nobody who needs the service may be refused, so refusals
are reported); a withdrawal is dated; a pupil counts for a day only while enrolled.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from after_school_desk.domain import attendance as domain
from after_school_desk.domain.attendance import derived_id
from after_school_desk.domain.enrolment import (
    AWAITING_APPROVAL,
    MODE_LABELS,
    OPEN_STATUSES,
    STATUS_LABELS,
    EnrolmentStatus,
    ServiceMode,
)
from after_school_desk.domain.roles import Action
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.classes import find_class
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import check_class, day_of, pupil_row, who
from after_school_desk.services.school.answers import (
    EnrolmentListRow,
    EnrolmentRow,
    EnrolResult,
    enrolment_of,
)
from after_school_desk.store import daily_store, month_store, people_store, rows, school_store
from after_school_desk.store.ids import new_id

# the service modes and their labels, as the screens offer them
MODES: dict[str, str] = {mode: label for mode, label in MODE_LABELS.items()}


def _term(conn: sqlite3.Connection, day: date) -> dict[str, Any]:
    term = school_store.term_on(conn, day.isoformat())
    if term is None:
        raise ValidationError(t("{day} 不在任何学期内，无法报名课后服务。", day=day.isoformat()))
    return term


def _current(conn: sqlite3.Connection, pupil_id: str, term_id: str) -> dict[str, Any] | None:
    """The pupil's enrolment in this term that is still in progress or running."""
    for e in reversed(daily_store.enrolments_of(conn, pupil_id, term_id)):
        if e["status"] in OPEN_STATUSES:
            return e
    return None


def enrolment_row(
    ctx: ServiceContext,
    pupil_id: str,
    term_id: str,
    start: date,
    *,
    mode: ServiceMode = ServiceMode.BASIC,
    applied_by: str = "",
    applied_on: date | None = None,
    approve: bool = False,
    agreement_by: str | None = None,
    now: str | None = None,
) -> EnrolmentRow:
    """A new enrolment row, filed (and with ``approve`` approved) as of ``now``; the class
    review (班级初审) is a step of its own (``review``), never filled in by an approval."""
    now = now or ctx.now_iso()
    filed = (applied_on or start).isoformat()
    return {
        # the same application filed on two PCs is one record (docs/several-pcs.md)
        "id": derived_id("enrolment", pupil_id, term_id, mode, filed),
        "pupil_id": pupil_id,
        "term_id": term_id,
        "mode": mode,
        "status": EnrolmentStatus.ENROLLED if approve else EnrolmentStatus.APPLIED,
        "applied_on": filed,
        "applied_by": applied_by,
        "requested_from": start.isoformat(),
        "reviewed_at": None,  # an approval is not the class's review (班级初审)
        "reviewed_by": None,
        "approved_at": now if approve else None,
        "approved_by": ctx.actor.login if approve else None,
        "enrolled_from": start.isoformat() if approve else None,
        "withdrawn_on": None,
        "withdraw_reason": "",
        "refused_reason": "",
        "agreement_signed_on": filed if agreement_by else None,
        "agreement_signed_by": agreement_by,
        "created_at": now,
        "updated_at": now,
        "device_id": ctx.device_id,
    }


def enroll(
    ctx: ServiceContext,
    pupil_keys: list[str] | None = None,
    class_name: str | None = None,
    start: str | date | None = None,
    *,
    approve: bool = False,
    mode: str = ServiceMode.BASIC,
    applied_by: str = "",
) -> EnrolResult:
    """File applications for pupils (or a whole class); ``approve`` also approves them (without
    a class review: where the region's text requires one, compliance lists the enrolment).

    Existing applications are advanced by ``approve``; enrolled pupils are left as they are.
    All pupils or none: a refused pupil leaves the others untouched.
    """
    ctx.require(Action.ENROL)
    if approve:
        ctx.require(Action.APPROVE_ENROLMENT)
    if mode not in MODES:
        raise ValidationError(
            t("服务方式“{mode}”无效，可选：basic（普惠托管）、course（个性化课程）。", mode=mode)
        )
    service = ServiceMode(mode)
    if not pupil_keys and not class_name:
        raise ValidationError(t("请指定学生（学籍号）或 --class 班级。"))
    day = day_of(ctx, start)
    result: EnrolResult = {"applied": [], "approved": [], "already": [], "from": day.isoformat()}
    with ctx.write() as conn:
        term = _term(conn, day)
        month_guard.ensure_open(conn, day, onwards=True)
        pupils = people_store.pupils(conn, find_class(ctx, class_name)["id"]) if class_name else []
        pupils += [pupil_row(conn, key) for key in pupil_keys or []]
        for p in pupils:
            check_class(ctx, conn, p["class_id"], day.isoformat())
            current = _current(conn, p["id"], term["id"])
            if current is None:
                row = enrolment_row(ctx, p["id"], term["id"], day, mode=service,
                                    applied_by=applied_by, applied_on=ctx.clock.now().date(),
                                    approve=approve)  # fmt: skip
                if rows.get(conn, "enrolment", row["id"]) is not None:
                    row["id"] = new_id()  # filed again the same day after a refusal or withdrawal
                rows.insert(conn, "enrolment", row)
                ctx.audit(conn, "enrolment.apply", "enrolment", row["id"], None, row)
                result["approved" if approve else "applied"].append(p["national_id"])
            elif current["status"] != EnrolmentStatus.ENROLLED and approve:
                _approve_in(ctx, conn, current, day)
                result["approved"].append(p["national_id"])
            else:
                result["already"].append(p["national_id"])
    return result


def _approve_in(
    ctx: ServiceContext, conn: sqlite3.Connection, current: dict[str, Any], start: date
) -> None:
    now = ctx.now_iso()
    enrolled_from = max(start.isoformat(), current["requested_from"])
    month_guard.ensure_open(conn, enrolled_from, onwards=True)
    changes = {
        "status": EnrolmentStatus.ENROLLED,
        "approved_at": now,
        "approved_by": ctx.actor.login,
        "enrolled_from": enrolled_from,
        "updated_at": now,
    }
    rows.update(conn, "enrolment", current["id"], changes)
    ctx.audit(conn, "enrolment.approve", "enrolment", current["id"], current, changes)


def _enrolment(conn: sqlite3.Connection, enrolment_id: str) -> dict[str, Any]:
    row = rows.get(conn, "enrolment", enrolment_id)
    if row is None:
        raise NotFound(t("找不到报名记录“{enrolment_id}”。", enrolment_id=enrolment_id))
    return row


def open_enrolment_id(ctx: ServiceContext, key: str, day: str | date | None = None) -> str:
    """The enrolment a command names: its id, or a pupil's (学籍号 or pupil id) application
    of the term containing ``day`` that is still in progress or running."""
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    if rows.get(conn, "enrolment", key.strip()) is not None:
        return key.strip()
    pupil = pupil_row(conn, key)
    e = _current(conn, pupil["id"], _term(conn, day_of(ctx, day))["id"])
    if e is None:
        raise ValidationError(t("{who} 本学期没有进行中的课后服务报名。", who=who(pupil)))
    return str(e["id"])


def review(ctx: ServiceContext, enrolment_id: str) -> EnrolmentRow:
    """班级初审: the class teacher has checked the application."""
    ctx.require(Action.ENROL)
    with ctx.write() as conn:
        e = _enrolment(conn, enrolment_id)
        pupil = pupil_row(conn, e["pupil_id"])
        check_class(ctx, conn, pupil["class_id"], ctx.clock.now().date().isoformat())
        if e["status"] != EnrolmentStatus.APPLIED:
            raise ValidationError(
                t(
                    "{who} 的报名状态是“{status}”，不能初审。",
                    who=who(pupil),
                    status=STATUS_LABELS[EnrolmentStatus(e["status"])],
                )
            )
        changes = {"status": EnrolmentStatus.REVIEWED, "reviewed_at": ctx.now_iso(),
                   "reviewed_by": ctx.actor.login, "updated_at": ctx.now_iso()}  # fmt: skip
        rows.update(conn, "enrolment", enrolment_id, changes)
        ctx.audit(conn, "enrolment.review", "enrolment", enrolment_id, e, changes)
    return enrolment_of({**e, **changes})


def approve(
    ctx: ServiceContext, enrolment_id: str, start: str | date | None = None
) -> EnrolmentRow:
    """学校核准: enrolled from ``start`` (default: the requested date)."""
    ctx.require(Action.APPROVE_ENROLMENT)
    with ctx.write() as conn:
        e = _enrolment(conn, enrolment_id)
        if e["status"] not in AWAITING_APPROVAL:
            raise ValidationError(
                t("报名状态是“{status}”，不能核准。", status=_status_label(e["status"]))
            )
        day = day_of(ctx, start) if start else date.fromisoformat(e["requested_from"])
        _approve_in(ctx, conn, e, day)
    return enrolment_of(_enrolment(ctx.store.conn, enrolment_id))


def _status_label(status: str) -> str:
    return STATUS_LABELS[EnrolmentStatus(status)]


def refuse(ctx: ServiceContext, enrolment_id: str, reason: str) -> EnrolmentRow:
    ctx.require(Action.APPROVE_ENROLMENT)
    if not reason.strip():
        message = t("不予核准必须写明理由（按政策应收尽收，未核准的情况需要上报）。")
        raise ValidationError(message, [], fields={"reason": message})
    with ctx.write() as conn:
        e = _enrolment(conn, enrolment_id)
        if e["status"] not in AWAITING_APPROVAL:
            raise ValidationError(
                t("报名状态是“{status}”，不能再作不予核准处理。", status=_status_label(e["status"]))
            )
        changes = {"status": EnrolmentStatus.REFUSED, "refused_reason": reason.strip(),
                   "updated_at": ctx.now_iso()}  # fmt: skip
        rows.update(conn, "enrolment", enrolment_id, changes)
        ctx.audit(conn, "enrolment.refuse", "enrolment", enrolment_id, e, changes)
    return enrolment_of({**e, **changes})


def record_agreement(
    ctx: ServiceContext, pupil_key: str, signed_by: str, signed_on: str | date | None = None
) -> EnrolmentRow:
    """The signed voluntary agreement (自愿参加课后服务协议) for the current term."""
    ctx.require(Action.ENROL)
    if not signed_by.strip():
        message = t("请填写签订协议的家长姓名。")
        raise ValidationError(message, [], fields={"signed_by": message})
    day = day_of(ctx, signed_on)
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        check_class(ctx, conn, pupil["class_id"], day.isoformat())
        e = _current(conn, pupil["id"], _term(conn, day)["id"])
        if e is None:
            raise ValidationError(t("{who} 本学期没有报名课后服务，无法登记协议。", who=who(pupil)))
        month_guard.ensure_open(conn, day)
        changes = {"agreement_signed_on": day.isoformat(), "agreement_signed_by": signed_by.strip(),
                   "updated_at": ctx.now_iso()}  # fmt: skip
        rows.update(conn, "enrolment", e["id"], changes)
        ctx.audit(conn, "enrolment.agreement", "enrolment", e["id"], e, changes)
    return enrolment_of({**e, **changes})


def withdraw(ctx: ServiceContext, pupil_key: str, on: str | date, reason: str = "") -> EnrolmentRow:
    """The pupil stops from ``on`` (the first day not counted)."""
    ctx.require(Action.ENROL)
    day = day_of(ctx, on)
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        check_class(ctx, conn, pupil["class_id"], day.isoformat())
        e = next(
            (r for r in reversed(daily_store.enrolments_of(conn, pupil["id"]))
             if r["status"] == EnrolmentStatus.ENROLLED),
            None,
        )  # fmt: skip
        if e is None:
            raise ValidationError(t("{who} 目前没有参加课后服务，无需退出。", who=who(pupil)))
        if day.isoformat() <= e["enrolled_from"]:
            message = t(
                "退出日期 {day} 必须晚于开始参加的日期 {enrolled_from}。",
                day=day.isoformat(),
                enrolled_from=e["enrolled_from"],
            )
            raise ValidationError(message, [], fields={"on": message})
        month_guard.ensure_open(conn, day, onwards=True)
        attended = attended_from(conn, pupil["id"], day.isoformat())
        if attended:
            shown = "、".join(attended[:10]) + (
                t(" 等 {count} 天", count=len(attended)) if len(attended) > 10 else ""
            )
            after = date.fromisoformat(attended[-1]) + timedelta(days=1)
            message = t(
                "{who} 在退出日期 {day} 及以后还有出勤记录（{shown}），"
                "退出日期不能早于这些记录；请把退出日期定在 {after} 或以后，"
                "或先更正这些记录。",
                who=who(pupil),
                day=day.isoformat(),
                shown=shown,
                after=after.isoformat(),
            )
            raise ValidationError(message, [], fields={"on": message})
        changes = {"status": EnrolmentStatus.WITHDRAWN, "withdrawn_on": day.isoformat(),
                   "withdraw_reason": reason.strip(), "updated_at": ctx.now_iso()}  # fmt: skip
        rows.update(conn, "enrolment", e["id"], changes)
        ctx.audit(conn, "enrolment.withdraw", "enrolment", e["id"], e, changes)
    return enrolment_of({**e, **changes})


def attended_from(conn: sqlite3.Connection, pupil_id: str, day: str) -> list[str]:
    """The dates from ``day`` on when the pupil was there (signed in, handed over, left alone
    or in extended care, as the events stand after their corrections)."""
    by_day: dict[str, list[domain.Event]] = {}
    for r in month_store.pupil_event_rows_from(conn, pupil_id, day):
        by_day.setdefault(r["day"], []).append(domain.Event.from_row(r))
    found = []
    for d, events in sorted(by_day.items()):
        pd = domain.derive(events)
        if pd.signed_in_at or pd.left_at or pd.extended_at:
            found.append(d)
    return found


def is_enrolled(ctx: ServiceContext, pupil_id: str, day: str | date) -> bool:
    d = day if isinstance(day, str) else day.isoformat()
    return daily_store.enrolled_on(ctx.store.conn, pupil_id, d)


def list_enrolments(
    ctx: ServiceContext, class_name: str | None = None, day: str | date | None = None
) -> list[EnrolmentListRow]:
    ctx.require(Action.VIEW_PUPILS)
    d = day_of(ctx, day)
    conn = ctx.store.conn
    term = _term(conn, d)
    class_id = find_class(ctx, class_name)["id"] if class_name else None
    return [
        {
            "id": r["id"],
            "pupil_id": r["pupil_id"],
            "national_id": r["national_id"],
            "name": r["name"],
            "class": r["class_name"],
            "mode": ServiceMode(r["mode"]),
            "status": EnrolmentStatus(r["status"]),
            "applied_on": r["applied_on"],
            "applied_by": r["applied_by"],
            "enrolled_from": r["enrolled_from"],
            "withdrawn_on": r["withdrawn_on"],
            "refused_reason": r["refused_reason"],
            "agreement_signed_on": r["agreement_signed_on"],
            "agreement_signed_by": r["agreement_signed_by"],
        }
        for r in daily_store.enrolment_list(conn, term["id"], class_id)
    ]
