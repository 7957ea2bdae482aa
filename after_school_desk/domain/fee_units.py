"""Fee caps in the unit the school bills in: a cap a text states per term, per month, per
day (lesson) or per hour is converted before it is compared with a fee standard.

The conversions (written down in docs/fee-caps.md):

- a term is the term's months: the calendar months in which the term has service days
  (September 1 – January 20 is five); per term -> per month divides by them, per month -> per
  term multiplies;
- a term's days are the term's service days in the school calendar; per term -> per day
  divides by them, per day -> per term multiplies;
- a month's days are the month's service days: the checked month's in the compliance check,
  and at entry the fullest month of the term (so that a pupil who attends every day of any
  month pays no more than the monthly cap); per month -> per day divides, per day -> per
  month multiplies;
- an hour is an hour of the day's service: per hour -> per day multiplies by the planned
  minutes a day / 60, and on from there.

A division is rounded down, to the fen: the converted cap never lets through more than the
text's cap. Without a calendar (no term yet) the defaults below stand in and the explanation
says so. A cap stated without a unit applies to every unit as it is (Lhasa's 0 for the free
普惠托管). Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from after_school_desk.domain.billing import FeeUnit
from after_school_desk.domain.profiles import FeeCap, Profile, stage_of_grade


class CapUnit(StrEnum):
    """The unit a text states a fee cap in (``FeeCap.unit``): a billing unit, or per hour."""

    TERM = "term"
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"


CAP_UNITS: dict[str, str] = {
    CapUnit.TERM: "每学期", CapUnit.MONTH: "每月", CapUnit.DAY: "每天（每次课）",
    CapUnit.HOUR: "每小时",
}  # fmt: skip
BILL_UNITS: dict[str, str] = {FeeUnit.TERM: "每学期", FeeUnit.MONTH: "每月", FeeUnit.DAY: "每天"}
# Stand-ins when the school has no term yet: a term of five months (September–January or
# February/March–July), 20 service days a month (five days a week), two hours a day.
DEFAULT_TERM_MONTHS = 5
DEFAULT_MONTH_DAYS = 20
DEFAULT_DAY_MINUTES = 120
DEFAULT_NOTE = "（学校还没有学期，按默认：每学期5个月、每月20个服务日、每天2小时）"


@dataclass(frozen=True)
class Basis:
    """What a conversion needs, from the school calendar (or the defaults)."""

    term_months: int = DEFAULT_TERM_MONTHS
    term_days: int = DEFAULT_TERM_MONTHS * DEFAULT_MONTH_DAYS
    month_days: int = DEFAULT_MONTH_DAYS
    day_minutes: int = DEFAULT_DAY_MINUTES
    from_calendar: bool = False
    month_label: str = "每月"  # "2026年11月" in the compliance check, "最多的一个月" at entry

    def usable(self) -> Basis:
        """The same basis with every count at least 1 (a division by zero is never right)."""
        return Basis(
            max(1, self.term_months), max(1, self.term_days), max(1, self.month_days),
            max(1, self.day_minutes), self.from_calendar, self.month_label,
        )  # fmt: skip


DEFAULT_BASIS = Basis()


@dataclass(frozen=True)
class Converted:
    """A cap in the billing unit, and how it was worked out ("" when no conversion)."""

    cap_fen: int
    how: str = ""


def _yuan(fen: int) -> str:
    return f"{fen // 100}元" if fen % 100 == 0 else f"{fen / 100:.2f}元"


def convert_cap(cap_fen: int, cap_unit: str | None, bill_unit: str, basis: Basis) -> Converted:
    """``cap_fen`` per ``cap_unit`` expressed per ``bill_unit`` (rounded down to the fen)."""
    if cap_unit is None or cap_unit == bill_unit:
        return Converted(cap_fen)
    b = basis.usable()
    months, term_days, month_days, minutes = (b.term_months, b.term_days, b.month_days,
                                              b.day_minutes)  # fmt: skip
    # the cap per day first, as an exact fraction (numerator, denominator)
    per_day = {
        "term": (cap_fen, term_days),
        "month": (cap_fen, month_days),
        "day": (cap_fen, 1),
        "hour": (cap_fen * minutes, 60),
    }[cap_unit]
    if bill_unit == "term" and cap_unit == "month":
        fen, how = cap_fen * months, f"× 本学期 {months} 个月"
    elif bill_unit == "month" and cap_unit == "term":
        fen, how = cap_fen // months, f"÷ 本学期 {months} 个月"
    else:
        factor = {"term": term_days, "month": month_days, "day": 1}[bill_unit]
        fen = per_day[0] * factor // per_day[1]
        steps = {
            "term": f"÷ 本学期服务日 {term_days} 天",
            "month": f"÷ {b.month_label}服务日 {month_days} 天",
            "day": "",
            "hour": f"× 每天服务 {minutes} 分钟 / 60",
        }
        back = {"term": f"× 本学期服务日 {term_days} 天",
                "month": f"× {b.month_label}服务日 {month_days} 天", "day": ""}  # fmt: skip
        how = " ".join(s for s in (steps[cap_unit], back[bill_unit]) if s)
    source = "" if b.from_calendar else DEFAULT_NOTE
    text = f"{CAP_UNITS[cap_unit]} {_yuan(cap_fen)} {how} = {BILL_UNITS[bill_unit]} {_yuan(fen)}"
    return Converted(fen, text + source)


@dataclass(frozen=True)
class CapInUnit:
    """The strictest cap that applies to a fee standard, in the standard's unit."""

    cap: FeeCap
    cap_fen: int  # in the billing unit
    how: str  # the conversion, "" when the text states the cap in the billing unit


@dataclass(frozen=True)
class FeeQuery:
    """A fee standard as the cap rules read it."""

    unit: str  # the billing unit: term / month / day
    stage: str | None = None
    grade: int | None = None
    mode: str | None = None
    boarding: bool | None = None
    day_type: str = "weekday"
    daily_minutes: int | None = None


def applying_caps(profile: Profile, q: FeeQuery) -> list[FeeCap]:
    """Every cap of the profile that covers the standard, whatever unit it is stated in.

    A cap tied to a daily length (Urumqi: one hour a day) applies only to that length when the
    standard's daily length is known."""
    stage = q.stage if q.stage is not None or q.grade is None else stage_of_grade(q.grade)
    return [
        c
        for c in profile.fee_caps
        if c.scope.matches(stage, q.grade, q.boarding)
        and (c.mode is None or c.mode == q.mode)
        and c.day_type == q.day_type
        and (q.daily_minutes is None or c.per_daily_minutes in (None, q.daily_minutes))
    ]


def strictest_cap(profile: Profile, q: FeeQuery, basis: Basis) -> CapInUnit | None:
    """The lowest of the applying caps once each is in the standard's unit; None: no cap.

    For a whole stage without a grade the lowest cap among its grades wins (the standard must
    fit every grade it covers)."""
    found = [_in_unit(c, q.unit, basis) for c in applying_caps(profile, q)]
    return min(found, key=lambda c: (c.cap_fen, c.how)) if found else None


def _in_unit(cap: FeeCap, unit: str, basis: Basis) -> CapInUnit:
    converted = convert_cap(cap.cap_fen, cap.unit, unit, basis)
    return CapInUnit(cap, converted.cap_fen, converted.how)


def month_count(days: Iterable[str]) -> int:
    """The calendar months (``YYYY-MM``) among ISO dates."""
    return len({d[:7] for d in days})


def fullest_month(days: Iterable[str]) -> int:
    """The most service days in one calendar month among ISO dates (0 without days)."""
    counts: dict[str, int] = {}
    for d in days:
        counts[d[:7]] = counts.get(d[:7], 0) + 1
    return max(counts.values(), default=0)
