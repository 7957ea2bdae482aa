"""Sign-in, absence, leave, guardian contacts and sign-out: each one appends attendance events.

Events are never changed; the state of a pupil-day is derived from them
(after_school_desk.domain.attendance). A refused action raises before anything is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from after_school_desk.domain import attendance as domain
from after_school_desk.domain.alerts import AlertKind, AlertStatus
from after_school_desk.domain.attendance import (
    ContactMethod,
    ContactOutcome,
    DayState,
    EventKind,
    WayOut,
)
from after_school_desk.domain.people import clean_name, clean_phone
from after_school_desk.domain.roles import Action
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import (
    check_class,
    day_of,
    instant,
    pupil_row,
    pupil_stage,
    require_service_day,
    service_day,
    staff_on_duty,
    who,
)
from after_school_desk.services.base.pupil_visibility import phone_as_seen, visibility
from after_school_desk.services.daily.answers import (
    ClassDayRow,
    ContactRecorded,
    LeaveRecorded,
    PickupAdult,
    PupilDayView,
    Recorded,
    SelfLeavePermit,
    SignedInAll,
)
from after_school_desk.services.daily.event_log import (
    DayData,
    append_event,
    checked_pupil,
    day_states,
    load_day,
    pupil_day_now,
    pupil_day_summary,
)
from after_school_desk.store import daily_store, people_store, rows
from after_school_desk.store.ids import new_id

# ContactMethod -> its label; typed by str for the faces, which look up what a person typed
CONTACT_METHODS: dict[str, str] = {k: v for k, v in domain.CONTACT_METHOD_LABELS.items()}
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Override:
    """A duty leader lets a pupil go with an adult who is not on the pickup list."""

    name: str
    relation: str
    phone: str
    reason: str


# --- sign-in ---------------------------------------------------------------------------


def sign_in(
    ctx: ServiceContext, pupil_key: str, at: str | datetime | None = None, note: str = ""
) -> Recorded:
    """The pupil is present (a late arrival is signed in with its real time)."""
    ctx.require(Action.ATTENDANCE)
    when = instant(ctx, at)
    day = when.date()
    with ctx.write() as conn:
        pupil, _status = checked_pupil(ctx, conn, pupil_key, day)
        pd = pupil_day_now(conn, pupil["id"], day.isoformat())
        problem = domain.sign_in_problem(pd)
        if problem:
            raise ValidationError(t("{who} {problem}。", who=who(pupil), problem=problem))
        row = append_event(ctx, conn, pupil, day.isoformat(), EventKind.SIGNED_IN, when,
                      staff_id=ctx.actor.staff_id, note=note)  # fmt: skip
        pd = domain.derive([*pd.events, domain.Event.from_row(row)])
    return {**pupil_day_summary(pupil, day.isoformat(), pd), "event_ids": [row["id"]]}


def sign_in_all(
    ctx: ServiceContext,
    class_id: str,
    day: str | date | None = None,
    except_ids: Iterable[str] = (),
    at: str | datetime | None = None,
) -> SignedInAll:
    """Everyone of the class not yet marked is present, except ``except_ids`` (pupil ids).

    Pupils on leave, marked absent, already signed in or gone are left as they are.
    """
    ctx.require(Action.ATTENDANCE)
    when = instant(ctx, at)
    d = day_of(ctx, day) if day else when.date()
    if when.date() != d:
        when = datetime.combine(d, when.timetz())
    skip = set(except_ids)
    signed: list[str] = []
    event_ids: list[str] = []
    with ctx.write() as conn:
        month_guard.ensure_open(conn, d)
        check_class(ctx, conn, class_id, d.isoformat())
        require_service_day(conn, d, class_id)
        states = day_states(conn, d.isoformat(), class_id)
        for p in daily_store.enrolled_pupils(conn, d.isoformat(), class_id):
            pd = states.get(p["pupil_id"]) or domain.PupilDay()
            if p["pupil_id"] in skip or pd.state != DayState.NOT_ARRIVED:
                continue
            pupil = {"id": p["pupil_id"], "class_id": class_id}
            row = append_event(ctx, conn, pupil, d.isoformat(), EventKind.SIGNED_IN, when,
                          staff_id=ctx.actor.staff_id)  # fmt: skip
            signed.append(p["pupil_id"])
            event_ids.append(row["id"])
    return {"date": d.isoformat(), "signed_in": signed, "count": len(signed),
            "event_ids": event_ids}  # fmt: skip


# --- absence and leave -----------------------------------------------------------------


def _void(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    pupil: Mapping[str, Any],
    day: str,
    pd: domain.PupilDay,
    kinds: frozenset[EventKind],
    reason: str,
) -> tuple[domain.PupilDay, list[str]]:
    """Supersede the pupil-day's effective events of ``kinds`` with corrections (a sign-in by
    全部到齐 for a pupil who is not there, a 请假 that was really an absence …). A pupil who
    has left cannot be made absent. Returns the new state and the corrections' ids."""
    targets = [e for e in pd.events if e.kind in kinds]
    if not targets:
        return pd, []
    if pd.has_left:
        raise ValidationError(
            t(
                "{who} 已于 {time} 离校，不能再改为缺席或请假。",
                who=who(pupil),
                time=domain.hhmm(pd.left_at),
            )
        )
    events = list(pd.events)
    made: list[str] = []
    for e in targets:
        row = append_event(ctx, conn, pupil, day, EventKind.CORRECTION, ctx.clock.now(),
                      staff_id=ctx.actor.staff_id, supersedes=e.id, reason=reason)  # fmt: skip
        events.append(domain.Event.from_row(row))
        made.append(row["id"])
    return domain.derive(events), made


SIGN_IN = frozenset({EventKind.SIGNED_IN})
LEAVE = frozenset({EventKind.LEAVE})
ABSENT = frozenset({EventKind.MARKED_ABSENT})


def mark_absent(
    ctx: ServiceContext, pupil_key: str, day: str | date | None = None, reason: str = ""
) -> Recorded:
    """Unexplained absence: the alert opens at once and stays open until a guardian is reached.
    A pupil signed in by 全部到齐 or recorded on leave by mistake is corrected to absent."""
    ctx.require(Action.ATTENDANCE)
    d = day_of(ctx, day)
    with ctx.write() as conn:
        pupil, _status = checked_pupil(ctx, conn, pupil_key, d)
        pd = pupil_day_now(conn, pupil["id"], d.isoformat())
        pd, made = _void(ctx, conn, pupil, d.isoformat(), pd, SIGN_IN | LEAVE,
                         "更正：实际缺席")  # fmt: skip
        if pd.marked_absent_at is not None:
            if not made:
                raise ValidationError(t("{who} 当天已记为缺席。", who=who(pupil)))
            return {**pupil_day_summary(pupil, d.isoformat(), pd), "event_ids": made}
        now = ctx.clock.now()
        at = now if now.date() == d else datetime.combine(d, now.timetz())
        row = append_event(ctx, conn, pupil, d.isoformat(), EventKind.MARKED_ABSENT, at,
                      staff_id=ctx.actor.staff_id, reason=reason.strip())  # fmt: skip
        pd = domain.derive([*pd.events, domain.Event.from_row(row)])
    return {**pupil_day_summary(pupil, d.isoformat(), pd), "event_ids": [*made, row["id"]]}


def record_leave(
    ctx: ServiceContext,
    pupil_key: str,
    start: str | date,
    end: str | date | None = None,
    reason: str = "",
) -> LeaveRecorded:
    """Known leave (请假) for a date range, recorded in advance: one event per service day."""
    ctx.require(Action.ATTENDANCE)
    d0 = day_of(ctx, start)
    d1 = day_of(ctx, end) if end else d0
    if d1 < d0:
        raise ValidationError(t("请假结束日期 {end} 早于开始日期 {start}。", end=d1, start=d0))
    if (d1 - d0).days > 120:
        raise ValidationError(t("一次请假不能超过 120 天，请分段登记或办理退出。"))
    now = ctx.clock.now()
    days: list[str] = []
    event_ids: list[str] = []
    with ctx.write() as conn:
        month_guard.ensure_open(conn, d0, until=d1)
        pupil = pupil_row(conn, pupil_key)
        check_class(ctx, conn, pupil["class_id"], d0.isoformat())
        stage = pupil_stage(pupil)
        problems: list[str] = []
        day = d0
        while day <= d1:
            iso_day = day.isoformat()
            if service_day(conn, day, stage).service and daily_store.enrolled_on(
                conn, pupil["id"], iso_day
            ):
                pd = pupil_day_now(conn, pupil["id"], iso_day)
                if pd.has_left:
                    problems.append(
                        t(
                            "{day} 已于 {time} 离校，不能再记请假。",
                            day=iso_day,
                            time=domain.hhmm(pd.left_at),
                        )
                    )
                elif pd.state != DayState.LEAVE:
                    _pd, made = _void(ctx, conn, pupil, iso_day, pd, SIGN_IN | ABSENT,
                                      "更正：实际请假")  # fmt: skip
                    event_ids.extend(made)
                    days.append(iso_day)
            day += timedelta(days=1)
        if problems:
            raise ValidationError(t("{who} 的请假未登记：", who=who(pupil)), problems)
        if not days:
            raise ValidationError(
                t(
                    "{who} 在 {start} 至 {end} 没有需要请假的课后服务日（非服务日、未报名或已请假）。",
                    who=who(pupil),
                    start=d0,
                    end=d1,
                )
            )
        for iso_day in days:
            row = append_event(ctx, conn, pupil, iso_day, EventKind.LEAVE, now, staff_id=ctx.actor.staff_id,
                          reason=reason.strip(), leave_from=d0.isoformat(),
                          leave_to=d1.isoformat())  # fmt: skip
            event_ids.append(row["id"])
    return {"pupil_id": pupil["id"], "national_id": pupil["national_id"], "days": days,
            "event_ids": event_ids}  # fmt: skip


# --- guardian contact ------------------------------------------------------------------


def record_contact(
    ctx: ServiceContext,
    pupil_key: str,
    reached: bool,
    day: str | date | None = None,
    *,
    method: str = ContactMethod.PHONE,
    reason: str = "",
    note: str = "",
    adult_name: str | None = None,
    alert_kind: str | None = None,
    at: str | datetime | None = None,
) -> ContactRecorded:
    """A contact attempt with a guardian about an absence or a late pickup.

    Reached closes the alert; not reached keeps it open. The alert kind follows the pupil's
    state (not signed in: absence; signed in and still at school: late pickup).
    """
    ctx.require(Action.ATTENDANCE)
    how = _member(ContactMethod, method)
    if how is None:
        raise ValidationError(
            t("联系方式“{method}”无效，可选：{choices}。", method=method,
              choices=", ".join(ContactMethod))
        )  # fmt: skip
    about = _member(AlertKind, alert_kind) if alert_kind else None
    if alert_kind and about is None:
        raise ValidationError(
            t("提醒类型“{kind}”无效，可选：{choices}。", kind=alert_kind,
              choices=", ".join(AlertKind))
        )  # fmt: skip
    when = instant(ctx, at)
    d = day_of(ctx, day) if day else when.date()
    with ctx.write() as conn:
        pupil, _status = checked_pupil(ctx, conn, pupil_key, d)
        pd = pupil_day_now(conn, pupil["id"], d.isoformat())
        kind = about or (AlertKind.ABSENCE if pd.signed_in_at is None else AlertKind.LATE_PICKUP)
        if kind == AlertKind.ABSENCE and pd.state == DayState.LEAVE:
            raise ValidationError(t("{who} 当天已请假，没有缺席需要跟进。", who=who(pupil)))
        if kind == AlertKind.LATE_PICKUP and pd.signed_in_at is None:
            raise ValidationError(t("{who} 当天没有签到，没有延迟接走需要跟进。", who=who(pupil)))
        if kind == AlertKind.LATE_PICKUP and pd.has_left:
            raise ValidationError(
                t(
                    "{who} 已于 {time} 离校，无需再联系。",
                    who=who(pupil),
                    time=domain.hhmm(pd.left_at),
                )
            )
        adult = _contact_adult(conn, pupil, adult_name)
        outcome = ContactOutcome.REACHED if reached else ContactOutcome.NOT_REACHED
        row = append_event(ctx, conn, pupil, d.isoformat(), EventKind.CONTACTED, when,
                      staff_id=ctx.actor.staff_id, alert_kind=kind, outcome=outcome, method=how,
                      reason=reason.strip(), note=note.strip(), adult_id=adult.get("id"),
                      adult_name=adult.get("name"), adult_relation=adult.get("relation"),
                      adult_phone=adult.get("phone"))  # fmt: skip
        pd = domain.derive([*pd.events, domain.Event.from_row(row)])
    return {**pupil_day_summary(pupil, d.isoformat(), pd), "alert_kind": kind, "reached": reached,
            "event_ids": [row["id"]]}  # fmt: skip


def _member(enum: type[E], value: str) -> E | None:
    """``value`` as a member of ``enum`` (a StrEnum), or None when it names none."""
    try:
        return enum(value)
    except ValueError:
        return None


def _contact_adult(
    conn: sqlite3.Connection, pupil: Mapping[str, Any], name: str | None
) -> Mapping[str, Any]:
    adults = people_store.adults(conn, pupil["id"])
    if name:
        for a in adults:
            if a["name"] == name.strip():
                return a
        return {"name": name.strip()}
    guardians = [a for a in adults if a["is_guardian"]] or adults
    return guardians[0] if guardians else {}


# --- sign-out --------------------------------------------------------------------------


def sign_out(
    ctx: ServiceContext,
    pupil_key: str,
    at: str | datetime | None = None,
    adult_id: str | None = None,
    pickup_name: str | None = None,
    self_leave: bool = False,
    extended: bool = False,
    override: Override | None = None,
    staff_id: str | None = None,
) -> Recorded:
    """The pupil's one way out: handover to a listed adult, self-leave with permission, or
    extended care (then a later handover). ``override`` lets a duty leader hand the pupil to
    an adult not on the list. ``staff_id``: who handed over / stays (default: the actor, else
    the class's supervising teacher)."""
    ctx.require(Action.ATTENDANCE)
    ways = sum([bool(adult_id or pickup_name or override), self_leave, extended])
    if ways != 1:
        raise ValidationError(
            t("请选择一种离校方式：交给接送人、自行离校或转入延时托管（只能选一种）。")
        )
    when = instant(ctx, at)
    day = when.date().isoformat()
    way = WayOut.SELF if self_leave else WayOut.EXTENDED if extended else WayOut.HANDOVER
    with ctx.write() as conn:
        pupil, _status = checked_pupil(ctx, conn, pupil_key, when.date())
        pd = pupil_day_now(conn, pupil["id"], day)
        problem = domain.sign_out_problem(pd, way)
        if problem:
            raise ValidationError(t("{who} {problem}。", who=who(pupil), problem=problem))
        staff = staff_id or ctx.actor.staff_id or staff_on_duty(conn, pupil["class_id"], day)
        if extended:
            row = append_event(ctx, conn, pupil, day, EventKind.EXTENDED_CARE, when, staff_id=staff)
        elif self_leave:
            permit = daily_store.self_leave_permission(conn, pupil["id"], day)
            if permit is None:
                raise ValidationError(
                    t(
                        "{who} 没有家长签字的自行离校同意书，不能自行离校；请交给接送人。",
                        who=who(pupil),
                    )
                )
            row = append_event(ctx, conn, pupil, day, EventKind.SELF_LEAVE, when, staff_id=staff,
                          note=f"自行离校同意书：{permit['signed_by']} {permit['signed_on']}")  # fmt: skip
        else:
            kind = (
                EventKind.EXTENDED_HANDOVER
                if pd.state == DayState.EXTENDED_CARE
                else EventKind.HANDED_OVER
            )
            payload = _handover_payload(ctx, conn, pupil, adult_id, pickup_name, override)
            row = append_event(ctx, conn, pupil, day, kind, when, staff_id=staff, **payload)
            if override is not None and payload.get("override_reason"):
                ctx.audit(conn, "attendance.override_handover", "attendance_event", row["id"],
                          None, row)  # fmt: skip
        pd = domain.derive([*pd.events, domain.Event.from_row(row)])
    return {**pupil_day_summary(pupil, day, pd), "event_ids": [row["id"]]}


def _handover_payload(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    pupil: Mapping[str, Any],
    adult_id: str | None,
    pickup_name: str | None,
    override: Override | None,
) -> dict[str, str | None]:
    listed = [a for a in people_store.adults(conn, pupil["id"]) if a["can_pickup"]]
    wanted = (pickup_name or "").strip()
    match = next(
        (
            a
            for a in listed
            if (adult_id and a["id"] == adult_id) or (wanted and a["name"] == wanted)
        ),
        None,
    )
    if match is None and override is not None and not (adult_id or wanted):
        wanted = override.name.strip()
        match = next((a for a in listed if a["name"] == wanted), None)
    if match is not None:
        return {"adult_id": match["id"], "adult_name": match["name"],
                "adult_relation": match["relation"], "adult_phone": match["phone"]}  # fmt: skip
    names = "、".join(f"{a['name']}（{a['relation']}）" for a in listed) or "无"
    named = wanted or adult_id or ""
    if override is None:
        raise ValidationError(
            t("“{named}”不在 {who} 的接送人名单中，不能交接。", named=named, who=who(pupil)),
            [t("名单上的接送人：{names}。", names=names),
             t("如确需交给此人，须由带班领导填写理由及此人的姓名、关系和电话后放行。")],
        )  # fmt: skip
    if not _may_override(ctx):
        raise PermissionDenied(t("只有带班领导（或校长）可以把学生交给名单以外的人。"))
    fields: dict[str, str] = {}
    name = clean_name(override.name or wanted)
    if not name:
        fields["name"] = t("请填写接走学生的人的姓名。")
    if not override.relation.strip():
        fields["relation"] = t("请填写此人与学生的关系。")
    phone = clean_phone(override.phone) if override.phone.strip() else None
    if phone is None:
        fields["phone"] = t("电话“{phone}”无效，请填写此人的手机或固定电话。", phone=override.phone)
    if not override.reason.strip():
        fields["reason"] = t("请写明放行的理由。")
    if fields:
        raise ValidationError(t("名单外交接未记录："), fields=fields)
    return {"adult_id": None, "adult_name": name, "adult_relation": override.relation.strip(),
            "adult_phone": phone, "override_reason": override.reason.strip(),
            "override_by": ctx.actor.login}  # fmt: skip


def _may_override(ctx: ServiceContext) -> bool:
    try:
        ctx.require(Action.DUTY)
    except PermissionDenied:
        return False
    return True


def permit_self_leave(
    ctx: ServiceContext,
    pupil_key: str,
    signed_by: str,
    signed_on: str | date | None = None,
    note: str = "",
) -> SelfLeavePermit:
    """File the guardian's written permission (自行离校同意书) for the pupil to leave alone."""
    ctx.require(Action.ENROL)
    if not signed_by.strip():
        raise ValidationError(t("请填写签字的监护人姓名。"))
    d = day_of(ctx, signed_on)
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        check_class(ctx, conn, pupil["class_id"], d.isoformat())
        row: SelfLeavePermit = {"id": new_id(), "pupil_id": pupil["id"], "signed_on": d.isoformat(),
               "signed_by": signed_by.strip(), "revoked_on": None, "note": note.strip(),
               "created_at": ctx.now_iso(), "actor": ctx.actor.login,
               "device_id": ctx.device_id}  # fmt: skip
        rows.insert(conn, "self_leave_permission", row)
        ctx.audit(conn, "pupil.self_leave_permission", "pupil", pupil["id"], None, row)
    return row


# --- reading a day ---------------------------------------------------------------------


def pupil_day_view(data: DayData, p: Mapping[str, Any]) -> PupilDayView:
    pd = data.states.get(p["pupil_id"]) or domain.PupilDay()
    late = bool(
        data.times and pd.signed_in_at
        and datetime.fromisoformat(pd.signed_in_at) > data.times.signin_closes
    )  # fmt: skip
    alerts = data.alerts.get(p["pupil_id"], [])
    return {
        "id": p["pupil_id"],
        "national_id": p["national_id"],
        "name": p["name"],
        "class": p["class_name"],
        "class_id": p["class_id"],
        "state": pd.state,
        "state_label": domain.STATE_LABELS[pd.state],
        "signed_in_at": pd.signed_in_at,
        "left_at": pd.left_at,
        "adult": pd.adult,
        "adult_relation": pd.adult_relation,
        "override_reason": pd.override_reason,
        "late_arrival": late,
        "extended_at": pd.extended_at,
        "absence_reason": pd.absence_reason,
        "leave_reason": pd.leave_reason,
        "open_alerts": [a.kind for a in alerts if a.status == AlertStatus.OPEN],
        "alert_kinds": [a.kind for a in alerts],
    }


def day_list(
    ctx: ServiceContext, day: str | date | None = None, class_name: str | None = None
) -> list[PupilDayView]:
    """Every enrolled pupil's state that day (the ``day --json`` shape, plus a few extras)."""
    ctx.require(Action.ATTENDANCE)
    class_id = None
    if class_name:
        from after_school_desk.services.base.classes import find_class

        class_id = find_class(ctx, class_name)["id"]
        check_class(ctx, ctx.store.conn, class_id, day_of(ctx, day).isoformat())
    data = load_day(ctx, day, class_id)
    return [pupil_day_view(data, p) for p in data.pupils]


def class_day(
    ctx: ServiceContext, class_id: str, day: str | date | None = None
) -> list[ClassDayRow]:
    """The teacher's class screen: each enrolled pupil with state, alerts, pickup adults and
    whether a self-leave permission is on file."""
    ctx.require(Action.ATTENDANCE)
    d = day_of(ctx, day)
    conn = ctx.store.conn
    check_class(ctx, conn, class_id, d.isoformat())
    data = load_day(ctx, d, class_id)
    ids = [p["pupil_id"] for p in data.pupils]
    adults = people_store.adults_for_pupils(conn, ids)
    permitted = daily_store.permissions_on(conn, d.isoformat(), ids)
    seen = visibility(ctx, d.isoformat())
    result: list[ClassDayRow] = []
    for p in data.pupils:
        # the guardians' phones as the actor may see them (after_school_desk.services.base.pupil_visibility)
        shown = seen.shows_private(p["class_id"])
        listed: list[PickupAdult] = [
            {"id": a["id"], "name": a["name"], "relation": a["relation"],
             "phone": phone_as_seen(a["phone"], shown),
             "is_guardian": bool(a["is_guardian"]), "can_pickup": bool(a["can_pickup"])}
            for a in adults.get(p["pupil_id"], [])
        ]  # fmt: skip
        result.append({
            **pupil_day_view(data, p), "name_initials": p["name_initials"],
            "name_pinyin": p["name_pinyin"], "self_leave_permitted": p["pupil_id"] in permitted,
            "adults": listed, "private_hidden": not shown,
        })  # fmt: skip
    return result


def count_events(ctx: ServiceContext) -> int:
    return daily_store.count_events(ctx.store.conn)
