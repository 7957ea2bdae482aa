"""The duty leader's board (``duty_board.board``) as a Qt table model: one row per class and a total."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from after_school_desk.ui.dict_table_model import DictTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
CLASS_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = [
    "class", "supervisor", "enrolled", "present", "leave", "absent_open", "absent_closed",
    "handed_over", "self_leave", "extended_care", "still_present", "late_arrivals",
    "late_pickups_open",
]  # fmt: skip
WARN_COLUMNS = {"absent_open", "late_pickups_open"}
_WAITING_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
}


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

    def __init__(self, board: Mapping[str, Any] | None = None) -> None:
        super().__init__(column_titles())
        if board:
            self.set_board(board)

    def set_board(self, board: Mapping[str, Any]) -> None:
        rows = list(board.get("classes") or [])
        if rows:
            total = QCoreApplication.translate("DutyBoardModel", "全校合计")
            rows.append({**board["totals"], "class": total, "class_id": "", "supervisor": ""})
        self.set_rows(rows)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        value = row.get(column)
        is_total = not row.get("class_id")
        waiting = row.get("waiting_for")
        if waiting and column == "class" and role in _WAITING_ROLES:
            return self._waiting_cell(row, str(waiting), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS.index(column) >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if waiting and column in WARN_COLUMNS | {"still_present"}:
                return QBrush(QColor("#e5e5e5"))  # not known here yet: not an alarm
            if column in WARN_COLUMNS and value:
                return QBrush(QColor("#f5b7b1"))
            if column == "still_present" and value:
                return QBrush(QColor("#fff4d6"))
            if is_total:
                return QBrush(QColor("#e8eef6"))
            return None
        if role == Qt.ItemDataRole.FontRole and (
            is_total or (column in WARN_COLUMNS and value and not waiting)
        ):
            return self._bold
        if role == CLASS_ID_ROLE:
            return row.get("class_id")
        return None

    def _waiting_cell(self, row: dict[str, Any], pc: str, role: int) -> Any:
        """A class whose own PC has not synced lately: its figures here may be behind."""
        if role == Qt.ItemDataRole.DisplayRole:
            line = QCoreApplication.translate("DutyBoardModel", "等%1同步").replace("%1", pc)
            return f"{row.get('class')}\n{line}"
        if role == Qt.ItemDataRole.ToolTipRole:
            last = str(row.get("last_contact") or "")[11:16] or "—"
            return (
                QCoreApplication.translate(
                    "DutyBoardModel",
                    "这个班在“%1”上签到；那台电脑最后同步 %2，之后的记录还没到本机。",
                )
                .replace("%1", pc)
                .replace("%2", last)
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#e5e5e5"))
        return None
