"""The holiday notice dialog's preview: what the notice was understood to say — every holiday
range and make-up working day, each next to what the program had assumed for those days, and the
days it drops — with the problems that stop saving (red) and the dates not placed (grey), each
with its line. Read-only; the dialog refreshes it while the principal pastes or edits."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.school.notice_preview import NoticePreview
from after_school_desk.ui.dict_table_model import DictTableModel

SHOWN_LINES = 6  # problems or notes listed under the table; the rest are counted
ROW_COLOURS = {"same": "#ffffff", "changed": "#fff4cc", "dropped": "#f9d6d5"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticePreviewModel", text)


class NoticePreviewModel(DictTableModel):
    columns: ClassVar[list[str]] = ["kind", "name", "dates", "days", "before"]

    def __init__(self) -> None:
        super().__init__(
            [_tr("类别"), _tr("节日"), _tr("日期"), _tr("天数"), _tr("与程序原先的安排相比")]
        )
        self.kinds = {
            "holiday": _tr("放假"),
            "makeup_workday": _tr("调休上班"),
            "dropped": _tr("取消"),
        }

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return self.kinds.get(str(row["kind"]), str(row["kind"]))
            return str(row[column])
        if role == Qt.ItemDataRole.BackgroundRole:
            state = "dropped" if row["kind"] == "dropped" else "same" if row["same"] else "changed"
            return QBrush(QColor(ROW_COLOURS[state]))
        if role == Qt.ItemDataRole.ToolTipRole and row.get("line"):
            return _tr("通知第 %1 行").replace("%1", str(row["line"]))
        return None


class NoticePreviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NoticePreviewModel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setProperty("role", "error")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setProperty("role", "hint")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.notes)
        self.show_preview(None)

    def show_preview(self, preview: NoticePreview | None) -> None:
        if preview is None:
            self.model.set_rows([])
            self.summary.setText("")
            self.problems.setVisible(False)
            self.notes.setVisible(False)
            return
        how = self.tr("按通知原文读取") if preview.published else self.tr("按每行一项的格式读取")
        self.summary.setText(
            self.tr("识别结果（%1）：放假 %2 天，调休上班 %3 天。程序原先：%4。")
            .replace("%1", how)
            .replace("%2", str(preview.holiday_days))
            .replace("%3", str(preview.workdays))
            .replace("%4", preview.before)
        )
        self.model.set_rows(preview.rows)
        self.table.resizeRowsToContents()
        self._list(self.problems, self.tr("有问题，不能保存："), preview.problems)
        self._list(self.notes, self.tr("未采用的内容（不会保存，请自行核对）："), preview.notes)

    def _list(self, label: QLabel, title: str, lines: list[str]) -> None:
        shown = lines[:SHOWN_LINES]
        if len(lines) > SHOWN_LINES:
            rest = len(lines) - SHOWN_LINES
            shown.append(self.tr("……还有 %1 处，请先核对上面这些。").replace("%1", str(rest)))
        label.setText("\n".join([title, *shown]) if lines else "")
        label.setVisible(bool(lines))
