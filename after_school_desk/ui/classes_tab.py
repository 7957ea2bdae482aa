"""班级 tab of 人员与账户: the classes after the first-run wizard. Add a class (grade, number,
name, head teacher), rename one or give it another head teacher (班主任), set aside one no
longer used (停用) or bring it back. Every refusal — an empty or taken name, a class that
still has pupils, a PC that is not the school's hub — is said in the tab's message bar (and,
for a form, in the form too, with what was typed kept)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import class_register, staff
from after_school_desk.services.school.class_register import ClassOverviewRow
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.day_table import big_rows
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.money_dialogs import MoneyDialog, combo, line
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.style import MIN_TARGET

FIELD = 48  # pixels: the form's fields and buttons
_GREY = QColor("#8a8a8a")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassesTab", text)


class ClassesModel(DictTableModel):
    columns: ClassVar[list[str]] = ["name", "grade", "number", "head", "pupils", "state"]

    def __init__(self) -> None:
        super().__init__(
            [_tr("班级"), _tr("年级"), _tr("班号"), _tr("班主任"), _tr("在校学生"), _tr("状态")]
        )

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row["in_use"]:
            return _GREY
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "name": row["name"],
            "grade": row["grade_name"],
            "number": str(row["number"]),
            "head": row["head_teacher"] or _tr("（未指定）"),
            "pupils": str(row["pupils"]),
            "state": _tr("使用中") if row["in_use"] else _tr("已停用"),
        }[column]


class ClassDialog(MoneyDialog):
    """新增班级 (``cls`` None: grade, number, name, head teacher) or 修改班级 (name, head
    teacher). 确定 saves through ``submit``; a refusal stays in the form."""

    def __init__(
        self,
        ctx: ServiceContext,
        cls: ClassOverviewRow | None,
        existing: list[ClassOverviewRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("新增班级") if cls is None else self.tr("修改班级"), parent)
        self.cls = cls
        self.existing = existing
        self.grade: QComboBox | None = None
        self.number: QSpinBox | None = None
        self.name = line(self.tr("如 三年级(2)班"))
        self.name.setMinimumHeight(FIELD)
        self.auto_name = ""
        if cls is None:
            self.grade = combo({str(k): v for k, v in class_register.grade_levels(ctx).items()})
            self.grade.setMinimumHeight(FIELD)
            self.number = QSpinBox()
            self.number.setRange(1, 99)
            self.number.setMinimumHeight(FIELD)
            self.number.setMinimumWidth(140)
            self.number.setStyleSheet("QSpinBox::up-button, QSpinBox::down-button { width: 40px; }")
            self.form.addRow(self.tr("年级"), self.grade)
            self.form.addRow(self.tr("班号"), self.number)
            self.grade.currentIndexChanged.connect(lambda _i: self._grade_changed())
            self.number.valueChanged.connect(lambda _v: self._fill_name())
            self._grade_changed()
        else:
            self.set_heading(
                f"{cls['grade_name']} · {self.tr('第 %1 班').replace('%1', str(cls['number']))}"
            )
            self.name.setText(cls["name"])
        self.form.addRow(self.tr("班级名称"), self.name)
        self.head = combo({})
        self.head.setMinimumHeight(FIELD)
        self.head.addItem(self.tr("（未指定）"), None)
        for m in staff.list_staff(ctx):
            self.head.addItem(str(m["name"]), m["id"])
        if cls is not None and cls["head_teacher_id"]:
            if self.head.findData(cls["head_teacher_id"]) < 0:
                self.head.addItem(str(cls["head_teacher"]), cls["head_teacher_id"])  # has left
            self.head.setCurrentIndex(self.head.findData(cls["head_teacher_id"]))
        if not allowed(ctx.actor.role, Action.MANAGE_STAFF):
            self.head.setEnabled(False)
            self.head.setToolTip(self.tr("只有校长可以安排班主任。"))
        self.form.addRow(self.tr("班主任"), self.head)
        for b in self.buttons.buttons():
            b.setMinimumSize(130, FIELD)

    def _grade_changed(self) -> None:
        """The next free number of the chosen grade, and its usual name."""
        assert self.grade is not None and self.number is not None
        level = int(self.grade.currentData())
        used = {c["number"] for c in self.existing if c["grade_level"] == level}
        self.number.setValue(next(n for n in range(1, 100) if n not in used))
        self._fill_name()

    def _fill_name(self) -> None:
        """The name follows grade and number until the person types one of their own."""
        assert self.grade is not None and self.number is not None
        from after_school_desk.domain.classnames import ClassKey

        proposed = ClassKey(int(self.grade.currentData()), self.number.value()).name
        if self.name.text() in ("", self.auto_name):
            self.name.setText(proposed)
        self.auto_name = proposed

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name.text(), "head_teacher_id": self.head.currentData()}
        if self.grade is not None and self.number is not None:
            out["level"] = int(self.grade.currentData())
            out["number"] = self.number.value()
        return out


class ClassesTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: ClassDialog | None = None
        self.may_edit = allowed(ctx.actor.role, Action.SETUP_SCHOOL)
        self.add_button = self._button(self.tr("新增班级"), primary=True)
        self.edit_button = self._button(self.tr("改名 / 班主任"))
        self.use_button = self._button(self.tr("停用"))
        self.reason = QLabel()
        self.reason.setProperty("role", "hint")
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.model = ClassesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        big_rows(self.table, [190, 110, 70, 150, 100, 90], self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.bar = MessageBar()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.use_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.reason)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        self.add_button.clicked.connect(self.add_class)
        self.edit_button.clicked.connect(self.edit_current)
        self.use_button.clicked.connect(self.toggle_in_use)
        if not self.may_edit:
            reason = self.tr("只有校长或系统管理员可以增改班级；这里只能查看。")
            for b in (self.add_button, self.edit_button, self.use_button):
                b.setEnabled(False)
                b.setToolTip(reason)
            self.reason.setText(reason)
            self.reason.show()

    def _button(self, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(MIN_TARGET + 4)
        button.setMinimumWidth(120)
        if primary:
            button.setProperty("primary", True)
        return button

    def refresh(self) -> None:
        keep = self.current()
        found = attempt(self.bar, lambda: class_register.class_overview(self.ctx))
        self.model.set_rows(found or [])
        if keep is not None:
            self.select_id(str(keep["id"]))
        self.update_buttons()

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def select_id(self, class_id: str) -> None:
        for i, r in enumerate(self.model.rows()):
            if r["id"] == class_id:
                self.table.selectRow(i)
                return

    def update_buttons(self) -> None:
        row = self.current()
        self.use_button.setText(
            self.tr("重新启用") if row is not None and not row["in_use"] else self.tr("停用")
        )
        if self.may_edit:
            self.edit_button.setEnabled(row is not None)
            self.use_button.setEnabled(row is not None)

    def _rows(self) -> list[ClassOverviewRow]:
        return [ClassOverviewRow(**r) for r in self.model.rows()]  # type: ignore[typeddict-item]

    def add_class(self) -> None:
        dialog = ClassDialog(self.ctx, None, self._rows(), self)
        dialog.submit = lambda v: self._save(
            lambda: class_register.add_class(
                self.ctx, v["level"], v["number"], v["name"], v["head_teacher_id"]
            )
        )
        self._open(dialog, self.tr("已新增班级：%1"))

    def edit_current(self) -> None:
        row = self.current()
        if row is None or not self.may_edit:
            return
        cls = ClassOverviewRow(**row)  # type: ignore[typeddict-item]
        dialog = ClassDialog(self.ctx, cls, self._rows(), self)
        dialog.submit = lambda v: self._save(lambda: self._edit(cls, v))
        self._open(dialog, self.tr("已保存班级：%1"))

    def _edit(self, cls: ClassOverviewRow, v: dict[str, Any]) -> ClassOverviewRow:
        saved = class_register.rename_class(self.ctx, cls["id"], v["name"])
        if v["head_teacher_id"] != cls["head_teacher_id"]:
            staff.set_head_teacher_by_id(self.ctx, cls["id"], v["head_teacher_id"])
        return saved

    def _save(self, action: Any) -> ClassOverviewRow:
        """A form's 确定: a refusal is said in the tab's message bar as well as in the form."""
        try:
            result: ClassOverviewRow = action()
        except AppError as exc:
            self.bar.show_error("\n".join(dict.fromkeys(exc.lines())))  # a field's line once
            raise
        return result

    def _open(self, dialog: ClassDialog, done: str) -> None:
        self.dialog = dialog
        self.bar.clear_message()

        def finished() -> None:
            saved = dialog.outcome
            publish(Changed(people=True, pupils=True), self)
            self.refresh()
            if saved is not None:
                self.select_id(str(saved["id"]))
                self.bar.show_ok(done.replace("%1", str(saved["name"])))

        dialog.accepted.connect(finished)
        dialog.open()

    def toggle_in_use(self) -> None:
        row = self.current()
        if row is None:
            return
        in_use = not row["in_use"]
        saved = attempt(
            self.bar,
            lambda: class_register.set_class_in_use(self.ctx, str(row["id"]), in_use),
            Changed(people=True, pupils=True),
        )
        if saved is None:
            return
        self.refresh()
        done = self.tr("已重新启用：%1") if in_use else self.tr("已停用：%1（以往的记录都保留）")
        self.bar.show_ok(done.replace("%1", str(saved["name"])))
