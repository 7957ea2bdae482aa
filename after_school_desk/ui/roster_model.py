"""The pupil roster as a Qt table model, and the proxy that filters it by class and search text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)

from after_school_desk.domain.people import matches
from after_school_desk.ui.dict_table_model import AnyIndex, DictTableModel
from after_school_desk.ui.filter_change import rows_filter_change

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ["national_id", "name", "sex", "class", "guardian", "phone", "flags"]


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("RosterModel", "学籍号"),
        QCoreApplication.translate("RosterModel", "姓名"),
        QCoreApplication.translate("RosterModel", "性别"),
        QCoreApplication.translate("RosterModel", "班级"),
        QCoreApplication.translate("RosterModel", "监护人"),
        QCoreApplication.translate("RosterModel", "电话"),
        QCoreApplication.translate("RosterModel", "标记"),
    ]


def _first_guardian(row: dict[str, Any]) -> dict[str, Any] | None:
    adults = row.get("guardians") or []
    for a in adults:
        if a.get("is_guardian", True):
            return dict(a)
    return dict(adults[0]) if adults else None


def cell_text(row: dict[str, Any], column: str) -> str:
    if column == "guardian":
        g = _first_guardian(row)
        if g is None:
            return ""
        return f"{g['name']}（{g['relation']}）" if g.get("relation") else str(g["name"])
    if column == "phone":
        g = _first_guardian(row)
        return str(g.get("phone") or "") if g else ""
    if column == "flags":
        return "、".join(row.get("flags") or [])
    value = row.get(column)
    return "" if value is None else str(value)


class RosterModel(DictTableModel):
    """Rows are dicts as returned by ``after_school_desk.services.school.pupils.roster_rows``."""

    columns = COLUMNS

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__(column_titles(), rows)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == SORT_ROLE:
            if column == "name":
                return row.get("name_pinyin") or row.get("name") or ""
            if column == "class":
                return f"{row.get('grade', '')}{cell_text(row, 'class')}"
            return cell_text(row, column)
        if role == PUPIL_ID_ROLE:
            return row["id"]
        return None


class RosterFilter(QSortFilterProxyModel):
    """Keeps the rows of one class (or all) whose pupil matches the search text.

    The search accepts Chinese characters (张), pinyin initials (zs), full pinyin (zhangsan),
    the 学籍号 and the 学号.
    """

    def __init__(self) -> None:
        super().__init__()
        self._class_name = ""
        self._query = ""
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(False)

    def set_class_name(self, name: str) -> None:
        with rows_filter_change(self):
            self._class_name = name

    def set_query(self, text: str) -> None:
        with rows_filter_change(self):
            self._query = text

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RosterModel):
            return True
        row = model.row_dict(source_row)
        if self._class_name and row.get("class") != self._class_name:
            return False
        return matches(
            self._query,
            str(row.get("name") or ""),
            str(row.get("name_initials") or ""),
            str(row.get("name_pinyin") or ""),
            str(row.get("national_id") or ""),
            str(row.get("student_no") or ""),
        )
