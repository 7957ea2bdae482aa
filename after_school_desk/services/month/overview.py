"""The principal's month at a glance: key figures and chart series, from the month's facts.

Read-only. The figures are the ledger's own (after_school_desk.reports.ledger_data), so the overview page and
the printed ledger's cover never disagree.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from after_school_desk.reports.ledger_data import (
    DailyFigures,
    attendance_rate,
    class_alerts,
    daily_figures,
    followup_histogram,
    short_class_name,
)
from after_school_desk.reports.month_facts import MonthFacts
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month.facts import Progress, month_facts, staged


@dataclass(frozen=True)
class ClassRate:
    name: str
    short: str  # "三(2)" for crowded chart axes
    rate: float  # 0–1
    pupils: int


@dataclass
class MonthOverview:
    month: str
    school_name: str
    as_of: str  # the last date counted
    school_days: int
    service_days_held: int
    service_days_planned: int
    participants: int
    present: int  # pupil-days present (on time or late)
    expected: int  # enrolled pupil-days
    absences: int  # pupil-days absent without leave
    followed_up: int  # absence follow-ups closed (guardian reached or pupil arrived)
    not_followed_up: int  # absence alerts still open
    followup_minutes: list[int]  # one per closed follow-up: alert opened -> closed
    late_pickups: int
    extended_care: int
    daily: list[DailyFigures] = field(default_factory=list)
    classes: list[ClassRate] = field(default_factory=list)
    followup_buckets: list[tuple[str, int]] = field(default_factory=list)

    @property
    def attendance_rate(self) -> float | None:
        return self.present / self.expected if self.expected else None

    @property
    def median_followup_minutes(self) -> float | None:
        return float(statistics.median(self.followup_minutes)) if self.followup_minutes else None


def overview_of(facts: MonthFacts) -> MonthOverview:
    """Fold the month's facts into the overview (pure)."""
    data = facts.input
    daily = daily_figures(facts)
    days = [d.date for d in facts.held]
    follow, _late = class_alerts(facts.pupils, days)
    minutes = [f.minutes for f in follow if f.minutes is not None]
    open_count = sum(1 for f in follow if f.minutes is None)
    grouped = facts.by_class()
    classes = [
        ClassRate(c["name"], short_class_name(c["name"]), attendance_rate(grouped[c["id"]]),
                  len(grouped[c["id"]]))
        for c in data.classes
        if grouped.get(c["id"])
    ]  # fmt: skip
    return MonthOverview(
        month=data.month,
        school_name=str(data.school.get("name", "")),
        as_of=data.as_of,
        school_days=sum(1 for d in data.days if d.school_day),
        service_days_held=len(facts.held),
        service_days_planned=len(facts.planned),
        participants=len(facts.pupils),
        present=sum(d.present for d in daily),
        expected=sum(d.enrolled for d in daily),
        absences=sum(d.absent for d in daily),
        followed_up=len(minutes),
        not_followed_up=open_count,
        followup_minutes=minutes,
        late_pickups=sum(d.late_pickups for d in daily),
        extended_care=sum(d.extended for d in daily),
        daily=daily,
        classes=classes,
        followup_buckets=followup_histogram(minutes, open_count),
    )


def month_overview(
    ctx: ServiceContext, month: str, progress: Progress | None = None
) -> MonthOverview:
    """The month at a glance (needs Action.VIEW_AUDIT, as the ledger does)."""
    facts = month_facts(ctx, month, staged(progress, 0, 95))
    result = overview_of(facts)
    if progress:
        progress(100, 100)
    return result
