"""A list with action buttons above it, the reason when the role may not act, and a dialog slot.

Dialogs are opened with ``open()`` (not ``exec()``) and kept in ``self.dialog``, so a test can
reach the open dialog and tap its buttons like a person would.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from after_school_desk.errors import AppError
from after_school_desk.ui import storage_failure
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.people_models import people_table
from after_school_desk.ui.style import MIN_TARGET

# marked for the translation tools; looked up in toggle_active
_DONE = [QT_TRANSLATE_NOOP("ListTab", "已停用：%1"), QT_TRANSLATE_NOOP("ListTab", "已重新启用：%1")]


class ListTab(QWidget):
    def __init__(
        self, model: DictTableModel, widths: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.table = people_table(model, widths)
        self.dialog: QDialog | None = None
        self.buttons = QHBoxLayout()
        self.reason = QLabel()
        self.reason.setProperty("role", "hint")
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.error = error_label()
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.buttons)
        self.body.addWidget(self.reason)
        self.body.addWidget(self.table, 3)
        self.body.addWidget(self.status)
        self.body.addWidget(self.error)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())

    def button(self, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(MIN_TARGET)
        if primary:
            button.setProperty("primary", True)
        self.buttons.addWidget(button)
        return button

    def refuse_all(self, buttons: list[QPushButton], reason: str) -> None:
        """The role may not act here: the buttons stay visible but disabled, with the reason."""
        for b in buttons:
            b.setEnabled(False)
            b.setToolTip(reason)
        self.reason.setText(reason)
        self.reason.show()

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def select_id(self, row_id: object) -> None:
        for i, r in enumerate(self.model.rows()):
            if r["id"] == row_id:
                self.table.selectRow(i)
                return

    def show_dialog(self, dialog: QDialog, done_text: str) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_done(done_text))
        dialog.open()

    def _dialog_done(self, done_text: str) -> None:
        keep = self.current()
        self.refresh()
        if keep is not None:
            self.select_id(keep["id"])
        self.say(done_text)

    def say(self, text: str, error: bool = False) -> None:
        """A line under the list: what was just done, or (in red) why it was refused."""
        self.status.setText("" if error else text)
        show_error(self.error, text if error else "")

    def toggle_active(self) -> None:
        """停用 / 重新启用 the chosen row through ``set_active``; a refusal is said in red."""
        row = self.current()
        if row is None:
            return
        try:
            self.set_active(str(row["id"]), not row["active"])
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.say("\n".join(exc.lines()), error=True)
            return
        publish(Changed(people=True), self)
        self.refresh()
        done = "已停用：%1" if row["active"] else "已重新启用：%1"
        self.say(QCoreApplication.translate("ListTab", done).replace("%1", self.row_name(row)))

    def set_active(self, row_id: str, active: bool) -> None:
        raise NotImplementedError

    def row_name(self, row: dict[str, Any]) -> str:
        return str(row["name"])

    def refresh(self) -> None:
        raise NotImplementedError

    def update_buttons(self) -> None:
        raise NotImplementedError
