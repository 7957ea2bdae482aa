"""The principal's month at a glance, checked against the played week of the report tests."""

from __future__ import annotations

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.reports.ledger_data import followup_histogram, short_class_name
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import overview, reports
from tests.conftest import as_role
from tests.unit.report_month import play_week


def test_key_figures_match_the_played_week(school_ctx: ServiceContext, clock: FixedClock) -> None:
    play_week(school_ctx, clock)
    seen: list[tuple[int, int]] = []
    o = overview.month_overview(school_ctx, "2026-11", lambda d, t: seen.append((d, t)))
    assert seen[-1] == (100, 100)
    assert (o.service_days_held, o.participants) == (5, 3)
    assert o.service_days_planned > o.service_days_held  # the rest of November is still to come
    # 学生00 5 of 5, 学生01 1 of 3 (late, leave, absent), 学生10 2 of 3 (from 11-04)
    assert (o.present, o.expected) == (8, 11)
    assert o.attendance_rate == pytest.approx(8 / 11)
    assert o.absences == 2
    assert (o.followed_up, o.not_followed_up) == (1, 1)  # reached in 15 minutes; one left open
    assert o.followup_minutes == [15]
    assert o.median_followup_minutes == 15.0
    assert o.late_pickups == 1
    assert [(c.name, c.short, round(c.rate, 3), c.pupils) for c in o.classes] == [
        ("一年级(1)班", "一(1)", 0.75, 2),
        ("三年级(2)班", "三(2)", 0.667, 1),
    ]
    assert dict(o.followup_buckets) == {"≤10分": 0, "11–30分": 1, "31–60分": 0, ">60分": 0,
                                        "未关闭": 1}  # fmt: skip
    assert o.daily[0].date == "2026-11-02"


def test_overview_agrees_with_the_ledger_cover(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    play_week(school_ctx, clock)
    o = overview.month_overview(school_ctx, "2026-11")
    ledger = reports.ledger(school_ctx, "2026-11")
    assert o.daily == ledger.daily
    assert [(c.name, c.rate) for c in o.classes] == ledger.class_rates
    assert sorted(o.followup_minutes) == sorted(ledger.followup_minutes)
    assert o.not_followed_up == ledger.followups_open
    assert o.participants == ledger.participants


def test_an_empty_month_and_who_may_look(school_ctx: ServiceContext, clock: FixedClock) -> None:
    o = overview.month_overview(school_ctx, "2026-10")  # the service ran, nobody was enrolled
    assert o.service_days_held == o.service_days_planned > 0
    assert (o.participants, o.expected, o.attendance_rate) == (0, 0, None)
    assert o.median_followup_minutes is None and o.classes == []
    with pytest.raises(PermissionDenied):
        overview.month_overview(as_role(school_ctx, Role.TEACHER), "2026-11")


def test_helpers() -> None:
    assert short_class_name("三年级(2)班") == "三(2)"
    assert short_class_name("高一(3)班") == "高一(3)"
    assert followup_histogram([0, 10, 11, 45, 61, 600], 2) == [
        ("≤10分", 2), ("11–30分", 1), ("31–60分", 1), (">60分", 2), ("未关闭", 2)
    ]  # fmt: skip
