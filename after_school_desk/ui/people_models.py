"""Table models of the 人员与账户 page, and the touch-sized table they are shown in."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.labels import label
from after_school_desk.ui.style import MIN_TARGET

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_GREY = QColor("#8a8a8a")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModels", text)


class StaffModel(DictTableModel):
    columns: ClassVar[list[str]] = ["name", "role", "phone", "vetting", "head_of", "active"]

    def __init__(self) -> None:
        super().__init__(
            [_tr("姓名"), _tr("角色"), _tr("电话"), _tr("备案"), _tr("班主任"), _tr("状态")]
        )

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and not row["active"]:
            return _GREY
        if role == Qt.ItemDataRole.ToolTipRole and column == "vetting":
            return row["vetting_note"] or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "name": row["name"],
            "role": label(row["role_label"]),
            "phone": row["phone"] or "",
            "vetting": row["vetting_label"],
            "head_of": "、".join(row["head_of"]),
            "active": _tr("在职") if row["active"] else _tr("已停用"),
        }[column]


class AccountModel(DictTableModel):
    columns: ClassVar[list[str]] = ["display_name", "login", "role", "staff", "active"]

    def __init__(self) -> None:
        super().__init__(
            [_tr("显示名称"), _tr("登录名"), _tr("角色"), _tr("关联教职工"), _tr("状态")]
        )

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and not row["active"]:
            return _GREY
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "active":
            if not row["active"]:
                return _tr("已停用")
            return _tr("已锁定") if row["locked"] else _tr("正常")
        return {
            "display_name": row["display_name"],
            "login": row["login"],
            "role": label(row["role_label"]),
            "staff": row["staff_name"] or _tr("（未关联）"),
        }[column]


def people_table(model: DictTableModel, widths: list[int]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(MIN_TARGET)
    table.verticalHeader().setMinimumSectionSize(MIN_TARGET)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table
