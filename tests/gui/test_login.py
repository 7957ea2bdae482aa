from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store import people_store
from after_school_desk.ui.login_dialog import LoginDialog
from tests.gui.conftest import PRINCIPAL_PIN


def test_right_pin_on_the_keypad_logs_in(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = LoginDialog(gui_ctx, school_name="立岗镇中心小学")
    qtbot.addWidget(dialog)
    dialog.login_combo.setCurrentText("wang")
    for digit in PRINCIPAL_PIN:
        dialog.keypad_buttons[digit].click()
    assert dialog.pin_edit.text() == PRINCIPAL_PIN
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert dialog.actor.role == Role.PRINCIPAL and dialog.actor.display_name == "王校长"


def test_wrong_pin_shows_the_message_inline(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = LoginDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.login_combo.setCurrentText("wang")
    qtbot.keyClicks(dialog.pin_edit, "9999")
    dialog.keypad_buttons["back"].click()
    assert dialog.pin_edit.text() == "999"
    dialog.try_log_in()
    assert dialog.actor is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "登录名或 PIN 不正确。"
    assert dialog.pin_edit.text() == ""


def test_logins_are_offered_in_the_list(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = LoginDialog(gui_ctx)
    qtbot.addWidget(dialog)
    offered = {dialog.login_combo.itemText(i) for i in range(dialog.login_combo.count())}
    assert offered == {"王校长（wang）", "李老师（li）"}  # people's names, with the log-in id
    dialog.login_combo.setCurrentIndex(dialog.login_combo.findData("li"))
    assert dialog.login() == "li"


def test_a_wrong_pin_does_not_move_the_keypad(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = LoginDialog(gui_ctx, login="wang")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    key = dialog.keypad_buttons["5"]
    before = key.mapTo(dialog, key.rect().topLeft())
    for digit in "999":
        qtbot.mouseClick(dialog.keypad_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert key.mapTo(dialog, key.rect().topLeft()) == before


def test_enter_tries_a_wrong_pin_once(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = LoginDialog(gui_ctx, login="wang")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pin_edit.setText("999999")
    dialog.pin_edit.setFocus()
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.error.text() == "登录名或 PIN 不正确。"
    assert people_store.user_by_login(gui_ctx.store.conn, "wang")["failed_attempts"] == 1
    dialog.pin_edit.setText(PRINCIPAL_PIN)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.login == "wang"


def test_a_wrong_pin_on_a_read_only_file_holds_back_login_without_freezing(
    qtbot, gui_ctx: ServiceContext
) -> None:
    """Nothing is recorded in a read-only file, so a wrong PIN is slowed instead: 登录 is held
    back for the wait while the window keeps answering (the service does not sleep on it)."""
    import time

    from after_school_desk.services.school import users

    gui_ctx.store.set_read_only("检查发现文件有问题")
    dialog = LoginDialog(gui_ctx, login="wang")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for digit in "999":
        qtbot.mouseClick(dialog.keypad_buttons[digit], Qt.MouseButton.LeftButton)
    start = time.monotonic()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - start < users.UNRECORDED_FAILURE_DELAY_S / 2
    assert dialog.error.text() == "登录名或 PIN 不正确。"
    assert not dialog.ok_button.isEnabled()
    for digit in PRINCIPAL_PIN:  # the right PIN typed during the wait: Enter does nothing yet
        qtbot.mouseClick(dialog.keypad_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.actor is None
    qtbot.waitUntil(
        dialog.ok_button.isEnabled, timeout=int(users.UNRECORDED_FAILURE_DELAY_S * 2000)
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.role == Role.PRINCIPAL
