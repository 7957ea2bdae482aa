"""补录: entering a day from the paper handover sheet after a power cut, with the times written
on it. Off by default; when on, the page shows the chosen day and records at the chosen time."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

from after_school_desk.services.base.clock import CHINA_TZ
from after_school_desk.services.base.context import ServiceContext


class BackEntry(QWidget):
    """A switch and a date-time: None means "now" (the normal case)."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.switch = QCheckBox(self.tr("补录纸质记录"))
        self.switch.setToolTip(self.tr("停电后按纸质交接单补录：选日期和单上写的时间"))
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.switch)
        row.addWidget(self.when)
        self.switch.toggled.connect(self._toggled)
        self.when.dateTimeChanged.connect(lambda _v: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        if on:
            now = self.ctx.clock.now()
            self.when.setMaximumDateTime(
                QDateTime(QDate(now.year, now.month, now.day), QTime(23, 59))
            )
            self.when.setDateTime(
                QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
            )
        self.when.setVisible(on)
        self.changed.emit()

    def set_instant(self, at: datetime) -> None:
        """Choose the day and time (tests, and the person's own entry)."""
        self.switch.setChecked(True)
        self.when.setDateTime(
            QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
        )

    def at(self) -> datetime | None:
        if not self.switch.isChecked():
            return None
        v = self.when.dateTime()
        d, t = v.date(), v.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=CHINA_TZ)

    def day(self) -> date | None:
        at = self.at()
        return at.date() if at else None
