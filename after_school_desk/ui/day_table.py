"""The big-row pupil table both daily pages use, and the search/scan box that drives it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from after_school_desk.ui.class_day_model import PUPIL_ID_ROLE, ClassDayFilter

ROW_HEIGHT = 48


def big_rows(
    view: QTableView, widths: list[int], selection: QAbstractItemView.SelectionMode
) -> None:
    """A read-only table of whole-row selection with rows a finger hits (ROW_HEIGHT)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setStyleSheet(
        "QTableView { font-size: 18px; }"
        "QTableView::item:selected { background: #1f5fa8; color: white; }"
    )
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


class PupilTable(QTableView):
    """Large rows, whole-row selection; ``pupil_chosen`` fires on a tap and on cursor moves."""

    pupil_chosen = Signal(str)

    def __init__(self, proxy: ClassDayFilter, widths: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(proxy)
        big_rows(self, widths, QAbstractItemView.SelectionMode.SingleSelection)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.pupil_chosen.emit(str(current.data(PUPIL_ID_ROLE)))

    def current_pupil_id(self) -> str | None:
        index = self.currentIndex()
        return str(index.data(PUPIL_ID_ROLE)) if index.isValid() else None

    def select_pupil(self, pupil_id: str | None) -> bool:
        model = self.model()
        for r in range(model.rowCount()):
            index = model.index(r, 0)
            if pupil_id and index.data(PUPIL_ID_ROLE) == pupil_id:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        self.clearSelection()
        self.setCurrentIndex(QModelIndex())
        return False


class ScanBox(QLineEdit):
    """Typing narrows the list; a USB scanner types the 学籍号 and Enter. Esc clears."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumHeight(48)
        self.setStyleSheet("font-size: 20px;")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
