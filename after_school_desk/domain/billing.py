"""Charges and waivers: what one pupil owes for one month under one fee standard.

Units (the counties settle differently):
- ``month``: the monthly fee; a pupil enrolled for only part of the month's service days pays
  the pro-rata share (rounded down). Where the standard has the half-month rule, a pupil who
  attended fewer than half of the month's service days pays half, otherwise the whole month.
- ``term``: the term fee, charged once (in the first month the pupil is enrolled in the term)
  for the share of the term's service days the pupil is enrolled; a withdrawal shrinks it.
- ``day``: the daily fee times the days actually attended.

Waivers: 建档立卡 families are free by the pupil flag, no paperwork, where the school's profile
makes them free (Luoyang, the city plan); elsewhere (Helan reviews every hardship case first)
they get what a recorded waiver grants, like other hardship (低保, 特困, 残疾, 孤儿, other): the
approved percent, rounded up in the family's favour. When several apply, the largest reduction
wins. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from after_school_desk.domain.enrolment import MODE_LABELS
from after_school_desk.domain.money import percent_of, pro_rata, yuan


class FeeUnit(StrEnum):
    """What a fee standard charges per (the ``fee_standard.unit`` values)."""

    MONTH = "month"
    TERM = "term"
    DAY = "day"


class WaiverKind(StrEnum):
    """A hardship kind that reduces the fee (``waiver.kind``, ``charge.waiver_kind``)."""

    REGISTERED_POOR = "registered_poor"
    SUBSISTENCE = "subsistence"
    EXTREME_POVERTY = "extreme_poverty"
    DISABLED = "disabled"
    ORPHAN = "orphan"
    OTHER = "other"


UNITS: dict[str, str] = {
    FeeUnit.MONTH: "每月",
    FeeUnit.TERM: "每学期",
    FeeUnit.DAY: "每天（按实际参加天数）",
}
MODES: dict[str, str] = {str(k): v for k, v in MODE_LABELS.items()}  # for screens and the CLI
STAGE_CHOICES = {"all": "全部学段", "primary": "小学", "junior": "初中", "senior": "普通高中"}
WAIVER_KINDS: dict[str, str] = {
    WaiverKind.REGISTERED_POOR: "建档立卡",
    WaiverKind.SUBSISTENCE: "低保",
    WaiverKind.EXTREME_POVERTY: "特困",
    WaiverKind.DISABLED: "残疾",
    WaiverKind.ORPHAN: "孤儿",
    WaiverKind.OTHER: "其他困难",
}
# The kinds a person records by hand; 建档立卡 follows the pupil's registry flag.
MANUAL_WAIVER_KINDS = tuple(k for k in WaiverKind if k != WaiverKind.REGISTERED_POOR)


def waiver_kind(text: str) -> WaiverKind | None:
    """A waiver kind from its id or Chinese label (低保 -> subsistence)."""
    text = text.strip()
    if text in WAIVER_KINDS:
        return WaiverKind(text)
    return next((WaiverKind(k) for k, label in WAIVER_KINDS.items() if label == text), None)


@dataclass(frozen=True)
class Standard:
    id: str
    amount_fen: int
    unit: FeeUnit
    half_month: bool = False


@dataclass(frozen=True)
class Interval:
    """An enrolment: from ``start`` (inclusive) to ``end`` (exclusive, the withdrawal day)."""

    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def enrolled_count(days: Iterable[date], intervals: Sequence[Interval]) -> int:
    return sum(1 for d in days if any(i.covers(d) for i in intervals))


@dataclass(frozen=True)
class MonthFacts:
    """What the calendar and the attendance log say about one pupil and one month."""

    service_days: int  # the school's service days in the month
    enrolled_days: int  # of those, days on which the pupil was enrolled
    attended_days: int = 0  # days the pupil actually signed in
    term_service_days: int = 0  # term unit: the term's service days
    term_enrolled_days: int = 0  # term unit: of those, days the pupil is (was) enrolled


@dataclass(frozen=True)
class Gross:
    fen: int
    basis: str


def gross_charge(std: Standard, facts: MonthFacts) -> Gross | None:
    """The charge before waivers, with how it was worked out; None: nothing to charge."""
    amount = std.amount_fen
    if std.unit == FeeUnit.TERM:
        if facts.term_enrolled_days == 0 or facts.term_service_days == 0:
            return None
        if facts.term_enrolled_days >= facts.term_service_days:
            return Gross(amount, f"每学期 {yuan(amount)} 元，全学期参加")
        fen = pro_rata(amount, facts.term_enrolled_days, facts.term_service_days)
        return Gross(
            fen,
            f"每学期 {yuan(amount)} 元 × 参加 {facts.term_enrolled_days} 天"
            f" / 本学期服务日 {facts.term_service_days} 天",
        )
    if facts.enrolled_days == 0:
        return None
    if std.unit == FeeUnit.DAY:
        return Gross(
            amount * facts.attended_days,
            f"每天 {yuan(amount)} 元 × 实际参加 {facts.attended_days} 天",
        )
    if std.half_month:
        if facts.attended_days * 2 < facts.service_days:
            return Gross(
                amount // 2,
                f"实际参加 {facts.attended_days} 天，不足本月服务日 {facts.service_days} 天的一半，"
                f"按半月收取（每月 {yuan(amount)} 元）",
            )
        return Gross(amount, f"每月 {yuan(amount)} 元（实际参加 {facts.attended_days} 天）")
    if facts.enrolled_days >= facts.service_days:
        return Gross(amount, f"每月 {yuan(amount)} 元，全月参加")
    return Gross(
        pro_rata(amount, facts.enrolled_days, facts.service_days),
        f"每月 {yuan(amount)} 元 × 参加 {facts.enrolled_days} 天 / 本月服务日 {facts.service_days} 天",
    )


@dataclass(frozen=True)
class WaiverGrant:
    kind: WaiverKind
    percent: int
    waiver_id: str | None = None  # None: 建档立卡 from the pupil flag


def best_waiver(free_by_flag: bool, grants: Iterable[WaiverGrant]) -> WaiverGrant | None:
    """The waiver that applies: a 建档立卡 pupil the profile makes free (``free_by_flag``) is
    free; otherwise the largest percent recorded."""
    if free_by_flag:
        return WaiverGrant(WaiverKind.REGISTERED_POOR, 100)
    found = sorted(grants, key=lambda g: (-g.percent, g.kind))
    return found[0] if found else None


def waived_fen(gross_fen: int, grant: WaiverGrant | None) -> int:
    if grant is None or gross_fen == 0:
        return 0
    return min(gross_fen, percent_of(gross_fen, grant.percent))


def month_bounds(month: str) -> tuple[date, date]:
    """ "2026-11" -> (2026-11-01, 2026-11-30). Raises ValueError for anything else."""
    if len(month) != 7 or month[4] != "-":
        raise ValueError(month)
    year, mon = int(month[:4]), int(month[5:])
    first = date(year, mon, 1)
    nxt = date(year + (mon == 12), mon % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)
