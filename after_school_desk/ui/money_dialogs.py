"""The finance page's input dialogs. Each collects what one service call needs and hands it back
through ``values()``; the page makes the call, so a refusal lands in the page's message bar.
Amounts are typed as yuan text and parsed by the service (never float)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.billing import (
    MANUAL_WAIVER_KINDS,
    MODES,
    STAGE_CHOICES,
    UNITS,
    WAIVER_KINDS,
    WaiverKind,
)
from after_school_desk.domain.money import EXPENSE_CATEGORIES, INCOME_CATEGORIES
from after_school_desk.domain.spending import PURPOSES
from after_school_desk.services.money.answers import Account
from after_school_desk.services.money.payments import METHODS
from after_school_desk.ui.form_errors import accept_when_done, error_label, reserve_space
from after_school_desk.ui.form_fields import date_edit, iso

FIELD_HEIGHT = 40


def combo(choices: dict[str, str] | tuple[str, ...], editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setMinimumHeight(FIELD_HEIGHT)
    box.setEditable(editable)
    items = choices.items() if isinstance(choices, dict) else ((c, c) for c in choices)
    for key, label in items:
        box.addItem(label, key)
    return box


def line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMinimumHeight(FIELD_HEIGHT)
    edit.setPlaceholderText(placeholder)
    return edit


def _base_tr(text: str) -> str:
    # self.tr() in a base class looks the text up under the subclass's name; say the context
    return QCoreApplication.translate("MoneyDialog", text)


class MoneyDialog(QDialog):
    """A form with 确定/取消 buttons and a bold heading line."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.heading.hide()
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_base_tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_base_tr("取消"))
        for b in self.buttons.buttons():
            b.setMinimumSize(110, 44)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.error = error_label()
        reserve_space(self.error)
        self.submit: Callable[[dict[str, Any]], Any] | None = None
        self.outcome: Any = None
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(self.form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

    def try_accept(self) -> None:
        """确定: record through ``submit``; a refusal stays in the dialog, with what was typed."""
        submit = self.submit
        if submit is None:
            self.accept()
            return

        def record() -> None:
            self.outcome = submit(self.values())

        accept_when_done(self, self.error, record)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.heading.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        raise NotImplementedError


class FeeDialog(MoneyDialog):
    def __init__(self, start: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("设置收费标准"), parent)
        self.amount = line(self.tr("元，如 150 或 12.50"))
        self.unit = combo(UNITS)
        self.mode = combo(MODES)
        self.stage = combo(STAGE_CHOICES)
        self.approval = line(self.tr("价格主管部门的审核文号"))
        self.approval_date = line(self.tr("YYYY-MM-DD，可不填"))
        self.start = date_edit(start)
        self.half_month = QCheckBox(self.tr("实际参加不足半月的按半月收取"))
        self.form.addRow(self.tr("金额（元）"), self.amount)
        self.form.addRow(self.tr("计费单位"), self.unit)
        self.form.addRow(self.tr("服务方式"), self.mode)
        self.form.addRow(self.tr("学段"), self.stage)
        self.form.addRow(self.tr("批复文号"), self.approval)
        self.form.addRow(self.tr("批复日期"), self.approval_date)
        self.form.addRow(self.tr("起用日期"), self.start)
        self.form.addRow("", self.half_month)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()

    def _unit_changed(self) -> None:
        monthly = self.unit.currentData() == "month"
        self.half_month.setEnabled(monthly)
        if not monthly:
            self.half_month.setChecked(False)

    def values(self) -> dict[str, Any]:
        stage = str(self.stage.currentData())
        return {
            "amount": self.amount.text(),
            "per": str(self.unit.currentData()),
            "mode": str(self.mode.currentData()),
            "stage": None if stage == "all" else stage,
            "approval": self.approval.text(),
            "approval_date": self.approval_date.text().strip() or None,
            "start": iso(self.start),
            "half_month": self.half_month.isChecked(),
        }


class PaymentDialog(MoneyDialog):
    def __init__(
        self, pupil: str, suggested_fen: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("收款"), parent)
        self.set_heading(pupil)
        self.amount = line(self.tr("元"))
        if suggested_fen > 0:
            whole, part = divmod(suggested_fen, 100)
            self.amount.setText(f"{whole}.{part:02d}")
        self.paid_on = date_edit(today)
        self.paid_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.method = combo(METHODS)
        self.receipt = line(self.tr("收据上的编号"))
        self.note = line()
        self.form.addRow(self.tr("金额（元）"), self.amount)
        self.form.addRow(self.tr("缴费日期"), self.paid_on)
        self.form.addRow(self.tr("缴费方式"), self.method)
        self.form.addRow(self.tr("收据号"), self.receipt)
        self.form.addRow(self.tr("备注"), self.note)

    def values(self) -> dict[str, Any]:
        return {
            "amount": self.amount.text(),
            "paid_on": iso(self.paid_on),
            "method": str(self.method.currentData()),
            "receipt_no": self.receipt.text(),
            "note": self.note.text(),
        }


class PupilPicker(QComboBox):
    """Type a name, pinyin initials or 学籍号; the list narrows as you type."""

    def __init__(self, pupils: Sequence[Mapping[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setMinimumHeight(FIELD_HEIGHT)
        self.setMinimumWidth(340)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in pupils:
            self.addItem(f"{p['class']} {p['name']} {p['national_id']}", p["national_id"])
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("姓名或学籍号"))

    def pupil_key(self) -> str:
        """The chosen pupil's 学籍号, or what was typed (the service looks it up)."""
        text = self.currentText().strip()
        found = self.findText(text)
        if found >= 0:
            return str(self.itemData(found))
        return text

    def choose(self, national_id: str) -> None:
        found = self.findData(national_id)
        if found >= 0:
            self.setCurrentIndex(found)


class WaiverDialog(MoneyDialog):
    """``poor_free``: the school's policy makes 建档立卡 pupils free by their flag, so they are not
    a kind to register here; elsewhere they are free only after a review, registered here."""

    def __init__(
        self,
        pupils: Sequence[Mapping[str, Any]],
        start: date,
        parent: QWidget | None = None,
        *,
        poor_free: bool = True,
    ) -> None:
        super().__init__(self.tr("新增减免"), parent)
        self.pupil = PupilPicker(pupils)
        kinds = (
            MANUAL_WAIVER_KINDS if poor_free else (*MANUAL_WAIVER_KINDS, WaiverKind.REGISTERED_POOR)
        )
        self.kind = combo({k: WAIVER_KINDS[k] for k in kinds})
        self.percent = QSpinBox()
        self.percent.setRange(1, 100)
        self.percent.setValue(100)
        self.percent.setSuffix("%")
        self.percent.setMinimumHeight(FIELD_HEIGHT)
        self.evidence = line(self.tr("如 低保证号、残疾证号、审核材料"))
        self.valid_from = date_edit(start)
        self.form.addRow(self.tr("学生"), self.pupil)
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("减免比例"), self.percent)
        self.form.addRow(self.tr("依据"), self.evidence)
        self.form.addRow(self.tr("起始日期"), self.valid_from)
        note = QLabel(
            self.tr("建档立卡学生按学籍标记自动免费，无需在此登记。")
            if poor_free
            else self.tr(
                "本地政策未规定建档立卡学生自动免费：经学校审核后，在此按“建档立卡”登记减免。"
            )
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        self.form.addRow("", note)

    def values(self) -> dict[str, Any]:
        return {
            "pupil_key": self.pupil.pupil_key(),
            "kind": str(self.kind.currentData()),
            "percent": self.percent.value(),
            "evidence": self.evidence.text(),
            "valid_from": iso(self.valid_from),
        }


class RevokeDialog(MoneyDialog):
    def __init__(self, waiver: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("取消减免"), parent)
        self.set_heading(waiver)
        self.on = date_edit(today)
        self.form.addRow(self.tr("自此日起不再减免"), self.on)

    def values(self) -> dict[str, Any]:
        return {"on": iso(self.on)}


class RefundDialog(MoneyDialog):
    """Shows the pupil's account first; the amount defaults to what may be refunded."""

    def __init__(self, account: Account, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("退费"), parent)
        self.set_heading(f"{account['class']} {account['name']}（{account['national_id']}）")
        summary = QLabel(str(account["summary"]))
        summary.setWordWrap(True)
        summary.setStyleSheet("font-size: 16px;")
        self.form.addRow(summary)
        self.amount = line(self.tr("元"))
        refundable = int(account["refundable_fen"])
        if refundable > 0:
            whole, part = divmod(refundable, 100)
            self.amount.setText(f"{whole}.{part:02d}")
        self.reason = line(self.tr("如 中途退出，家长书面申请"))
        self.refunded_on = date_edit(today)
        self.refunded_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.form.addRow(self.tr("退费金额（元）"), self.amount)
        self.form.addRow(self.tr("原因"), self.reason)
        self.form.addRow(self.tr("退费日期"), self.refunded_on)

    def values(self) -> dict[str, Any]:
        return {
            "amount": self.amount.text(),
            "reason": self.reason.text(),
            "refunded_on": iso(self.refunded_on),
        }


class LedgerEntryDialog(MoneyDialog):
    """One expense (记一笔支出) or other income; the category may be typed, the service checks it."""

    def __init__(self, direction: str, today: date, parent: QWidget | None = None) -> None:
        expense = direction == "expense"
        super().__init__(self.tr("记一笔支出") if expense else self.tr("其他收入"), parent)
        self.direction = direction
        self.category = combo(EXPENSE_CATEGORIES if expense else INCOME_CATEGORIES, editable=True)
        self.amount = line(self.tr("元"))
        self.on = date_edit(today)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = line()
        # what the money was for: the category's own purpose unless chosen ("其他" must choose)
        self.purpose = combo({"": self.tr("按类别（“其他”须选择用途）"), **PURPOSES})
        self.form.addRow(self.tr("类别"), self.category)
        if expense:
            self.form.addRow(self.tr("用途"), self.purpose)
        self.form.addRow(self.tr("金额（元）"), self.amount)
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("备注"), self.note)

    def values(self) -> dict[str, Any]:
        found = {
            "category": self.category.currentText(),
            "amount": self.amount.text(),
            "on": iso(self.on),
            "note": self.note.text(),
        }
        if self.direction == "expense":
            found["purpose"] = str(self.purpose.currentData() or "")
        return found
