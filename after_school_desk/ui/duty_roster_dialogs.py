"""Dialogs of the duty roster page: confirming that a new rotation replaces the days already
planned."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.daily.answers import RosterCounts
from after_school_desk.ui.style import MIN_TARGET


class GenerateRosterDialog(QDialog):
    """Asks before replacing a planned roster; hand-made days are kept unless ticked."""

    def __init__(
        self, start: str, end: str, counts: RosterCounts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("重新生成值班表"))
        text = self.tr(
            "%1 至 %2 已经排了 %3 天（其中手工安排或对调过的 %4 天）。\n"
            "重新生成会按轮换替换自动排的日子。"
        )
        for key, value in (("%1", start), ("%2", end),
                           ("%3", counts["generated"] + counts["manual"]),
                           ("%4", counts["manual"])):  # fmt: skip
            text = text.replace(key, str(value))
        message = QLabel(text)
        message.setWordWrap(True)
        self.replace_manual = QCheckBox(self.tr("手工安排和对调过的日子也重新排"))
        self.replace_manual.setMinimumHeight(MIN_TARGET)
        self.replace_manual.setVisible(counts["manual"] > 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("重新生成"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        for button in (ok, cancel):
            button.setMinimumHeight(MIN_TARGET)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.replace_manual)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def keep_manual(self) -> bool:
        return not self.replace_manual.isChecked()
