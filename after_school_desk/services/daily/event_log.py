"""How an attendance event is built and appended, the checks every recording of a pupil-day
starts with, and a day read whole (``load_day``). The actions (sign-in, absence, leave,
contact, sign-out) are in after_school_desk/services/daily/attendance.py, corrections and undo in
after_school_desk/services/daily/corrections.py; both write events only through here."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Generic, TypedDict, TypeVar

from after_school_desk.domain import attendance as domain
from after_school_desk.domain.alerts import Alert, DayTimes, alert_id, alerts_for
from after_school_desk.domain.attendance import EventKind
from after_school_desk.domain.calendar import DayStatus
from after_school_desk.domain.profiles import stage_of_grade
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import (
    check_class,
    class_stage,
    day_of,
    day_times,
    iso_at,
    pupil_row,
    pupil_stage,
    require_service_day_of_stage,
    service_day,
    setting,
    who,
)
from after_school_desk.services.daily.answers import (
    EnrolledPupil,
    EventRecord,
    PupilDaySummary,
    enrolled_pupil,
    event_record,
)
from after_school_desk.store import daily_store, event_archive


def event_row(
    *,
    event_id: str | None = None,
    pupil_id: str,
    class_id: str,
    day: str,
    kind: str,
    at: str,
    recorded_at: str,
    actor: str,
    device_id: str,
    **payload: Any,
) -> dict[str, Any]:
    """One attendance_event row; services and the history generator build rows only here.

    Without ``event_id`` the id is derived from the event itself (``domain.event_id``), which
    lets a sealed month store it in a few bits."""
    row: dict[str, Any] = dict.fromkeys(event_archive.EVENT_COLUMNS)
    row.update(
        id=event_id or domain.event_id(pupil_id, day, kind, at, recorded_at, device_id),
        pupil_id=pupil_id,
        day=day,
        class_id=class_id,
        kind=kind,
        at=at,
        recorded_at=recorded_at,
        actor=actor,
        device_id=device_id,
        reason="",
        note="",
    )
    unknown = set(payload) - set(event_archive.EVENT_COLUMNS)
    if unknown:
        raise ValueError(f"unknown event fields {sorted(unknown)}")
    row.update(payload)
    return row


def append_event(  # every caller has checked month_guard.ensure_open for ``day``
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    pupil: Mapping[str, Any],
    day: str,
    kind: EventKind,
    at: datetime,
    **payload: Any,
) -> EventRecord:
    fields = (pupil["id"], day, kind, iso_at(at), ctx.now_iso(), ctx.device_id)
    row = event_row(
        event_id=domain.event_id(*fields), pupil_id=pupil["id"],
        class_id=pupil["class_id"], day=day, kind=kind, at=fields[3], recorded_at=fields[4],
        actor=ctx.actor.login, device_id=ctx.device_id, **payload,
    )  # fmt: skip
    n = 0
    # the same thing recorded twice in one second on this PC: the next id (a refused insert
    # leaves nothing behind, so the common case costs no look-up first)
    while not daily_store.insert_event_if_new(conn, row):
        n += 1
        row["id"] = domain.event_id(*fields, n=n)
    return event_record(row)


def pupil_day_now(conn: sqlite3.Connection, pupil_id: str, day: str) -> domain.PupilDay:
    return domain.derive(
        domain.Event.from_row(r) for r in daily_store.events_of_pupil_day(conn, pupil_id, day)
    )


def checked_pupil(
    ctx: ServiceContext, conn: sqlite3.Connection, pupil_key: str, day: date
) -> tuple[dict[str, Any], DayStatus]:
    """The pupil, checked: the month is not closed (月结), service day, enrolled that day, and
    the actor may act on the class."""
    month_guard.ensure_open(conn, day)
    pupil = pupil_row(conn, pupil_key)
    check_class(ctx, conn, pupil["class_id"], day.isoformat())
    status = require_service_day_of_stage(conn, day, pupil_stage(pupil))
    if not daily_store.enrolled_on(conn, pupil["id"], day.isoformat()):
        raise ValidationError(
            t(
                "{who} {day} 没有参加课后服务（未报名、未核准或已退出）。"
                "如需参加，请在“报名”页登记申请，学校核准后即可签到。",
                who=who(pupil),
                day=day.isoformat(),
            )
        )
    return pupil, status


def pupil_day_summary(pupil: Mapping[str, Any], day: str, pd: domain.PupilDay) -> PupilDaySummary:
    return {
        "id": pupil["id"],
        "national_id": pupil["national_id"],
        "name": pupil["name"],
        "class": pupil["class_name"],
        "date": day,
        "state": pd.state,
        "state_label": domain.STATE_LABELS[pd.state],
        "signed_in_at": pd.signed_in_at,
        "left_at": pd.left_at,
        "adult": pd.adult,
    }


# --- reading a day ---------------------------------------------------------------------


def day_states(
    conn: sqlite3.Connection, day: str, class_id: str | None = None
) -> dict[str, domain.PupilDay]:
    """The pupil-days of ``day`` (optionally one class) that have events, derived."""
    grouped: dict[str, list[domain.Event]] = {}
    make, n = domain.Event._make, domain.EVENT_FIELD_COUNT
    for row in daily_store.event_tuples_of_day(conn, day, class_id):
        found = grouped.get(row[18])
        if found is None:
            grouped[row[18]] = [make(row[:n])]
        else:
            found.append(make(row[:n]))
    # derive puts each pupil-day's events in order (time, then the PC and its order)
    return {pid: domain.derive(events) for pid, events in grouped.items()}


def counted_day_states(
    conn: sqlite3.Connection, day: str, class_id: str | None = None
) -> dict[str, domain.PupilDay]:
    """As ``day_states``, from what counting reads of the events
    (``daily_store.COUNTED_DAY_FIELDS``): the same states, sign-ins, departures and alerts;
    who recorded each event, names, phones, reasons and notes are left empty."""
    grouped: dict[str, list[domain.Event]] = {}
    make = domain.Event._make
    for pid, eid, kind, at, seq, device, alert, outcome, voids in daily_store.counted_events_of_day(
        conn, day, class_id
    ):
        event = make((eid, kind, at, seq, "", None, device, None, None, None, None, None, alert,
                      outcome, None, "", "", voids))  # fmt: skip
        found = grouped.get(pid)
        if found is None:
            grouped[pid] = [event]
        else:
            found.append(event)
    return {pid: domain.derive(events) for pid, events in grouped.items()}


class PupilOfDay(TypedDict):
    """A pupil enrolled on a day, as a reader that counts by class needs it (``count_day``)."""

    pupil_id: str
    class_id: str
    class_name: str
    grade_level: int


P = TypeVar("P", EnrolledPupil, PupilOfDay)


@dataclass
class _Day(Generic[P]):
    day: str
    status: DayStatus
    times: DayTimes | None
    pupils: list[P]
    states: dict[str, domain.PupilDay]
    alerts: dict[str, list[Alert]]


class DayData(_Day[EnrolledPupil]):
    """Everything about one day (or one class-day): who is enrolled and their pupil-days."""


class DayCounts(_Day[PupilOfDay]):
    """A day read to be counted (the duty board): as ``DayData``, with less of each pupil and
    of their events, and alerts without ids."""


def load_day(ctx: ServiceContext, day: str | date | None, class_id: str | None = None) -> DayData:
    """The day (or one class's day) read whole."""
    return DayData(*_read_day(ctx, day, class_id, _enrolled, counting=False))


def count_day(ctx: ServiceContext, day: str | date | None) -> DayCounts:
    """The whole school's day, read as ``load_day`` reads it, for counting."""
    return DayCounts(*_read_day(ctx, day, None, _counted, counting=True))


def _enrolled(conn: sqlite3.Connection, day: str, class_id: str | None) -> list[EnrolledPupil]:
    return [enrolled_pupil(r) for r in daily_store.enrolled_pupils(conn, day, class_id)]


def _counted(conn: sqlite3.Connection, day: str, class_id: str | None) -> list[PupilOfDay]:
    return [
        {"pupil_id": pid, "class_id": cid, "class_name": name, "grade_level": level}
        for pid, cid, name, level in daily_store.pupils_on(conn, day, class_id)
    ]


def _read_day(
    ctx: ServiceContext,
    day: str | date | None,
    class_id: str | None,
    read_pupils: Callable[[sqlite3.Connection, str, str | None], list[P]],
    *,
    counting: bool,
) -> tuple[str, DayStatus, DayTimes | None, list[P], dict[str, domain.PupilDay],
           dict[str, list[Alert]]]:  # fmt: skip
    """The day's status and times, who is enrolled (``read_pupils``), each pupil-day and the
    alerts. ``counting``: for a reader that only counts them, the alerts get no id ("") and
    the pupil-days are derived from what counting reads of the events (``counted_day_states``)."""
    conn = ctx.store.conn
    d = day_of(ctx, day)
    day_s = d.isoformat()
    status = service_day(conn, d, class_stage(conn, class_id))
    times = day_times(conn, d, status.window) if status.window else None
    pupils = read_pupils(conn, day_s, class_id) if status.service else []
    # each pupil's day as the timetable of their stage has it (a nine-year school's primary
    # classes may have no service on a day the junior classes have)
    stage_of = {level: stage_of_grade(int(level)) for level in {p["grade_level"] for p in pupils}}
    stage_times: dict[str, DayTimes | None] = {}
    if class_id is None and pupils:
        for stage in set(stage_of.values()):
            own = service_day(conn, d, stage)
            stage_times[stage] = (
                day_times(conn, d, own.window) if own.service and own.window else None
            )
        pupils = [p for p in pupils if stage_times[stage_of[p["grade_level"]]]]
    states = (counted_day_states if counting else day_states)(conn, day_s, class_id)
    found: dict[str, list[Alert]] = {}
    if times is not None:
        now = ctx.clock.now()
        escalate = timedelta(minutes=setting(conn, "escalate_minutes"))
        for p in pupils:
            pid = p["pupil_id"]
            pd = states.get(pid)
            if pd is None:
                pd = states[pid] = domain.PupilDay()
            own_times = stage_times.get(stage_of[p["grade_level"]]) or times
            # most pupil-days have no alert: the ids (two derivations each) only where one is
            alerts = found[pid] = alerts_for(None, pd, own_times, now, escalate)
            if alerts and not counting:
                pupil_day = domain.pupil_day_id(pid, day_s)
                for a in alerts:
                    a.id = alert_id(pupil_day, a.kind)
    return day_s, status, times, pupils, states, found
