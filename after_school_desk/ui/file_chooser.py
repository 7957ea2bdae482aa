"""A path box with a "choose file" button beside it, as the import and restore dialogs use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton


def file_chooser(
    placeholder: str, button_text: str, on_choose: Callable[[], None]
) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    button = QPushButton(button_text)
    button.clicked.connect(on_choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return edit, button, row
