"""A pupil enrolled in several terms counts once on a day, under that day's term."""

from __future__ import annotations

from datetime import date

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.sample import demo


def test_history_over_two_terms_lists_each_pupil_once(ctx: ServiceContext) -> None:
    result = demo.create_demo(ctx, pupils=40, seed=3, months=6)
    assert result.history_days > 60
    terms = demo.terms_back_to(date(2026, 5, 1), date(2026, 11, 2))
    assert len(terms) == 2
    spring = attendance.day_list(ctx, date(2026, 5, 12))
    autumn = attendance.day_list(ctx, date(2026, 10, 27))
    for rows in (spring, autumn):
        ids = [r["id"] for r in rows]
        assert ids and len(ids) == len(set(ids))
    assert attendance.day_list(ctx, date(2026, 8, 4)) == []  # summer holiday: no term
