"""Table models of the county window: rows of ready-made cells, each with the text shown, the
value it sorts by and, where a row needs attention, a colour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
RED = QColor("#B03A2E")
ORANGE = QColor("#A65E00")


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None  # None: the text

    @staticmethod
    def of(value: Any, text: str | None = None) -> Cell:
        return Cell(str(value if value is not None else "") if text is None else text, value)


@dataclass(frozen=True)
class Row:
    cells: list[Cell]
    colour: QColor | None = None
    tip: str = ""


class CellsModel(QAbstractTableModel):
    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.titles = titles
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(row.cells):
            return None
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            value = cell.text if cell.sort is None else cell.sort
            return value if isinstance(value, int | float | str) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip or cell.text or None
        if role == Qt.ItemDataRole.ForegroundRole and row.colour is not None:
            return QBrush(row.colour)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles):
            return self.titles[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
