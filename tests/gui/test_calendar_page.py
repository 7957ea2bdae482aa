"""校历 driven by taps: days off, the holiday notice, make-up days and the service times."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar
from after_school_desk.ui.calendar_dialogs import (
    DaysOffDialog,
    NoticeDialog,
    TermDialog,
    WindowsDialog,
)
from after_school_desk.ui.calendar_page import CalendarPage
from after_school_desk.ui.style import MIN_TARGET
from tests.conftest import as_role
from tests.gui.ime_typing import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot: QtBot, ctx: ServiceContext) -> CalendarPage:
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024 - 200, 768 - 60)
    page.show()
    return page


def _tap_day(qtbot: QtBot, page: CalendarPage, day: date) -> None:
    qtbot.mouseClick(page.button_for(day), LEFT)
    assert page.selected == day


def test_the_month_grid_shows_service_days_and_holidays(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    page = _page(qtbot, gui_ctx)
    assert page.month_label.text() == "2026年11月"
    monday = page.button_for(date(2026, 11, 2))
    assert monday.property("category") == "service" and "16:00" in monday.text()
    assert monday.height() >= MIN_TARGET
    assert page.button_for(date(2026, 11, 7)).property("category") == "none"  # Saturday
    qtbot.mouseClick(page.prev_button, LEFT)
    assert page.month_label.text() == "2026年10月"
    national_day = page.button_for(date(2026, 10, 1))
    assert national_day.property("category") == "holiday" and "国庆节" in national_day.text()
    makeup = page.button_for(date(2026, 10, 10))
    assert makeup.property("category") == "makeup"


def test_marking_days_off_and_undoing_them(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = _page(qtbot, gui_ctx)
    _tap_day(qtbot, page, date(2026, 11, 12))
    qtbot.mouseClick(page.days_off_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, DaysOffDialog)
    assert dialog.start.date() == QDate(2026, 11, 12)
    dialog.end.setDate(QDate(2026, 11, 13))
    qtbot.mouseClick(dialog.save_button, LEFT)  # no reason yet: refused, nothing saved
    assert dialog.isVisible() and dialog.fields.message("name")
    assert calendar.day_info(gui_ctx, date(2026, 11, 12)).service
    type_text(qtbot, dialog.name, "秋季运动会")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    status = calendar.day_info(gui_ctx, date(2026, 11, 13))
    assert not status.service and "秋季运动会" in status.reason
    assert page.button_for(date(2026, 11, 13)).property("category") == "school_off"
    assert page.bar.kind == "ok" and "2 天" in page.bar.text()

    _tap_day(qtbot, page, date(2026, 11, 13))
    assert page.clear_off_button.isEnabled()
    qtbot.mouseClick(page.clear_off_button, LEFT)
    assert calendar.day_info(gui_ctx, date(2026, 11, 13)).service
    assert not calendar.day_info(gui_ctx, date(2026, 11, 12)).service  # only the tapped day
    assert not page.clear_off_button.isEnabled()


def test_holiday_notice_keeps_a_refused_text_then_confirms_the_year(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    page = _page(qtbot, gui_ctx)
    qtbot.mouseClick(page.next_button, LEFT)
    qtbot.mouseClick(page.next_button, LEFT)
    assert page.month_label.text() == "2027年1月"
    assert "尚未确认" in page.year_status.text()
    qtbot.mouseClick(page.notice_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, NoticeDialog) and dialog.chosen_year() == 2027
    assert "2027-01-01 元旦" in dialog.text.toPlainText()
    dialog.text.clear()
    type_text(qtbot, dialog.text, "2027-01-01..2027-01-04 元旦\n2027-02-30 春节")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and "第 2 行" in dialog.error.text()
    assert "2027-02-30 春节" in dialog.text.toPlainText()  # what was typed stays
    dialog.text.clear()
    type_text(qtbot, dialog.text, "2027-01-01..2027-01-04 元旦\n2027-01-09 上班")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert not calendar.day_info(gui_ctx, date(2027, 1, 4)).service
    assert "已确认" in page.year_status.text()

    saturday = date(2027, 1, 9)
    assert calendar.day_info(gui_ctx, saturday).service
    _tap_day(qtbot, page, saturday)
    assert page.makeup_off_button.isEnabled() and not page.makeup_on_button.isEnabled()
    qtbot.mouseClick(page.makeup_off_button, LEFT)
    assert not calendar.day_info(gui_ctx, saturday).service
    qtbot.mouseClick(page.makeup_off_button, LEFT)  # a second tap changes nothing
    qtbot.mouseClick(page.makeup_on_button, LEFT)
    assert calendar.day_info(gui_ctx, saturday).service


def test_service_times_per_weekday_and_season(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = _page(qtbot, gui_ctx)
    qtbot.mouseClick(page.windows_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, WindowsDialog)
    usual = dialog.editors["all"]
    friday, start, _end = usual.rows[5]
    qtbot.mouseClick(friday, LEFT)
    assert not friday.isChecked() and not start.isEnabled()
    monday = usual.rows[1]
    monday[2].setTime(QTime(15, 0))  # ends before it starts
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and "应晚于" in usual.fields.message("1")
    assert calendar.windows(gui_ctx)["all"][5] == ("16:00", "18:00")  # nothing saved
    monday[1].setTime(QTime(16, 10))
    monday[2].setTime(QTime(17, 50))
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1
    summer = dialog.editors["summer"]
    qtbot.mouseClick(summer.rows[1][0], LEFT)
    summer.rows[1][1].setTime(QTime(16, 40))
    summer.rows[1][2].setTime(QTime(18, 20))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert not calendar.day_info(gui_ctx, date(2026, 11, 6)).service  # Friday
    window = calendar.day_info(gui_ctx, date(2026, 11, 9)).window
    assert window is not None and (window.start, window.end) == ("16:10", "17:50")
    assert calendar.windows(gui_ctx)["summer"] == {1: ("16:40", "18:20")}
    assert "16:10" in page.button_for(date(2026, 11, 9)).text()


def test_a_stage_gets_its_own_service_times(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    """学段 小学: the primary classes' own week (no Wednesday); the whole school's stays."""
    page = _page(qtbot, gui_ctx)
    qtbot.mouseClick(page.windows_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, WindowsDialog)
    dialog.stage_choice.setCurrentIndex(dialog.stage_choice.findData("primary"))
    usual = dialog.editors["all"]
    assert usual.week() == {}  # no timetable of its own yet
    for wd in (1, 2, 4, 5):
        qtbot.mouseClick(usual.rows[wd][0], LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert sorted(calendar.windows(gui_ctx, "primary")["all"]) == [1, 2, 4, 5]
    assert sorted(calendar.windows(gui_ctx)["all"]) == [1, 2, 3, 4, 5]
    assert "小学平时" in page.windows_text()


def test_a_new_term_makes_its_days_service_days(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = _page(qtbot, gui_ctx)
    assert not calendar.day_info(gui_ctx, date(2027, 3, 8)).service
    qtbot.mouseClick(page.term_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, TermDialog)
    dialog.start.setDate(QDate(2027, 3, 1))
    dialog.end.setDate(QDate(2027, 7, 9))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert calendar.day_info(gui_ctx, date(2027, 3, 8)).service
    assert [t["start_date"] for t in calendar.terms(gui_ctx)] == ["2026-09-01", "2027-03-01"]


def test_a_teacher_is_refused_in_the_message_bar(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = _page(qtbot, as_role(gui_ctx, Role.TEACHER))
    _tap_day(qtbot, page, date(2026, 11, 12))
    qtbot.mouseClick(page.days_off_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, DaysOffDialog)
    type_text(qtbot, dialog.name, "运动会")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and "无权" in dialog.fields.message("dates")
    assert calendar.day_info(gui_ctx, date(2026, 11, 12)).service
