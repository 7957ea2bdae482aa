"""A small form dialog: labelled fields with their own error line, a message line, save/cancel.

A refused save keeps everything typed and puts each message under its field
(``ValidationError.fields``); messages for no field of this form go to the line above the buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import PermissionDenied, StorageError, ValidationError
from after_school_desk.ui import storage_failure
from after_school_desk.ui.form_errors import error_label, reserve_space, show_error
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.style import MIN_TARGET


def touch_combo(
    items: list[tuple[str, object]] | None = None, combo: QComboBox | None = None
) -> QComboBox:
    """A dropdown tall enough for a finger, as wide as its longest item so the current one shows."""
    combo = combo if combo is not None else QComboBox()
    combo.setMinimumHeight(MIN_TARGET)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for text, data in items or []:
        combo.addItem(text, data)
    return combo


def pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(64)
    return edit


class FormDialog(QDialog):
    # what a successful save changed, published for the other pages (``operations``)
    changes: Changed | None = None

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(620)
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.message = error_label()
        reserve_space(self.message)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("取消"))
        for button in (self.save_button, self.cancel_button):
            button.setMinimumHeight(MIN_TARGET)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def add_field(self, key: str, label: str, field: QWidget) -> None:
        field.setMinimumHeight(MIN_TARGET)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        self.errors[key] = error_label()
        reserve_space(self.errors[key], lines=1)
        column.addWidget(self.errors[key])
        self.form.addRow(label, holder)

    def submit(self) -> None:
        """Call the service; raise ValidationError or PermissionDenied to refuse."""
        raise NotImplementedError

    def show_errors(self, fields: dict[str, str], message: str = "") -> None:
        for key, label in self.errors.items():
            show_error(label, fields.get(key, ""))
        show_error(self.message, message)

    def save(self) -> None:
        try:
            self.submit()
        except ValidationError as exc:
            mine = {k: m for k, m in exc.fields.items() if k in self.errors}
            rest = [m for k, m in exc.fields.items() if k not in self.errors]
            lines = rest if exc.fields else exc.lines()
            self.show_errors(mine, "\n".join(lines))
            return
        except PermissionDenied as exc:
            self.show_errors({}, exc.message)
            return
        except StorageError as exc:
            self.show_errors({}, "\n".join(exc.lines()))
            storage_failure.alarm(exc, self)
            return
        if self.changes is not None:
            publish(self.changes, self)
        self.accept()
