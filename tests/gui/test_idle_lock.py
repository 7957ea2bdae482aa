from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui import idle_lock
from after_school_desk.ui.idle_lock import IdleLock
from after_school_desk.ui.login_dialog import LoginDialog
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.settings_dialog import SettingsDialog
from tests.conftest import as_role


def press_key(widget: QLineEdit) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(widget, event)


def test_idle_time_defaults_to_five_minutes_and_is_remembered(qapp) -> None:
    assert idle_lock.saved_idle_minutes() == 5
    idle_lock.save_idle_minutes(12)
    assert idle_lock.saved_idle_minutes() == 12
    with pytest.raises(ValueError):
        idle_lock.save_idle_minutes(0)
    assert IdleLock.from_settings(lambda: None).interval_ms() == 12 * 60_000


def test_timeout_calls_the_lock_once_per_idle_period(qtbot) -> None:
    calls: list[int] = []
    lock = IdleLock(lambda: calls.append(1), 20)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=2000)
    assert lock.timer.isActive()  # counting again once the session is unlocked
    lock.stop()


def test_key_press_anywhere_restarts_the_countdown(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    lock = IdleLock(lambda: None, 60_000)
    lock.timer.stop()
    press_key(field)
    assert lock.timer.isActive()
    assert field.text() == "a"  # the event still reaches the widget
    lock.stop()


def test_input_while_locked_does_not_start_a_second_lock(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    seen: list[bool] = []

    def on_idle() -> None:
        press_key(field)  # typing the PIN in the lock dialog
        seen.append(lock.timer.isActive())

    lock = IdleLock(on_idle, 20)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen[0] is False
    lock.stop()


def test_idle_main_window_locks_and_unlocks(qtbot, gui_ctx: ServiceContext, monkeypatch) -> None:
    school = school_info(gui_ctx)
    assert school is not None
    window = MainWindow(as_role(gui_ctx, Role.PRINCIPAL), school)
    qtbot.addWidget(window)
    window.show()
    locked: list[bool] = []

    def fake_exec(dialog: LoginDialog) -> int:
        locked.append(window.body.isHidden())
        dialog.actor = window.ctx.actor  # the same user types the PIN again
        return 1

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert window.idle_lock.interval_ms() == 5 * 60_000
    window.idle_lock.set_interval_ms(30)
    qtbot.waitUntil(lambda: bool(locked), timeout=2000)
    assert locked[0] is True
    assert not window.body.isHidden()
    window.idle_lock.stop()


def test_settings_dialog_saves_the_idle_time(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = SettingsDialog(as_role(gui_ctx, Role.ADMIN))
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5
    dialog.idle_minutes.setValue(10)
    dialog.save()
    assert idle_lock.saved_idle_minutes() == 10
    with pytest.raises(PermissionDenied):
        SettingsDialog(as_role(gui_ctx, Role.TEACHER))


def test_a_watched_board_stays_in_view_while_locked(
    qtbot, gui_ctx: ServiceContext, monkeypatch
) -> None:
    school = school_info(gui_ctx)
    assert school is not None
    window = MainWindow(as_role(gui_ctx, Role.DUTY_LEADER), school)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.pages["duty"]
    seen: list[tuple[bool, bool]] = []

    def fake_exec(dialog: LoginDialog) -> int:
        seen.append((window.body.isVisible(), window.body.isEnabled()))
        return 0  # nobody logs in: the program closes

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    window.lock()
    assert seen == [(True, False)]  # the board is shown, its buttons do nothing
    window.idle_lock.stop()
