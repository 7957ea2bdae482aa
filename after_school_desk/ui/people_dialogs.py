"""Dialogs of the 人员与账户 page: a staff member, a new log-in, rename, new PIN, link to staff."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from after_school_desk.domain.roles import ROLE_LABELS
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import staff, users
from after_school_desk.ui.form_dialog import FormDialog, pin_edit, touch_combo
from after_school_desk.ui.labels import label
from after_school_desk.ui.operations import Changed
from after_school_desk.ui.pin_rules import rule_label, rule_text


def _refuse(field: str, message: str) -> None:
    raise ValidationError(message, fields={field: message})


def _staff_choices(ctx: ServiceContext, none_label: str) -> list[tuple[str, object]]:
    choices: list[tuple[str, object]] = [(none_label, None)]
    for m in staff.list_staff(ctx):
        choices.append((f"{m['name']}（{staff.STAFF_ROLES.get(m['role'], m['role'])}）", m["id"]))
    return choices


class StaffDialog(FormDialog):
    """Add (``member`` None) or edit a staff member. ``saved`` holds the row after a save."""

    changes = Changed(people=True)

    def __init__(
        self,
        ctx: ServiceContext,
        member: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.ctx = ctx
        self.member = member
        self.saved: Mapping[str, Any] | None = None
        self.setWindowTitle(
            self.tr("新增教职工")
            if member is None
            else self.tr("编辑教职工：%1").replace("%1", str(member["name"]))
        )
        self.name = QLineEdit()
        self.role = touch_combo([(label, key) for key, label in staff.STAFF_ROLES.items()])
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("手机或固定电话，可不填"))
        self.vetting = touch_combo([(label(text), key) for key, text in staff.VETTING.items()])
        self.vetting_note = QLineEdit()
        self.vetting_note.setPlaceholderText(self.tr("如备案编号、日期、未通过的原因"))
        self.add_field("name", self.tr("姓名"), self.name)
        self.add_field("role", self.tr("角色"), self.role)
        self.add_field("phone", self.tr("电话"), self.phone)
        self.add_field("vetting", self.tr("备案状态"), self.vetting)
        self.add_field("vetting_note", self.tr("备案说明"), self.vetting_note)
        if member is not None:
            self.name.setText(str(member["name"]))
            self.role.setCurrentIndex(max(self.role.findData(member["role"]), 0))
            self.phone.setText(str(member["phone"] or ""))
            self.vetting.setCurrentIndex(max(self.vetting.findData(member["vetting"]), 0))
            self.vetting_note.setText(str(member["vetting_note"] or ""))
        else:
            self.role.currentIndexChanged.connect(self._role_changed)

    def _role_changed(self) -> None:
        """External helpers must be filed (备案) before they work with pupils."""
        if self.role.currentData() == "external" and self.vetting.currentData() == "not_required":
            self.vetting.setCurrentIndex(self.vetting.findData("pending"))

    def submit(self) -> None:
        values = (
            self.name.text(),
            str(self.role.currentData()),
            self.phone.text(),
            str(self.vetting.currentData()),
            self.vetting_note.text(),
        )
        if self.member is None:
            self.saved = staff.add_staff(self.ctx, *values)
        else:
            self.saved = staff.update_staff(self.ctx, str(self.member["id"]), *values)


class NewAccountDialog(FormDialog):
    """Create a log-in; it may belong to a staff member (a teacher's classes follow from that)."""

    changes = Changed(people=True)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("新建登录账户"))
        self.ctx = ctx
        self.saved: Mapping[str, Any] | None = None
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("字母或数字，如 wanglaoshi"))
        self.display_name = QLineEdit()
        self.role = touch_combo([(label(ROLE_LABELS[r]), r.value) for r in users.ACCOUNT_ROLES])
        self.staff = touch_combo(_staff_choices(ctx, self.tr("（不关联）")))
        self.pin = pin_edit()
        self.pin_again = pin_edit()
        self.add_field("login", self.tr("登录名"), self.login)
        self.add_field("staff", self.tr("教职工"), self.staff)
        self.add_field("display_name", self.tr("显示名称"), self.display_name)
        self.add_field("role", self.tr("角色"), self.role)
        self.add_field("pin", self.tr("PIN"), self.pin)
        self.add_field("pin_again", self.tr("再输入一次 PIN"), self.pin_again)
        self.pin_rule = rule_label(str(self.role.currentData()))
        self.form.addRow("", self.pin_rule)
        self.staff.currentIndexChanged.connect(self._staff_changed)
        self.role.currentIndexChanged.connect(self._role_changed)

    def _role_changed(self) -> None:
        """A principal's or administrator's account needs a longer PIN: the rule says which."""
        self.pin_rule.setText(rule_text(str(self.role.currentData())))

    def _staff_changed(self) -> None:
        if not self.display_name.text().strip() and self.staff.currentData():
            self.display_name.setText(self.staff.currentText().split("（")[0])

    def submit(self) -> None:
        if self.pin.text() != self.pin_again.text():
            _refuse("pin_again", self.tr("两次输入的 PIN 不一致。"))
        self.saved = users.create_user(
            self.ctx,
            self.login.text(),
            self.display_name.text(),
            str(self.role.currentData()),
            self.pin.text(),
            self.staff.currentData(),
        )


class RenameDialog(FormDialog):
    changes = Changed(people=True)

    def __init__(
        self, ctx: ServiceContext, user: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("修改显示名称：%1").replace("%1", str(user["login"])))
        self.ctx = ctx
        self.user = user
        self.display_name = QLineEdit(str(user["display_name"]))
        self.add_field("display_name", self.tr("显示名称"), self.display_name)

    def submit(self) -> None:
        users.rename_user(self.ctx, str(self.user["id"]), self.display_name.text())


class ResetPinDialog(FormDialog):
    """An administrator gives someone a new PIN (it also lifts a lock-out)."""

    def __init__(
        self, ctx: ServiceContext, user: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("重设 PIN：%1（%2）")
            .replace("%1", str(user["display_name"]))
            .replace("%2", str(user["login"]))
        )
        self.ctx = ctx
        self.user = user
        self.pin = pin_edit()
        self.pin_again = pin_edit()
        self.add_field("pin", self.tr("新 PIN"), self.pin)
        self.add_field("pin_again", self.tr("再输入一次"), self.pin_again)
        self.form.addRow("", rule_label(str(user["role"])))

    def submit(self) -> None:
        if self.pin.text() != self.pin_again.text():
            _refuse("pin_again", self.tr("两次输入的 PIN 不一致。"))
        users.reset_pin(self.ctx, str(self.user["id"]), self.pin.text())


class LinkStaffDialog(FormDialog):
    changes = Changed(people=True)

    def __init__(
        self, ctx: ServiceContext, user: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("关联教职工：%1").replace("%1", str(user["login"])))
        self.ctx = ctx
        self.user = user
        self.staff = touch_combo(_staff_choices(ctx, self.tr("（不关联）")))
        self.staff.setCurrentIndex(max(self.staff.findData(user["staff_id"]), 0))
        self.add_field("staff", self.tr("教职工"), self.staff)

    def submit(self) -> None:
        users.link_staff(self.ctx, str(self.user["id"]), self.staff.currentData())
