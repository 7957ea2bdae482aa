"""The demo history: realistic, complete days that the services read back as finished."""

from __future__ import annotations

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts, attendance, duty
from after_school_desk.services.sample.demo import create_demo


def test_demo_history_days_are_complete(ctx: ServiceContext) -> None:
    result = create_demo(ctx, pupils=80, seed=3, months=1)
    assert result.history_days >= 15
    day = "2026-10-29"  # a Thursday in the history
    rows = attendance.day_list(ctx, day)
    assert 55 <= len(rows) <= 80
    states = {r["state"] for r in rows}
    assert states <= {"handed_over", "self_leave", "absent", "leave"}
    assert "handed_over" in states
    assert alerts.alerts(ctx, day, open_only=True) == []
    assert duty.sign_off_problems(ctx, day) == []
    summary = duty.duty_summary(ctx, day)
    assert summary["signed_off_at"] and summary["leader"] and summary["log"]
    assert attendance.count_events(ctx) > 15 * 55
