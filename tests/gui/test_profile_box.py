"""政策依据: the school's profile shown, switched and copied for editing through the box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.base.context import ServiceContext
from app.services.school import profiles
from app.services.school.setup import school_info
from app.ui.profile_box import CopyProfileDialog, ProfileBox
from tests.conftest import as_role
from tests.gui.ime_typing import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_box(qtbot: QtBot, ctx: ServiceContext, role: Role = Role.PRINCIPAL) -> ProfileBox:
    box = ProfileBox(as_role(ctx, role))
    qtbot.addWidget(box)
    box.resize(900, 320)
    box.show()
    return box


def profile_id(ctx: ServiceContext) -> str:
    school = school_info(ctx)
    assert school is not None
    return str(school["profile_id"])


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
    assert profiles.school_profile(gui_ctx).id == "city-plan-2024"
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
    assert profiles.profile_exists("helan-2025")
    copy = profiles.load_profile("helan-2025")
    assert copy.name == "贺兰县（2025）" and copy.copied_from == "helan-2021"
    assert profile_id(gui_ctx) == "national"  # copying does not switch
    assert box.choice.currentData() == "helan-2025" and "本校副本" in box.choice.currentText()
    assert "helan-2025.toml" in box.bar.text()

    qtbot.mouseClick(box.switch_button, Qt.MouseButton.LeftButton)
    assert profile_id(gui_ctx) == "helan-2025"
    assert "helan-2025.toml" in box.current_file.text() and box.current_file.isVisibleTo(box)


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
