"""Each class's supervising teacher (专任管理老师) on one day, from ``duty.class_supervisors``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from after_school_desk.ui.dict_table_model import DictTableModel

CLASS_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ["class", "head_teacher", "staff"]


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("SupervisionModel", "班级"),
        QCoreApplication.translate("SupervisionModel", "班主任"),
        QCoreApplication.translate("SupervisionModel", "看护老师"),
    ]


class SupervisionModel(DictTableModel):
    columns = COLUMNS

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__(column_titles(), rows)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "staff":
                if not row.get("staff"):
                    return QCoreApplication.translate("SupervisionModel", "未指定")
                if row.get("is_default"):
                    return QCoreApplication.translate("SupervisionModel", "%1（班主任）").replace(
                        "%1", str(row["staff"])
                    )
            value = row.get(column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and column == "staff":
            if not row.get("staff"):
                return QBrush(QColor("#fff4d6"))
            if not row.get("is_default"):
                return QBrush(QColor("#dbe8f7"))
            return None
        if role == CLASS_ID_ROLE:
            return row.get("class_id")
        return None
