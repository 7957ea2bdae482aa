"""The duty leader's board (``duty.board``) as a Qt table model: one row per class and a total."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.ui.dict_table_model import DictTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
CLASS_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = [
    "class", "supervisor", "enrolled", "present", "leave", "absent_open", "absent_closed",
    "handed_over", "self_leave", "extended_care", "still_present", "late_arrivals",
    "late_pickups_open",
]  # fmt: skip
WARN_COLUMNS = {"absent_open", "late_pickups_open"}


def column_titles() -> list[str]:
    """Two short lines where a title is long: thirteen columns fit a 1024-pixel screen."""
    return [
        QCoreApplication.translate("DutyBoardModel", "班级"),
        QCoreApplication.translate("DutyBoardModel", "管理老师"),
        QCoreApplication.translate("DutyBoardModel", "报名"),
        QCoreApplication.translate("DutyBoardModel", "到校"),
        QCoreApplication.translate("DutyBoardModel", "请假"),
        QCoreApplication.translate("DutyBoardModel", "缺席\n未结"),
        QCoreApplication.translate("DutyBoardModel", "缺席\n已结"),
        QCoreApplication.translate("DutyBoardModel", "已交接"),
        QCoreApplication.translate("DutyBoardModel", "自行\n离校"),
        QCoreApplication.translate("DutyBoardModel", "延时\n托管"),
        QCoreApplication.translate("DutyBoardModel", "仍在校"),
        QCoreApplication.translate("DutyBoardModel", "迟到"),
        QCoreApplication.translate("DutyBoardModel", "延迟\n接走"),
    ]


class DutyBoardModel(DictTableModel):
    columns = COLUMNS

    def __init__(self, board: dict[str, Any] | None = None) -> None:
        super().__init__(column_titles())
        if board:
            self.set_board(board)

    def set_board(self, board: dict[str, Any]) -> None:
        rows = list(board.get("classes") or [])
        if rows:
            total = QCoreApplication.translate("DutyBoardModel", "全校合计")
            rows.append({**board["totals"], "class": total, "class_id": "", "supervisor": ""})
        self.set_rows(rows)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        value = row.get(column)
        is_total = not row.get("class_id")
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS.index(column) >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column in WARN_COLUMNS and value:
                return QBrush(QColor("#f5b7b1"))
            if column == "still_present" and value:
                return QBrush(QColor("#fff4d6"))
            if is_total:
                return QBrush(QColor("#e8eef6"))
            return None
        if role == Qt.ItemDataRole.FontRole and (is_total or (column in WARN_COLUMNS and value)):
            return self._bold
        if role == CLASS_ID_ROLE:
            return row.get("class_id")
        return None
