"""A month of the daily loop, derived once for all monthly reports (pure: data in, facts out).

Every pupil-day is folded from its events by after_school_desk.domain.attendance.derive and its alerts by
after_school_desk.domain.alerts.alerts_for, the same rules the daily screens use, so the ledger and the
direct report agree with what the teachers saw on the day. The direct report only counts, so
it takes ``tally_month`` (after_school_desk/reports/month_tally.py), held to the same answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from after_school_desk.domain.alerts import Alert, DayTimes, alerts_for
from after_school_desk.domain.attendance import (
    EVENT_FIELD_COUNT,
    Event,
    PupilDay,
    derive,
)
from after_school_desk.domain.profiles import stage_of_grade

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
    # the stages with a timetable of their own (a nine-year school under the city plan): stage,
    # start, end; start None: no service for that stage's classes that day
    stages: tuple[tuple[str, str | None, str | None], ...] = ()

    def for_stage(self, stage: str | None) -> MonthDay | None:
        """The day as the classes of ``stage`` see it; None: no service for them that day."""
        for own, start, end in self.stages:
            if own == stage:
                if not start or not end:
                    return None
                return replace(self, start=start, end=end, stages=())
        return self

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


_EVENT_ORDER = itemgetter(2, 6, 3)  # Event.at, .device_id, .seq: the order every PC agrees on


def _events_by_day(
    rows: Iterable[tuple[Any, ...]], days: Iterable[str]
) -> dict[str, dict[str, list[Event]]]:
    """As ``group_event_tuples`` by day and then pupil id, keeping only ``days`` (in the order
    given): the events of days that do not count are not turned into Events at all. (One
    pass over the month's rows, each kept one made an Event as it is met.)"""
    make, size = Event._make, EVENT_FIELD_COUNT
    result: dict[str, dict[str, list[Event]]] = {d: {} for d in days}
    for t in rows:
        of_day = result.get(t[19])
        if of_day is not None:
            found = of_day.get(t[18])
            if found is None:
                of_day[t[18]] = [make(t[:size])]
            else:
                found.append(make(t[:size]))
    for of_day in result.values():
        for found in of_day.values():
            if len(found) > 1:
                found.sort(key=_EVENT_ORDER)
    return result


def _held_days(data: MonthInput) -> tuple[list[MonthDay], list[MonthDay]]:
    """The month's planned service days, and those of them held by ``as_of`` and ``now``."""
    planned = [d for d in data.days if d.service and d.start]
    held = [d for d in planned if d.date <= data.as_of and d.at(d.end or "23:59") <= data.now]
    return planned, held


def empty_month_problem(month: str, planned: list[MonthDay], held: list[MonthDay]) -> str | None:
    """Why a month has nothing to report or archive (no service day in it, or none held yet),
    or None. The ledger and the direct report refuse such a month rather than sign it off."""
    if not planned:
        return f"{month} 没有课后服务日（不在学期内，或全月放假），没有可以上报或归档的数据。"
    if not held:
        return (f"{month} 的课后服务还没有开始（第一个服务日是 {planned[0].date}），"
                "还没有可以上报或归档的数据。")  # fmt: skip
    return None


def _pupils(
    data: MonthInput,
) -> tuple[dict[str, PupilMonth], dict[str, list[tuple[str, str | None]]]]:
    """Every enrolled pupil of the month (in the enrolments' order) and their windows."""
    windows: dict[str, list[tuple[str, str | None]]] = {}
    pupils: dict[str, PupilMonth] = {}
    for e in data.enrolments:
        pid = e["pupil_id"]
        windows.setdefault(pid, []).append((e["counts_from"], e["counts_until"]))
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


class _StagedTimes:
    """Each held day's times for the classes of a stage with a timetable of its own."""

    def __init__(self, data: MonthInput, held: list[MonthDay]) -> None:
        self.data = data
        self.held = held if any(d.stages for d in held) else []
        self.levels = (
            {str(c["id"]): int(c["grade_level"]) for c in data.classes} if self.held else {}
        )
        self.by_stage: dict[str, dict[str, DayTimes | None] | None] = {}

    def of_class(self, class_id: str) -> dict[str, DayTimes | None] | None:
        """date -> times of the held days with service for the class's stage; None: the
        whole school's days (no stage has its own timetable)."""
        if not self.held or class_id not in self.levels:
            return None
        stage = stage_of_grade(self.levels[class_id])
        if stage not in self.by_stage:
            own = {d.date: d.for_stage(stage) for d in self.held}
            self.by_stage[stage] = (
                None
                if all(o is d for o, d in zip(own.values(), self.held, strict=True))
                else {
                    day: o.times(self.data.signin_window_minutes)
                    for day, o in own.items()
                    if o is not None
                }
            )
        return self.by_stage[stage]


def no_alerts(pd: PupilDay, signed_in: datetime | None, times: DayTimes) -> bool:
    """Whether ``alerts_for`` surely finds no alert in the pupil-day, whatever the time now:
    signed in by the time sign-in closed, never marked absent, and gone by the end of the
    service (most pupil-days of a month; ``signed_in``: ``pd.signed_in_at`` parsed)."""
    return (
        signed_in is not None
        and pd.marked_absent_at is None
        and pd.left_at is not None
        and signed_in <= times.signin_closes
        and datetime.fromisoformat(pd.left_at) <= times.service_end
    )


def derive_month(data: MonthInput, progress: Progress | None = None) -> MonthFacts:
    """Fold every enrolled pupil-day of the held service days of the month."""
    planned, held = _held_days(data)
    times = {d.date: d.times(data.signin_window_minutes) for d in held}
    held_dates = [d.date for d in held]
    events = _events_by_day(data.events, held_dates)
    pupils, windows = _pupils(data)
    staged = _StagedTimes(data, held)
    no_events: list[Event] = []
    total = len(pupils)
    for i, (pid, pm) in enumerate(pupils.items(), 1):
        own = staged.of_class(pm.class_id)
        for day in _enrolled_days(windows[pid], held_dates):
            if own is not None and day not in own:
                continue  # no service for the pupil's stage that day
            pm.enrolled.add(day)
            pd = derive(events[day].get(pid, no_events))
            pm.days[day] = pd
            t = times[day] if own is None else own[day]
            if t is None:
                continue
            signed_at = datetime.fromisoformat(pd.signed_in_at) if pd.signed_in_at else None
            # alert ids are not printed (None: none derived; the few a report cites are
            # derived by it, as the compliance check's are)
            pm.alerts[day] = (
                [] if no_alerts(pd, signed_at, t) else alerts_for(None, pd, t, data.now, ESCALATE)
            )
            if arrived_late(signed_at, t.signin_closes):
                pm.late.add(day)
        if progress and (i % 200 == 0 or i == total):
            progress(i, total)
    to_come = [d.date for d in planned if d not in held]
    kept = [
        p for p in pupils.values()
        if _to_come_enrolled(windows[p.pupil_id], bool(p.enrolled), to_come)
    ]  # fmt: skip
    return MonthFacts(data, held, planned, kept)


# --- who served (the ledger's teachers, the direct report's staff counts) ---------------

TEACHER_ROLES = ("teacher", "duty_leader", "principal")


@dataclass
class ServedStaff:
    """One person who served in the month: supervised a class, or was the duty leader on post."""

    staff_id: str
    name: str
    days: set[str] = field(default_factory=set)  # held service days served
    minutes: int = 0  # supervision spans, and the service window of each day on duty


def _span(start: str | None, end: str | None, fallback: int) -> int:
    if not start or not end:
        return fallback
    delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    return max(0, int(delta.total_seconds() // 60))


def staff_served(data: MonthInput, held: Iterable[MonthDay]) -> dict[str, ServedStaff]:
    """Everyone who served on the month's held service days, by staff id: the class supervisors
    (class_supervision) and the duty leaders on post (duty_day with on_post_at) — the same
    records the subsidy sheet pays. Somebody registered who never served is not here."""
    minutes_of = {d.date: d.minutes for d in held}
    served: dict[str, ServedStaff] = {}
    for s in data.supervision:
        day = s["day"]
        if day not in minutes_of or not s.get("staff_id"):
            continue
        person = served.setdefault(s["staff_id"], ServedStaff(s["staff_id"], str(s["staff_name"])))
        person.days.add(day)
        person.minutes += _span(s.get("start_at"), s.get("end_at"), minutes_of[day])
    for d in data.duty_days:
        day = d["day"]
        sid = d.get("leader_staff_id")
        if day not in minutes_of or not sid or not d.get("on_post_at"):
            continue
        person = served.setdefault(sid, ServedStaff(sid, str(d.get("leader_name") or "")))
        person.days.add(day)
        person.minutes += minutes_of[day]
    return served


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
    return grid_mark(pd.signed_in_at is not None, pd.state == "leave", day in pm.late)


def arrived_late(signed_in: datetime | None, signin_closes: datetime | None) -> bool:
    """A late arrival (迟 on the grid): signed in after the day's sign-in window closed."""
    return signed_in is not None and signin_closes is not None and signed_in > signin_closes


def grid_mark(signed_in: bool, on_leave: bool, late: bool) -> str:
    """The grid mark of an enrolled pupil-day: signed in (late or not), on leave, or absent
    (neither: an absence whether marked or not)."""
    if signed_in:
        return MARK_LATE if late else MARK_PRESENT
    if on_leave:
        return MARK_LEAVE
    return MARK_ABSENT


def weekday_of(day: str) -> int:
    return date.fromisoformat(day).isoweekday()
