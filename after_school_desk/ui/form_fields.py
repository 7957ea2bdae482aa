"""Finger-sized form fields (times and dates with large step buttons or a calendar pop-up) and
the red per-field messages of a form that refused its input (ValidationError.fields)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QLabel, QTimeEdit, QWidget

from after_school_desk.errors import ValidationError
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.style import MIN_TARGET

_BIG_STEPS = (
    "{cls}::up-button, {cls}::down-button {{ width: 40px; }}"
    " {cls}::up-arrow, {cls}::down-arrow {{ width: 14px; height: 14px; }}"
)


def time_edit(hhmm: str = "16:00", parent: QWidget | None = None) -> QTimeEdit:
    """HH:MM with up/down buttons wide enough for a finger; steps of five minutes when the
    minutes are selected."""
    edit = QTimeEdit(QTime.fromString(hhmm, "HH:mm"), parent)
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumHeight(MIN_TARGET)
    edit.setMinimumWidth(120)
    edit.setStyleSheet(_BIG_STEPS.format(cls="QTimeEdit"))
    edit.setWrapping(True)
    return edit


def hhmm(edit: QTimeEdit) -> str:
    return edit.time().toString("HH:mm")


def date_edit(day: date, parent: QWidget | None = None, display: str = "yyyy-MM-dd") -> QDateEdit:
    """A date with a month calendar that pops up on a tap."""
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display)
    edit.setMinimumHeight(MIN_TARGET)
    edit.setMinimumWidth(150)
    edit.setStyleSheet("QDateEdit::drop-down { width: 40px; }")
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class FieldErrors:
    """One red label per field name; ``show(exc)`` fills those named in ``exc.fields``."""

    def __init__(self, names: list[str]) -> None:
        self.labels: dict[str, QLabel] = {name: error_label() for name in names}

    def __getitem__(self, name: str) -> QLabel:
        return self.labels[name]

    def clear(self) -> None:
        for label in self.labels.values():
            show_error(label, "")

    def show(self, exc: ValidationError) -> bool:
        """Show the field messages; False when none of them belongs to a known field."""
        self.clear()
        shown = False
        for name, message in exc.fields.items():
            if name in self.labels:
                show_error(self.labels[name], message)
                shown = True
        return shown

    def message(self, name: str) -> str:
        label = self.labels[name]
        return label.text() if not label.isHidden() else ""
