"""补助标准 from the finance page: list, multipliers shown read-only, add and change a rate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import subsidies
from after_school_desk.services.school import profile_history
from after_school_desk.ui.finance_page import FinancePage
from after_school_desk.ui.subsidy_rates_dialog import SubsidyRatesDialog
from tests.conftest import as_role

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_rates(qtbot: QtBot, ctx: ServiceContext) -> SubsidyRatesDialog:
    page = FinancePage(as_role(ctx, Role.PRINCIPAL))
    qtbot.addWidget(page)
    page.show()
    assert page.subsidy_button.height() >= 44
    qtbot.mouseClick(page.subsidy_button, Qt.MouseButton.LeftButton)
    dialog = page.subsidy_dialog
    assert isinstance(dialog, SubsidyRatesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def choose(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))
    assert combo.currentData() == key


def test_add_a_base_rate_in_yuan_stored_in_fen(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    dialog = open_rates(qtbot, gui_ctx)
    assert "平时 100%" in dialog.multipliers_label.text()
    assert "未规定补助倍数" in dialog.multipliers_source.text()
    assert dialog.model.rowCount() == 0
    choose(dialog.category, "teacher")
    qtbot.keyClicks(dialog.amount, "30.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [rate] = subsidies.list_rates(gui_ctx)
    assert (rate["category"], rate["day_type"], rate["unit"]) == ("teacher", "base", "hour")
    assert rate["rate_fen"] == 3050 and rate["effective_from"] == "2026-11-02"
    assert dialog.model.rowCount() == 1
    assert dialog.model.row_dict(0)["status"] == "现行"
    assert "30.50" in dialog.bar.text() and dialog.bar.kind == "ok"
    assert dialog.amount.text() == ""


def test_refused_amount_keeps_the_text_and_shows_it_by_the_field(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    dialog = open_rates(qtbot, gui_ctx)
    qtbot.keyClicks(dialog.amount, "12.345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert subsidies.list_rates(gui_ctx) == []
    assert dialog.amount.text() == "12.345"
    assert dialog.errors.message("amount") != ""
    assert dialog.isVisible()


def test_change_a_rate_from_a_later_date_keeps_the_old_one(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    subsidies.set_rate(gui_ctx, "duty_leader", "50", unit="lesson", day_type_="rest_day",
                       start="2026-09-01")  # fmt: skip
    dialog = open_rates(qtbot, gui_ctx)
    assert dialog.model.rowCount() == 1
    index = dialog.model.index(0, 0)
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualRect(index).center(),
    )
    assert dialog.category.currentData() == "duty_leader"
    assert dialog.day_type.currentData() == "rest_day"
    assert dialog.unit.currentData() == "lesson"
    assert dialog.amount.text() == "50.00"
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "60")
    dialog.start.setDate(QDate(2026, 12, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    rates = sorted(subsidies.rate_rows(gui_ctx), key=lambda r: r["effective_from"])
    assert [(r["rate_fen"], r["effective_from"], r["status"]) for r in rates] == [
        (5000, "2026-09-01", "现行"),
        (6000, "2026-12-01", "待生效"),
    ]
    assert all(r["unit"] == "lesson" and r["day_type"] == "rest_day" for r in rates)
    assert dialog.model.rowCount() == 2


def test_multipliers_of_the_profile_are_shown_read_only(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    profile_history.set_school_profile(gui_ctx, "city-plan-2024")
    dialog = open_rates(qtbot, gui_ctx)
    text = dialog.multipliers_label.text()
    assert "平时 150%" in text and "休息日 200%" in text and "法定节假日 300%" in text
    assert "《" in dialog.multipliers_source.text()
    assert "市/县实施方案" in dialog.multipliers_box.title()
    # nothing in the dialog edits a multiplier: the box holds only labels
    assert all(
        w.__class__.__name__ == "QLabel"
        for w in dialog.multipliers_box.findChildren(object)
        if hasattr(w, "isWidgetType") and w.isWidgetType()
    )
