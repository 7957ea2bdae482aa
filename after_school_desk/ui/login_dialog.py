"""Log-in with a user name and PIN: keyboard entry or a large on-screen keypad for touch screens;
用口令登录 swaps the keypad for a passphrase field. A principal or administrator whose PIN is
shorter than their rule chooses a longer one before the log-in completes."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import users
from after_school_desk.ui.form_errors import error_label, reserve_space, show_error
from after_school_desk.ui.longer_secret_dialog import LongerSecretDialog


class LoginDialog(QDialog):
    """On success ``actor`` holds who logged in. ``locked`` hides the cancel button."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        school_name: str = "",
        login: str = "",
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setModal(True)
        self.setWindowTitle(self.tr("锁定 — 请重新登录") if locked else self.tr("登录"))

        title = QLabel(school_name or self.tr("课后服务台"))
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.login_combo = QComboBox()
        self.login_combo.setEditable(True)
        self.login_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for user in users.list_users(ctx):
            if user["active"]:
                shown = f"{user['display_name']}（{user['login']}）"
                self.login_combo.addItem(shown, user["login"])
        found = self.login_combo.findData(login)
        if found >= 0:
            self.login_combo.setCurrentIndex(found)
        else:
            self.login_combo.setCurrentText(login)
        line_edit = self.login_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("登录名"))
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(users.MAX_SECRET_LENGTH)
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_label = QLabel(self.tr("PIN"))
        self.passphrase_button = QPushButton(self.tr("用口令登录"))
        self.passphrase_button.setCheckable(True)
        self.passphrase_button.setAutoDefault(False)
        self.passphrase_button.toggled.connect(self.use_passphrase)
        # Enter presses 登录, the dialog's default button (connecting returnPressed as well
        # would try the PIN twice and count a wrong one twice)
        self.error = error_label()
        reserve_space(self.error)  # a wrong PIN must not move the keypad

        self.keypad = QWidget()
        keypad = QGridLayout(self.keypad)
        keypad.setContentsMargins(0, 0, 0, 0)
        keypad.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        self.keypad_buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(keys):
            text = {"clear": self.tr("清除"), "back": self.tr("退格")}.get(key, key)
            button = QPushButton(text)
            button.setObjectName("keypad")
            button.setProperty("repeatTaps", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.press_key(k))
            keypad.addWidget(button, i // 3, i % 3)
            self.keypad_buttons[key] = button

        self.ok_button = QPushButton(self.tr("登录"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.try_log_in)
        buttons = QHBoxLayout()
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        if locked:
            # closing the program sits at the top, far from 登录 and the keypad
            self.cancel_button = QPushButton(self.tr("退出程序"))
            heading.addWidget(self.cancel_button)
        else:
            self.cancel_button = QPushButton(self.tr("取消"))
            buttons.addWidget(self.cancel_button)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(QLabel(self.tr("登录名")))
        layout.addWidget(self.login_combo)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_label)
        pin_row.addStretch(1)
        pin_row.addWidget(self.passphrase_button)
        layout.addLayout(pin_row)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.error)
        # hiding the keypad for a passphrase keeps its place: 登录 does not move
        policy = self.keypad.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.keypad.setSizePolicy(policy)
        layout.addWidget(self.keypad)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        (self.pin_edit if login else self.login_combo).setFocus()

    def login(self) -> str:
        """The chosen account's log-in id (the list shows names), or what was typed."""
        text = self.login_combo.currentText().strip()
        found = self.login_combo.findText(text)
        return str(self.login_combo.itemData(found)) if found >= 0 else text

    def press_key(self, key: str) -> None:
        if key == "clear":
            self.pin_edit.clear()
        elif key == "back":
            self.pin_edit.backspace()
        elif len(self.pin_edit.text()) < users.MAX_PIN_DIGITS:
            self.pin_edit.insert(key)

    def use_passphrase(self, on: bool) -> None:
        """A passphrase is typed on a keyboard: the keypad goes, the field takes the focus."""
        self.keypad.setVisible(not on)
        self.pin_label.setText(self.tr("口令") if on else self.tr("PIN"))
        self.pin_edit.setPlaceholderText(self.tr("口令") if on else self.tr("PIN"))
        self.passphrase_button.setText(self.tr("用数字键盘登录") if on else self.tr("用口令登录"))
        self.pin_edit.clear()
        self.pin_edit.setFocus()

    def hold_off(self, seconds: float) -> None:
        """A wrong PIN on a read-only file: 登录 waits ``seconds`` before it takes another try
        (the screen stays alive; the service would otherwise sleep on the window's thread)."""
        self.ok_button.setEnabled(False)
        button = self.ok_button  # the timer goes with the button if the dialog closes first
        QTimer.singleShot(int(seconds * 1000), button, lambda: button.setEnabled(True))

    def try_log_in(self) -> None:
        if not self.ok_button.isEnabled():  # Enter in the PIN field while 登录 is held back
            return
        if not self.login():
            show_error(self.error, self.tr("请填写登录名。"))
            return
        pin = self.pin_edit.text()
        try:
            actor = users.log_in(self.ctx, self.login(), pin, wait=self.hold_off)
        except AppError as exc:
            self.pin_edit.clear()
            show_error(self.error, exc.message)
            return
        if users.longer_secret_needed(actor, pin):
            longer = LongerSecretDialog(dataclasses.replace(self.ctx, actor=actor), pin, self)
            if not longer.exec():
                self.pin_edit.clear()
                show_error(
                    self.error,
                    self.tr("校长和管理员需要先设置至少 6 位数字或一个口令，才能继续使用。"),
                )
                return
        self.actor = actor
        self.accept()
