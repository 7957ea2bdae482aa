"""收费: a class teacher takes fees on the class's touch screen. The own class's pupils (only a
class the teacher may act on: ``class_fees.class_fees`` makes the services' class check) with
this month's charge, what was paid in the month and what is still owed; a pupil tapped, then
收款 opens a dialog with what is owed already filled in (method, receipt number, date), and the
receipt of the payment is shown beside the list afterwards.

A double tap on 确定 records one payment: the tap guard (after_school_desk/ui/tap_guard.py) swallows the
second landing, and the dialog takes no second 确定 once it recorded."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.money import yuan
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import payments
from after_school_desk.services.money.answers import PaymentRecorded
from after_school_desk.services.money.class_fees import ClassFees, class_fees
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui.day_common import ClassPicker, MessageBar, attempt, no_class_text
from after_school_desk.ui.day_table import big_rows
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.form_errors import reserve_space
from after_school_desk.ui.money_dialogs import PaymentDialog
from after_school_desk.ui.operations import Changed, follow, publish

BIG_BUTTON = 56  # pixels: 收款, the page's one action
_OWED = QBrush(QColor("#a3231a"))
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClassFeesModel(DictTableModel):
    columns: ClassVar[list[str]] = ["name", "charged", "paid", "owed", "national_id"]

    def __init__(self, titles: list[str]) -> None:
        super().__init__(titles)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row["pupil_id"]
        if role == Qt.ItemDataRole.ForegroundRole and column == "owed" and row["owed_fen"] > 0:
            return _OWED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("charged", "paid", "owed"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "name": row["name"],
            "charged": yuan(int(row["charged_fen"])),
            "paid": yuan(int(row["paid_month_fen"])),
            "owed": yuan(int(row["owed_fen"])),
            "national_id": row["national_id"],
        }[column]


class ClassPaymentDialog(PaymentDialog):
    """The finance page's 收款 form with finger-sized buttons; it records once: a second 确定
    (a bounce the tap guard let through) finds the payment made and does nothing."""

    def __init__(
        self, pupil: str, owed_fen: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(pupil, owed_fen, today, parent)
        self.setWindowTitle(self.tr("收款"))
        self.recorded = False
        for button in self.buttons.buttons():
            button.setMinimumSize(140, BIG_BUTTON)
        for field in (self.amount, self.method, self.receipt, self.note):
            field.setMinimumHeight(48)

    def try_accept(self) -> None:
        if self.recorded:
            return
        super().try_accept()
        self.recorded = self.outcome is not None


class ClassFeesPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: ClassPaymentDialog | None = None
        self.fees: ClassFees | None = None
        self.last: PaymentRecorded | None = None

        title = QLabel(self.tr("收费"))
        title.setProperty("role", "title")
        self.class_picker = ClassPicker(ctx)
        self.class_picker.setMinimumHeight(48)
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-size: 18px;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.class_picker)
        top.addSpacing(12)
        top.addWidget(self.month_label)
        top.addStretch(1)

        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        reserve_space(self.hint, 1)
        self.model = ClassFeesModel(
            [self.tr("姓名"), self.tr("本月应缴"), self.tr("本月已缴"), self.tr("尚欠"),
             self.tr("学籍号")]
        )  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        big_rows(self.table, [104, 110, 110, 104, 140], self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_button())
        self.table.doubleClicked.connect(lambda _i: self.open_payment())

        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("font-size: 18px; font-weight: bold;")
        reserve_space(self.chosen, 2)
        self.pay_button = QPushButton(self.tr("收款"))
        self.pay_button.setProperty("primary", True)
        self.pay_button.setMinimumHeight(BIG_BUTTON)
        self.pay_button.setStyleSheet("font-size: 20px; padding: 4px 24px;")
        self.pay_button.clicked.connect(self.open_payment)
        self.receipt_box = QGroupBox(self.tr("收据"))
        self.receipt = QLabel()
        self.receipt.setWordWrap(True)
        self.receipt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt.setStyleSheet("font-size: 17px;")
        self.receipt.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self.receipt_box).addWidget(self.receipt)
        self.receipt_box.hide()
        side = QVBoxLayout()
        side.addWidget(self.chosen)
        side.addWidget(self.pay_button)
        side.addSpacing(12)
        side.addWidget(self.receipt_box)
        side.addStretch(1)
        side_host = QWidget()
        side_host.setLayout(side)
        side_host.setMinimumWidth(240)
        side_host.setMaximumWidth(420)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(side_host, 1)
        self.bar = MessageBar()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(middle, 1)
        layout.addWidget(self.bar)

        self.class_picker.class_chosen.connect(lambda _id: self.refresh())
        if self.class_picker.count() == 0:
            self.bar.show_error(no_class_text())
        self.refresh()
        self.follower = follow(self, lambda c: c.money or c.people or c.everything, self.refresh)

    def today(self) -> date:
        return self.ctx.clock.now().date()

    def refresh(self) -> None:
        class_id = self.class_picker.class_id()
        keep = self.current()
        if not class_id:
            self.fees = None
            self.model.set_rows([])
            self.update_button()
            return
        fees = attempt(self.bar, lambda: class_fees(self.ctx, class_id))
        self.fees = fees
        self.model.set_rows(fees["pupils"] if fees else [])
        if fees is None:
            self.update_button()
            return
        year, month = fees["month"].split("-")
        self.month_label.setText(self.tr("%1年%2月").replace("%1", year).replace("%2", month))
        owed = sum(int(p["owed_fen"]) for p in fees["pupils"])
        owing = sum(1 for p in fees["pupils"] if p["owed_fen"] > 0)
        if not fees["billed"]:
            self.hint.setText(
                self.tr("本月的应缴费用还没有生成（由校长在“财务”页生成）；已有的欠费照常显示。")
            )
        else:
            self.hint.setText(
                self.tr("共 %1 名学生，%2 名尚欠费用，合计 %3 元（表中金额单位：元）。")
                .replace("%1", str(len(fees["pupils"])))
                .replace("%2", str(owing))
                .replace("%3", yuan(owed))
            )
        if keep is not None:
            self.select_pupil(str(keep["pupil_id"]))
        self.update_button()

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def select_pupil(self, pupil_id: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row["pupil_id"] == pupil_id:
                self.table.selectRow(i)
                self.table.scrollTo(self.model.index(i, 0))
                return

    def update_button(self) -> None:
        row = self.current()
        self.pay_button.setEnabled(row is not None)
        if row is None:
            self.chosen.setText(self.tr("请先在表中点选学生，再点“收款”。"))
        else:
            self.chosen.setText(
                self.tr("%1：尚欠 %2 元")
                .replace("%1", str(row["name"]))
                .replace("%2", yuan(int(row["owed_fen"])))
            )

    def open_payment(self) -> None:
        row = self.current()
        if row is None or self.fees is None:
            self.bar.show_error(self.tr("请先在表中点选要收款的学生。"))
            return
        who = f"{self.fees['class_name']} {row['name']}（{row['national_id']}）"
        dialog = ClassPaymentDialog(who, int(row["owed_fen"]), self.today(), self)
        dialog.submit = lambda v: self.record(str(row["pupil_id"]), v)
        dialog.accepted.connect(self.payment_done)
        self.dialog = dialog
        self.bar.clear_message()
        dialog.open()

    def record(self, pupil_id: str, v: dict[str, Any]) -> PaymentRecorded:
        """The dialog's 确定: a refusal stays in the dialog with what was typed, and is said in
        the page's message bar too."""
        try:
            return payments.record_payment(
                self.ctx, pupil_id, v["amount"], v["paid_on"], method=v["method"],
                receipt_no=v["receipt_no"], note=v["note"],
            )  # fmt: skip
        except AppError as exc:
            self.bar.show_error("\n".join(dict.fromkeys(exc.lines())))  # a field's line once
            raise

    def payment_done(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.outcome is None:
            return
        r: PaymentRecorded = dialog.outcome
        self.last = r
        publish(Changed(money=True), self)
        self.refresh()
        self.select_pupil(str(r["pupil_id"]))
        self.show_receipt(r)
        self.bar.show_ok(
            self.tr("%1 缴费 %2 元已登记。")
            .replace("%1", str(r["pupil"]))
            .replace("%2", yuan(int(r["amount_fen"])))
        )

    def show_receipt(self, r: PaymentRecorded) -> None:
        school = school_info(self.ctx) or {}
        owed = int(r["account"]["shortfall_fen"])
        lines = [
            (self.tr("学校"), str(school.get("name", ""))),
            (self.tr("学生"), str(r["pupil"])),
            (self.tr("金额"), self.tr("%1 元").replace("%1", yuan(int(r["amount_fen"])))),
            (self.tr("缴费方式"), payments.METHODS.get(r["method"], r["method"])),
            (self.tr("收据号"), r["receipt_no"] or self.tr("（未填）")),
            (self.tr("缴费日期"), r["paid_on"]),
            (self.tr("经手人"), self.ctx.actor.display_name or r["recorded_by"]),
            (self.tr("尚欠"), self.tr("%1 元").replace("%1", yuan(owed))),
        ]
        self.receipt.setText("\n".join(f"{k}：{v}" for k, v in lines))
        self.receipt_box.show()
