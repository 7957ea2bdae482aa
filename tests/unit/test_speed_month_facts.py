"""The month's derivation skips ``alerts_for`` only where it would find no alert
(``no_alerts``): the month's facts are the same with and without the shortcut."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from after_school_desk.domain.alerts import alerts_for
from after_school_desk.reports import month_facts
from after_school_desk.reports.month_facts import ESCALATE, MonthFacts, derive_month, no_alerts
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month.facts import month_input
from after_school_desk.services.sample import demo


def _alerts(facts: MonthFacts) -> dict[tuple[str, str], list[object]]:
    return {(pm.pupil_id, day): found for pm in facts.pupils for day, found in pm.alerts.items()}


def test_the_shortcut_leaves_the_months_alerts_as_they_were(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.create_demo(ctx, pupils=60, seed=11, months=2)
    for month in ("2026-09", "2026-10"):
        data = month_input(ctx, month)
        quick = derive_month(data)
        with monkeypatch.context() as m:
            m.setattr(month_facts, "no_alerts", lambda *_args: False)
            plain = derive_month(month_input(ctx, month))
        assert _alerts(quick) == _alerts(plain)
        assert [(p.pupil_id, p.days, p.late) for p in quick.pupils] == [
            (p.pupil_id, p.days, p.late) for p in plain.pupils
        ]
        found = [a for alerts in _alerts(quick).values() for a in alerts]
        assert {a.kind for a in found} == {"absence", "late_pickup"}  # a month with both


def test_no_alerts_only_where_alerts_for_finds_none(ctx: ServiceContext) -> None:
    """Every pupil-day of a demo month, at the month's own now and at other times of the
    day: where ``no_alerts`` says so, ``alerts_for`` finds nothing."""
    demo.create_demo(ctx, pupils=60, seed=12, months=1)
    data = month_input(ctx, "2026-10")
    facts = derive_month(data)
    times = {d.date: d.times(data.signin_window_minutes) for d in facts.held}
    skipped = 0
    for pm in facts.pupils:
        for day, pd in pm.days.items():
            t = times[day]
            assert t is not None
            signed = None if pd.signed_in_at is None else datetime.fromisoformat(pd.signed_in_at)
            if not no_alerts(pd, signed, t):
                continue
            skipped += 1
            for now in (data.now, t.signin_closes, t.service_end + timedelta(hours=3)):
                assert alerts_for(None, pd, t, now, ESCALATE) == []
    assert 0 < skipped < sum(len(pm.days) for pm in facts.pupils)
