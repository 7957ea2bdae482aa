"""The standard in force on a day (after_school_desk/domain/in_force.py): one rule for fee standards and staff
subsidy rates, read alike by billing (charges, the direct report's fee standard), the subsidy
sheet, the rate list's status, the compliance check and the finance notice (issue 14).

A change takes effect on its day: the day before reads the old row, the day of and the day
after the new one; of two rows effective the same day, the one entered later wins.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from after_school_desk.domain.in_force import in_force, in_force_by, in_force_during, status_on
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import billing, fees, subsidies
from after_school_desk.services.money.finance_reports import notice_facts
from after_school_desk.services.money.subsidies import rate_on
from after_school_desk.services.school.enrolment import enroll
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.store import money_store
from tests.unit.money_school import CLASS, add_pupils, money_ctx

APPROVAL = "某价〔2026〕12号"


def _row(rid: str, effective_from: str, created_at: str, **extra: Any) -> dict[str, Any]:
    return {"id": rid, "effective_from": effective_from, "created_at": created_at, **extra}


# --- the rule, pure ----------------------------------------------------------------------

OLD = _row("old", "2026-09-01", "2026-08-20T10:00:00+08:00")
NEW = _row("new", "2026-11-17", "2026-11-01T10:00:00+08:00")
FIRST = _row("z-first", "2026-12-01", "2026-11-20T09:00:00+08:00")  # entered first …
SECOND = _row("a-second", "2026-12-01", "2026-11-20T09:05:00+08:00")  # … corrected 5 min later
HISTORY = [OLD, NEW, FIRST, SECOND]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-08-31", None),  # nothing started yet
        ("2026-09-01", OLD),
        ("2026-11-16", OLD),  # the day before the change
        ("2026-11-17", NEW),  # the day of
        ("2026-11-18", NEW),  # the day after
        ("2026-12-01", SECOND),  # same day: the later created wins (not the larger id)
        ("2030-01-01", SECOND),
    ],
)
def test_the_row_in_force_on_a_day(day: str, expected: dict[str, Any] | None) -> None:
    for order in (HISTORY, HISTORY[::-1], [SECOND, OLD, FIRST, NEW]):  # read in any order
        assert in_force(order, day) is expected
    assert in_force_by(HISTORY, lambda r: "one key", day) == ({} if expected is None
                                                              else {"one key": expected})  # fmt: skip


def test_rows_created_at_the_same_instant_do_not_depend_on_the_order_read() -> None:
    twins = [_row("b", "2026-09-01", "2026-08-20T10:00:00+08:00"),
             _row("a", "2026-09-01", "2026-08-20T10:00:00+08:00")]  # fmt: skip
    assert in_force(twins, "2026-09-01") is twins[0]
    assert in_force(twins[::-1], "2026-09-01") is twins[0]


def test_status_and_rows_in_force_during_a_span() -> None:
    day = "2026-11-17"
    current = in_force(HISTORY, day)
    assert [status_on(r, current, day) for r in HISTORY] == [
        "replaced", "in_force", "pending", "pending",
    ]  # fmt: skip
    assert in_force_during(HISTORY, "2026-11-01", "2026-11-30") == [OLD, NEW]
    assert in_force_during(HISTORY, "2026-11-17", "2026-11-30") == [NEW]
    # FIRST never is in force: SECOND replaced it on its first day
    assert in_force_during(HISTORY, "2026-11-01", "2026-12-31") == [OLD, NEW, SECOND]
    assert in_force_during(HISTORY, "2026-08-01", "2026-08-31") == []


# --- billing and subsidies read it alike ----------------------------------------------------

CHANGE = date(2026, 11, 17)  # a Tuesday; the money school serves Mon, Tue, Thu, Fri
TIE = date(2026, 12, 1)


@pytest.fixture
def mctx(ctx: ServiceContext) -> ServiceContext:
    """The money school with a fee standard and a teacher's base rate each changed on CHANGE,
    and each set twice for TIE, the second time a little later the same morning."""
    m = money_ctx(ctx)
    add_pupils(m)
    clock = m.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 8, 20, 9, 0, tzinfo=CHINA_TZ))
    fees.set_fee(m, "150", "month", approval=APPROVAL, start="2026-09-01")
    subsidies.set_rate(m, "teacher", "30", start="2026-09-01")
    clock.set(datetime(2026, 11, 1, 9, 0, tzinfo=CHINA_TZ))
    fees.set_fee(m, "120", "month", approval=APPROVAL, start=CHANGE)
    subsidies.set_rate(m, "teacher", "35", start=CHANGE)
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ))
    fees.set_fee(m, "100", "month", approval=APPROVAL, start=TIE)
    subsidies.set_rate(m, "teacher", "38", start=TIE)
    clock.advance(minutes=5)
    fees.set_fee(m, "110", "month", approval=APPROVAL, start=TIE)  # the correction
    subsidies.set_rate(m, "teacher", "40", start=TIE)
    clock.set(datetime(2026, 12, 20, 10, 0, tzinfo=CHINA_TZ))
    return m


def _fee_yuan(m: ServiceContext, day: date) -> int:
    """The monthly fee billing reads on ``day`` (as the direct report states it, too)."""
    [found] = billing.standards_in_force(m.store.conn, "primary", day.isoformat())
    row = money_store.standard_for(m.store.conn, "basic", "primary", day.isoformat())
    assert row is not None and int(row["amount_fen"]) == found["amount_fen"]
    return found["amount_fen"] // 100


def _rate_yuan(m: ServiceContext, day: date) -> int:
    """The teacher's hourly rate the subsidy sheet reads on ``day``."""
    rate, _source = rate_on(m.store.conn, school_profile(m), "teacher", "weekday", day.isoformat())
    row = money_store.subsidy_rate_for(m.store.conn, "teacher", "base", day.isoformat())
    assert rate is not None and row is not None and rate.rate_fen == int(row["rate_fen"])
    return rate.rate_fen // 100


def test_billing_and_subsidies_read_a_change_on_the_same_day(mctx: ServiceContext) -> None:
    one = timedelta(days=1)
    days = [CHANGE - one, CHANGE, CHANGE + one, TIE - one, TIE, TIE + one]
    fees_read = [_fee_yuan(mctx, d) for d in days]
    rates_read = [_rate_yuan(mctx, d) for d in days]
    assert fees_read == [150, 120, 120, 120, 110, 110]
    assert rates_read == [30, 35, 35, 35, 40, 40]
    # the same row (old or new) on each day, for both
    old_fee, old_rate = fees_read[0], rates_read[0]
    assert [f == old_fee for f in fees_read] == [r == old_rate for r in rates_read]


def test_a_month_billed_across_the_change(mctx: ServiceContext) -> None:
    """Billing charges a month under the standard in force on the pupil's first service day of
    it: for November, the pupils there since September and 周芷若 (from 16 Nov, the service
    day before the change) pay the old fee, pupils joining on the day of the change and the
    service day after it the new one; in December everyone pays the corrected fee."""
    for nid, start in (("M100000011", CHANGE), ("M100000012", CHANGE + timedelta(days=2))):
        save_pupil(mctx, PupilInput(national_id=nid, name=f"新生{nid[-2:]}", sex="女",
                                    class_name=CLASS,
                                    adults=[AdultInput("家长", "母亲", "13900000011")]))  # fmt: skip
        enroll(mctx, [nid], start=start, approve=True)
    billing.bill_month(mctx, "2026-11")
    billing.bill_month(mctx, "2026-12")
    nov = {c["national_id"]: c["basis"] for c in billing.month_charges(mctx, "2026-11")}
    dec = {c["national_id"]: c["basis"] for c in billing.month_charges(mctx, "2026-12")}
    assert nov["M100000001"] == "每月 150.00 元，全月参加"
    assert nov["M100000006"].startswith("每月 150.00 元 × 参加 9 天 ")  # from Mon 16 Nov
    assert nov["M100000011"].startswith("每月 120.00 元 × 参加 8 天 ")  # from Tue 17 Nov
    assert nov["M100000012"].startswith("每月 120.00 元 × 参加 7 天 ")  # from Thu 19 Nov
    assert set(dec.values()) == {"每月 110.00 元，全月参加"}


def test_the_lists_and_checks_show_the_same_row_in_force(mctx: ServiceContext) -> None:
    """Today (2026-12-20): the corrected rows are the ones in force everywhere."""
    statuses = {r["rate_yuan"]: r["status"] for r in subsidies.rate_rows(mctx)}
    assert statuses == {"30.00": "已停用", "35.00": "已停用", "38.00": "已停用",
                        "40.00": "现行"}  # fmt: skip
    [record] = fees.compliance_fee_records(mctx, "2026-12")
    assert record.amount_fen == 11000
    sheet = subsidies.month_subsidy(mctx, "2026-11")  # read on the month's last day
    assert {(r["day_type"], r["rate_fen"]) for r in sheet["rates"]} >= {("weekday", 3500)}
    # the finance notice (收支公示) lists the standards in force at some time of the month
    shown = notice_facts(mctx, date(2026, 11, 1), date(2026, 11, 30))["standards"]
    assert [s["amount_fen"] for s in shown] == [15000, 12000]
    shown = notice_facts(mctx, date(2026, 12, 1), date(2026, 12, 31))["standards"]
    assert [s["amount_fen"] for s in shown] == [11000]  # 100 元 was corrected the same day
