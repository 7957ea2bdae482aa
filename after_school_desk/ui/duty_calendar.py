"""A month of the duty roster as a grid of day cells (Monday first): each service day shows its
duty leader, other days are greyed with the reason. Tapping a day emits its date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

CELLS = 42  # six weeks of seven days: the grid never changes shape between months
CELL_HEIGHT = 58

_BASE = "QPushButton { border-radius: 6px; font-size: 15px; padding: 2px; "
STYLES = {
    "blank": "QPushButton { border: none; background: transparent; }",
    "off": _BASE + "border: 1px solid #dddddd; background: #e9e9e9; color: #8a8a8a; }",
    "assigned": _BASE + "border: 1px solid #8a9bb0; background: white; color: black; }",
    "open": _BASE + "border: 1px solid #d9a400; background: #fff4d6; color: #7a5b00; }",
    "selected": _BASE + "border: 3px solid #1f5fa8; background: #cfe0f5; color: black; }",
}


class DutyCalendar(QWidget):
    """``day_tapped("YYYY-MM-DD")`` when a service day's cell is tapped."""

    day_tapped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: dict[str, Mapping[str, Any]] = {}
        self.selected = ""
        grid = QGridLayout(self)
        grid.setSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        names = [self.tr("一"), self.tr("二"), self.tr("三"), self.tr("四"), self.tr("五"),
                 self.tr("六"), self.tr("日")]  # fmt: skip
        for col, name in enumerate(names):
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("font-weight: bold; color: #55606e;")
            grid.addWidget(label, 0, col)
        self.cells: list[QPushButton] = []
        for i in range(CELLS):
            cell = QPushButton()
            cell.setMinimumHeight(CELL_HEIGHT)
            cell.setMinimumWidth(64)
            cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            cell.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            cell.setProperty("date", "")
            cell.clicked.connect(lambda _c=False, c=cell: self._tapped(c))
            grid.addWidget(cell, 1 + i // 7, i % 7)
            self.cells.append(cell)
        for col in range(7):
            grid.setColumnStretch(col, 1)

    def set_days(self, days: Sequence[Mapping[str, Any]], selected: str = "") -> None:
        """``days``: every date of one month, as ``duty.roster_month`` gives them."""
        self.days = {d["date"]: d for d in days}
        self.selected = selected if selected in self.days else ""
        offset = date.fromisoformat(days[0]["date"]).weekday() if days else 0
        for i, cell in enumerate(self.cells):
            k = i - offset
            day = days[k] if 0 <= k < len(days) else None
            cell.setProperty("date", day["date"] if day else "")
            self._paint(cell, day)

    def select(self, day: str) -> None:
        self.selected = day if day in self.days else ""
        for cell in self.cells:
            self._paint(cell, self.days.get(str(cell.property("date"))))

    def cell_for(self, day: str) -> QPushButton:
        for cell in self.cells:
            if cell.property("date") == day:
                return cell
        raise KeyError(day)

    def _tapped(self, cell: QPushButton) -> None:
        day = str(cell.property("date"))
        if day and self.days[day]["service"]:
            self.day_tapped.emit(day)

    def _paint(self, cell: QPushButton, day: Mapping[str, Any] | None) -> None:
        if day is None:
            cell.setText("")
            cell.setToolTip("")
            cell.setEnabled(False)
            cell.setStyleSheet(STYLES["blank"])
            return
        number = str(int(day["date"][8:]))
        if not day["service"]:
            cell.setText(f"{number}\n{day['note']}")
            cell.setToolTip(str(day["reason"]))
            cell.setEnabled(False)
            cell.setStyleSheet(STYLES["off"])
            return
        cell.setEnabled(True)
        if day["leader"]:
            cell.setText(f"{number}\n{day['leader']}")
            cell.setToolTip(self.tr("带班领导：%1").replace("%1", str(day["leader"])))
            kind = "assigned"
        else:
            cell.setText(f"{number}\n{self.tr('未安排')}")
            cell.setToolTip(self.tr("这一天还没有安排带班领导"))
            kind = "open"
        cell.setStyleSheet(STYLES["selected" if day["date"] == self.selected else kind])
