"""A month of the daily loop, derived once for all monthly reports (pure: data in, facts out).

Every pupil-day is folded from its events by app.domain.attendance.derive and its alerts by
app.domain.alerts.alerts_for, the same rules the daily screens use, so the ledger and the
direct report agree with what the teachers saw on the day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.alerts import Alert, DayTimes, alerts_for
from app.domain.attendance import PupilDay, derive, group_event_tuples

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
    events: list[tuple[Any, ...]]  # Event fields in order, then pupil_id and day
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


def derive_month(data: MonthInput, progress: Progress | None = None) -> MonthFacts:
    """Fold every enrolled pupil-day of the held service days of the month."""
    planned = [d for d in data.days if d.service and d.start]
    held = [d for d in planned if d.date <= data.as_of and d.at(d.end or "23:59") <= data.now]
    times = {d.date: d.times(data.signin_window_minutes) for d in held}
    events = group_event_tuples(data.events, lambda t: (t[18], t[19]))
    windows: dict[str, list[tuple[str, str | None]]] = {}
    pupils: dict[str, PupilMonth] = {}
    for e in data.enrolments:
        pid = e["pupil_id"]
        windows.setdefault(pid, []).append((e["enrolled_from"], e["withdrawn_on"]))
        if pid not in pupils:
            pupils[pid] = PupilMonth(
                pupil_id=pid, national_id=e["national_id"], name=e["name"],
                class_id=e["class_id"], class_name=e["class_name"], mode=e.get("mode") or "basic",
                flags={k: bool(e.get(k)) for k in PRIORITY_GROUPS},
            )  # fmt: skip
    total = len(pupils)
    for i, (pid, pm) in enumerate(pupils.items(), 1):
        for d in held:
            if not _enrolled_on(windows[pid], d.date):
                continue
            pm.enrolled.add(d.date)
            pd = derive(events.get((pid, d.date), []))
            pm.days[d.date] = pd
            t = times[d.date]
            if t is None:
                continue
            # alert ids are not printed: skip the UUID derivation (a third of the time)
            pm.alerts[d.date] = alerts_for("", pd, t, data.now, ESCALATE)
            if pd.signed_in_at and datetime.fromisoformat(pd.signed_in_at) > t.signin_closes:
                pm.late.add(d.date)
        if progress and (i % 200 == 0 or i == total):
            progress(i, total)
    to_come = [d.date for d in planned if d not in held]
    kept = [
        p for p in pupils.values()
        if p.enrolled or any(_enrolled_on(windows[p.pupil_id], d) for d in to_come)
    ]  # fmt: skip
    return MonthFacts(data, held, planned, kept)


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
