"""Staff subsidies (补助): hours or lessons on post, by day type, times a rate.

Counties pay differently, so a rate is per hour or per lesson, per staff category
(own teachers, duty leaders, external staff), either flat for one day type or as a base that
the profile's multipliers scale (the city plan: not below 150% on school days, 200% on rest
days, 300% on statutory holidays). Day types come from the calendar: a statutory holiday is
``statutory_holiday``; a substitute day off (调休) and a weekend are ``rest_day``; a make-up
working day (调休上班) is a school day (``weekday``). Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from after_school_desk.domain.money import scaled


class DayType(StrEnum):
    """The kind of day a session falls on, for the profile's multipliers."""

    WEEKDAY = "weekday"
    REST_DAY = "rest_day"
    STATUTORY_HOLIDAY = "statutory_holiday"


class StaffCategory(StrEnum):
    """Whom a subsidy rate pays (``subsidy_rate.category``)."""

    TEACHER = "teacher"
    DUTY_LEADER = "duty_leader"
    EXTERNAL = "external"


class RateUnit(StrEnum):
    """What a subsidy rate pays per (``subsidy_rate.unit``)."""

    HOUR = "hour"
    LESSON = "lesson"


DAY_TYPES: dict[str, str] = {
    DayType.WEEKDAY: "平时", DayType.REST_DAY: "休息日", DayType.STATUTORY_HOLIDAY: "法定节假日",
}  # fmt: skip
CATEGORIES: dict[str, str] = {
    StaffCategory.TEACHER: "本校教师", StaffCategory.DUTY_LEADER: "带班领导",
    StaffCategory.EXTERNAL: "外聘人员",
}  # fmt: skip
RATE_UNITS: dict[str, str] = {RateUnit.HOUR: "每小时", RateUnit.LESSON: "每课时"}
# A staff role (staff table) -> the subsidy category it is paid under.
ROLE_CATEGORY = {
    "teacher": StaffCategory.TEACHER,
    "principal": StaffCategory.DUTY_LEADER,
    "duty_leader": StaffCategory.DUTY_LEADER,
    "external": StaffCategory.EXTERNAL,
}


def day_type(day: date, calendar_kind: str | None) -> DayType:
    """School day, rest day or statutory holiday, from the date and its calendar entry."""
    if calendar_kind == "statutory":
        return DayType.STATUTORY_HOLIDAY
    if calendar_kind == "substitute":
        return DayType.REST_DAY
    if calendar_kind == "makeup_workday":
        return DayType.WEEKDAY
    return DayType.REST_DAY if day.isoweekday() >= 6 else DayType.WEEKDAY


@dataclass(frozen=True)
class Session:
    """One stretch on post: a class supervised, or a duty leader's day, paid under ``category``."""

    staff_id: str
    day: date
    minutes: int
    day_type: str
    category: str


def session_category(role: str, duty_day: bool) -> StaffCategory:
    """A duty leader's day is paid as 带班; supervising a class as a teacher (or external)."""
    if duty_day:
        return StaffCategory.DUTY_LEADER
    return StaffCategory.EXTERNAL if role == "external" else StaffCategory.TEACHER


@dataclass(frozen=True)
class Rate:
    unit: str  # a RateUnit: hour / lesson
    rate_fen: int  # per hour or per lesson
    percent: int = 100  # the profile's multiplier for a base rate; 100 for a flat rate


@dataclass
class PersonMonth:
    staff_id: str
    category: str
    minutes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DAY_TYPES, 0))
    lessons: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DAY_TYPES, 0))
    amount: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DAY_TYPES, 0))

    @property
    def amount_fen(self) -> int:
        return sum(self.amount.values())


def pay_for(rate: Rate, minutes: int, lessons: int) -> int:
    """Hours × rate × percent (rounded half up to the fen), or lessons × rate × percent."""
    if rate.unit == RateUnit.LESSON:
        return scaled(rate.rate_fen, lessons * rate.percent, 100)
    return scaled(rate.rate_fen, minutes * rate.percent, 60 * 100)


def month_pay(
    sessions: Iterable[Session], rate_of: Mapping[tuple[str, str], Rate | None]
) -> dict[tuple[str, str], PersonMonth]:
    """Per (person, category): minutes and lessons by day type, and the pay for each.

    Pay is worked out on the month's total per day type (not per session), so rounding
    happens once. ``rate_of[(category, day_type)]`` is the rate; None: no rate set (pay 0).
    """
    people: dict[tuple[str, str], PersonMonth] = {}
    for s in sessions:
        key = (s.staff_id, s.category)
        person = people.setdefault(key, PersonMonth(s.staff_id, s.category))
        person.minutes[s.day_type] += s.minutes
        person.lessons[s.day_type] += 1
    for person in people.values():
        for dt in DAY_TYPES:
            rate = rate_of.get((person.category, dt))
            if rate is not None:
                person.amount[dt] = pay_for(rate, person.minutes[dt], person.lessons[dt])
    return people


def hours_text(minutes: int) -> str:
    """Minutes as hours with up to two decimals (cut, not rounded): 90 -> "1.5", 120 -> "2"."""
    whole, rest = divmod(minutes * 100 // 60, 100)
    return f"{whole}" if rest == 0 else f"{whole}.{rest:02d}".rstrip("0")
