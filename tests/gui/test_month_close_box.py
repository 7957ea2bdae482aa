"""月结 box: a month closed and reopened with real clicks; a reopening without a reason stays in
its dialog; who may not close a month sees the state only."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import month_close
from after_school_desk.ui.month_close_box import MonthCloseBox
from tests.conftest import as_role
from tests.gui.ime_typing import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_box(qtbot: QtBot, ctx: ServiceContext, role: Role = Role.PRINCIPAL) -> MonthCloseBox:
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=CHINA_TZ))
    box = MonthCloseBox(as_role(ctx, role))
    qtbot.addWidget(box)
    box.resize(1024, 160)
    box.show()
    box.set_month("2026-11")
    return box


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_close_and_reopen_with_clicks(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    box = open_box(qtbot, gui_ctx)
    assert "2026年11月未月结" in box.state_label.text()
    assert box.close_button.height() >= 44 and box.reopen_button.height() >= 44
    assert box.close_button.isEnabled() and not box.reopen_button.isEnabled()

    click(qtbot, box.close_button)  # 取消: nothing happens
    dialog = box.close_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "不能再修改" in dialog.findChildren(type(box.state_label))[0].text()
    assert dialog.confirm_button.height() >= 44
    click(qtbot, dialog.cancel_button)
    assert month_close.state_of(gui_ctx, "2026-11")["state"] == "open"

    click(qtbot, box.close_button)
    dialog = box.close_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(box.changed):
        click(qtbot, dialog.confirm_button)
    assert month_close.state_of(gui_ctx, "2026-11")["state"] == "closed"
    assert "2026年11月已月结（第1版" in box.state_label.text()
    assert box.bar.kind == "ok"
    assert not box.close_button.isEnabled() and box.reopen_button.isEnabled()

    click(qtbot, box.reopen_button)
    reopen = box.reopen_dialog
    assert reopen is not None
    qtbot.waitUntil(reopen.isVisible)
    click(qtbot, reopen.save_button)  # no reason: refused, stays open
    assert reopen.isVisible()
    assert "必须写明理由" in reopen.errors["reason"].text()
    assert month_close.state_of(gui_ctx, "2026-11")["state"] == "closed"
    type_text(qtbot, reopen.reason, "补录退费")
    with qtbot.waitSignal(box.changed):
        click(qtbot, reopen.save_button)
    assert not reopen.isVisible()
    state = month_close.state_of(gui_ctx, "2026-11")
    assert state["state"] == "reopened" and state["reopen_reason"] == "补录退费"
    assert "已重新打开" in box.state_label.text() and "补录退费" in box.state_label.text()
    assert box.close_button.isEnabled() and not box.reopen_button.isEnabled()

    box.set_month("2026-12")  # not over yet
    assert "还没有结束" in box.state_label.text() and not box.close_button.isEnabled()


def test_a_teacher_sees_the_state_only(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    gui_ctx.clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=CHINA_TZ))  # type: ignore[attr-defined]
    month_close.close_month(gui_ctx, "2026-11")
    box = open_box(qtbot, gui_ctx, Role.TEACHER)
    assert "已月结" in box.state_label.text()
    assert not box.close_button.isVisible() and not box.reopen_button.isVisible()


def test_the_submitted_figures_beside_the_amended_ones(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    from after_school_desk.services.money import expenses

    box = open_box(qtbot, gui_ctx)
    assert not box.compare_button.isEnabled()  # nothing to compare before a reopening
    month_close.close_month(gui_ctx, "2026-11")
    month_close.reopen_month(gui_ctx, "2026-11", "补录一笔电费")
    expenses.add_expense(gui_ctx, "电费", "20", "2026-11-20")
    box.refresh()
    assert box.compare_button.isEnabled()
    click(qtbot, box.compare_button)
    dialog = box.compare_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    rows = {
        dialog.table.item(r, 0).text(): (
            dialog.table.item(r, 1).text(),
            dialog.table.item(r, 2).text(),
        )
        for r in range(dialog.table.rowCount())
    }
    assert rows["收支公示：支出合计"] == ("0.00 元", "20.00 元")
    assert dialog.table.horizontalHeaderItem(1).text() == "第1版"
    assert dialog.table.horizontalHeaderItem(2).text() == "现在的记录"
