"""班级看护: each class's supervising teacher (专任管理老师) for a day or a date range; the head
teacher unless someone else is set."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty
from after_school_desk.services.school.staff import STAFF_ROLES
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.form_fields import date_edit
from after_school_desk.ui.operations import Changed
from after_school_desk.ui.style import MIN_TARGET
from after_school_desk.ui.supervision_model import CLASS_ID_ROLE, SupervisionModel


def _iso(value: QDate) -> str:
    return str(value.toString("yyyy-MM-dd"))


class ClassSupervisionPanel(QWidget):
    def __init__(
        self, ctx: ServiceContext, bar: MessageBar, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bar = bar
        self.can_manage = can_manage
        today = ctx.clock.now().date()
        self.model = SupervisionModel()

        self.start = date_edit(today)
        self.end = date_edit(today)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(MIN_TARGET)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(5 * MIN_TARGET)
        self.teacher = QComboBox()
        self.teacher.setMinimumHeight(MIN_TARGET)
        self.teacher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for m in duty.supervisor_candidates(ctx):
            label = f"{m['name']}（{STAFF_ROLES.get(m['role'], m['role'])}）"
            self.teacher.addItem(label, m["staff_id"])
        self.set_button = QPushButton(self.tr("设为看护老师"))
        self.set_button.setProperty("primary", True)
        self.default_button = QPushButton(self.tr("恢复为班主任"))
        for button in (self.set_button, self.default_button):
            button.setMinimumHeight(MIN_TARGET)
        hint = QLabel(
            self.tr(
                "点选班级，选老师，再点“设为看护老师”：日期范围内的每个课后服务日都由这位老师看护。"
            )
            if can_manage
            else self.tr("只读：班级看护老师由校长安排。")
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")

        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("从")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("到")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("看护老师")))
        actions.addWidget(self.teacher, 1)
        actions.addWidget(self.set_button)
        actions.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for widget in (self.teacher, self.set_button, self.default_button):
            widget.setVisible(can_manage)

        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self._end_changed)
        self.table.clicked.connect(lambda _i: self._show_current())
        self.set_button.clicked.connect(lambda: self.apply(chosen=True))
        self.default_button.clicked.connect(lambda: self.apply(chosen=False))
        self.refresh()

    def set_day(self, day: str) -> None:
        """Show ``day`` (and a range of that day alone)."""
        d = date.fromisoformat(day)
        self.start.setDate(QDate(d.year, d.month, d.day))
        self.end.setDate(QDate(d.year, d.month, d.day))

    def _start_changed(self, value: QDate) -> None:
        if self.end.date() < value:
            self.end.setDate(value)
        self.refresh()

    def _end_changed(self, value: QDate) -> None:
        if value < self.start.date():
            self.start.setDate(value)

    def refresh(self) -> None:
        chosen = self.current_class_id()
        self.model.set_rows(duty.class_supervisors(self.ctx, _iso(self.start.date())))
        if chosen:
            self.select_class(chosen)
        self._show_current()

    def current_class_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(CLASS_ID_ROLE) or "") if index.isValid() else ""

    def current_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def select_class(self, class_id: str) -> bool:
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(CLASS_ID_ROLE) == class_id:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.model.index(r, 0))
                return True
        return False

    def _show_current(self) -> None:
        row = self.current_row()
        self.set_button.setEnabled(row is not None and self.teacher.count() > 0)
        self.default_button.setEnabled(row is not None)
        if row is not None and row.get("staff_id"):
            found = self.teacher.findData(row["staff_id"])
            if found >= 0:
                self.teacher.setCurrentIndex(found)

    def apply(self, chosen: bool) -> bool:
        row = self.current_row()
        if row is None:
            self.bar.show_error(self.tr("请先点选一个班级。"))
            return False
        staff_id = str(self.teacher.currentData() or "") if chosen else None
        start, end = _iso(self.start.date()), _iso(self.end.date())
        done = attempt(
            self.bar,
            lambda: duty.set_supervisor_range(self.ctx, row["class_id"], start, end, staff_id),
            Changed(people=True),
        )
        if done is None:
            return False
        text = self.tr("%1 %2 至 %3 的 %4 个服务日由 %5 看护。")
        for key, value in (("%1", done["class"]), ("%2", start), ("%3", end),
                           ("%4", str(done["days"])), ("%5", done["staff"])):  # fmt: skip
            text = text.replace(key, str(value))
        self.bar.show_ok(text)
        self.refresh()
        return True
