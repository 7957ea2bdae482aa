"""班主任安排: one dropdown per class; choosing a person saves at once and says so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.errors import AppError
from app.services.base import classes
from app.services.base.context import ServiceContext
from app.services.school import staff
from app.ui import storage_failure
from app.ui.form_dialog import touch_combo
from app.ui.form_errors import error_label, show_error
from app.ui.operations import Changed, publish


class _NoWheel(QComboBox):
    """A wheel or a swipe over the list must not change a head teacher by accident."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class HeadTeacherPanel(QWidget):
    COLUMNS = 3
    head_changed = Signal()

    def __init__(self, ctx: ServiceContext, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = editable
        self.combos: dict[str, QComboBox] = {}
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.error = error_label()
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        for col in range(self.COLUMNS):
            self.grid.setColumnStretch(2 * col + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos.clear()
        people = staff.list_staff(self.ctx)
        for i, cls in enumerate(classes.list_classes(self.ctx, in_use_only=True)):
            combo = touch_combo(combo=_NoWheel(self.grid_host))  # made in place: styled once
            combo.setMinimumWidth(150)
            combo.addItem(self.tr("（未指定）"), None)
            for m in people:
                combo.addItem(str(m["name"]), m["id"])
            if cls["head_teacher_id"] and combo.findData(cls["head_teacher_id"]) < 0:
                combo.addItem(str(cls["head_teacher"]), cls["head_teacher_id"])  # has left
            combo.setCurrentIndex(max(combo.findData(cls["head_teacher_id"]), 0))
            combo.setEnabled(self.editable)
            combo.activated.connect(lambda _i, c=cls, box=combo: self._chosen(c, box))
            self.combos[str(cls["name"])] = combo
            row, col = divmod(i, self.COLUMNS)
            self.grid.addWidget(QLabel(str(cls["name"]), self.grid_host), row, 2 * col)
            self.grid.addWidget(combo, row, 2 * col + 1)

    def _chosen(self, cls: dict[str, object], combo: QComboBox) -> None:
        staff_id = combo.currentData()
        if staff_id == cls["head_teacher_id"]:
            return
        try:
            staff.set_head_teacher_by_id(self.ctx, str(cls["id"]), staff_id)
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.error, "\n".join(exc.lines()))
            combo.setCurrentIndex(max(combo.findData(cls["head_teacher_id"]), 0))
            return
        publish(Changed(people=True), self)
        show_error(self.error, "")
        cls["head_teacher_id"] = staff_id
        self.status.setText(
            self.tr("已保存：%1 的班主任 → %2")
            .replace("%1", str(cls["name"]))
            .replace("%2", combo.currentText())
        )
        self.head_changed.emit()
