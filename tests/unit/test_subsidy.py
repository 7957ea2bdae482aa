"""Staff subsidies: day types from the calendar, the profile's multipliers, flat rates."""

from __future__ import annotations

from datetime import date

import pytest

from after_school_desk.domain.subsidy import Rate, Session, day_type, month_pay
from after_school_desk.services.base.classes import find_class
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.daily.duty import set_supervisor
from after_school_desk.services.money import subsidies
from after_school_desk.services.money.finance_reports import subsidy_month
from after_school_desk.services.school.staff import add_staff
from tests.unit.money_school import money_ctx


def test_day_types() -> None:
    assert day_type(date(2027, 1, 4), None) == "weekday"
    assert day_type(date(2027, 1, 9), None) == "rest_day"  # Saturday
    assert day_type(date(2027, 1, 1), "statutory") == "statutory_holiday"
    assert day_type(date(2026, 10, 8), "substitute") == "rest_day"  # a weekday off (调休)
    assert day_type(date(2026, 10, 10), "makeup_workday") == "weekday"  # a Saturday at work


def test_month_pay_rounds_once_per_day_type() -> None:
    sessions = [Session("t", date(2027, 1, 4), 40, "weekday", "teacher")] * 3
    paid = month_pay(sessions, {("teacher", "weekday"): Rate("hour", 2500, 150)})
    # 120 min × 25.00 元/h × 150% = 75.00 元
    assert paid[("t", "teacher")].amount_fen == 7500


@pytest.fixture
def sctx(ctx: ServiceContext) -> ServiceContext:
    return money_ctx(ctx)


def test_january_subsidy_sheet(sctx: ServiceContext) -> None:
    m = sctx
    entry = school_calendar(m.store.conn).entries.get(date(2027, 1, 1))
    assert entry is not None and entry.kind == "statutory"
    teacher = add_staff(m, "刘老师", "teacher", "13800000011")
    outside = add_staff(m, "马教练", "external", "13800000012")
    cls = find_class(m, "三年级(1)班")["id"]
    set_supervisor(m, cls, "2027-01-04", teacher["id"], "2027-01-04T16:00", "2027-01-04T18:00")
    set_supervisor(m, cls, "2027-01-09", teacher["id"], "2027-01-09T09:00", "2027-01-09T10:30")
    set_supervisor(m, cls, "2027-01-01", teacher["id"], "2027-01-01T10:00", "2027-01-01T10:40")
    set_supervisor(m, cls, "2027-01-05", outside["id"], "2027-01-05T16:00", "2027-01-05T17:00")
    subsidies.set_rate(m, "teacher", "30", unit="hour", start="2026-09-01")
    subsidies.set_rate(m, "external", "50", unit="lesson", day_type_="weekday", start="2026-09-01")

    sheet = subsidy_month(m, "2027-01")
    people = {p["name"]: p for p in sheet["people"]}
    liu = people["刘老师"]
    # 30 元/h base; city plan: 150% school day, 200% rest day, 300% statutory holiday.
    # 2 h × 30 × 1.5 = 90.00; 1.5 h × 30 × 2 = 90.00; 40 min × 30/60 × 3 = 60.00
    assert liu["amount_by_day_type"] == {
        "weekday": 9000, "rest_day": 9000, "statutory_holiday": 6000,
    }  # fmt: skip
    assert liu["hours"] == {"weekday": "2", "rest_day": "1.5", "statutory_holiday": "0.66"}
    assert liu["amount_fen"] == 24000
    # The external coach's agreement: 50 元 per lesson on school days, flat.
    assert people["马教练"]["amount_fen"] == 5000
    assert people["马教练"]["category"] == "external"
    assert sheet["total_fen"] == 29000
