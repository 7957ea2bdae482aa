"""One rule for "this enrolment counts on this day" (after_school_desk/store/enrolment_window.py), read alike
by billing, the day list, the ledger's month facts, the direct report and the compliance check.

The money school (city plan 2024, primary, Mon/Tue/Thu/Fri, autumn term 2026-09-01 … 2027-01-20,
150 元 a month) gets a spring term 2026-03-01 … 2026-07-10 and a ninth pupil enrolled in that
spring term only and never withdrawn.
"""

from __future__ import annotations

from datetime import date

import pytest

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.daily import attendance
from after_school_desk.services.money import billing, fees
from after_school_desk.services.month import facts as month_data
from after_school_desk.services.month import reports
from after_school_desk.services.month.compliance import month_records
from after_school_desk.services.school.calendar import add_term
from after_school_desk.services.school.enrolment import enroll
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from tests.unit.money_school import CLASS, PUPILS, add_pupils, money_ctx

LAST_TERM = "M100000009"


@pytest.fixture
def mctx(ctx: ServiceContext) -> ServiceContext:
    m = money_ctx(ctx)
    add_pupils(m)
    fees.set_fee(m, "150", "month", approval="某价〔2026〕12号", start="2026-09-01")
    add_term(m, "2026-03-01", "2026-07-10", "2026 春季学期")
    save_pupil(m, PupilInput(national_id=LAST_TERM, name="钱学森", sex="男", class_name=CLASS,
                             adults=[AdultInput("钱家长", "父亲", "13900000009")]))  # fmt: skip
    enroll(m, [LAST_TERM], start="2026-03-02", approve=True)
    return m


def _billed(m: ServiceContext, month: str) -> dict[str, tuple[str, int, str]]:
    return {c["national_id"]: (c["month"], c["gross_fen"], c["basis"])
            for c in billing.month_charges(m, month)}  # fmt: skip


def test_a_pupil_enrolled_last_term_is_not_billed(mctx: ServiceContext) -> None:
    # Before: billing's own query ignored the term's end: 钱学森 was charged 150 元 for
    # November, basis 全月参加, although no day list of the autumn term shows him.
    result = billing.bill_month(mctx, "2026-11")
    assert LAST_TERM not in _billed(mctx, "2026-11")
    assert result["created"] == 8
    # his spring months are still billed (the enrolment counted then)
    fees.set_fee(mctx, "150", "month", approval="某价〔2026〕12号", start="2026-03-01")
    billing.bill_month(mctx, "2026-05")
    assert _billed(mctx, "2026-05")[LAST_TERM][1] == 15000


def test_every_reader_agrees_on_who_counts_in_a_month(mctx: ServiceContext) -> None:
    billing.bill_month(mctx, "2026-11")
    billed = set(_billed(mctx, "2026-11"))
    cal = school_calendar(mctx.store.conn)
    days = cal.service_days(date(2026, 11, 1), date(2026, 11, 30))
    listed: set[str] = set()
    for d in days:
        listed |= {r["national_id"] for r in attendance.day_list(mctx, d)}
    facts = month_data.month_facts(mctx, "2026-11")
    in_ledger = {p.national_id for p in facts.pupils}
    direct = reports.direct_report(mctx, "2026-11")
    absent = {a.pupil_name for a in month_records(mctx, "2026-11", facts).absences}
    expected = set(PUPILS)
    assert billed == listed == in_ledger == expected
    assert direct["pupils_enrolled"] == len(expected)
    # nobody signed in: compliance lists every counted pupil's absences, and only theirs
    assert absent == {name for name, _flags in PUPILS.values()}


def test_spring_days_count_for_the_last_term_pupil(mctx: ServiceContext) -> None:
    """The other side of the boundary: in his own term he is on the day list."""
    listed = {r["national_id"] for r in attendance.day_list(mctx, date(2026, 5, 11))}
    assert LAST_TERM in listed
    assert attendance.day_list(mctx, date(2026, 8, 3)) == []  # summer: no term, nobody


def test_a_mid_term_switch_to_a_term_fee_bills_everyone_from_the_switch(
    mctx: ServiceContext,
) -> None:
    # September and October billed by the month; from 1 November the school charges per term.
    billing.bill_month(mctx, "2026-09")
    billing.bill_month(mctx, "2026-10")
    fees.set_fee(mctx, "500", "term", approval="某价〔2026〕30号", start="2026-11-01")
    billing.bill_month(mctx, "2026-11")
    # Before: only 周芷若 (joined 16 Nov) was billed for November; the seven enrolled since
    # September got nothing, their term fee being looked for in September, under the monthly
    # standard of that day.
    cal = school_calendar(mctx.store.conn)
    term_days = cal.service_days(date(2026, 9, 1), date(2027, 1, 20))
    from_switch = [d for d in term_days if d >= date(2026, 11, 1)]
    from_16th = [d for d in term_days if d >= date(2026, 11, 16)]
    assert (len(term_days), len(from_switch), len(from_16th)) == (77, 45, 37)
    nov = _billed(mctx, "2026-11")
    assert set(nov) == set(PUPILS)
    # from 1 Nov: 17 (Nov) + 18 (Dec) + 10 (4–19 Jan; 1 Jan is New Year's Day) = 45 days;
    # from 16 Nov: 9 + 18 + 10 = 37.
    # 50000 × 45 / 77 = 29220.8 -> 29220; 50000 × 37 / 77 = 24025.9 -> 24025
    assert nov["M100000001"][:2] == ("2026-11", 29220)
    assert nov["M100000006"][:2] == ("2026-11", 24025)
    assert "参加 45 天 / 本学期服务日 77 天" in nov["M100000001"][2]
    # the monthly months stay as they were; December adds nothing (the term fee sits in Nov)
    assert _billed(mctx, "2026-10")["M100000001"][1] == 15000
    billing.bill_month(mctx, "2026-12")
    assert _billed(mctx, "2026-12") == {}
    assert _billed(mctx, "2026-11") == nov
