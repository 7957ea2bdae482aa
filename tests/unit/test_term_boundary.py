"""Who counts on which day, at a term's end and the next term's start: billing, the day list, the
ledger, the direct report and the compliance check read the one enrolment rule
(after_school_desk/store/enrolment_window.py) and give the same answer for the same month (issue 14).

The money school (Mon/Tue/Thu/Fri, 150 元 a month, autumn term 2026-09-01 … 2027-01-20) gets a
spring term, either from 2027-02-20 (January ends a term mid-month, February starts one) or
from 2027-01-25 (January holds the end of one term and the start of the next). Then:
- 张小明 and 李建国 are enrolled in the spring term too, from its first day;
- 王丽华 joins the spring term from its second service day;
- 吴承恩 withdraws on 2027-01-12 (the withdrawal day no longer counts);
- 钱学森, new, is enrolled in the spring term only;
- 赵子龙, 孙悟空, 周芷若 and 郑成功 stay enrolled in the autumn term, never withdrawn: they
  take no part in the spring term.
Nobody signs in, so every counted pupil-day is an absence in the ledger, the direct report and
the compliance check.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

import pytest

from after_school_desk.domain.billing import month_bounds
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.daily import attendance
from after_school_desk.services.money import billing, fees
from after_school_desk.services.month import reports
from after_school_desk.services.month.compliance import month_records
from after_school_desk.services.school.calendar import add_term
from after_school_desk.services.school.enrolment import enroll, withdraw
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.store import money_store
from tests.unit.money_school import CLASS, PUPILS, add_pupils, money_ctx

NEW = "M100000009"
NAMES = {**{nid: name for nid, (name, _flags) in PUPILS.items()}, NEW: "钱学森"}
BOTH_TERMS = {"M100000001", "M100000002"}
JOINS_LATE = "M100000003"  # from the spring term's second service day
WITHDRAWN = "M100000007"  # on 2027-01-12
AUTUMN_ONLY = {"M100000004", "M100000005", "M100000006", "M100000008"}
AUTUMN = ("2026-09-01", "2027-01-20")


def _clock(m: ServiceContext) -> FixedClock:
    clock = m.clock
    assert isinstance(clock, FixedClock)
    return clock


@pytest.fixture(params=["2027-02-20", "2027-01-25"], ids=["spring-in-february", "both-in-january"])
def school(request: pytest.FixtureRequest, ctx: ServiceContext) -> ServiceContext:
    m = money_ctx(ctx)
    add_pupils(m)
    fees.set_fee(m, "150", "month", approval="某价〔2026〕12号", start="2026-09-01")
    spring = str(request.param)
    add_term(m, spring, "2027-07-10", "2027 春季学期")
    save_pupil(m, PupilInput(national_id=NEW, name=NAMES[NEW], sex="男", class_name=CLASS,
                             adults=[AdultInput("钱家长", "父亲", "13900000009")]))  # fmt: skip
    cal = school_calendar(m.store.conn)
    first, second = cal.service_days(date.fromisoformat(spring), date(2027, 7, 10))[:2]
    enroll(m, [*sorted(BOTH_TERMS), NEW], start=first, approve=True)
    enroll(m, [JOINS_LATE], start=second, approve=True)
    withdraw(m, WITHDRAWN, "2027-01-12", "转学")
    # every month of the spring term's start has been held by now
    _clock(m).set(datetime(2027, 3, 5, 20, 0, tzinfo=CHINA_TZ))
    return m


def _expected(m: ServiceContext, month: str) -> dict[str, set[str]]:
    """Service day -> who counts, worked out here from the story above."""
    cal = school_calendar(m.store.conn)
    spring = cal.service_days(date(2027, 1, 21), date(2027, 7, 10))
    out: dict[str, set[str]] = {}
    for d in cal.service_days(*month_bounds(month)):
        day = d.isoformat()
        if AUTUMN[0] <= day <= AUTUMN[1]:
            who = set(PUPILS)  # 周芷若 joined on 2026-11-16, long before
            if day >= "2027-01-12":
                who.discard(WITHDRAWN)
        else:
            assert d in spring
            who = BOTH_TERMS | {NEW} | ({JOINS_LATE} if d != spring[0] else set())
        out[day] = who
    return out


def _day_list(m: ServiceContext, days: list[str]) -> dict[str, set[str]]:
    return {d: {r["national_id"] for r in attendance.day_list(m, d)} for d in days}


def _ledger(m: ServiceContext, month: str) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Who has a mark other than / on each day of the ledger's class grids, and the daily
    figures' enrolled counts."""
    found = reports.ledger(m, month)
    who: dict[str, set[str]] = {}
    for cls in found.classes:
        for line in cls.pupils:
            for day, mark in zip(cls.days, line.marks, strict=True):
                who.setdefault(day, set())
                if mark != "/":
                    who[day].add(line.national_id)
    return who, {f.date: f.enrolled for f in found.daily}


def _absences(m: ServiceContext, month: str) -> dict[str, set[str]]:
    by_name = {name: nid for nid, name in NAMES.items()}
    out: dict[str, set[str]] = {}
    for a in month_records(m, month).absences:
        out.setdefault(a.day, set()).add(by_name[a.pupil_name])
    return out


def _billed_days(m: ServiceContext, month: str, service_days: int) -> dict[str, int]:
    """Pupil -> the days billing counts, read off each charge's basis."""
    billing.bill_month(m, month)
    out = {}
    for c in billing.month_charges(m, month):
        assert c["month"] == month
        if c["basis"].endswith("全月参加"):
            out[c["national_id"]] = service_days
        else:
            found = re.search(r"参加 (\d+) 天 / 本月服务日 (\d+) 天", c["basis"])
            assert found is not None, c["basis"]
            assert int(found.group(2)) == service_days
            out[c["national_id"]] = int(found.group(1))
    return out


@pytest.mark.parametrize("month", ["2027-01", "2027-02"])
def test_every_reader_counts_the_same_pupils_on_the_same_days(
    school: ServiceContext, month: str
) -> None:
    expected = _expected(school, month)
    days = sorted(expected)
    assert days and all(expected.values())
    # the day list, day by day
    assert _day_list(school, days) == expected
    # the ledger: the class grid's marks and the daily figures
    grid, daily = _ledger(school, month)
    assert grid == expected
    assert daily == {d: len(who) for d, who in expected.items()}
    # the compliance check: nobody signed in, so each counted pupil-day is an absence
    assert _absences(school, month) == expected
    # the direct report: the same pupils and pupil-days
    direct = reports.direct_report(school, month)
    pupil_days = Counter(nid for who in expected.values() for nid in who)
    assert direct["pupils_enrolled"] == len(pupil_days)
    assert direct["absences"] == sum(pupil_days.values())
    assert direct["service_days"] == len(days)
    # billing: the same pupils, each for the same number of days
    assert _billed_days(school, month, len(days)) == dict(pupil_days)


def test_autumn_pupils_never_withdrawn_are_not_billed_for_spring(school: ServiceContext) -> None:
    """Issue 14's defect: billing ignored the term's end and charged last term's pupils for the
    new term's months in full (basis 全月参加). They pay for their own term's days only."""
    for month in ("2027-01", "2027-02", "2027-03"):
        billing.bill_month(school, month)
    charged = {(c["national_id"], c["month"]): c for c in money_store.charges(school.store.conn)}
    for nid in AUTUMN_ONLY:
        assert (nid, "2027-02") not in charged
        assert (nid, "2027-03") not in charged
    for nid in BOTH_TERMS | {NEW}:
        assert charged[(nid, "2027-03")]["basis"] == "每月 150.00 元，全月参加"
    spring_in_january = school_calendar(school.store.conn).term_of(date(2027, 1, 25)) is not None
    january = charged[("M100000004", "2027-01")]
    if spring_in_january:  # 10 autumn service days of January's 14
        assert january["basis"] == "每月 150.00 元 × 参加 10 天 / 本月服务日 14 天"
        assert january["gross_fen"] == 15000 * 10 // 14
    else:  # every January service day is an autumn one
        assert january["basis"] == "每月 150.00 元，全月参加"
