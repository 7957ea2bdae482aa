"""Subsidy floors: where a text pays staff "not below" a percentage of the hourly base (the
city plan: 平时按不低于百分之一百五十、休息日按不低于百分之二百、法定休假日按不低于百分之三百),
a flat rate set for a day type may not pay less than the base times that percentage.

A base rate is always paid at the profile's percentage (after_school_desk/services/money/subsidies.py), so only
flat rates can fall below a floor; a flat rate is compared with the base of the same staff
category and unit (per hour or per lesson) in force with it. Only the region's own floors
count. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from after_school_desk.domain.profiles import Profile, SubsidyMultiplier, subsidy_multiplier
from after_school_desk.domain.subsidy import CATEGORIES, DAY_TYPES, RATE_UNITS
from after_school_desk.domain.violations import Violation, ViolationKind
from after_school_desk.domain.violations import yuan_text as _yuan


def own_floor(profile: Profile, day_type: str) -> SubsidyMultiplier | None:
    """The region's own "not below" percentage for a day type, or None."""
    mult = subsidy_multiplier(profile, day_type)
    if mult is None or not mult.minimum or mult.clause.default_from:
        return None
    return mult


def floor_fen(base_fen: int, percent: int) -> int:
    """The least a flat rate may be: base × percent, rounded up to the fen."""
    return -(-base_fen * percent // 100)


def floor_problem(
    profile: Profile, category: str, day_type: str, unit: str, rate_fen: int, base_fen: int | None
) -> tuple[str, SubsidyMultiplier] | None:
    """Why a flat rate falls below the floor (the message and the rule), or None."""
    mult = own_floor(profile, day_type)
    if mult is None or base_fen is None:
        return None
    least = floor_fen(base_fen, mult.percent)
    if rate_fen >= least:
        return None
    per = RATE_UNITS.get(unit, unit)
    message = (
        f"{CATEGORIES.get(category, category)}{DAY_TYPES.get(day_type, day_type)}补助标准"
        f"{per} {_yuan(rate_fen)}，低于基数 {_yuan(base_fen)} 的 {mult.percent}%"
        f"（{_yuan(least)}）"
    )
    return message, mult


@dataclass(frozen=True)
class FlatRateRecord:
    """A flat rate for one day type in force in the checked month, with its base."""

    category: str
    day_type: str
    unit: str
    rate_fen: int
    base_fen: int | None  # the same category's base rate in the same unit, None if none
    day: str  # the first day of the checked month it is in force
    record_ref: str  # "subsidy_rate:<id>"


def check_subsidy_floors(profile: Profile, records: Iterable[FlatRateRecord]) -> list[Violation]:
    out: list[Violation] = []
    for r in records:
        found = floor_problem(profile, r.category, r.day_type, r.unit, r.rate_fen, r.base_fen)
        if found is not None:
            message, mult = found
            out.append(
                Violation(
                    ViolationKind.SUBSIDY_BELOW_FLOOR, message, mult.clause, r.record_ref, r.day
                )
            )
    return out
