"""修改我的 PIN: anyone logged in changes their own PIN, with the old one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.ui.form_dialog import FormDialog, pin_edit
from after_school_desk.ui.pin_rules import rule_label


class ChangePinDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("修改我的 PIN"))
        self.ctx = ctx
        self.old_pin = pin_edit()
        self.new_pin = pin_edit()
        self.new_pin_again = pin_edit()
        self.add_field("old_pin", self.tr("原 PIN"), self.old_pin)
        self.add_field("new_pin", self.tr("新 PIN"), self.new_pin)
        self.add_field("new_pin_again", self.tr("再输入一次新 PIN"), self.new_pin_again)
        self.form.addRow("", rule_label(ctx.actor.role))

    def submit(self) -> None:
        if self.new_pin.text() != self.new_pin_again.text():
            message = self.tr("两次输入的新 PIN 不一致。")
            raise ValidationError(message, fields={"new_pin_again": message})
        users.change_own_pin(self.ctx, self.old_pin.text(), self.new_pin.text())
