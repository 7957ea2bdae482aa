"""登录账户 tab: who can log in, as whom (name, role, staff member); create, rename, PIN, link."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.ui.list_tab import ListTab
from after_school_desk.ui.people_dialogs import (
    LinkStaffDialog,
    NewAccountDialog,
    RenameDialog,
    ResetPinDialog,
)
from after_school_desk.ui.people_models import AccountModel


class AccountsTab(ListTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(AccountModel(), [150, 130, 150, 160, 80], parent)
        self.ctx = ctx
        self.may_edit = allowed(ctx.actor.role, Action.MANAGE_USERS)
        self.new_button = self.button(self.tr("新建账户"), primary=True)
        self.rename_button = self.button(self.tr("改显示名称"))
        self.pin_button = self.button(self.tr("重设 PIN"))
        self.link_button = self.button(self.tr("关联教职工"))
        self.active_button = self.button(self.tr("停用"))
        self.buttons.addStretch(1)
        self.per_account = [
            self.rename_button,
            self.pin_button,
            self.link_button,
            self.active_button,
        ]
        self.new_button.clicked.connect(self.new_account)
        self.rename_button.clicked.connect(self.rename_current)
        self.pin_button.clicked.connect(self.reset_current_pin)
        self.link_button.clicked.connect(self.link_current)
        self.active_button.clicked.connect(self.toggle_active)
        if not self.may_edit:
            self.refuse_all(
                [self.new_button, *self.per_account],
                self.tr("只有系统管理员可以管理登录账户；这里只能查看。"),
            )
        self.refresh()

    def refresh(self) -> None:
        keep = self.current()
        self.model.set_rows(users.list_users(self.ctx))
        if keep is not None:
            self.select_id(keep["id"])
        self.update_buttons()

    def update_buttons(self) -> None:
        user = self.current()
        if user is not None and not user["active"]:
            self.active_button.setText(self.tr("重新启用"))
        else:
            self.active_button.setText(self.tr("停用"))
        if not self.may_edit:
            return
        for b in self.per_account:
            b.setEnabled(user is not None)
        if user is not None and user["id"] == self.ctx.actor.user_id:
            self.active_button.setEnabled(False)
            self.active_button.setToolTip(self.tr("不能停用自己正在使用的账户。"))
        else:
            self.active_button.setToolTip("")

    def new_account(self) -> None:
        self.show_dialog(NewAccountDialog(self.ctx, self), self.tr("已新建登录账户。"))

    def rename_current(self) -> None:
        user = self.current()
        if user is not None:
            self.show_dialog(RenameDialog(self.ctx, user, self), self.tr("已修改显示名称。"))

    def reset_current_pin(self) -> None:
        user = self.current()
        if user is not None:
            self.show_dialog(
                ResetPinDialog(self.ctx, user, self),
                self.tr("已为 %1 设置新 PIN。").replace("%1", str(user["display_name"])),
            )

    def link_current(self) -> None:
        user = self.current()
        if user is not None:
            self.show_dialog(LinkStaffDialog(self.ctx, user, self), self.tr("已修改关联。"))

    def set_active(self, row_id: str, active: bool) -> None:
        users.set_user_active(self.ctx, row_id, active)

    def row_name(self, row: dict[str, Any]) -> str:
        return str(row["display_name"])
