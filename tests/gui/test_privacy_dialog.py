"""From the roster: archive a pupil who left, and erase the personal data of those past retention."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.errors import NotFound
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import privacy, pupils
from after_school_desk.ui.privacy_dialog import ArchivePupilDialog, EraseExpiredDialog
from after_school_desk.ui.roster_page import RosterPage
from tests.conftest import as_role
from tests.gui.ime_typing import type_text
from tests.gui.roster_helpers import roster_page, wait_loaded

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_roster(qtbot: QtBot, ctx: ServiceContext) -> RosterPage:
    page = roster_page(qtbot, as_role(ctx, Role.PRINCIPAL))
    page.resize(1366, 700)
    page.show()
    return page


def click_pupil(qtbot: QtBot, page: RosterPage, name: str) -> None:
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 1).data() == name)
    rect = page.table.visualRect(page.proxy.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def active_ids(ctx: ServiceContext) -> set[str]:
    return {p["national_id"] for p in pupils.list_pupils(ctx)}


def test_archive_a_pupil_who_left(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = open_roster(qtbot, gui_ctx)
    assert not page.archive_button.isEnabled()  # nobody chosen yet
    click_pupil(qtbot, page, "李四")
    assert page.archive_button.isEnabled()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    dialog = page.privacy_dialog
    assert isinstance(dialog, ArchivePupilDialog)
    qtbot.waitUntil(dialog.isVisible)
    texts = "\n".join(w.text() for w in dialog.findChildren(type(page.count_label)))
    assert "李四" in texts and "G100000000002" in texts
    assert "暂时保留" in texts and "删除：姓名" in texts and "过去报表的人数不变" in texts
    type_text(qtbot, dialog.reason, "转学")
    assert dialog.reason.text() == "转学"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert "G100000000002" not in active_ids(gui_ctx)
    assert privacy.erasure_preview(gui_ctx, 0) == {"cutoff": "2026-11-02", "due": 1, "kept": 1}
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 3
    assert "已归档" in page.bar.text() and "李四" in page.bar.text()


def test_cancelled_archive_changes_nothing(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = open_roster(qtbot, gui_ctx)
    click_pupil(qtbot, page, "王五")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    dialog = page.privacy_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(active_ids(gui_ctx)) == 4 and page.model.rowCount() == 4


def test_erase_shows_the_count_before_confirming(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    privacy.archive_pupil(gui_ctx, "G100000000001", "2025-06-30", "毕业")  # past one year
    privacy.archive_pupil(gui_ctx, "G100000000003", "2026-10-15", "转学")  # recent
    page = open_roster(qtbot, gui_ctx)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    dialog = page.privacy_dialog
    assert isinstance(dialog, EraseExpiredDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.days.value() == 365
    assert "将清除 1 名" in dialog.preview.text() and "共 2 名" in dialog.preview.text()
    assert dialog.save_button.text() == "清除 1 名学生的个人信息"

    dialog.days.lineEdit().selectAll()
    qtbot.keyClicks(dialog.days.lineEdit(), "9999")  # more than any pupil has been gone
    assert dialog.days.value() == 999  # the field takes what fits
    assert "将清除 0 名" in dialog.preview.text()
    assert not dialog.save_button.isEnabled()
    dialog.days.lineEdit().selectAll()
    qtbot.keyClicks(dialog.days.lineEdit(), "365")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    with pytest.raises(NotFound):
        pupils.find_pupil(gui_ctx, "G100000000001")
    assert pupils.find_pupil(gui_ctx, "G100000000003")["name"] == "张珊珊"  # kept until due
    assert privacy.erasure_preview(gui_ctx, 365)["due"] == 0
    assert "已清除 1 名" in page.bar.text()


def test_nothing_due_cannot_be_confirmed(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = open_roster(qtbot, gui_ctx)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    dialog = page.privacy_dialog
    assert isinstance(dialog, EraseExpiredDialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.text() == "没有需要清除的学生"


def test_teacher_has_no_privacy_buttons(qtbot: QtBot, gui_ctx: ServiceContext) -> None:
    page = roster_page(qtbot, as_role(gui_ctx, Role.TEACHER))
    assert page.archive_button.isHidden() and page.erase_button.isHidden()
