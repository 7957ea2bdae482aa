"""政策依据: the school's profile shown, switched and copied for editing through the box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import profile_history, profiles
from after_school_desk.ui.profile_box import CopyProfileDialog, ProfileBox
from tests.conftest import as_role
from tests.gui.ime_typing import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_box(qtbot: QtBot, ctx: ServiceContext, role: Role = Role.PRINCIPAL) -> ProfileBox:
    box = ProfileBox(as_role(ctx, role))
    qtbot.addWidget(box)
    box.resize(900, 320)
    box.show()
    return box


def profile_id(ctx: ServiceContext, on: str | None = None) -> str:
    return profile_history.school_profile_id(ctx, on)


def test_shows_the_current_profile_and_switches(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    box = open_box(qtbot, gui_ctx)
    assert "全国基线" in box.current_name.text()
    assert "国家课后服务基本要求" in box.current_title.text()
    assert box.choice.currentData() == "national" and "现用" in box.choice.currentText()
    assert box.choice.height() >= 44 and box.switch_button.height() >= 44
    assert not box.switch_button.isEnabled()  # the current one is chosen
    assert set(profiles.profile_ids()) <= {
        box.choice.itemData(i) for i in range(box.choice.count())
    }

    box.choice.setCurrentIndex(box.choice.findData("city-plan-2024"))
    assert box.switch_button.isEnabled()
    qtbot.mouseClick(box.switch_button, Qt.MouseButton.LeftButton)

    assert profile_id(gui_ctx) == "city-plan-2024"
    assert profile_history.school_profile(gui_ctx).id == "city-plan-2024"
    assert "市/县实施方案" in box.current_name.text()
    assert "双减政策下中小学课后服务工作实施方案" in box.current_title.text()
    assert box.bar.kind == "ok" and not box.switch_button.isEnabled()


def test_copy_for_editing_then_use_the_copy(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    box = open_box(qtbot, gui_ctx)
    box.choice.setCurrentIndex(box.choice.findData("helan-2021"))
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    dialog = box.copy_dialog
    assert isinstance(dialog, CopyProfileDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.new_id.selectAll()
    qtbot.keyClicks(dialog.new_id, "helan-2025")
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "贺兰县（2025）")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert profiles.profile_exists("helan-2025", gui_ctx)
    assert not (profiles.user_dir() / "helan-2025.toml").exists()  # in the school's file
    copy = profiles.load_profile("helan-2025", gui_ctx)
    assert copy.name == "贺兰县（2025）" and copy.copied_from == "helan-2021"
    assert profile_id(gui_ctx) == "national"  # copying does not switch
    assert box.choice.currentData() == "helan-2025" and "本校副本" in box.choice.currentText()
    assert "学校数据库" in box.bar.text()

    qtbot.mouseClick(box.switch_button, Qt.MouseButton.LeftButton)
    assert profile_id(gui_ctx) == "helan-2025"
    assert "学校数据库" in box.current_file.text() and box.current_file.isVisibleTo(box)


def test_a_profile_from_a_date_and_the_history(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    box = open_box(qtbot, gui_ctx)
    today = gui_ctx.clock.now().date().isoformat()
    assert box.effective_from.date().toString("yyyy-MM-dd") == today
    assert box.history.rowCount() == 1  # the set-up's choice
    assert "全国基线" in box.history.item(0, 1).text() and "现用" in box.history.item(0, 1).text()

    box.choice.setCurrentIndex(box.choice.findData("city-plan-2024"))
    box.effective_from.setDate(QDate(2026, 12, 1))  # as the calendar pop-up sets it
    qtbot.mouseClick(box.switch_button, Qt.MouseButton.LeftButton)

    assert box.bar.kind == "ok" and "2026-12-01" in box.bar.text()
    assert profile_id(gui_ctx) == "national"  # today: still the old one
    assert profile_id(gui_ctx, "2026-11-30") == "national"
    assert profile_id(gui_ctx, "2026-12-01") == "city-plan-2024"
    assert box.history.rowCount() == 2
    assert box.history.item(0, 0).text() == "2026-12-01"
    assert "待生效" in box.history.item(0, 1).text()
    assert box.history.item(0, 2).text() == box.ctx.actor.login


def test_refused_copy_keeps_what_was_typed(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    box = open_box(qtbot, gui_ctx)
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    dialog = box.copy_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.new_id.selectAll()
    qtbot.keyClicks(dialog.new_id, "national")  # taken
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.new_id.text() == "national"
    assert "已经存在" in dialog.errors["new_id"].text() and dialog.errors["new_id"].isVisibleTo(
        dialog
    )
    assert not profiles.profile_exists("school-national")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_who_may_not_set_up_the_school_only_reads(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    box = open_box(qtbot, gui_ctx, Role.DUTY_LEADER)
    assert "全国基线" in box.current_name.text()
    assert box.switch_button.isHidden() and box.copy_button.isHidden()
    assert not box.choice.isEnabled()
