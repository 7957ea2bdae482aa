"""学校设置 driven by taps: what is saved reaches the direct report; refusals keep the input."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTime
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.reports.direct_report import indicators
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import setting
from after_school_desk.services.care import maintenance
from after_school_desk.services.month import reports
from after_school_desk.services.school import school_settings
from after_school_desk.ui.school_settings_page import SchoolSettingsPage
from tests.conftest import as_role
from tests.gui.ime_typing import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot: QtBot, ctx: ServiceContext) -> SchoolSettingsPage:
    page = SchoolSettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024 - 200, 768 - 60)
    page.show()
    return page


def test_direct_report_settings_are_saved_and_reported(
    qtbot: QtBot, gui_ctx: ServiceContext, clock: FixedClock
) -> None:
    clock.set(datetime.fromisoformat("2026-11-03T10:00:00+08:00"))  # a service day was held
    page = _page(qtbot, gui_ctx)
    assert page.name.text() == "立岗镇中心小学"
    assert page.homework_policy.currentText() == "未填写"
    assert not page.work_end.isEnabled()
    qtbot.mouseClick(page.has_work_end, LEFT)
    assert page.work_end.isEnabled()
    page.work_end.setTime(QTime(17, 30))
    page.homework_policy.setCurrentIndex(page.homework_policy.findData(True))
    page.homework_notice.setCurrentIndex(page.homework_notice.findData(False))
    type_text(qtbot, page.providers, "贺兰县青少年宫\n银川书法协会")
    assert page.providers_count.text() == "共 2 家"
    page.escalate.setValue(20)
    type_text(qtbot, page.school_code, "6401220001")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.bar.kind == "ok"

    data = reports.direct_input(gui_ctx, "2026-11")
    assert data.settings["work_end_time"] == "17:30"
    values = indicators(data)
    assert values["homework_policy"] is True and values["homework_notice"] is False
    assert values["outside_providers"] == ["贺兰县青少年宫", "银川书法协会"]
    assert values["school_code"] == "6401220001"
    assert setting(gui_ctx.store.conn, "escalate_minutes") == 20

    again = _page(qtbot, gui_ctx)  # a fresh page shows what was saved
    assert again.work_end.time() == QTime(17, 30) and again.has_work_end.isChecked()
    assert again.homework_policy.currentText() == "有"


def test_a_refused_form_keeps_what_was_typed(
    qtbot: QtBot, gui_ctx: ServiceContext, clock: FixedClock
) -> None:
    clock.set(datetime.fromisoformat("2026-11-03T10:00:00+08:00"))  # a service day was held
    page = _page(qtbot, gui_ctx)
    page.name.clear()
    type_text(qtbot, page.school_code, "12345")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.bar.kind == "error"
    assert "不能为空" in page.errors.message("name")
    assert "10 位数字" in page.errors.message("school_code")
    assert page.school_code.text() == "12345" and page.name.text() == ""
    assert school_settings.load(gui_ctx).name == "立岗镇中心小学"
    type_text(qtbot, page.name, "立岗镇第二小学")
    page.school_code.clear()
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.bar.kind == "ok" and not page.errors.message("name")
    assert indicators(reports.direct_input(gui_ctx, "2026-11"))["school_name"] == "立岗镇第二小学"


def test_database_location_and_backup_folder(
    qtbot: QtBot, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    page = _page(qtbot, gui_ctx)
    assert page.db_path.text() == str(gui_ctx.store.path)
    qtbot.mouseClick(page.copy_path_button, LEFT)
    assert QGuiApplication.clipboard().text() == str(gui_ctx.store.path)
    assert not page.default_backup_button.isEnabled()

    asked: list[str] = []
    chosen = tmp_path / "备份"

    def ask(start: str) -> str:
        asked.append(start)
        return str(chosen)

    page.ask_folder = ask  # type: ignore[method-assign]
    qtbot.mouseClick(page.choose_backup_button, LEFT)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [documents]
    assert page.backup_folder.text() == str(chosen)
    assert maintenance.backup(gui_ctx).parent == chosen
    qtbot.mouseClick(page.default_backup_button, LEFT)
    assert not school_settings.backup_settings(gui_ctx)["chosen"]
    assert page.backup_folder.text() == str(gui_ctx.store.path.parent / "backups")


def test_a_duty_leader_cannot_change_settings(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = _page(qtbot, as_role(gui_ctx, Role.DUTY_LEADER))
    page.escalate.setValue(60)
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.bar.kind == "error" and "无权" in page.bar.text()
    assert setting(gui_ctx.store.conn, "escalate_minutes") == 30


def test_the_finance_notice_settings_are_kept(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = _page(qtbot, gui_ctx)
    type_text(qtbot, page.complaint_phone, "县教育局 0951-7654321")
    page.notice_days.setValue(7)
    type_text(qtbot, page.service_content, "作业辅导、书法、篮球")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.bar.kind == "ok", page.bar.text()
    saved = school_settings.load(gui_ctx)
    assert (saved.complaint_phone, saved.notice_days, saved.service_content) == (
        "县教育局 0951-7654321",
        7,
        "作业辅导、书法、篮球",
    )
    # saving something else later keeps them
    page.escalate.setValue(25)
    qtbot.mouseClick(page.save_button, LEFT)
    assert school_settings.load(gui_ctx).notice_days == 7
