"""设置: settings of this PC kept outside the database (for now the automatic lock time)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui import idle_lock


class SettingsDialog(QDialog):
    """Principal and admin only (Action.SETUP_SCHOOL). ``minutes`` holds the saved value."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ctx.require(Action.SETUP_SCHOOL)
        self.setWindowTitle(self.tr("设置"))
        self.minutes = idle_lock.saved_idle_minutes()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, idle_lock.MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.idle_minutes.setValue(self.minutes)
        hint = QLabel(
            self.tr(
                "这台电脑无人操作超过设定时间后自动锁定，需要重新输入 PIN 才能继续使用。"
                "教室里多人共用的电脑建议设为 5 分钟。"
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("无操作自动锁定"), self.idle_minutes)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(460, 180)

    def save(self) -> None:
        self.minutes = self.idle_minutes.value()
        idle_lock.save_idle_minutes(self.minutes)
        self.accept()
