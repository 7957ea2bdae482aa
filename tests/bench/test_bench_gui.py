"""``bench --gui`` keeps working: a tiny school, a few real taps (the figures are not judged)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from after_school_desk.bench import _build, _context, _next_service_day
from after_school_desk.services.base.clock import CHINA_TZ
from after_school_desk.ui.bench_gui import gui_figures

TODAY = date(2026, 11, 24)


def test_gui_figures_on_a_tiny_school(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "school.sqlite"
    _build(path, 40, 0, TODAY)
    probe = _context(path, datetime.combine(TODAY, datetime.min.time(), CHINA_TZ))
    try:
        day = _next_service_day(probe, TODAY)
    finally:
        probe.store.close()
    figures = gui_figures(path, day, taps=3, board_refreshes=2)
    assert figures["tap_signin_count"] == 3
    assert figures["tap_handover_count"] == 3
    for key in ("tap_signin_ms_p50", "tap_signin_ms_p95", "tap_handover_ms_p50",
                "tap_handover_ms_p95", "board_refresh_ms_p50"):  # fmt: skip
        assert figures[key] > 0, key
    # the daily tamper check, run beside the taps in a process of its own, finds the records
    # the taps wrote while it read to be the program's own
    assert figures["tamper_check_s"] > 0
    assert figures["tamper_check_findings"] == 0
    assert figures["tap_handover_during_check_count"] <= 3
    # 打印… to the ledger's first page in the preview, then to the whole of it
    assert 0 < figures["report_preview_s"] <= figures["report_preview_whole_s"]
    pages = figures["page_open_ms"]
    assert {"roster", "sign_in", "handover", "duty", "reports", "finance"} <= set(pages)
    for page in pages.values():
        assert page["label"] and page["first"] > 0 and page["second"] > 0
        assert page["first_loaded"] >= page["first"]
