"""人员与账户 driven by taps and typing; results checked through the services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import staff, users
from after_school_desk.ui.change_pin_dialog import ChangePinDialog
from after_school_desk.ui.form_dialog import FormDialog
from after_school_desk.ui.list_tab import ListTab
from after_school_desk.ui.people_page import PeoplePage
from after_school_desk.ui.style import MIN_TARGET
from tests.conftest import as_role
from tests.gui.conftest import PRINCIPAL_PIN

LEFT = Qt.MouseButton.LeftButton
# the offscreen platform cannot raise a popup or grab the keyboard for it; harmless here
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")


def logged_in(ctx: ServiceContext, login: str, pin: str) -> ServiceContext:
    actor = users.log_in(ctx, login, pin)
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=ctx.clock)


def open_page(qtbot, ctx: ServiceContext) -> PeoplePage:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    return page


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """ASCII as key presses; Chinese as an input method's commit, as a real IME sends it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tap(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)  # widgets added to a shown page appear on the next pass
    assert widget.isEnabled(), widget
    qtbot.mouseClick(widget, LEFT)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the dropdown with a tap, move to the item and take it. (The popup ignores a tap
    on an item for a moment after it opens, so the item is taken with the arrow keys.)"""
    tap(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row >= 0, text
    steps = row - view.currentIndex().row()
    for _ in range(abs(steps)):
        qtbot.keyClick(view, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def tap_row(qtbot, tab: ListTab, column: int, text: str) -> None:
    model = tab.table.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if index.data() == text:
            rect = tab.table.visualRect(index)
            qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
            assert tab.current() is not None
            return
    raise AssertionError(f"no row {text}")


def dialog_of(tab: ListTab | PeoplePage) -> FormDialog:
    dialog = tab.dialog
    assert isinstance(dialog, FormDialog) and dialog.isVisible()
    return dialog


def test_principal_adds_a_staff_member_fixing_a_bad_phone(qtbot, gui_ctx) -> None:
    principal = logged_in(gui_ctx, "wang", PRINCIPAL_PIN)
    page = open_page(qtbot, principal)
    tab = page.staff_tab
    tap(qtbot, tab.add_button)
    dialog = dialog_of(tab)
    type_text(qtbot, dialog.name, "周敏")
    choose(qtbot, dialog.role, "外聘人员")
    assert dialog.vetting.currentText() == "待备案"
    type_text(qtbot, dialog.phone, "12345")
    tap(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["phone"].text() == "电话“12345”不是有效的手机或固定电话号码。"
    assert dialog.errors["name"].isHidden()
    assert dialog.name.text() == "周敏" and dialog.phone.text() == "12345"
    assert staff.staff_overview(gui_ctx) == []
    dialog.phone.clear()
    type_text(qtbot, dialog.phone, "139-0000-1234")
    tap(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [member] = staff.staff_overview(gui_ctx)
    assert (member["name"], member["role"], member["phone"], member["vetting"]) == (
        "周敏", "external", "13900001234", "pending"
    )  # fmt: skip
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 1).data() == "外聘人员"


def test_principal_files_vetting_and_assigns_a_head_teacher(qtbot, gui_ctx) -> None:
    zhou = staff.add_staff(gui_ctx, "周敏", "teacher")
    principal = logged_in(gui_ctx, "wang", PRINCIPAL_PIN)
    page = open_page(qtbot, principal)
    tab = page.staff_tab
    tap_row(qtbot, tab, 0, "周敏")
    tap(qtbot, tab.edit_button)
    dialog = dialog_of(tab)
    assert dialog.name.text() == "周敏"
    choose(qtbot, dialog.vetting, "已备案")
    type_text(qtbot, dialog.vetting_note, "2026-10 县局备案")
    tap(qtbot, dialog.save_button)
    saved = staff.staff_overview(gui_ctx)[0]
    assert (saved["vetting"], saved["vetting_note"]) == ("filed", "2026-10 县局备案")

    assert not tab.heads.combo.isEnabled()  # no class chosen yet
    tap_row(qtbot, tab.heads, 0, "二年级(1)班")
    combo = tab.heads.combo
    assert combo.currentText() == "（未指定）"
    choose(qtbot, combo, "周敏")
    by_name = {c["name"]: c for c in classes.list_classes(gui_ctx)}
    assert by_name["二年级(1)班"]["head_teacher_id"] == zhou["id"]
    assert tab.model.index(0, 4).data() == "二年级(1)班"
    assert "已保存" in tab.heads.status.text()

    tap(qtbot, tab.active_button)  # still a head teacher: refused, with the reason shown
    assert "二年级(1)班" in tab.error.text() and not tab.error.isHidden()
    assert staff.list_staff(gui_ctx)[0]["active"] == 1


def test_admin_creates_an_account_for_a_staff_member(qtbot, gui_ctx) -> None:
    staff.add_staff(gui_ctx, "周敏", "teacher")
    users.create_user(gui_ctx, "admin", "管理员", "admin", "909090")
    page = open_page(qtbot, logged_in(gui_ctx, "admin", "909090"))
    page.tabs.setCurrentIndex(1)
    tab = page.accounts_tab
    tap(qtbot, tab.new_button)
    dialog = dialog_of(tab)
    type_text(qtbot, dialog.login, "zhoum")
    choose(qtbot, dialog.staff, "周敏（教师）")
    assert dialog.display_name.text() == "周敏"
    type_text(qtbot, dialog.pin, "2468")
    type_text(qtbot, dialog.pin_again, "2469")
    tap(qtbot, dialog.save_button)
    assert dialog.errors["pin_again"].text() == "两次输入的 PIN 不一致。"
    assert dialog.login.text() == "zhoum" and dialog.pin.text() == "2468"
    assert "zhoum" not in {u["login"] for u in users.list_users(gui_ctx)}
    dialog.pin_again.clear()
    type_text(qtbot, dialog.pin_again, "2468")
    tap(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    account = next(u for u in users.list_users(gui_ctx) if u["login"] == "zhoum")
    assert (account["staff_name"], account["role"]) == ("周敏", "teacher")
    shown = [[tab.model.index(r, c).data() for c in range(4)] for r in range(tab.model.rowCount())]
    assert ["周敏", "zhoum", "班主任/管理老师", "周敏"] in shown
    assert users.log_in(gui_ctx, "zhoum", "2468").staff_id == account["staff_id"]


def test_admin_renames_resets_pin_and_disables(qtbot, gui_ctx) -> None:
    users.create_user(gui_ctx, "admin", "管理员", "admin", "909090")
    page = open_page(qtbot, logged_in(gui_ctx, "admin", "909090"))
    page.tabs.setCurrentIndex(1)
    tab = page.accounts_tab
    tap_row(qtbot, tab, 1, "li")
    tap(qtbot, tab.rename_button)
    dialog = dialog_of(tab)
    dialog.display_name.clear()
    type_text(qtbot, dialog.display_name, "李红老师")
    tap(qtbot, dialog.save_button)
    assert users.find_user(gui_ctx, "li")["display_name"] == "李红老师"
    assert tab.current() is not None and tab.current()["login"] == "li"

    tap(qtbot, tab.pin_button)
    dialog = dialog_of(tab)
    type_text(qtbot, dialog.pin, "12")
    type_text(qtbot, dialog.pin_again, "12")
    tap(qtbot, dialog.save_button)
    assert dialog.errors["pin"].text() == users.PIN_RULE
    assert users.log_in(gui_ctx, "li", "2468").login == "li"  # the old PIN still works
    for edit in (dialog.pin, dialog.pin_again):
        edit.clear()
        type_text(qtbot, edit, "5791")
    tap(qtbot, dialog.save_button)
    assert users.log_in(gui_ctx, "li", "5791").login == "li"

    tap(qtbot, tab.active_button)
    assert not users.find_user(gui_ctx, "li")["active"]
    assert tab.active_button.text() == "重新启用"
    tap(qtbot, tab.active_button)
    assert users.find_user(gui_ctx, "li")["active"]

    tap_row(qtbot, tab, 1, "admin")
    assert not tab.active_button.isEnabled()  # nobody disables the account they are using


def test_each_role_sees_why_it_cannot_act(qtbot, gui_ctx) -> None:
    principal = open_page(qtbot, logged_in(gui_ctx, "wang", PRINCIPAL_PIN))
    # the wizard makes only the principal's account: the principal makes everyone else's
    assert principal.accounts_tab.new_button.isEnabled()
    assert principal.staff_tab.add_button.isEnabled()
    teacher = open_page(qtbot, logged_in(gui_ctx, "li", "2468"))
    assert not teacher.accounts_tab.new_button.isEnabled()
    assert not teacher.accounts_tab.reason.isHidden()
    assert not teacher.staff_tab.add_button.isEnabled()
    admin = open_page(qtbot, as_role(gui_ctx, Role.ADMIN))
    assert admin.accounts_tab.new_button.isEnabled()
    assert not admin.staff_tab.add_button.isEnabled()
    assert "校长" in admin.staff_tab.reason.text()
    tap_row(qtbot, admin.staff_tab.heads, 0, "一年级(1)班")
    assert not admin.staff_tab.heads.combo.isEnabled()
    assert not admin.change_pin_button.isEnabled()  # not a real log-in: no PIN of its own


def test_touch_sizes(qtbot, gui_ctx) -> None:
    page = open_page(qtbot, gui_ctx)
    tab = page.staff_tab
    staff.add_staff(gui_ctx, "周敏", "teacher")
    tab.refresh()
    for button in (tab.add_button, tab.edit_button, page.change_pin_button):
        assert button.height() >= MIN_TARGET
    assert tab.table.rowHeight(0) >= MIN_TARGET
    assert tab.heads.model.rowCount() == 12
    assert tab.heads.table.rowHeight(0) >= MIN_TARGET
    assert tab.heads.combo.minimumHeight() >= MIN_TARGET


def test_a_teacher_changes_their_own_pin(qtbot, gui_ctx) -> None:
    page = open_page(qtbot, logged_in(gui_ctx, "li", "2468"))
    assert not page.staff_tab.add_button.isEnabled()
    tap(qtbot, page.change_pin_button)
    dialog = dialog_of(page)
    assert isinstance(dialog, ChangePinDialog)
    type_text(qtbot, dialog.old_pin, "1111")
    type_text(qtbot, dialog.new_pin, "8642")
    type_text(qtbot, dialog.new_pin_again, "8642")
    tap(qtbot, dialog.save_button)
    assert dialog.errors["old_pin"].text() == "原 PIN 不正确。"
    assert dialog.new_pin.text() == "8642"
    dialog.old_pin.clear()
    type_text(qtbot, dialog.old_pin, "2468")
    tap(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.log_in(gui_ctx, "li", "8642").login == "li"
