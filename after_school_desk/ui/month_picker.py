"""A month chooser for the monthly pages: the months of the past two years, newest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

MONTHS_BACK = 24


def months_up_to(today: date, count: int = MONTHS_BACK) -> list[str]:
    """["2026-11", "2026-10", …]: ``count`` months ending with today's."""
    year, month = today.year, today.month
    result = []
    for _ in range(count):
        result.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return result


class MonthPicker(QComboBox):
    """Emits ``month_chosen("YYYY-MM")`` when the principal picks another month."""

    month_chosen = Signal(str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key in months_up_to(today):
            self.addItem(self.tr("%1年%2月").replace("%1", key[:4]).replace("%2", str(int(key[5:]))),
                         key)  # fmt: skip
        self.setMinimumWidth(130)
        self.currentIndexChanged.connect(lambda _i: self.month_chosen.emit(self.month()))

    def month(self) -> str:
        return str(self.currentData() or "")

    def choose(self, month: str) -> None:
        found = self.findData(month)
        if found >= 0:
            self.setCurrentIndex(found)
