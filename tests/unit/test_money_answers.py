"""The money services' answers have exactly the keys their TypedDicts declare
(after_school_desk/services/money/answers.py), and their refusals come in English under an English
translator."""

from __future__ import annotations

import pytest

from after_school_desk.domain.billing import FeeUnit, WaiverKind
from after_school_desk.domain.enrolment import ServiceMode
from after_school_desk.domain.money import PAYMENT_METHODS, PaymentMethod
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import (
    answers,
    billing,
    expenses,
    fees,
    finance_reports,
    payments,
    subsidies,
    waivers,
)
from tests.unit.answers_check import assert_shape, english
from tests.unit.money_school import add_pupils, money_ctx


@pytest.fixture
def money(ctx: ServiceContext) -> ServiceContext:
    school = money_ctx(ctx)
    add_pupils(school)
    return school


def test_every_money_answer_has_the_declared_keys(money: ServiceContext) -> None:
    assert_shape(
        fees.set_fee(money, "150", FeeUnit.MONTH, approval="某价〔2026〕12号", start="2026-09-01"),
        answers.FeeStandardView,
    )
    for row in fees.list_standards(money):
        assert_shape(row, answers.FeeStandardView)
    assert_shape(
        waivers.grant_waiver(money, "M100000003", "低保", 100, "低保证 1", "2026-09-01"),
        answers.WaiverGranted,
    )
    found = waivers.list_waivers(money)
    assert found and found[0]["kind"] == WaiverKind.SUBSISTENCE
    for w in found:
        assert_shape(w, answers.WaiverLine)
    result = billing.bill_month(money, "2026-11")
    assert_shape(result, answers.BillResult)
    assert result["created"] > 0
    charges = billing.month_charges(money, "2026-11")
    assert charges and charges[0]["mode"] == ServiceMode.BASIC
    for c in charges:
        assert_shape(c, answers.ChargeView)
    paid = payments.record_payment(
        money, "M100000001", "150", "2026-11-06", method=PaymentMethod.WECHAT, receipt_no="R1"
    )
    assert_shape(paid, answers.PaymentRecorded)
    assert paid["method"] == "wechat" and PAYMENT_METHODS[paid["method"]] == "微信"
    payments.record_payment(money, "M100000001", "20", "2026-11-07")
    assert_shape(payments.refund(money, "M100000001", "20", "多缴", "2026-11-08"),
                 answers.RefundRecorded)  # fmt: skip
    assert_shape(payments.account(money, "M100000001"), answers.Account)
    for a in payments.month_accounts(money, "2026-11"):
        assert_shape(a, answers.MonthAccount)
    for p in payments.payments_between(money, "2026-11-01", "2026-11-30"):
        assert_shape(p, answers.PaymentView)
    for r in payments.refunds_between(money, "2026-11-01", "2026-11-30"):
        assert_shape(r, answers.RefundView)
    assert_shape(expenses.add_expense(money, "电费", "12.30", "2026-11-06"), answers.LedgerEntry)
    assert_shape(expenses.add_income(money, "财政补助", "500", "2026-11-06"), answers.LedgerEntry)
    lines = expenses.month_ledger(money, "2026-11")
    assert len(lines) == 2
    for line in lines:
        assert_shape(line, answers.LedgerLine)
    assert_shape(subsidies.set_rate(money, "teacher", "50", start="2026-09-01"),
                 answers.SubsidyRate)  # fmt: skip
    for rate in subsidies.list_rates(money):
        assert_shape(rate, answers.SubsidyRate)
    for rate_row in subsidies.rate_rows(money):
        assert_shape(rate_row, answers.RateRow)
    assert_shape(subsidies.rate_multipliers(money), answers.RateMultipliers)
    assert_shape(subsidies.month_subsidy(money, "2026-11"), answers.MonthSubsidy)
    finance = finance_reports.finance_month(money, "2026-11")
    assert_shape(finance, answers.FinanceMonth)
    assert finance["waivers"] and finance["expenses"]
    arrears = finance_reports.arrears_month(money, "2026-11")
    assert_shape(arrears, answers.ArrearsMonth)
    assert arrears["pupils"]


def test_money_refusals_in_english(money: ServiceContext) -> None:
    table = {
        "收据号“{receipt}”已经登记过，不能重复使用。":
            "Receipt number \"{receipt}\" is recorded already and cannot be used again.",
        "{label}必须大于 0：“{text}”。": "{label} must be more than 0: \"{text}\".",
        "减免未登记：": "The waiver was not recorded:",
        "减免类别“{kind}”无效，可选：{labels}。":
            "Waiver kind \"{kind}\" is not valid. Choose one of: {labels}.",
    }  # fmt: skip
    payments.record_payment(money, "M100000001", "150", "2026-11-06", receipt_no="R1")
    with english(table):
        with pytest.raises(ValidationError) as twice:
            payments.record_payment(money, "M100000001", "150", "2026-11-06", receipt_no="R1")
        assert (
            twice.value.message
            == 'Receipt number "R1" is recorded already and cannot be used again.'
        )
        with pytest.raises(ValidationError) as kind:
            waivers.grant_waiver(money, "M100000003", "富裕", 100, "证明", "2026-09-01")
        assert kind.value.message == "The waiver was not recorded:"
        assert kind.value.problems[0].startswith('Waiver kind "富裕" is not valid.')
    with pytest.raises(ValidationError) as chinese:
        payments.record_payment(money, "M100000001", "150", "2026-11-06", receipt_no="R1")
    assert chinese.value.message == "收据号“R1”已经登记过，不能重复使用。"
