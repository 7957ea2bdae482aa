"""The enrolment page's dialogs. Each one makes its service call itself (``submit``) when 确定
is pressed: a refusal keeps what was typed and shows the message next to its field, so the
teacher corrects it and presses 确定 again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import AppError, ValidationError
from after_school_desk.ui import storage_failure
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.form_fields import date_edit, iso
from after_school_desk.ui.style import MIN_TARGET

Submit = Callable[[dict[str, Any]], object]


def _base_tr(text: str) -> str:
    # self.tr() in a base class would look the text up under the subclass's name
    return QCoreApplication.translate("EnrolmentDialog", text)


def text_field(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMinimumHeight(MIN_TARGET)
    edit.setPlaceholderText(placeholder)
    return edit


def name_field(names: list[str], placeholder: str) -> QComboBox:
    """A name typed in, or one of the pupil's guardians picked from the list."""
    box = QComboBox()
    box.setEditable(True)
    box.setMinimumHeight(MIN_TARGET)
    box.setMinimumWidth(200)
    box.addItems(names)
    box.setCurrentIndex(-1 if not names else 0)
    edit = box.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(placeholder)
    return box


class EnrolmentDialog(QDialog):
    """A form with 确定/取消; 确定 runs ``submit(values())`` and closes only when it succeeds."""

    main_field = ""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.submit = submit
        self.outcome: object = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.heading.hide()
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.errors: dict[str, QLabel] = {}
        self.message = error_label()
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(
            _base_tr("确定"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setProperty("primary", True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            _base_tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for b in (self.ok_button, self.cancel_button):
            b.setMinimumSize(110, MIN_TARGET)
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.heading.setVisible(bool(text))

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self.errors[key] = error_label()
        column.addWidget(self.errors[key])
        self.form.addRow(label, holder)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_errors(self, fields: dict[str, str], message: str = "") -> None:
        for key, label in self.errors.items():
            show_error(label, fields.get(key, ""))
        show_error(self.message, message)

    def try_submit(self) -> None:
        try:
            self.outcome = self.submit(self.values())
        except ValidationError as exc:
            fields = {k: m for k, m in exc.fields.items() if k in self.errors}
            if not exc.fields and self.main_field:
                fields = {self.main_field: "\n".join(exc.lines())}
            rest = [m for k, m in exc.fields.items() if k not in self.errors]
            self.show_errors(fields, "\n".join(rest))
            return
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.show_errors({}, "\n".join(exc.lines()))
            return
        self.show_errors({})
        self.accept()


class ApplyDialog(EnrolmentDialog):
    """登记申请 from the parent's paper form, for one or several pupils (or the whole class)."""

    main_field = "start"

    def __init__(
        self,
        submit: Submit,
        who: str,
        start: date,
        modes: dict[str, str],
        guardians: list[str],
        can_approve: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("登记报名申请"), submit, parent)
        self.set_heading(who)
        self.start = date_edit(start)
        self.mode = QComboBox()
        self.mode.setMinimumHeight(MIN_TARGET)
        for key, label in modes.items():
            self.mode.addItem(label, key)
        self.applicant = name_field(guardians, self.tr("提出申请的家长（可不填）"))
        self.approve = QCheckBox(self.tr("同时完成班级初审和学校核准"))
        self.approve.setMinimumHeight(MIN_TARGET)
        self.approve.setVisible(can_approve)
        self.can_approve = can_approve
        self.add_field("start", self.tr("从哪天开始参加"), self.start)
        self.add_field("mode", self.tr("服务方式"), self.mode)
        self.add_field("applied_by", self.tr("申请家长"), self.applicant)
        self.form.addRow("", self.approve)

    def values(self) -> dict[str, Any]:
        return {
            "start": iso(self.start),
            "mode": str(self.mode.currentData()),
            "applied_by": self.applicant.currentText().strip(),
            "approve": self.can_approve and self.approve.isChecked(),
        }


class RefuseDialog(EnrolmentDialog):
    """不予核准: the reason is required (refusals are reported, 应收尽收)."""

    main_field = "reason"

    def __init__(self, submit: Submit, who: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("不予核准"), submit, parent)
        self.set_heading(who)
        self.reason = text_field(self.tr("写明不予核准的理由"))
        self.add_field("reason", self.tr("理由"), self.reason)

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.text()}


class AgreementDialog(EnrolmentDialog):
    """The signed 自愿参加课后服务协议: who signed it and when."""

    main_field = "signed_by"

    def __init__(
        self,
        submit: Submit,
        who: str,
        signed_on: date,
        guardians: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("登记自愿参加课后服务协议"), submit, parent)
        self.set_heading(who)
        self.signed_by = name_field(guardians, self.tr("签字的家长姓名"))
        self.signed_on = date_edit(signed_on)
        self.add_field("signed_by", self.tr("签字家长"), self.signed_by)
        self.add_field("signed_on", self.tr("签订日期"), self.signed_on)

    def values(self) -> dict[str, Any]:
        return {"signed_by": self.signed_by.currentText(), "signed_on": iso(self.signed_on)}


class WithdrawDialog(EnrolmentDialog):
    """退出课后服务 from a date (the first day no longer counted), with the reason."""

    main_field = "on"

    def __init__(self, submit: Submit, who: str, on: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("退出课后服务"), submit, parent)
        self.set_heading(who)
        self.on = date_edit(on)
        self.reason = text_field(self.tr("如：家长自行接送、转学"))
        self.add_field("on", self.tr("从哪天起不再参加"), self.on)
        self.add_field("reason", self.tr("原因"), self.reason)

    def values(self) -> dict[str, Any]:
        return {"on": iso(self.on), "reason": self.reason.text()}
