"""班主任安排: the classes with their head teachers in one list, and one dropdown for the class
tapped in it; choosing a person saves at once and says so.

One dropdown, not one per class: a school of 72 or 120 classes would otherwise build as many
styled dropdowns each time the page opens (about 1.5–5 ms each), and a principal would scroll
through a wall of them to find one class.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from after_school_desk.errors import AppError
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import staff
from after_school_desk.ui import storage_failure
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.form_dialog import touch_combo
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.people_models import ID_ROLE, people_table
from after_school_desk.ui.style import MIN_TARGET


def _tr(text: str) -> str:
    return QCoreApplication.translate("HeadTeacherPanel", text)


class _NoWheel(QComboBox):
    """A wheel or a swipe over the page must not change a head teacher by accident."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class HeadModel(DictTableModel):
    columns: ClassVar[list[str]] = ["name", "head_teacher"]

    def __init__(self) -> None:
        super().__init__([_tr("班级"), _tr("班主任")])

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row["id"]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "head_teacher":
            return row["head_teacher"] or _tr("（未指定）")
        return row[column]


class HeadTeacherPanel(QWidget):
    head_changed = Signal()

    def __init__(self, ctx: ServiceContext, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = editable
        self.model = HeadModel()
        self.table = people_table(self.model, [160, 160])
        self.combo = touch_combo(combo=_NoWheel())
        self.combo.setMinimumWidth(180)
        self.combo.setEnabled(False)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.error = error_label()
        self.table.setMinimumHeight(4 * MIN_TARGET)  # the header and three classes at least
        self.status.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("所选班级的班主任")))
        side.addWidget(self.combo)
        side.addWidget(self.status)
        side.addWidget(self.error)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.combo.activated.connect(lambda _i: self._chosen())

    def current(self) -> dict[str, Any] | None:
        row = self.table.currentIndex().row()
        return self.model.row_dict(row) if row >= 0 else None

    def refresh(self) -> None:
        keep = self.current()
        self.model.set_rows(classes.list_classes(self.ctx, in_use_only=True))
        self.combo.clear()
        self.combo.addItem(self.tr("（未指定）"), None)
        for m in staff.list_staff(self.ctx):
            self.combo.addItem(str(m["name"]), m["id"])
        if keep is not None:
            for row, cls in enumerate(self.model.rows()):
                if cls["id"] == keep["id"]:
                    self.table.selectRow(row)
        self._show_current()

    def _show_current(self) -> None:
        cls = self.current()
        self.combo.setEnabled(self.editable and cls is not None)
        if cls is None:
            self.combo.setCurrentIndex(0)
            if self.editable:
                self.status.setText(self.tr("点左边的一个班，再在这里选它的班主任。"))
            return
        head = cls["head_teacher_id"]
        if head and self.combo.findData(head) < 0:
            self.combo.addItem(str(cls["head_teacher"]), head)  # has left
        self.combo.setCurrentIndex(max(self.combo.findData(head), 0))

    def _chosen(self) -> None:
        cls = self.current()
        if cls is None:
            return
        staff_id = self.combo.currentData()
        if staff_id == cls["head_teacher_id"]:
            return
        try:
            staff.set_head_teacher_by_id(self.ctx, str(cls["id"]), staff_id)
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.error, "\n".join(exc.lines()))
            self._show_current()
            return
        publish(Changed(people=True), self)
        show_error(self.error, "")
        name = str(cls["name"])
        self.refresh()
        self.status.setText(
            self.tr("已保存：%1 的班主任 → %2")
            .replace("%1", name)
            .replace("%2", self.combo.currentText())
        )
        self.head_changed.emit()
