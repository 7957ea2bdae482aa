"""The 报表 page builds a report off the GUI thread, shows progress, and can be cancelled."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from after_school_desk.cli import report_cmds
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui.reports_page import ReportsPage
from tests.unit.report_month import play_week

LEFT = Qt.MouseButton.LeftButton


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
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
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
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    assert "pupils_enrolled" in out.read_text(encoding="utf-8-sig")
    page.month.setText("2026-13")
    page.start(tmp_path / "bad.csv")
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    assert "月份" in page.status.text()


def test_cancel_stops_the_job(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.start(tmp_path / "x.pdf")
    page.cancel()
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    assert page.status.text() in ("已取消。", f"已保存：{tmp_path / 'x.pdf'}")


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def _save_through_the_page(qtbot: QtBot, page: ReportsPage, folder: Path) -> tuple[str, Path]:
    """Tap 保存…, take the proposed name in ``folder``, wait for the worker."""
    asked: list[tuple[str, str]] = []

    def ask(name: str, filters: str) -> str:
        asked.append((name, filters))
        return str(folder / name)

    page.ask_save_path = ask  # type: ignore[method-assign]
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    assert len(asked) == 1
    return asked[0][0], folder / asked[0][0]


def _saved(page: ReportsPage, out: Path) -> Path:
    assert page.status.text() == f"已保存：{out}"
    assert page.last_output == out and out.is_file()
    return out


def test_every_cli_report_is_offered_with_only_the_options_it_needs(
    qtbot: QtBot, school_ctx: ServiceContext
) -> None:
    parser = argparse.ArgumentParser()
    report_cmds.register(parser.add_subparsers())
    report_parser = parser._subparsers._group_actions[0].choices["report"]  # type: ignore[union-attr]
    cli_reports = set(report_parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    offered = {page.kind.itemData(i) for i in range(page.kind.count())}
    # report package is the 保存报送包… button (it names its own file, for the county)
    assert offered == cli_reports - {"package"}
    assert page.package_button.text() == "保存报送包…"
    shown = {}
    for key in offered:
        page.kind.setCurrentIndex(page.kind.findData(key))
        shown[key] = {
            name
            for name, widget in (
                ("month", page.month),
                ("day", page.day),
                ("class", page.class_box),
            )
            if page.form.isRowVisible(widget)
        }
    assert shown["ledger"] == shown["direct"] == shown["roster"] == {"month"}
    assert shown["finance"] == shown["subsidy"] == {"month"}
    assert shown["handover-sheet"] == {"day", "class"}
    assert shown["pickup-cards"] == {"class"}
    assert shown["direct-template"] == set()
    assert page.class_box.itemText(0) == "全部班级"
    assert page.class_box.findData("一年级(1)班") > 0


def test_handover_sheet_of_a_class_and_a_day(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("handover-sheet"))
    page.day.setDate(QDate(2026, 11, 4))
    page.class_box.setCurrentIndex(page.class_box.findData("一年级(1)班"))
    name, out = _save_through_the_page(qtbot, page, tmp_path)
    assert name == "交接单_一年级(1)班_2026-11-04.pdf"
    assert page.last_output == out and page.status.text() == f"已保存：{out}"
    text = _pdf_text(out)
    assert "放学交接单" in text and "一年级(1)班" in text and "2026-11-04" in text
    assert "学生00" in text and "学生01" in text  # 学生01 withdrew only on 11-05
    assert "母亲00" in text and "学生10" not in text

    page.class_box.setCurrentIndex(page.class_box.findData(""))  # 全部班级
    name, out = _save_through_the_page(qtbot, page, tmp_path)
    assert name == "交接单_全部班级_2026-11-04.pdf"
    text = _pdf_text(_saved(page, out))
    assert "一年级(1)班" in text and "三年级(2)班" in text
    assert "五年级(1)班" not in text  # nobody of that class stays after school
    assert "学生00" in text and "学生10" in text


def test_handover_sheet_on_a_day_without_service_says_why(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("handover-sheet"))
    page.day.setDate(QDate(2026, 11, 7))  # a Saturday
    page.class_box.setCurrentIndex(page.class_box.findData("一年级(1)班"))
    _name, out = _save_through_the_page(qtbot, page, tmp_path)
    assert "不是课后服务日" in page.status.text()
    assert not out.exists() and page.last_output is None


def test_pickup_cards_of_one_class(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("pickup-cards"))
    page.class_box.setCurrentIndex(page.class_box.findData("三年级(2)班"))
    name, out = _save_through_the_page(qtbot, page, tmp_path)
    assert name == "接送卡_三年级(2)班.pdf"
    text = _pdf_text(_saved(page, out))
    assert "学生10" in text and "学生00" not in text
