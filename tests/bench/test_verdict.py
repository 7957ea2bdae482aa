"""The bench's verdict: each figure beside its target (``after_school_desk.bench.TARGETS``), exit 1 when one
misses it. Small made-up figures, no run."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from typing import Any

import pytest

import after_school_desk.bench
from after_school_desk.bench import TARGETS, missed, render_table, verdicts
from after_school_desk.cli import bench_cmds


def passing() -> dict[str, Any]:
    """Every judged figure just inside its target."""
    figures: dict[str, Any] = {"pupils": 40, "years": 0.2, "history_days": 30}
    for t in TARGETS:
        if t.key == "page_open_ms":
            figures[t.key] = {
                "roster": {"label": "学生名册", "first": 120.0, "second": 30.0},
                "overview": {"label": "本月概况", "first": 90.0, "first_loaded": 400.0,
                             "second": 20.0},
            }  # fmt: skip
        else:
            figures[t.key] = t.limit if t.limit is not None else 1.0
    return figures


def test_every_target_is_in_one_table() -> None:
    limits = {t.key: t.limit for t in TARGETS if t.limit is not None}
    assert limits == {
        "signin_over_commit": 2.0, "signout_over_commit": 2.0, "board_ms_p50": 100.0,
        "ledger_pdf_s": 15.0, "direct_report_s": 1.0, "direct_report_sealed_month_s": 1.0,
        "startup_s": 2.0, "cold_startup_s": 3.0, "tap_signin_ms_p95": 50.0,
        "tap_handover_ms_p95": 50.0, "tap_handover_during_check_ms_p95": 100.0,
        "page_open_ms": 200.0, "report_preview_s": 5.0,
        "report_preview_whole_s": 15.0,
        "sync_apply_class_day_ms": 1000.0,
    }  # fmt: skip


def test_figures_at_their_targets_pass(capsys: pytest.CaptureFixture[str]) -> None:
    figures = passing()
    assert missed(figures) == []
    assert bench_cmds.report(figures, as_json=False) == 0
    out = capsys.readouterr().out
    assert "✗" not in out
    assert "全部" in out and "达到目标" in out
    assert "签到 ÷ 空白提交" in out and "≤ 2.00×" in out
    assert "数据 400" in out  # a page's background load shown beside its opening


@pytest.mark.parametrize(
    ("key", "value"),
    [("board_ms_p50", 100.1), ("signin_over_commit", 2.01), ("cold_startup_s", 3.5),
     ("tap_handover_ms_p95", 51.0), ("direct_report_sealed_month_s", 1.05)],
)  # fmt: skip
def test_a_figure_over_its_target_fails_the_run(
    key: str, value: float, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = passing()
    figures[key] = value
    assert missed(figures) == [key]
    assert bench_cmds.report(figures, as_json=False) == 1
    out = capsys.readouterr().out
    label = next(t.label for t in TARGETS if t.key == key)
    line = next(line for line in out.splitlines() if line.startswith(label))
    assert line.rstrip().endswith("✗")
    assert "1 项未达到目标" in out


def test_a_slow_first_page_opening_fails_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    figures = passing()
    figures["page_open_ms"]["roster"]["first"] = 368.0
    assert missed(figures) == ["page_open_ms.roster"]
    assert bench_cmds.report(figures, as_json=True) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["targets_missed"] == ["page_open_ms.roster"]
    assert data["page_open_ms"]["roster"]["first"] == 368.0


def test_a_figure_not_measured_is_shown_not_judged() -> None:
    figures = passing()
    figures["direct_report_sealed_month_s"] = None  # history too short to reach a sealed month
    for key in ("tap_signin_ms_p95", "tap_handover_ms_p95", "page_open_ms"):
        del figures[key]  # no --gui
    assert missed(figures) == []
    shown = {v.key: v for v in verdicts(figures)}
    assert shown["direct_report_sealed_month_s"].value == "未测"
    assert shown["direct_report_sealed_month_s"].ok is None
    assert shown["tap_signin_ms_p95"].ok is None
    assert "未测" in render_table(figures)


def test_the_command_exits_1_on_a_miss(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    figures = passing()
    figures["startup_s"] = 2.5
    monkeypatch.setattr(
        after_school_desk.bench, "run_bench", lambda options, progress=None: figures
    )
    args = argparse.Namespace(
        pupils=40, years=0.2, repetitions=8, startup_runs=1, cold_runs=1, gui=False, taps=5,
        dir=None, json=False,
    )  # fmt: skip
    assert bench_cmds.cmd_bench(args, None) == 1
    assert "启动到主窗口" in capsys.readouterr().out


def test_the_bench_loads_qt_only_with_gui() -> None:
    script = (
        "import sys, after_school_desk.bench, after_school_desk.cli.bench_cmds\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_with_gui_the_command_leaves_with_the_verdict(
    monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """After a --gui run the process leaves at once with the verdict's status, so tearing down
    the measured window's Qt objects cannot turn a verdict into a crash."""
    figures = passing()
    figures["tap_signin_ms_p95"] = 80.0
    monkeypatch.setattr(
        after_school_desk.bench, "run_bench", lambda options, progress=None: figures
    )
    left: list[int] = []

    def leave(code: int) -> None:
        left.append(code)

    monkeypatch.setattr(bench_cmds.os, "_exit", leave)
    args = argparse.Namespace(
        pupils=40, years=0.2, repetitions=8, startup_runs=1, cold_runs=1, gui=True, taps=5,
        dir=None, json=True,
    )  # fmt: skip
    bench_cmds.cmd_bench(args, None)
    assert left == [1]
    assert "tap_signin_ms_p95" in capsys.readouterr().out
