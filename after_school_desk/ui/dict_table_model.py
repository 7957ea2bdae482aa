"""The base of the program's table models: rows are plain dicts from a service, one column per key.

Subclasses name their columns and titles and answer ``cell(row, column, role)``; row counting,
headers and the row-number column live here once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

AnyIndex = QModelIndex | QPersistentModelIndex


class DictTableModel(QAbstractTableModel):
    columns: ClassVar[list[str]] = []

    def __init__(self, titles: list[str], rows: Sequence[Mapping[str, Any]] | None = None) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = [dict(r) for r in rows or []]
        self._titles = titles
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Show ``rows`` (a service's answer: plain dicts or TypedDicts, copied)."""
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], self.columns[index.column()], role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None
