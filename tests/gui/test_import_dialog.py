from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.ui import import_dialog
from after_school_desk.ui.import_dialog import ImportDialog

CSV = (
    "学籍号,姓名,性别,出生日期,班级,监护人1姓名,监护人1关系,监护人1联系电话\n"
    "G200000000001,陈小明,男,2019-03-04,一年级(1)班,陈军,父亲,13900000011\n"
    "G200000000002,刘小红,女,2018/5/6,二年级（2）班,刘梅,母亲,139-0000-0012\n"
)


class FakeReport:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def summary_lines(self) -> list[str]:
        return self.lines


def wait_done(qtbot: Any, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)


def test_dry_run_of_a_real_csv_changes_nothing(qtbot, gui_ctx: ServiceContext, tmp_path: Path):
    pytest.importorskip("after_school_desk.services.school.roster")
    path = tmp_path / "名册.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    dialog = ImportDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(dialog.check_button.clicked):
        dialog.check_button.click()
    wait_done(qtbot, dialog)
    assert dialog.status.text().startswith("检查通过"), dialog.report_view.toPlainText()
    assert dialog.report_view.toPlainText().strip()
    assert len(pupils.roster_rows(gui_ctx)) == 4
    dialog.import_button.click()
    wait_done(qtbot, dialog)
    assert dialog.imported
    assert len(pupils.roster_rows(gui_ctx)) == 6


def test_progress_and_summary_from_the_worker(qtbot, gui_ctx, tmp_path, monkeypatch):
    calls: list[tuple[Path, bool]] = []

    def fake(ctx: ServiceContext, path: Path, dry_run: bool, progress: Any) -> FakeReport:
        calls.append((path, dry_run))
        progress(1, 2)
        progress(2, 2)
        return FakeReport(["共 2 行，新增 2 名学生。"])

    monkeypatch.setattr(import_dialog, "run_import", fake)
    dialog = ImportDialog(gui_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "a.csv"))
    dialog.check_button.click()
    assert dialog.is_running() and not dialog.close_button.isEnabled()
    wait_done(qtbot, dialog)
    assert calls == [(tmp_path / "a.csv", True)]
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.report_view.toPlainText() == "共 2 行，新增 2 名学生。"
    assert not dialog.imported and dialog.close_button.isEnabled()


def test_problems_are_listed_one_per_line(qtbot, gui_ctx, tmp_path, monkeypatch):
    def fake(ctx: ServiceContext, path: Path, dry_run: bool, progress: Any) -> FakeReport:
        raise ValidationError(
            "名册有 2 处错误，未导入：", ["第 3 行 姓名：不能为空", "第 5 行 电话“123”无效"]
        )

    monkeypatch.setattr(import_dialog, "run_import", fake)
    dialog = ImportDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "a.csv"))
    dialog.import_button.click()
    wait_done(qtbot, dialog)
    assert dialog.report_view.toPlainText().splitlines() == [
        "名册有 2 处错误，未导入：",
        "第 3 行 姓名：不能为空",
        "第 5 行 电话“123”无效",
    ]
    assert not dialog.imported


def test_cancel_stops_the_worker(qtbot, gui_ctx, tmp_path, monkeypatch):
    started, go_on = threading.Event(), threading.Event()

    def fake(ctx: ServiceContext, path: Path, dry_run: bool, progress: Any) -> FakeReport:
        progress(1, 10)
        started.set()
        go_on.wait(10)
        progress(2, 10)  # raises once cancel was asked for
        return FakeReport(["不应出现"])

    monkeypatch.setattr(import_dialog, "run_import", fake)
    dialog = ImportDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "a.csv"))
    dialog.import_button.click()
    qtbot.waitUntil(started.is_set)
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    go_on.set()
    wait_done(qtbot, dialog)
    assert dialog.status.text() == "已取消，没有导入任何数据。"
    assert dialog.report_view.toPlainText() == ""
