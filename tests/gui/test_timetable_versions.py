"""The service times with dates, driven by taps: 服务时间 saves a week from its 生效日期 and lists
the versions of the chosen stage; the set-up wizard shows each stage's week of a nine-year
school before the school is created."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from after_school_desk.services.school import calendar
from after_school_desk.ui.calendar_dialogs import WindowsDialog
from after_school_desk.ui.calendar_page import CalendarPage
from after_school_desk.ui.setup_wizard import SetupWizard
from tests.gui.test_setup_wizard import fill_school

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


def _dialog(qtbot: QtBot, ctx) -> tuple[CalendarPage, WindowsDialog]:  # type: ignore[no-untyped-def]
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.windows_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, WindowsDialog)
    return page, dialog


def test_a_week_saved_from_a_day_leaves_the_days_before_it(qtbot: QtBot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    _page, dialog = _dialog(qtbot, gui_ctx)
    assert dialog.valid_from.date() == QDate(2026, 11, 2)  # today
    assert "建校起（现行）" in dialog.history.text()
    dialog.valid_from.setDate(QDate(2026, 11, 16))
    wednesday = dialog.editors["all"].rows[3][0]
    assert wednesday.isChecked()
    qtbot.mouseClick(wednesday, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert calendar.day_info(gui_ctx, date(2026, 11, 11)).service  # the Wednesday before
    assert not calendar.day_info(gui_ctx, date(2026, 11, 18)).service  # the one after

    _page, dialog = _dialog(qtbot, gui_ctx)
    history = dialog.history.text()
    assert "建校起（现行）" in history and "2026-11-16（待生效）" in history
    assert dialog.editors["all"].rows[3][0].isChecked()  # today's week
    dialog.valid_from.setDate(QDate(2026, 11, 20))
    assert not dialog.editors["all"].rows[3][0].isChecked()  # the week in force that day
    # the whole school's versions are not the primary stage's
    dialog.stage_choice.setCurrentIndex(dialog.stage_choice.findData("primary"))
    assert "没有自己的服务时间" in dialog.history.text()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert len(calendar.window_history(gui_ctx)) == 2


def test_an_edited_season_keeps_what_was_typed_when_the_day_changes(
    qtbot: QtBot,
    gui_ctx,  # type: ignore[no-untyped-def]
) -> None:
    _page, dialog = _dialog(qtbot, gui_ctx)
    friday = dialog.editors["all"].rows[5][0]
    qtbot.mouseClick(friday, LEFT)  # no Friday
    dialog.valid_from.setDate(QDate(2026, 12, 1))
    assert not friday.isChecked()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert calendar.day_info(gui_ctx, date(2026, 11, 27)).service
    assert not calendar.day_info(gui_ctx, date(2026, 12, 4)).service
    assert [v.valid_from for v in calendar.window_history(gui_ctx)][1:] == [date(2026, 12, 1)]


def test_the_wizard_shows_each_stage_week_of_a_nine_year_school(qtbot: QtBot, ctx) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.stage.setCurrentIndex(wizard.stage.findData("nine_year"))
    wizard.profile_id.setCurrentIndex(wizard.profile_id.findData("city-plan-2024"))
    proposed = wizard.stage_weeks.text().splitlines()
    assert proposed[1:] == ["小学：周一、二、四、五 15:30–17:30",  # no Wednesday (the city plan)
                            "初中：周一、二、四、五 15:30–17:30，周三 16:00–18:00"]  # fmt: skip
    wizard.restart()
    wizard.school_name.setText("某镇九年一贯制学校")
    wizard.county.setText("某县")
    wizard.next()
    wizard.next()  # the weekly service times
    assert wizard.stage_weeks.isVisible()
    monday = wizard.windows[1][0]
    qtbot.mouseClick(monday, LEFT)  # no Monday for anyone
    assert not monday.isChecked()
    assert wizard.stage_weeks.text().splitlines()[1:] == [
        "小学：周二、四、五 15:30–17:30",
        "初中：周二、四、五 15:30–17:30，周三 16:00–18:00",
    ]
    wizard.next()
    wizard.login.setText("wang")
    wizard.display_name.setText("王校长")
    wizard.pin.setText("135790")
    wizard.pin_again.setText("135790")
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert sorted(calendar.windows(ctx, "primary")["all"]) == [2, 4, 5]
    junior = calendar.windows(ctx, "junior")["all"] or calendar.windows(ctx)["all"]
    assert sorted(junior) == [2, 3, 4, 5]


def test_a_school_of_one_stage_shows_no_stage_weeks(qtbot: QtBot, ctx) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    fill_school(wizard)
    assert wizard.stage_weeks.text() == "" and wizard.stage_weeks.isHidden()
