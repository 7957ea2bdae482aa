"""财务: fee standards, billing, payments, waivers, refunds and the ledger through the page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import billing, expenses, fees, payments, waivers
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui.finance_models import (
    AccountModel,
    FeeStandardModel,
    LedgerModel,
    PublicWaiverModel,
    WaiverModel,
)
from after_school_desk.ui.finance_page import FinancePage
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.money_dialogs import MoneyDialog, PupilPicker
from tests.conftest import as_role
from tests.unit.money_school import add_pupils, money_ctx

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MING = "M100000001"  # 张小明
POOR = "M100000002"  # 李建国, 建档立卡


@pytest.fixture
def mctx(ctx: ServiceContext) -> ServiceContext:
    school = money_ctx(ctx)
    add_pupils(school)
    return school


class Fill:
    """A dialog runner that types into the named fields and presses 确定. A refusal keeps the
    dialog open with its message (``last.error``): the runner then says it was not accepted."""

    def __init__(self, **fields: Any) -> None:
        self.fields = fields
        self.last: MoneyDialog | None = None

    def __call__(self, dialog: MoneyDialog) -> bool:
        self.last = dialog
        for name, value in self.fields.items():
            widget = getattr(dialog, name)
            if isinstance(widget, PupilPicker):
                widget.choose(value)
            elif isinstance(widget, QComboBox) and widget.isEditable():
                widget.setEditText(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
            elif isinstance(widget, QSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
        QTest.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result() == QDialog.DialogCode.Accepted

    def refusal(self) -> str:
        """The message the dialog shows beside the form after 确定 was refused."""
        assert self.last is not None and self.last.result() != QDialog.DialogCode.Accepted
        return self.last.error.text()


fill = Fill


def open_page(qtbot: QtBot, ctx: ServiceContext, month: str = "2026-11") -> FinancePage:
    page = FinancePage(ctx)
    qtbot.addWidget(page)
    page.month_picker.choose(month)
    page.show()
    return page


def bill(qtbot: QtBot, page: FinancePage) -> None:
    page.bill()
    assert page.runner.running()
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=30000)


def row_of(page: FinancePage, national_id: str) -> int:
    found = [i for i, r in enumerate(page.account_model.rows()) if r["national_id"] == national_id]
    assert found, national_id
    return found[0]


def shown(page: FinancePage, national_id: str, column: str) -> str:
    model = page.account_model
    return str(model.index(row_of(page, national_id), model.columns.index(column)).data())


def test_models_pass_the_model_tester(qtmodeltester: Any, mctx: ServiceContext) -> None:
    fees.set_fee(mctx, "150", "month", start="2026-09-01")
    billing.bill_month(mctx, "2026-11")
    waivers.grant_waiver(mctx, "M100000003", "低保", 100, "低保证 001", "2026-09-01")
    payments.record_payment(mctx, MING, "75", "2026-11-10", receipt_no="A001")
    expenses.add_expense(mctx, "水费", "12.50", "2026-11-12", "十一月")
    for model, rows in [
        (FeeStandardModel(), fees.list_standards(mctx)),
        (AccountModel(), payments.month_accounts(mctx, "2026-11")),
        (WaiverModel(), waivers.list_waivers(mctx)),
        (LedgerModel(), expenses.month_ledger(mctx, "2026-11")),
        (PublicWaiverModel(), [{"class": "三年级(1)班", "name": "张*明", "fen": 15000}]),
    ]:
        assert rows
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)


def test_set_fee_bill_and_pay_through_the_page(qtbot: QtBot, mctx: ServiceContext) -> None:
    page = open_page(qtbot, mctx)
    assert "本月还没有账单" in page.account_totals.text()

    page.run_dialog = fill(amount="150", unit="month", start="2026-09-01")
    page.open_fee_dialog()
    assert page.bar.kind == "ok", page.bar.text()
    assert page.fee_model.rowCount() == 1
    assert page.fee_model.index(0, 3).data() == "150.00"

    bill(qtbot, page)
    assert page.bar.kind == "ok" and "新增 8" in page.bar.text()
    assert page.account_model.rowCount() == 8
    assert shown(page, MING, "gross_fen") == "150.00"
    assert shown(page, MING, "balance_fen") == "-150.00"
    assert shown(page, POOR, "waived_fen") == "150.00"  # 建档立卡: free from the flag
    assert shown(page, POOR, "balance_fen") == "0.00"

    bill(qtbot, page)  # idempotent
    assert "新增 0" in page.bar.text() and "未变 8" in page.bar.text()
    assert page.account_model.rowCount() == 8

    page.account_table.selectRow(row_of(page, MING))
    assert page.pay_button.isEnabled()
    page.run_dialog = fill(amount="100.50", paid_on="2026-11-20", method="wechat", receipt="R-1")
    page.open_payment_dialog()
    assert page.bar.kind == "ok", page.bar.text()
    assert shown(page, MING, "paid_month_fen") == "100.50"
    assert shown(page, MING, "balance_fen") == "-49.50"
    assert [p["receipt_no"] for p in payments.account(mctx, MING)["payments"]] == ["R-1"]

    page.run_dialog = fill(paid_on="2026-11-21", receipt="R-2")  # the dialog suggests 49.50
    page.open_payment_dialog()
    assert shown(page, MING, "balance_fen") == "0.00"
    assert page.figure_labels["paid_fen"].text() == "150.00"
    charged = sum(int(r["gross_fen"]) for r in page.account_model.rows())
    assert charged == 7 * 15000 + 7941  # 周芷若 joins on 2026-11-16: pro rata, rounded down
    assert page.figure_labels["charged_fen"].text() == "1,129.41"


def test_a_fee_above_the_cap_is_refused_and_nothing_is_written(
    qtbot: QtBot, mctx: ServiceContext
) -> None:
    page = open_page(qtbot, mctx)
    page.run_dialog = runner = fill(amount="250", unit="month", start="2026-09-01")
    page.open_fee_dialog()
    assert "高于上限 200.00 元" in runner.refusal() and "依据" in runner.refusal()
    assert runner.last is not None and runner.last.amount.text() == "250"  # still typed
    assert fees.list_standards(mctx) == []
    assert page.fee_model.rowCount() == 0


def test_cancelled_dialog_writes_nothing(qtbot: QtBot, mctx: ServiceContext) -> None:
    page = open_page(qtbot, mctx)
    page.run_dialog = lambda _dialog: False
    page.open_fee_dialog()
    assert fees.list_standards(mctx) == [] and not page.bar.text()


def test_waiver_then_revoke(qtbot: QtBot, mctx: ServiceContext) -> None:
    fees.set_fee(mctx, "150", "month", start="2026-09-01")
    page = open_page(qtbot, mctx)
    page.run_dialog = fill(
        pupil="M100000004", kind="extreme_poverty", percent=50, evidence="特困证 12",
        valid_from="2026-11-01",
    )  # fmt: skip
    page.open_waiver_dialog()
    assert page.bar.kind == "ok", page.bar.text()
    assert page.waiver_model.rowCount() == 1
    assert page.waiver_model.index(0, 4).data() == "50%"
    bill(qtbot, page)
    assert shown(page, "M100000004", "waived_fen") == "75.00"

    page.run_dialog = runner = fill(evidence="")  # no evidence: refused
    page.open_waiver_dialog()
    assert "减免依据" in runner.refusal()
    assert len(waivers.list_waivers(mctx)) == 1

    page.waiver_table.selectRow(0)
    page.run_dialog = fill(on="2026-12-01")
    page.open_revoke_dialog()
    assert page.bar.kind == "ok", page.bar.text()
    assert waivers.list_waivers(mctx)[0]["revoked_on"] == "2026-12-01"
    assert page.waiver_model.index(0, 9).data() == "2026-12-01"


def test_refund_shows_the_account_first_and_refuses_too_much(
    qtbot: QtBot, mctx: ServiceContext
) -> None:
    fees.set_fee(mctx, "150", "month", start="2026-09-01")
    billing.bill_month(mctx, "2026-11")
    payments.record_payment(mctx, MING, "200", "2026-11-10")
    page = open_page(qtbot, mctx)
    qtbot.waitUntil(lambda: page.refund_pupil.count() > 0)
    page.refund_pupil.choose(MING)
    page.show_account()
    assert "可退 50.00 元" in page.refund_summary.text()
    assert page.refund_button.isEnabled()

    page.run_dialog = runner = fill(amount="80", reason="多缴")
    page.open_refund_dialog()
    assert "多退少不补" in runner.refusal()
    assert payments.account(mctx, MING)["refunded_fen"] == 0

    seen: list[str] = []

    def refund_all(dialog: MoneyDialog) -> bool:
        seen.append(dialog.heading.text())
        return fill(reason="多缴退回")(dialog)  # the amount defaults to what may be refunded

    page.run_dialog = refund_all
    page.open_refund_dialog()
    assert page.bar.kind == "ok", page.bar.text()
    assert seen == ["三年级(1)班 张小明（M100000001）"]
    assert payments.account(mctx, MING)["refunded_fen"] == 5000
    assert "已退 50.00 元" in page.refund_summary.text()


def test_ledger_entries_and_a_management_fee_refused(qtbot: QtBot, mctx: ServiceContext) -> None:
    page = open_page(qtbot, mctx, "2026-12")
    page.run_dialog = fill(category="电费", amount="88.80", on="2026-12-05", note="十二月")
    page.open_ledger_dialog("expense")
    assert page.bar.kind == "ok", page.bar.text()
    page.run_dialog = fill(category="财政补助", amount="1000", on="2026-12-06")
    page.open_ledger_dialog("income")
    assert page.ledger_model.rowCount() == 2
    assert page.ledger_model.index(0, 3).data() == "88.80"

    page.run_dialog = runner = fill(category="管理费", amount="100", on="2026-12-07")
    page.open_ledger_dialog("expense")
    assert "不得提取管理费" in runner.refusal() and "依据" in runner.refusal()
    # "其他" says what the money was for; spending unrelated to the service is refused (the
    # city plan: 不得列支其他无关费用)
    page.run_dialog = runner = fill(category="其他", amount="30", on="2026-12-07", note="聚餐")
    page.open_ledger_dialog("expense")
    assert "请写明用途" in runner.refusal()
    page.run_dialog = runner = fill(category="其他", amount="30", on="2026-12-07",
                                    purpose="unrelated")  # fmt: skip
    page.open_ledger_dialog("expense")
    assert "不得列支其他无关费用" in runner.refusal()
    assert len(expenses.month_ledger(mctx, "2026-12")) == 2
    assert page.figure_labels["expenses_fen"].text() == "88.80"
    assert page.figure_labels["balance_fen"].text() == "+911.20"


def test_class_filter_and_month_change(qtbot: QtBot, mctx: ServiceContext) -> None:
    fees.set_fee(mctx, "150", "month", start="2026-09-01")
    billing.bill_month(mctx, "2026-11")
    page = open_page(qtbot, mctx)
    assert page.account_model.rowCount() == 8
    page.class_filter.setCurrentIndex(page.class_filter.findData("一年级(1)班"))
    assert page.account_model.rowCount() == 0
    page.class_filter.setCurrentIndex(page.class_filter.findData("三年级(1)班"))
    assert page.account_model.rowCount() == 8
    page.month_picker.choose("2026-10")
    assert page.account_model.rowCount() == 0


@pytest.mark.parametrize("role", [Role.TEACHER, Role.DUTY_LEADER])
def test_staff_without_finance_rights_do_not_see_the_page(
    qtbot: QtBot, mctx: ServiceContext, role: Role
) -> None:
    school = school_info(mctx)
    assert school is not None
    window = MainWindow(as_role(mctx, role), school)
    qtbot.addWidget(window)
    assert "finance" not in window.nav_buttons
    principal = MainWindow(mctx, school)
    qtbot.addWidget(principal)
    assert isinstance(principal.pages["finance"], FinancePage)


def test_registered_poor_waiver_is_offered_only_where_the_flag_does_not_free(
    qtbot: QtBot, mctx: ServiceContext
) -> None:
    """Where the policy makes 建档立卡 pupils free by their flag the dialog does not offer the
    kind; where it does not (贺兰: after the school's review), the reviewed waiver is registered
    from the same dialog and the pupil's bill shows it."""
    from after_school_desk.services.school import profile_history

    fees.set_fee(mctx, "150", "month", start="2026-09-01")
    page = open_page(qtbot, mctx)
    offered: list[list[str]] = []

    def kinds_then_cancel(dialog: MoneyDialog) -> bool:
        combo = dialog.kind  # type: ignore[attr-defined]
        offered.append([str(combo.itemData(i)) for i in range(combo.count())])
        return False

    page.run_dialog = kinds_then_cancel
    page.open_waiver_dialog()
    assert waivers.registered_poor_free(mctx) == ("registered_poor" not in offered[-1])

    profile_history.set_school_profile(mctx, "helan-2021")
    page.open_waiver_dialog()
    assert "registered_poor" in offered[-1]
    page.run_dialog = fill(
        pupil=POOR, kind="registered_poor", percent=100, evidence="县扶贫办审核 2026-10",
        valid_from="2026-11-01",
    )  # fmt: skip
    page.open_waiver_dialog()
    assert page.bar.kind == "ok", page.bar.text()
    bill(qtbot, page)
    assert shown(page, POOR, "waived_fen") == "150.00"
