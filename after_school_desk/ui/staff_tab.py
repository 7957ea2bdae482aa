"""教职工 tab: the staff list, add/edit/deactivate, and 班主任安排 below it."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import staff
from after_school_desk.ui.head_teacher_panel import HeadTeacherPanel
from after_school_desk.ui.list_tab import ListTab
from after_school_desk.ui.people_dialogs import StaffDialog
from after_school_desk.ui.people_models import StaffModel


class StaffTab(ListTab):
    """``read=False``: the lists are read by the owner's first ``refresh``, once the tab is in
    its place (the head-teacher dropdowns, styled there once, not again when the tab moves)."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, read: bool = True
    ) -> None:
        super().__init__(StaffModel(), [140, 110, 140, 100, 220, 80], parent)
        self.ctx = ctx
        self.may_edit = allowed(ctx.actor.role, Action.MANAGE_STAFF)
        self.add_button = self.button(self.tr("新增教职工"), primary=True)
        self.edit_button = self.button(self.tr("编辑"))
        self.active_button = self.button(self.tr("停用"))
        self.buttons.addStretch(1)
        self.heads = HeadTeacherPanel(ctx, self.may_edit)
        box = QGroupBox(self.tr("班主任安排（选好即保存）"))
        QVBoxLayout(box).addWidget(self.heads)
        self.body.addWidget(box, 2)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_current)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.heads.head_changed.connect(self.refresh_list)
        if not self.may_edit:
            self.refuse_all(
                [self.add_button, self.edit_button, self.active_button],
                self.tr("只有校长可以增改教职工和安排班主任；这里只能查看。"),
            )
        if read:
            self.refresh()

    def refresh_list(self) -> None:
        keep = self.current()
        self.model.set_rows(staff.staff_overview(self.ctx))
        if keep is not None:
            self.select_id(keep["id"])
        self.update_buttons()

    def refresh(self) -> None:
        self.refresh_list()
        self.heads.refresh()

    def update_buttons(self) -> None:
        member = self.current()
        if member is not None and not member["active"]:
            self.active_button.setText(self.tr("重新启用"))
        else:
            self.active_button.setText(self.tr("停用"))
        if self.may_edit:
            self.edit_button.setEnabled(member is not None)
            self.active_button.setEnabled(member is not None)

    def add_member(self) -> None:
        self.show_dialog(StaffDialog(self.ctx, None, self), self.tr("已添加教职工。"))

    def edit_current(self) -> None:
        member = self.current()
        if member is not None and self.may_edit:
            self.show_dialog(StaffDialog(self.ctx, member, self), self.tr("已保存修改。"))

    def set_active(self, row_id: str, active: bool) -> None:
        staff.set_staff_active(self.ctx, row_id, active)
