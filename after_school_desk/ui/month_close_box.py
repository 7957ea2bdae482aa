"""月结: the chosen month's state (open, closed by whom and when, reopened and why), a 月结
button that says what closing means before it does it, and 重新打开… with a required reason.

Closing and reopening need the right to close months (the principal); others see the state
only. The reports page shows this box beside its month picker and calls ``set_month``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.month_guard import month_label
from after_school_desk.services.month import month_close
from after_school_desk.services.month.answers import Comparison, MonthStateView
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.form_dialog import FormDialog
from after_school_desk.ui.operations import Changed, follow
from after_school_desk.ui.style import MIN_TARGET


class CloseMonthDialog(QDialog):
    """Says what closing a month means; 确认月结 closes it, 取消 leaves it open."""

    def __init__(self, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("月结 %1").replace("%1", month_label(month)))
        self.setModal(True)
        self.setMinimumWidth(560)
        text = QLabel(
            self.tr(
                "月结后，%1的台账、直报数据、收支公示和补助表都按现在的数字冻结保存"
                "（附校验码），以后打印出来都完全一样。\n\n"
                "该月的签到、请假、交接、更正、报名和退出、收费、退费、减免和支出都不能再修改。"
                "如确需修改，校长可以写明理由重新打开该月，改完后再次月结；"
                "原来上报的数字会保留，与更正后的数字对照。"
            ).replace("%1", month_label(month))
        )
        text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("确认月结"))
        self.confirm_button.setProperty("primary", True)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setDefault(True)
        for button in (self.confirm_button, self.cancel_button):
            button.setMinimumHeight(MIN_TARGET)
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)


class ReopenMonthDialog(FormDialog):
    """The reason for reopening (required); a refusal stays in the dialog with what was typed."""

    def __init__(self, ctx: ServiceContext, month: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重新打开 %1").replace("%1", month_label(month)), parent)
        self.ctx = ctx
        self.month = month
        self.changes = Changed.month(month)
        self.result_state: MonthStateView | None = None
        self.save_button.setText(self.tr("重新打开"))
        hint = QLabel(
            self.tr(
                "重新打开后可以修改该月的记录；已月结的快照保留，改完后请再次月结。"
                "理由会记入修改记录。"
            )
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("例如：补录 10 月 20 日的退费"))
        self.reason.setFixedHeight(MIN_TARGET * 2)
        self.add_field("reason", self.tr("理由"), self.reason)

    def submit(self) -> None:
        self.result_state = month_close.reopen_month(
            self.ctx, self.month, self.reason.toPlainText()
        )


class CompareDialog(QDialog):
    """对照: the figures first submitted beside the amended ones (direct report and finance)."""

    def __init__(self, compared: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        month = month_label(str(compared["month"]))
        self.setWindowTitle(self.tr("%1 上报数字对照").replace("%1", month))
        self.setMinimumSize(760, 420)
        changes = list(compared["changes"])
        if compared["before"] is None:
            note = self.tr("没有可对照的版本：该月未月结，或只月结过一次且没有重新打开。")
        elif not changes:
            note = self.tr("%1与%2的数字相同。").replace("%1", str(compared["after"]))
            note = note.replace("%2", str(compared["before"]))
        else:
            note = self.tr("有 %1 项数字不同：").replace("%1", str(len(changes)))
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(changes), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("项目"), str(compared["before"] or ""), str(compared["after"] or "")]
        )
        for r, c in enumerate(changes):
            for col, text in enumerate((c["label"], c["before_text"], c["after_text"])):
                item = QTableWidgetItem(str(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, col, item)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(MIN_TARGET)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(changes))
        close = QPushButton(self.tr("关闭"))
        close.setMinimumHeight(MIN_TARGET)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)


class MonthCloseBox(QWidget):
    """The month's close state and the 月结 / 重新打开… buttons."""

    changed = Signal(str)  # the month, after it was closed or reopened

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = ""
        self.state: MonthStateView | None = None
        self.close_dialog: CloseMonthDialog | None = None
        self.reopen_dialog: ReopenMonthDialog | None = None
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setMinimumHeight(MIN_TARGET)
        self.close_button = QPushButton(self.tr("月结"))
        self.close_button.setToolTip(self.tr("冻结该月所有报表的数字，此后不能再修改该月的记录"))
        self.reopen_button = QPushButton(self.tr("重新打开…"))
        self.compare_button = QPushButton(self.tr("对照上报数字…"))
        self.compare_button.setToolTip(self.tr("首次上报的数字与更正后的数字对照"))
        self.compare_dialog: CompareDialog | None = None
        for button in (self.close_button, self.reopen_button, self.compare_button):
            button.setMinimumHeight(MIN_TARGET)
            button.setMinimumWidth(MIN_TARGET * 2)
        self.close_button.clicked.connect(self.ask_close)
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.compare_button.clicked.connect(self.show_compare)
        self.bar = MessageBar()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        self.may_close = allowed(ctx.actor.role, Action.CLOSE_MONTH)
        self.close_button.setVisible(self.may_close)
        self.reopen_button.setVisible(self.may_close)
        self.close_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self.follower = follow(self, lambda c: self.month in c.months or c.everything, self.refresh)

    def set_month(self, month: str) -> None:
        """Show ``month`` ("YYYY-MM")."""
        if month != self.month:
            self.bar.clear_message()
        self.month = month
        self.refresh()

    def refresh(self) -> None:
        if not self.month:
            return
        state = attempt(self.bar, lambda: month_close.state_of(self.ctx, self.month))
        self.state = state
        if state is None:
            self.state_label.setText("")
            self.close_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            self.compare_button.setEnabled(False)
            return
        self.state_label.setText(month_close.describe(state))
        closed = state["state"] == "closed"
        self.close_button.setEnabled(not closed and bool(state["ended"]))
        self.reopen_button.setEnabled(closed)
        version = state.get("version")
        amended = state["state"] == "reopened" or (isinstance(version, int) and version >= 2)
        self.compare_button.setEnabled(amended)

    def show_compare(self) -> CompareDialog | None:
        compared = attempt(self.bar, lambda: month_close.compare(self.ctx, self.month))
        if compared is None:
            return None
        if self.compare_dialog is not None:
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(compared, self)
        self.compare_dialog.open()
        return self.compare_dialog

    def ask_close(self) -> None:
        if self.close_dialog is not None:
            self.close_dialog.deleteLater()
        dialog = CloseMonthDialog(self.month, self)
        dialog.accepted.connect(self._close)
        self.close_dialog = dialog
        dialog.open()

    def _close(self) -> None:
        done = attempt(
            self.bar,
            lambda: month_close.close_month(self.ctx, self.month),
            Changed.month(self.month),
        )
        if done is not None:
            self.bar.show_ok(
                self.tr("%1已月结（第%2版）。")
                .replace("%1", month_label(self.month))
                .replace("%2", str(done["version"]))
            )
            self.refresh()
            self.changed.emit(self.month)

    def ask_reopen(self) -> None:
        if self.reopen_dialog is not None:
            self.reopen_dialog.deleteLater()
        dialog = ReopenMonthDialog(self.ctx, self.month, self)
        dialog.accepted.connect(self._reopened)
        self.reopen_dialog = dialog
        dialog.open()

    def _reopened(self) -> None:
        self.bar.show_ok(self.tr("%1已重新打开，可以修改。").replace("%1", month_label(self.month)))
        self.refresh()
        self.changed.emit(self.month)
