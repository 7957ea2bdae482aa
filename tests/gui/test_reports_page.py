"""The 报表 page builds a report off the GUI thread, shows progress, and can be cancelled."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.clock import FixedClock
from app.services.context import ServiceContext
from app.ui.reports_page import ReportsPage
from tests.unit.report_month import play_week


def test_saves_the_ledger_with_progress(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    assert page.month.text() == "2026-11"
    out = tmp_path / "ledger.pdf"
    page.start(out)
    assert not page.save_button.isEnabled() and page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.worker is None, timeout=20000)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert page.progress.value() == 100
    assert page.last_output == out
    assert page.save_button.isEnabled()


def test_direct_report_csv_and_a_bad_month(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("direct"))
    out = tmp_path / "direct.csv"
    page.start(out)
    qtbot.waitUntil(lambda: page.worker is None, timeout=20000)
    assert "pupils_enrolled" in out.read_text(encoding="utf-8-sig")
    page.month.setText("2026-13")
    page.start(tmp_path / "bad.csv")
    qtbot.waitUntil(lambda: page.worker is None, timeout=20000)
    assert "月份" in page.status.text()


def test_cancel_stops_the_job(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.start(tmp_path / "x.pdf")
    page.cancel()
    qtbot.waitUntil(lambda: page.worker is None, timeout=20000)
    assert page.status.text() in ("已取消。", f"已保存：{tmp_path / 'x.pdf'}")
