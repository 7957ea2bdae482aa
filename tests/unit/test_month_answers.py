"""The month services' answers have exactly the keys their TypedDicts declare
(after_school_desk/services/month/answers.py), and a month-close refusal comes in English under an English
translator."""

from __future__ import annotations

from datetime import datetime

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.money import billing, expenses, fees, payments
from after_school_desk.services.month import answers, compliance, month_close, report_package
from after_school_desk.services.month.answers import MonthState
from tests.unit.answers_check import assert_shape, english
from tests.unit.report_month import play_week


@pytest.fixture
def month(school_ctx: ServiceContext, clock: FixedClock) -> ServiceContext:
    play_week(school_ctx, clock)
    fees.set_fee(school_ctx, "150", "month", approval="某价〔2026〕12号", start="2026-09-01")
    billing.bill_month(school_ctx, "2026-11")
    payments.record_payment(school_ctx, "G10000000", "150", "2026-11-06", receipt_no="R1")
    expenses.add_expense(school_ctx, "电费", "12.30", "2026-11-06")
    clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=CHINA_TZ))
    actor = Actor(login="wang", role=Role.PRINCIPAL, display_name="王校长")
    return ServiceContext(store=school_ctx.store, actor=actor, device_id=school_ctx.device_id,
                          clock=school_ctx.clock)  # fmt: skip


def test_every_month_answer_has_the_declared_keys(month: ServiceContext) -> None:
    open_ = month_close.state_of(month, "2026-11")
    assert_shape(open_, answers.MonthStateView)
    assert open_["state"] is MonthState.OPEN and open_["state"] == "open"
    closed = month_close.close_month(month, "2026-11")
    assert_shape(closed, answers.MonthStateView)
    assert closed["state"] == "closed"
    reopened = month_close.reopen_month(month, "2026-11", "补录退费")
    assert_shape(reopened, answers.MonthStateView)
    for state in month_close.month_status(month):
        assert_shape(state, answers.MonthStateView)
    snaps = month_close.snapshots(month, "2026-11")
    assert snaps and snaps[0]["reopened"] is not None
    for s in snaps:
        assert_shape(s, answers.SnapshotMeta)
    payments.record_payment(month, "G10000000", "10", "2026-11-20")
    compared = month_close.compare(month, "2026-11")
    assert_shape(compared, answers.Comparison)
    assert compared["changes"]
    assert_shape(compliance.check_month(month, "2026-11"), answers.ComplianceCheck)
    assert_shape(report_package.completeness(month, "2026-11-30"), answers.Completeness)


def test_a_month_close_refusal_in_english(month: ServiceContext) -> None:
    table = {
        "{month}还没有月结，不需要重新打开。": "{month} is not closed, so it does not need reopening.",
        "重新打开已月结的月份必须写明理由（例如 更正某生的考勤、补录退费）。":
            "Give a reason for reopening a closed month (e.g. correcting a pupil's attendance,"
            " adding a refund).",
    }  # fmt: skip
    with english(table):
        with pytest.raises(ValidationError) as not_closed:
            month_close.reopen_month(month, "2026-11", "更正")
        assert not_closed.value.message.endswith("is not closed, so it does not need reopening.")
        with pytest.raises(ValidationError) as no_reason:
            month_close.reopen_month(month, "2026-11", " ")
        assert no_reason.value.fields["reason"].startswith("Give a reason")
    with pytest.raises(ValidationError) as chinese:
        month_close.reopen_month(month, "2026-11", "更正")
    assert chinese.value.message.endswith("还没有月结，不需要重新打开。")
