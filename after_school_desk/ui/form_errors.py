"""Red messages shown next to form fields (ValidationError.fields)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from after_school_desk.errors import AppError
from after_school_desk.ui import storage_failure


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def reserve_space(widget: QWidget, lines: int = 2) -> None:
    """Keep the widget's place when it is hidden, ``lines`` of text high, so that showing a
    message never moves the buttons below it under a finger."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * lines + 8)


def accept_when_done(dialog: QDialog, label: QLabel, action: Callable[[], object]) -> bool:
    """确定 of a dialog that records something: run ``action``; a refusal is shown in ``label``
    and the dialog stays open with everything typed, else the dialog is accepted."""
    try:
        action()
    except AppError as exc:
        storage_failure.alarm(exc, dialog)
        show_error(label, "\n".join(dict.fromkeys(exc.lines())))  # a field's message once
        return False
    dialog.accept()
    return True
