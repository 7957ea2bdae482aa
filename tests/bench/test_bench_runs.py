"""The benchmark itself keeps working (a tiny school; the figures are not judged here)."""

from __future__ import annotations

from pathlib import Path

from after_school_desk.bench import BenchOptions, run_bench

KEYS = {
    "commit_ms_p50", "signin_ms_p50", "signin_ms_p99", "signout_ms_p50", "signout_ms_p99",
    "signin_week1_ms_p50", "board_ms_p50", "class_day_ms_p50", "ledger_pdf_s",
    "direct_report_s", "startup_s", "rss_mb", "db_mb", "events_sealed", "events_live",
    "sealed_bytes_per_event", "signin_over_commit", "signout_over_commit", "commit_week1_ms_p50",
    "cold_startup_s",
}  # fmt: skip


def test_bench_measures_every_figure(tmp_path: Path) -> None:
    figures = run_bench(
        BenchOptions(
            pupils=40, years=0.2, repetitions=8, folder=tmp_path, startup_runs=1, cold_runs=1
        )
    )
    assert set(figures) >= KEYS
    assert figures["history_days"] > 10
    for key in KEYS:
        assert isinstance(figures[key], (int, float)) and figures[key] > 0, key
    assert "direct_report_sealed_month_s" in figures
    assert list(tmp_path.iterdir()) == []  # the temporary school is cleaned up
