"""Absence and late-pickup alerts, escalation, and the message outbox."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts, attendance, outbox
from after_school_desk.services.school import enrolment
from after_school_desk.store import school_store
from tests.unit.daily_school import DAY, build


def at(clock, hhmm: str) -> None:
    clock.set(datetime.fromisoformat(f"{DAY}T{hhmm}:00+08:00"))


def test_absence_alert_opens_when_window_closes_and_escalates(
    school_ctx: ServiceContext, clock, tmp_path: Path
) -> None:
    build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000", "G10000001", "G10000002"], start=DAY, approve=True)
    attendance.record_leave(school_ctx, "G10000002", DAY, "2026-11-06", "病假")
    at(clock, "16:14")
    assert alerts.alerts(school_ctx) == []
    at(clock, "16:15")
    found = alerts.alerts(school_ctx)
    assert {a["national_id"] for a in found} == {"G10000000", "G10000001"}
    first = found[0]
    assert first["guardians"][0]["phone"] and "还没有签到" in first["message"]
    assert not first["escalated"]
    at(clock, "16:45")
    assert all(a["escalated"] for a in alerts.alerts(school_ctx))
    assert outbox.queue_alert_messages(school_ctx) == 2  # one guardian each
    assert outbox.queue_alert_messages(school_ctx) == 0  # queued once
    target = tmp_path / "out.csv"
    assert outbox.export_csv(school_ctx, target) == 2
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "日期" and len(rows) == 3 and "学生00" in rows[1]
    assert outbox.export_csv(school_ctx, target) == 0


def test_late_pickup_alert_and_setting(school_ctx: ServiceContext, clock) -> None:
    build(school_ctx)
    with school_ctx.write() as conn:
        school_store.set_meta(conn, "signin_window_minutes", "30")
    enrolment.enroll(school_ctx, ["G10000000"], start=DAY, approve=True)
    at(clock, "16:20")
    assert alerts.alerts(school_ctx) == []  # window now closes at 16:30
    attendance.sign_in(school_ctx, "G10000000")
    at(clock, "18:01")
    (late,) = alerts.alerts(school_ctx)
    assert late["kind"] == "late_pickup" and late["status"] == "open"
    attendance.record_contact(school_ctx, "G10000000", reached=False)
    assert alerts.alerts(school_ctx, open_only=True)
    attendance.sign_out(school_ctx, "G10000000", extended=True)
    assert alerts.alerts(school_ctx, open_only=True)  # extended care does not close it
    at(clock, "18:20")
    attendance.record_contact(school_ctx, "G10000000", reached=True, reason="家长在路上")
    assert alerts.alerts(school_ctx, open_only=True) == []
    view = attendance.sign_out(school_ctx, "G10000000", pickup_name="母亲00")
    assert view["state"] == "handed_over"
