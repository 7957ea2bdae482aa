"""View, add or edit one pupil with guardians and pickup adults; errors next to each field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.services.school.pupils import FLAGS, PupilInput
from after_school_desk.ui.adults_editor import AdultsEditor
from after_school_desk.ui.consent_box import ConsentBox
from after_school_desk.ui.enrolment_history_box import EnrolmentHistoryBox
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.history_dialog import HistoryDialog
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.self_leave_box import SelfLeaveBox

FORM_FIELDS = ["national_id", "name", "sex", "birth_date", "class", "flags"]


class PupilDialog(QDialog):
    """``pupil_id`` None adds a pupil. After a successful save ``saved`` holds the pupil detail."""

    def __init__(
        self, ctx: ServiceContext, pupil_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.saved: Mapping[str, Any] | None = None
        self.editable = allowed(ctx.actor.role, Action.EDIT_PUPIL)
        detail = pupils.pupil_detail(ctx, pupil_id) if pupil_id else None
        if pupil_id is None:
            self.setWindowTitle(self.tr("新增学生"))
        elif self.editable:
            self.setWindowTitle(
                self.tr("编辑学生：%1").replace("%1", str(detail and detail["name"]))
            )
        else:
            self.setWindowTitle(
                self.tr("学生信息：%1").replace("%1", str(detail and detail["name"]))
            )
        self.resize(980, 660)

        self.national_id = QLineEdit()
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItems(["男", "女"])
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD，例如 2018-03-04"))
        self.student_no = QLineEdit()
        self.class_combo = QComboBox()
        self.class_combo.addItems([c["name"] for c in classes.list_classes(ctx, in_use_only=True)])
        self.flag_boxes = {key: QCheckBox(label) for key, label in FLAGS.items()}
        self.adults = AdultsEditor(read_only=not self.editable)
        self.errors = {key: error_label() for key in FORM_FIELDS}
        self.message = error_label()

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        fields = [
            (self.tr("学籍号"), self._with_error(self.national_id, "national_id")),
            (self.tr("姓名"), self._with_error(self.name, "name")),
            (self.tr("性别"), self._with_error(self.sex, "sex")),
            (self.tr("出生日期"), self._with_error(self.birth_date, "birth_date")),
            (self.tr("班级"), self._with_error(self.class_combo, "class")),
            (self.tr("学号"), self.student_no),
        ]
        for i, (label, widget) in enumerate(fields):
            form.addWidget(QLabel(label), i // 2, 2 * (i % 2), Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, i // 2, 2 * (i % 2) + 1)
        flags_box = QGroupBox(self.tr("重点关注（优先保障）"))
        flags_grid = QGridLayout(flags_box)
        for i, box in enumerate(self.flag_boxes.values()):
            flags_grid.addWidget(box, i // 3, i % 3)
        flags_grid.addWidget(self.errors["flags"], 2, 0, 1, 3)
        adults_box = QGroupBox(self.tr("监护人与接送人"))
        QVBoxLayout(adults_box).addWidget(self.adults)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(form)
        body.addWidget(flags_box)
        self.private_note: QLabel | None = None
        if detail is not None and detail.get("private_hidden"):
            # the service held back another class's phones and flags (pupil_visibility)
            flags_box.hide()
            self.private_note = QLabel(
                self.tr("这名学生不在你的班级：监护人电话只显示部分号码，重点关注标记不显示。")
            )
            self.private_note.setProperty("role", "hint")
            self.private_note.setWordWrap(True)
            body.addWidget(self.private_note)
        body.addWidget(adults_box)
        self.consents: ConsentBox | None = None
        if detail is not None:
            guardians = [str(a["name"]) for a in detail["adults"] if a["is_guardian"]]
            self.consents = ConsentBox(ctx, str(detail["id"]), guardians)
            body.addWidget(self.consents)
            self.enrolment_box = EnrolmentHistoryBox(ctx, str(detail["id"]))
            self.self_leave_box = SelfLeaveBox(ctx, str(detail["id"]), guardians)
            body.addWidget(self.enrolment_box)
            body.addWidget(self.self_leave_box)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        buttons = QDialogButtonBox()
        if self.editable:
            self.save_button = buttons.addButton(
                self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.save_button.setProperty("primary", True)
            buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
            buttons.accepted.connect(self.save)
        else:
            buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.history_button: QPushButton | None = None
        if detail is not None and allowed(ctx.actor.role, Action.VIEW_AUDIT):
            self.history_button = buttons.addButton(
                self.tr("历史记录"), QDialogButtonBox.ButtonRole.HelpRole
            )
            self.history_button.clicked.connect(self.show_history)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        for w in (self.national_id, self.name, self.sex, self.birth_date, self.student_no):
            w.setEnabled(self.editable)
        self.class_combo.setEnabled(self.editable)
        for box in self.flag_boxes.values():
            box.setEnabled(self.editable)
        if detail is not None:
            self._fill(detail)
        elif self.editable:
            self.adults.add_adult()

    def _with_error(self, field: QWidget, key: str) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(self.errors[key])
        return holder

    def _fill(self, d: Mapping[str, Any]) -> None:
        self.national_id.setText(str(d["national_id"]))
        self.name.setText(str(d["name"]))
        self.sex.setCurrentText(str(d["sex"]))
        self.birth_date.setText(str(d["birth_date"] or ""))
        self.student_no.setText(str(d.get("student_no") or ""))
        self.class_combo.setCurrentText(str(d["class"]))
        labels = set(d["flags"])
        for key, box in self.flag_boxes.items():
            box.setChecked(FLAGS[key] in labels)
        for adult in d["adults"]:
            self.adults.add_adult(adult)

    def value(self) -> PupilInput:
        return PupilInput(
            national_id=self.national_id.text(),
            name=self.name.text(),
            sex=self.sex.currentText(),
            class_name=self.class_combo.currentText(),
            birth_date=self.birth_date.text(),
            student_no=self.student_no.text(),
            flags={key for key, box in self.flag_boxes.items() if box.isChecked()},
            adults=self.adults.values(),
        )

    def show_errors(self, fields: dict[str, str], message: str = "") -> None:
        for key, label in self.errors.items():
            show_error(label, fields.get(key, ""))
        self.adults.show_errors(fields)
        show_error(self.message, message)

    def show_history(self) -> None:
        if self.pupil_id is not None:
            HistoryDialog.for_pupil(self.ctx, self.pupil_id, self).exec()

    def save(self) -> None:
        try:
            self.saved = pupils.save_pupil(self.ctx, self.value(), self.pupil_id)
        except ValidationError as exc:
            rest = [
                m
                for k, m in exc.fields.items()
                if k not in FORM_FIELDS and not k.startswith("adult")
            ]
            lines = [exc.message, *rest] if exc.fields else exc.lines()
            self.show_errors(exc.fields, "\n".join(lines))
            return
        except PermissionDenied as exc:
            self.show_errors({}, exc.message)
            return
        publish(Changed(pupils=True), self)
        self.accept()
