"""人员与账户: the staff list with head teachers, the log-in accounts and the classes, in tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui.accounts_tab import AccountsTab
from after_school_desk.ui.change_pin_dialog import ChangePinDialog
from after_school_desk.ui.classes_tab import ClassesTab
from after_school_desk.ui.operations import follow
from after_school_desk.ui.staff_tab import StaffTab
from after_school_desk.ui.style import MIN_TARGET


class PeoplePage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: ChangePinDialog | None = None
        title = QLabel(self.tr("人员与账户"))
        title.setProperty("role", "title")
        self.change_pin_button = QPushButton(self.tr("修改我的 PIN"))
        self.change_pin_button.setMinimumHeight(MIN_TARGET)
        self.change_pin_button.clicked.connect(self.change_own_pin)
        if ctx.actor.user_id is None:
            self.change_pin_button.setEnabled(False)
            self.change_pin_button.setToolTip(self.tr("命令行身份没有 PIN。"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.change_pin_button)
        # the frame first, then the tabs into it: each widget's style is worked out again
        # whenever it (or a box holding it) moves under a new parent or gets a stylesheet
        self.tabs = QTabWidget()
        self.tabs.setStyleSheet(
            f"QTabBar::tab {{ min-height: {MIN_TARGET}px; min-width: 120px; font-size: 17px; }}"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.staff_tab = StaffTab(ctx, read=False)
        self.accounts_tab = AccountsTab(ctx)
        self.tabs.addTab(self.staff_tab, self.tr("教职工"))
        self.tabs.addTab(self.accounts_tab, self.tr("登录账户"))
        self.classes_tab = ClassesTab(ctx)
        self.tabs.addTab(self.classes_tab, self.tr("班级"))
        self.staff_tab.refresh()  # in place
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.follower = follow(self, lambda c: c.people or c.everything, self.refresh)

    def refresh(self) -> None:
        """Staff added on one tab show up in the other's dropdowns."""
        self.staff_tab.refresh()
        self.accounts_tab.refresh()
        self.classes_tab.refresh()

    def change_own_pin(self) -> None:
        self.dialog = ChangePinDialog(self.ctx, self)
        self.dialog.accepted.connect(lambda: self.accounts_tab.say(self.tr("你的 PIN 已修改。")))
        self.dialog.open()
