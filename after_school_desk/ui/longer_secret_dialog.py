"""After a log-in: a principal or administrator whose PIN is shorter than their rule chooses a
longer PIN or a passphrase before going on (users.longer_secret_needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.ui.form_dialog import FormDialog, pin_edit
from after_school_desk.ui.pin_rules import rule_label


class LongerSecretDialog(FormDialog):
    """``ctx`` acts as the person who has just logged in with ``current_pin``."""

    def __init__(
        self, ctx: ServiceContext, current_pin: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("请设置更长的 PIN 或口令"))
        self.ctx = ctx
        self.current_pin = current_pin
        self.cancel_button.setText(self.tr("不设置，退出登录"))
        why = QLabel(self.tr("为了学校数据安全，校长和管理员需要至少 6 位数字或一个口令。"))
        why.setWordWrap(True)
        self.form.addRow(why)
        self.form.addRow(rule_label(Role(ctx.actor.role)))
        self.new_pin = pin_edit()
        self.new_pin_again = pin_edit()
        self.add_field("new_pin", self.tr("新 PIN 或口令"), self.new_pin)
        self.add_field("new_pin_again", self.tr("再输入一次"), self.new_pin_again)
        self.new_pin.setFocus()

    def submit(self) -> None:
        if self.new_pin.text() != self.new_pin_again.text():
            message = self.tr("两次输入的不一致。")
            raise ValidationError(message, fields={"new_pin_again": message})
        users.change_own_pin(self.ctx, self.current_pin, self.new_pin.text())
