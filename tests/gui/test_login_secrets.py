"""The log-in dialog with longer secrets: 12 digits on the keypad, a passphrase through 用口令登录,
a principal with a PIN from before the rule made to choose a longer one, and the lock-out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.store import people_store
from after_school_desk.ui.login_dialog import LoginDialog
from after_school_desk.ui.longer_secret_dialog import LongerSecretDialog
from tests.gui.conftest import PRINCIPAL_PIN
from tests.gui.modal_answer import answer_modal


def _shown(qtbot, ctx: ServiceContext, login: str) -> LoginDialog:
    dialog = LoginDialog(ctx, login=login)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _tap(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _old_short_pin(ctx: ServiceContext, login: str, pin: str) -> None:
    """An account from before the rule: its stored PIN is 4 digits."""
    ctx.store.conn.execute(
        "UPDATE app_user SET pin_hash = ? WHERE login = ?", [users.hash_pin(pin), login]
    )


def test_the_keypad_takes_twelve_digits(qtbot, gui_ctx: ServiceContext) -> None:
    users.reset_pin(gui_ctx, people_store.user_by_login(gui_ctx.store.conn, "wang")["id"],
                    "123456789012")  # fmt: skip
    dialog = _shown(qtbot, gui_ctx, "wang")
    for digit in "1234567890123":  # a 13th digit is not taken
        _tap(qtbot, dialog.keypad_buttons[digit])
    assert dialog.pin_edit.text() == "123456789012"
    _tap(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor is not None


def test_a_passphrase_is_typed_after_the_switch(qtbot, gui_ctx: ServiceContext) -> None:
    users.reset_pin(gui_ctx, people_store.user_by_login(gui_ctx.store.conn, "wang")["id"],
                    "school-gate-7")  # fmt: skip
    dialog = _shown(qtbot, gui_ctx, "wang")
    ok_at = dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft())
    _tap(qtbot, dialog.passphrase_button)
    assert dialog.keypad.isHidden() and dialog.pin_label.text() == "口令"
    assert dialog.passphrase_button.text() == "用数字键盘登录"
    assert dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft()) == ok_at
    qtbot.keyClicks(dialog.pin_edit, "school-gate-7")
    _tap(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "wang"


def test_switching_back_shows_the_keypad(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = _shown(qtbot, gui_ctx, "wang")
    _tap(qtbot, dialog.passphrase_button)
    _tap(qtbot, dialog.passphrase_button)
    assert dialog.keypad.isVisible() and dialog.pin_label.text() == "PIN"
    assert dialog.passphrase_button.text() == "用口令登录"


def test_a_principal_with_a_short_pin_chooses_a_longer_one_before_going_on(
    qtbot, gui_ctx: ServiceContext
) -> None:
    _old_short_pin(gui_ctx, "wang", "1357")
    dialog = _shown(qtbot, gui_ctx, "wang")
    for digit in "1357":
        _tap(qtbot, dialog.keypad_buttons[digit])

    def choose(longer: QWidget) -> None:
        assert isinstance(longer, LongerSecretDialog)
        text = " ".join(label.text() for label in longer.findChildren(type(dialog.error)))
        assert "为了学校数据安全，校长和管理员需要至少 6 位数字或一个口令" in text
        qtbot.keyClicks(longer.new_pin, "2468")  # still too short: refused with the rule
        qtbot.keyClicks(longer.new_pin_again, "2468")
        _tap(qtbot, longer.save_button)
        assert longer.isVisible()
        assert "6–12 位数字" in longer.errors["new_pin"].text()
        longer.new_pin.clear()
        longer.new_pin_again.clear()
        qtbot.keyClicks(longer.new_pin, "24681357")
        qtbot.keyClicks(longer.new_pin_again, "24681357")
        _tap(qtbot, longer.save_button)

    answer = answer_modal(choose)
    _tap(qtbot, dialog.ok_button)
    answer.check()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "wang"
    assert users.log_in(gui_ctx, "wang", "24681357").login == "wang"
    again = _shown(qtbot, gui_ctx, "wang")
    again.pin_edit.setText("1357")
    _tap(qtbot, again.ok_button)
    assert again.error.text() == "登录名或 PIN 不正确。"  # the short one is gone


def test_declining_the_longer_pin_keeps_the_principal_out(qtbot, gui_ctx: ServiceContext) -> None:
    _old_short_pin(gui_ctx, "wang", "1357")
    dialog = _shown(qtbot, gui_ctx, "wang")
    dialog.pin_edit.setText("1357")

    def decline(longer: QWidget) -> None:
        assert isinstance(longer, LongerSecretDialog)
        assert longer.cancel_button.text() == "不设置，退出登录"
        _tap(qtbot, longer.cancel_button)

    answer = answer_modal(decline)
    _tap(qtbot, dialog.ok_button)
    answer.check()
    assert dialog.actor is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "至少 6 位数字或一个口令" in dialog.error.text()
    assert dialog.pin_edit.text() == ""
    assert users.log_in(gui_ctx, "wang", "1357")  # nothing changed


def test_a_teacher_with_four_digits_is_not_asked(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = _shown(qtbot, gui_ctx, "li")
    for digit in "2468":
        _tap(qtbot, dialog.keypad_buttons[digit])
    _tap(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_each_wrong_pin_counts_once_and_the_lock_out_says_five_minutes(
    qtbot, gui_ctx: ServiceContext
) -> None:
    dialog = _shown(qtbot, gui_ctx, "wang")

    def failures() -> int:
        return int(people_store.user_by_login(gui_ctx.store.conn, "wang")["failed_attempts"])

    for attempt in range(1, users.MAX_FAILURES):
        for digit in "999999":
            _tap(qtbot, dialog.keypad_buttons[digit])
        if attempt % 2:
            _tap(qtbot, dialog.ok_button)
        else:
            dialog.pin_edit.setFocus()
            qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        assert dialog.error.text() == "登录名或 PIN 不正确。"
        assert failures() == attempt
    dialog.pin_edit.setText("999999")
    _tap(qtbot, dialog.ok_button)  # the fifth wrong PIN locks the account
    dialog.pin_edit.setText(PRINCIPAL_PIN)
    _tap(qtbot, dialog.ok_button)
    assert dialog.error.text() == f"PIN 错误次数过多，请 {users.LOCK_MINUTES} 分钟后再试。"
    assert dialog.actor is None
