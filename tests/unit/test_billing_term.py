"""A term played through for a small city-plan school; every figure worked out by hand.

The rules (city plan 2024, primary): service Mon, Tue, Thu, Fri; fee 150 元 a month
(cap 200); pro rata by service days, rounded down; waivers rounded up; 多退少不补.
November 2026 has 17 service days (Mondays 2, 9, 16, 23, 30; Tuesdays 3, 10, 17, 24;
Thursdays 5, 12, 19, 26; Fridays 6, 13, 20, 27); December has 18 (Tue 1, 8, 15, 22, 29;
Thu 3, 10, 17, 24, 31; Fri 4, 11, 18, 25; Mon 7, 14, 21, 28).
"""

from __future__ import annotations

from datetime import date

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.money import billing, expenses, fees, payments, waivers
from after_school_desk.services.money.finance_reports import finance_month
from after_school_desk.services.school import consent
from after_school_desk.services.school.enrolment import withdraw
from after_school_desk.store import audit, money_store
from tests.conftest import as_role
from tests.unit.money_school import CLASS, add_pupils, money_ctx

A, B, C, D, E, F, G, H = (
    "M100000001", "M100000002", "M100000003", "M100000004",
    "M100000005", "M100000006", "M100000007", "M100000008",
)  # fmt: skip


@pytest.fixture
def mctx(ctx: ServiceContext) -> ServiceContext:
    m = money_ctx(ctx)
    add_pupils(m)
    fees.set_fee(m, "150", "month", approval="某价〔2026〕12号", approval_date="2026-08-20",
                 start="2026-09-01")  # fmt: skip
    waivers.grant_waiver(m, C, "低保", 100, "低保证 640122-0031", "2026-09-01")
    waivers.grant_waiver(m, D, "特困", 50, "特困供养证 0087", "2026-09-01")
    waivers.grant_waiver(m, E, "disabled", 30, "残疾证 6401221", "2026-09-01")
    waivers.grant_waiver(m, F, "other", 33, "村委会证明：父亲重病", "2026-11-16")
    waivers.grant_waiver(m, H, "孤儿", 100, "民政局孤儿证明", "2026-09-01")
    return m


def _charges(m: ServiceContext, month: str) -> dict[str, tuple[int, int, str | None]]:
    return {
        c["national_id"]: (c["gross_fen"], c["waived_fen"], c["waiver_kind"])
        for c in billing.month_charges(m, month)
    }


def _state(m: ServiceContext) -> tuple[str, int, int, int, int]:
    conn = m.store.conn
    return (
        audit.head(conn),
        len(money_store.standards(conn)),
        len(money_store.payments(conn)),
        len(money_store.refunds(conn)),
        len(money_store.ledger(conn, "2000-01-01", "2100-01-01")),
    )


def test_calendar_has_the_service_days_counted_by_hand(mctx: ServiceContext) -> None:
    cal = school_calendar(mctx.store.conn)
    assert len(cal.service_days(date(2026, 11, 1), date(2026, 11, 30))) == 17
    assert len(cal.service_days(date(2026, 12, 1), date(2026, 12, 31))) == 18


def test_november_charges_waivers_of_each_kind(mctx: ServiceContext) -> None:
    result = billing.bill_month(mctx, "2026-11")
    assert result["created"] == 8
    assert _charges(mctx, "2026-11") == {
        A: (15000, 0, None),
        B: (15000, 15000, "registered_poor"),  # 建档立卡 from the flag, nobody recorded it
        C: (15000, 15000, "subsistence"),
        D: (15000, 7500, "extreme_poverty"),
        E: (15000, 4500, "disabled"),
        # joined 16 Nov: 9 of 17 days; 15000 × 9 / 17 = 7941.17 -> 7941 (down);
        # 33 % of 7941 = 2620.53 -> 2621 (up, in the family's favour)
        F: (7941, 2621, "other"),
        G: (15000, 0, None),
        H: (15000, 15000, "orphan"),
    }
    assert result["charged_fen"] == 7 * 15000 + 7941 == 112941
    assert result["waived_fen"] == 15000 * 3 + 7500 + 4500 + 2621 == 59621  # B, C, H + D, E, F


def test_billing_twice_gives_the_same_rows(mctx: ServiceContext) -> None:
    billing.bill_month(mctx, "2026-11")
    first = money_store.charges(mctx.store.conn, "2026-11")
    head = audit.head(mctx.store.conn)
    again = billing.bill_month(mctx, "2026-11")
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 8)
    assert money_store.charges(mctx.store.conn, "2026-11") == first
    assert audit.head(mctx.store.conn) == head  # nothing written, nothing audited


def test_the_term_through_payments_withdrawal_refund_and_notice(mctx: ServiceContext) -> None:
    m = mctx
    billing.bill_month(m, "2026-11")
    payments.record_payment(m, A, "100", "2026-11-05", receipt_no="R0001")
    payments.record_payment(m, A, "50.00", "2026-11-20", receipt_no="R0002", method="wechat")
    payments.record_payment(m, D, "75", "2026-11-06", receipt_no="R0003")
    payments.record_payment(m, E, "105", "2026-11-10", receipt_no="R0004")
    payments.record_payment(m, F, "53.2", "2026-11-25", receipt_no="R0005")
    payments.record_payment(m, G, "300", "2026-11-05", receipt_no="R0006")  # Nov + Dec
    expenses.add_expense(m, "教师补助", "800", "2026-11-30")
    expenses.add_expense(m, "电费", "123.45", "2026-11-28")
    expenses.add_expense(m, "耗材", "50.5", "2026-11-12", "作业本")
    expenses.add_income(m, "财政补助", "1000", "2026-11-15")
    consent.record_consent(m, C, "publication", "王母", "2026-11-01")
    consent.record_consent(m, D, "publication", "赵父", "2026-11-01")
    consent.record_consent(m, D, "publication", on="2026-11-20", withdraw=True)

    nov = finance_month(m, "2026-11")
    paid = 10000 + 5000 + 7500 + 10500 + 5320 + 30000
    assert paid == 68320
    assert nov["charged_fen"] == 112941
    assert nov["waived_fen"] == 59621
    assert nov["paid_fen"] == 68320
    assert nov["refunded_fen"] == 0
    assert nov["income_fen"] == 68320 + 100000
    assert nov["expenses_fen"] == 80000 + 12345 + 5050 == 97395
    assert nov["balance_fen"] == 168320 - 97395 == 70925
    assert nov["expenses"] == [
        {"category": "教师补助", "fen": 80000},
        {"category": "电费", "fen": 12345},
        {"category": "耗材", "fen": 5050},
    ]
    assert sorted((w["national_id"], w["kind"], w["fen"]) for w in nov["waivers"]) == [
        (B, "registered_poor", 15000),
        (C, "subsistence", 15000),
        (D, "extreme_poverty", 7500),
        (E, "disabled", 4500),
        (F, "other", 2621),
        (H, "orphan", 15000),
    ]
    # Only C's guardian consents at the month's end (D withdrew): class, masked name, amount.
    assert nov["public_waivers"] == [{"class": CLASS, "name": "王*华", "fen": 15000}]

    # December: billed on the 1st with G still enrolled, then G withdraws from the 14th.
    billing.bill_month(m, "2026-12")
    assert _charges(m, "2026-12")[G] == (15000, 0, None)
    assert _charges(m, "2026-12")[F] == (15000, 4950, "other")  # 33 % of 15000
    withdraw(m, G, "2026-12-14", "家长书面申请")
    rebilled = billing.bill_month(m, "2026-12")
    assert (rebilled["created"], rebilled["updated"]) == (0, 1)
    # Tue 1, Thu 3, Fri 4, Mon 7, Tue 8, Thu 10, Fri 11 = 7 of 18 days; 15000 × 7 / 18 = 5833.3
    assert _charges(m, "2026-12")[G] == (5833, 0, None)
    acct = payments.account(m, G)
    assert (acct["net_fen"], acct["paid_fen"]) == (15000 + 5833, 30000)
    assert acct["refundable_fen"] == 30000 - 20833 == 9167

    before = _state(m)
    with pytest.raises(ValidationError) as too_much:
        payments.refund(m, G, "300.01", "退出")
    assert "超过该生已缴未退的 300.00 元" in too_much.value.problems[0]
    with pytest.raises(ValidationError) as over_credit:
        payments.refund(m, G, "91.68", "退出")
    assert "超过多缴部分 91.67 元" in over_credit.value.problems[0]
    assert _state(m) == before
    done = payments.refund(m, G, "91.67", "中途退出，退回剩余费用", "2026-12-15")
    assert done["approved_by"] == "陈校长"
    assert done["account"]["refundable_fen"] == 0
    with pytest.raises(ValidationError):
        payments.refund(m, G, "0.01")

    dec = finance_month(m, "2026-12")
    dec_gross = 7 * 15000 + 5833  # A B C D E F H full, G pro rata
    dec_waived = 15000 + 15000 + 7500 + 4500 + 4950 + 15000
    assert dec["charged_fen"] == dec_gross == 110833
    assert dec["waived_fen"] == dec_waived == 61950
    assert dec["paid_fen"] == 0
    assert dec["refunded_fen"] == 9167
    assert dec["income_fen"] == -9167
    assert dec["balance_fen"] == -9167
    # 多退少不补: A paid 150 for November and nothing for December: shown, never billed.
    a = payments.account(m, A)
    assert (a["net_fen"], a["paid_fen"], a["shortfall_fen"], a["refundable_fen"]) == (
        30000, 15000, 15000, 0,
    )  # fmt: skip


def test_bad_input_is_refused_and_nothing_changes(mctx: ServiceContext) -> None:
    m = mctx
    billing.bill_month(m, "2026-11")
    payments.record_payment(m, A, "20", "2026-11-05", receipt_no="R1")
    before = _state(m)
    with pytest.raises(ValidationError) as exc:
        fees.set_fee(m, "200.01", "month", approval="某价〔2026〕13号")
    assert "高于上限 200.00 元" in exc.value.problems[0]
    assert "小学、初中每月每生收费不高于200元" in exc.value.problems[0]
    with pytest.raises(ValidationError) as big:
        payments.refund(m, A, "20.01")
    assert "超过该生已缴未退的 20.00 元" in big.value.problems[0]
    with pytest.raises(ValidationError, match="负数"):
        payments.record_payment(m, A, "-5", "2026-11-05")
    with pytest.raises(ValidationError, match="两位小数"):
        payments.record_payment(m, A, "12.345", "2026-11-05")
    with pytest.raises(ValidationError, match="不得提取管理费") as mgmt:
        expenses.add_expense(m, "管理费", "100")
    assert "不得截留或提取管理费" in mgmt.value.problems[0]
    with pytest.raises(ValidationError, match="类别"):
        expenses.add_expense(m, "招待费", "100")
    with pytest.raises(ValidationError, match="已经登记过"):
        payments.record_payment(m, A, "10", "2026-11-06", receipt_no="R1")
    with pytest.raises(ValidationError, match="晚于今天"):
        payments.record_payment(m, A, "10", "2026-12-21")
    with pytest.raises(ValidationError) as poor:
        waivers.grant_waiver(m, A, "建档立卡", 100, "x")
    assert "自动免费" in poor.value.problems[0]
    with pytest.raises(ValidationError) as no_evidence:
        waivers.grant_waiver(m, A, "低保", 100, "  ")
    assert "减免依据" in no_evidence.value.problems[0]
    with pytest.raises(ValidationError) as pct:
        waivers.grant_waiver(m, A, "低保", 101, "证明")
    assert "比例" in pct.value.problems[0]
    assert _state(m) == before


def test_fee_history_the_newer_standard_applies_from_its_date(mctx: ServiceContext) -> None:
    fees.set_fee(mctx, "120", "month", approval="某价〔2026〕20号", start="2026-12-01")
    billing.bill_month(mctx, "2026-11")
    billing.bill_month(mctx, "2026-12")
    assert _charges(mctx, "2026-11")[A][0] == 15000
    assert _charges(mctx, "2026-12")[A][0] == 12000
    history = fees.list_standards(mctx)
    assert [s["amount_fen"] for s in history] == [15000, 12000]


def test_permissions_teachers_collect_only_principal_manages(mctx: ServiceContext) -> None:
    teacher = as_role(mctx, Role.TEACHER)
    with pytest.raises(PermissionDenied):
        fees.set_fee(teacher, "100", "month", approval="x")
    with pytest.raises(PermissionDenied):
        payments.refund(teacher, A, "1")
    with pytest.raises(PermissionDenied):
        expenses.add_expense(teacher, "电费", "1")
    with pytest.raises(PermissionDenied):  # not the head teacher of 三年级(1)班
        payments.record_payment(teacher, A, "1", "2026-11-02")
    duty = as_role(mctx, Role.DUTY_LEADER)
    paid = payments.record_payment(duty, A, "1", "2026-11-02")
    assert paid["recorded_by"] == "test:duty_leader"
