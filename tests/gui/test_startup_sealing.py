"""At start-up, beside the open window, finished months of the attendance log are sealed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from after_school_desk.services.base.clock import CHINA_TZ
from after_school_desk.services.daily import attendance
from after_school_desk.ui.app import start_up_checks
from tests.unit.report_month import play_week


def test_start_up_seals_finished_months_after_the_daily_backup(school_ctx, clock, qtbot) -> None:
    play_week(school_ctx, clock)
    before = attendance.day_list(school_ctx, "2026-11-04")
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    parent = QWidget()
    qtbot.addWidget(parent)
    checks = start_up_checks(school_ctx, parent)
    assert checks is not None
    qtbot.waitUntil(lambda: not checks.running(), timeout=20000)
    conn = school_ctx.store.conn
    assert conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attendance_archive").fetchone()[0] > 0
    assert attendance.day_list(school_ctx, "2026-11-04") == before
    backups = list((school_ctx.store.path.parent / "backups").glob("*-daily-*.sqlite"))
    assert len(backups) == 1  # made before sealing: it still holds the live rows
