"""A month of the daily loop, derived once for all monthly reports (pure: data in, facts out).

Every pupil-day is folded from its events by app.domain.attendance.derive and its alerts by
app.domain.alerts.alerts_for, the same rules the daily screens use, so the ledger and the
direct report agree with what the teachers saw on the day. The direct report only counts, so
it takes ``tally_month``: the same rules read straight off the event tuples, without building
each pupil-day (tests/unit/test_report_tally.py holds the two to the same answers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from app.domain.alerts import Alert, DayTimes, alerts_for
from app.domain.attendance import EVENT_FIELD_COUNT, LEFT_KINDS, Event, PupilDay, derive

Progress = Callable[[int, int], None]
Row = Mapping[str, Any]
ESCALATE = timedelta(minutes=30)

MARK_PRESENT = "√"
MARK_LATE = "迟"
MARK_LEAVE = "假"
MARK_ABSENT = "×"
MARK_NOT_ENROLLED = "/"
MARK_LEGEND = "√ 出席　迟 迟到　假 请假　× 缺席　/ 当日未参加服务（未报名或已退出）"


@dataclass(frozen=True)
class MonthDay:
    """One date of the month as the calendar sees it."""

    date: str
    service: bool
    school_day: bool
    reason: str
    start: str | None = None  # "HH:MM" of the service window
    end: str | None = None
    offset: str = "+08:00"

    @property
    def minutes(self) -> int:
        if not self.start or not self.end:
            return 0
        sh, sm = map(int, self.start.split(":"))
        eh, em = map(int, self.end.split(":"))
        return (eh * 60 + em) - (sh * 60 + sm)

    def at(self, hhmm: str) -> datetime:
        return datetime.fromisoformat(f"{self.date}T{hhmm}:00{self.offset}")

    def times(self, signin_window_minutes: int) -> DayTimes | None:
        if not self.start or not self.end:
            return None
        return DayTimes(
            signin_closes=self.at(self.start) + timedelta(minutes=signin_window_minutes),
            service_end=self.at(self.end),
        )


@dataclass
class MonthInput:
    """What the service gathered from the store for one month."""

    school: dict[str, Any]
    month: str
    days: list[MonthDay]
    as_of: str  # the last date that may count (a day counts once its service has ended by now)
    now: datetime
    signin_window_minutes: int
    classes: list[dict[str, Any]]  # id, name, grade_level, number, head_teacher
    enrolments: list[dict[str, Any]]
    events: list[tuple[Any, ...]]  # Event fields, then pupil_id and day (days up to as_of)
    duty_days: list[dict[str, Any]] = field(default_factory=list)
    duty_logs: list[dict[str, Any]] = field(default_factory=list)
    supervision: list[dict[str, Any]] = field(default_factory=list)
    roster: list[dict[str, Any]] = field(default_factory=list)
    audit_head: str = ""


@dataclass
class PupilMonth:
    pupil_id: str
    national_id: str
    name: str
    class_id: str
    class_name: str
    mode: str
    flags: dict[str, bool]
    enrolled: set[str] = field(default_factory=set)  # held service days enrolled
    days: dict[str, PupilDay] = field(default_factory=dict)
    alerts: dict[str, list[Alert]] = field(default_factory=dict)
    late: set[str] = field(default_factory=set)  # dates signed in after sign-in closed


@dataclass
class MonthFacts:
    input: MonthInput
    held: list[MonthDay]  # service days up to as_of
    planned: list[MonthDay]  # every service day of the month
    pupils: list[PupilMonth]

    def by_class(self) -> dict[str, list[PupilMonth]]:
        grouped: dict[str, list[PupilMonth]] = {c["id"]: [] for c in self.input.classes}
        for p in self.pupils:
            grouped.setdefault(p.class_id, []).append(p)
        return grouped


def _enrolled_on(windows: Iterable[tuple[str, str | None]], day: str) -> bool:
    return any(start <= day and (end is None or end > day) for start, end in windows)


def _enrolled_days(windows: list[tuple[str, str | None]], days: list[str]) -> list[str]:
    """The dates of ``days`` that fall in one of the enrolment windows (most pupils have one)."""
    if len(windows) == 1:
        start, end = windows[0]
        if end is None:
            return [d for d in days if start <= d]
        return [d for d in days if start <= d < end]
    return [d for d in days if _enrolled_on(windows, d)]


_EVENT_ORDER = itemgetter(2, 3)  # Event.at, Event.seq: time, then the order recorded


def _rows_by_day(
    rows: Iterable[tuple[Any, ...]], days: Iterable[str]
) -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """Event tuples by day and pupil id, keeping only ``days`` (in the order given)."""
    by_day: dict[str, dict[str, list[tuple[Any, ...]]]] = {d: {} for d in days}
    for t in rows:
        of_day = by_day.get(t[19])
        if of_day is not None:
            found = of_day.get(t[18])
            if found is None:
                of_day[t[18]] = [t]
            else:
                found.append(t)
    return by_day


def _events_by_day(
    rows: Iterable[tuple[Any, ...]], days: Iterable[str]
) -> dict[str, dict[str, list[Event]]]:
    """As ``group_event_tuples`` by day and then pupil id, keeping only ``days``: the events
    of days that do not count are not turned into Events at all."""
    make = Event._make
    by_day = _rows_by_day(rows, days)
    result: dict[str, dict[str, list[Event]]] = {}
    for day, of_day in by_day.items():
        result[day] = events = {}
        for pid, found in of_day.items():
            events[pid] = [make(t[:EVENT_FIELD_COUNT]) for t in found]
            if len(found) > 1:
                events[pid].sort(key=_EVENT_ORDER)
    return result


def _held_days(data: MonthInput) -> tuple[list[MonthDay], list[MonthDay]]:
    """The month's planned service days, and those of them held by ``as_of`` and ``now``."""
    planned = [d for d in data.days if d.service and d.start]
    held = [d for d in planned if d.date <= data.as_of and d.at(d.end or "23:59") <= data.now]
    return planned, held


def _pupils(
    data: MonthInput,
) -> tuple[dict[str, PupilMonth], dict[str, list[tuple[str, str | None]]]]:
    """Every enrolled pupil of the month (in the enrolments' order) and their windows."""
    windows: dict[str, list[tuple[str, str | None]]] = {}
    pupils: dict[str, PupilMonth] = {}
    for e in data.enrolments:
        pid = e["pupil_id"]
        windows.setdefault(pid, []).append((e["enrolled_from"], e["counts_until"]))
        if pid not in pupils:
            pupils[pid] = PupilMonth(
                pupil_id=pid, national_id=e["national_id"], name=e["name"],
                class_id=e["class_id"], class_name=e["class_name"], mode=e.get("mode") or "basic",
                flags={k: bool(e.get(k)) for k in PRIORITY_GROUPS},
            )  # fmt: skip
    return pupils, windows


def _to_come_enrolled(
    windows: list[tuple[str, str | None]], enrolled: bool, to_come: list[str]
) -> bool:
    """Whether a pupil takes part in the month: enrolled on a held day or on a day to come."""
    return enrolled or any(_enrolled_on(windows, d) for d in to_come)


def derive_month(data: MonthInput, progress: Progress | None = None) -> MonthFacts:
    """Fold every enrolled pupil-day of the held service days of the month."""
    planned, held = _held_days(data)
    times = {d.date: d.times(data.signin_window_minutes) for d in held}
    held_dates = [d.date for d in held]
    events = _events_by_day(data.events, held_dates)
    pupils, windows = _pupils(data)
    no_events: list[Event] = []
    total = len(pupils)
    for i, (pid, pm) in enumerate(pupils.items(), 1):
        for day in _enrolled_days(windows[pid], held_dates):
            pm.enrolled.add(day)
            pd = derive(events[day].get(pid, no_events))
            pm.days[day] = pd
            t = times[day]
            if t is None:
                continue
            # alert ids are not printed: skip the UUID derivation (a third of the time)
            pm.alerts[day] = alerts_for("", pd, t, data.now, ESCALATE)
            if pd.signed_in_at and datetime.fromisoformat(pd.signed_in_at) > t.signin_closes:
                pm.late.add(day)
        if progress and (i % 200 == 0 or i == total):
            progress(i, total)
    to_come = [d.date for d in planned if d not in held]
    kept = [
        p for p in pupils.values()
        if _to_come_enrolled(windows[p.pupil_id], bool(p.enrolled), to_come)
    ]  # fmt: skip
    return MonthFacts(data, held, planned, kept)


# --- counts only (the direct report) ---------------------------------------------------


@dataclass
class PupilTally:
    """One pupil's month as the direct report counts it: the same marks and alerts as
    ``derive_month`` gives, without keeping each pupil-day's events and state."""

    pupil_id: str
    flags: dict[str, bool]
    marks: dict[str, str] = field(default_factory=dict)  # held day enrolled -> grid mark
    followed_up: int = 0  # absent days on which a guardian was reached about the absence
    late_pickups: int = 0  # days with a late-pickup alert
    extended: bool = False  # moved to extended care at least once


@dataclass
class MonthTally:
    input: MonthInput
    held: list[MonthDay]
    planned: list[MonthDay]
    pupils: list[PupilTally]


def _first_moves(
    rows: list[tuple[Any, ...]],
) -> tuple[str | None, str | None, bool, bool, str | None]:
    """(signed in at, left at, on leave, guardian reached about the absence, extended care at)
    of one pupil-day's event tuples, as ``attendance.derive`` folds them: corrections and the
    events they void left out, the first sign-in and the first way out win, and extended care
    counts when it came before the pupil left. Ordered by (at, seq) and then by the order
    given, as derive's stable sort orders them."""
    voided = [r[17] for r in rows if r[1] == "correction"]  # mostly none
    signed = left = None
    cares = []
    on_leave = reached = False
    for i, r in enumerate(rows):
        kind = r[1]
        if kind == "correction" or r[0] in voided:
            continue
        if kind == "signed_in":
            key = (r[2], r[3], i)
            if signed is None or key < signed:
                signed = key
        elif kind == "leave":
            on_leave = True
        elif kind == "contacted":
            reached = reached or (r[12] == "absence" and r[13] == "reached")
        elif kind == "extended_care":
            cares.append((r[2], r[3], i))
        elif kind in LEFT_KINDS:
            key = (r[2], r[3], i)
            if left is None or key < left:
                left = key
    care = min((k for k in cares if left is None or k < left), default=None)
    return (
        None if signed is None else signed[0],
        None if left is None else left[0],
        on_leave,
        reached,
        None if care is None else care[0],
    )


def tally_month(data: MonthInput) -> MonthTally:
    """The month's marks and alert counts per pupil, straight from the event tuples: what
    ``derive_month``, ``mark`` and ``alerts_for`` give for the same input (a late pickup is
    a pupil signed in and not gone when the service ended), at a fraction of the cost."""
    planned, held = _held_days(data)
    held_dates = [d.date for d in held]
    rows_of = _rows_by_day(data.events, held_dates)
    pupils, windows = _pupils(data)
    # per day: when sign-in closed, and when the service ended if that has passed by now
    moments: dict[str, tuple[datetime | None, datetime | None]] = {}
    for d in held:
        dt = d.times(data.signin_window_minutes)
        ended = dt.service_end if dt is not None and dt.service_end <= data.now else None
        moments[d.date] = (None if dt is None else dt.signin_closes, ended)
    parse = datetime.fromisoformat
    tallies: list[PupilTally] = []
    to_come = [d.date for d in planned if d not in held]
    for pid, pm in pupils.items():
        marks: dict[str, str] = {}
        followed = late_pickups = 0
        extended = False
        for day in _enrolled_days(windows[pid], held_dates):
            rows = rows_of[day].get(pid)
            if rows is None:  # no events: neither arrived nor on leave
                marks[day] = MARK_ABSENT
                continue
            signed, left, on_leave, reached, care = _first_moves(rows)
            closes, ended = moments[day]
            if signed is not None:
                late = bool(signed) and closes is not None and parse(signed) > closes
                marks[day] = MARK_LATE if late else MARK_PRESENT
                if signed and ended is not None and (not left or parse(left) > ended):
                    late_pickups += 1
            elif on_leave and left is None:
                marks[day] = MARK_LEAVE
            else:
                marks[day] = MARK_ABSENT
                followed += reached
            extended = extended or bool(care)
        if marks or _to_come_enrolled(windows[pid], False, to_come):
            tallies.append(PupilTally(pid, pm.flags, marks, followed, late_pickups, extended))
    return MonthTally(data, held, planned, tallies)


PRIORITY_GROUPS = {
    "left_behind": "留守儿童",
    "migrant": "随迁子女",
    "disabled": "残疾儿童",
    "hardship": "困境儿童",
    "low_income": "家庭经济困难",
}


def mark(pm: PupilMonth, day: str) -> str:
    """The attendance-grid mark of one pupil-day."""
    if day not in pm.enrolled:
        return MARK_NOT_ENROLLED
    pd = pm.days[day]
    if pd.signed_in_at is not None:
        return MARK_LATE if day in pm.late else MARK_PRESENT
    if pd.state == "leave":
        return MARK_LEAVE
    return MARK_ABSENT


def weekday_of(day: str) -> int:
    return date.fromisoformat(day).isoweekday()
