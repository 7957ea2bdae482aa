"""Creating a school: validation, calendar from python-holidays, audit."""

from __future__ import annotations

from datetime import date

import pytest

from after_school_desk.domain.calendar import Window, day_status, package_year
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import audit, school_store


def test_school_with_term_calendar_windows_and_classes(school_ctx: ServiceContext) -> None:
    conn = school_ctx.store.conn
    school = school_store.school(conn)
    assert school is not None and school["name"] == "立岗镇中心小学"
    assert school["device_id"] == school_ctx.device_id
    assert [t["start_date"] for t in school_store.terms(conn)] == ["2026-09-01"]
    assert len(school_store.classes(conn)) == 12
    assert school_store.classes(conn)[0]["name"] == "一年级(1)班"
    days = {r["day"]: r for r in school_store.calendar_days(conn, "2026-10-01", "2026-10-10")}
    assert days["2026-10-01"]["kind"] == "statutory"
    assert days["2026-10-10"]["kind"] == "makeup_workday"
    years = {r["year"]: r["confirmed"] for r in school_store.holiday_years(conn)}
    assert years[2026] == 1
    assert audit.verify_chain(conn) is None


def test_second_init_is_refused_and_changes_nothing(school_ctx: ServiceContext) -> None:
    before = school_ctx.store.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    with pytest.raises(ValidationError, match="已经有学校"):
        create_school(
            school_ctx,
            SchoolSetup(
                name="另一所", county="贺兰县", term_start="2026-09-01", term_end="2027-01-20"
            ),
        )
    assert school_ctx.store.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == before


def test_bad_setup_lists_every_problem(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as err:
        create_school(
            ctx,
            SchoolSetup(
                name=" ",
                county="",
                term_start="2026-13-01",
                term_end="2027-01-20",
                school_code="12ab",
                windows={1: ("18:00", "16:00")},
            ),
        )
    text = "\n".join(err.value.lines())
    for expected in ("学校名称", "县（区）", "学校标识码", "2026-13-01", "星期1"):
        assert expected in text
    assert school_store.school(ctx.store.conn) is None


def test_unconfirmed_year_is_marked_not_guessed() -> None:
    entries, confirmed = package_year(2026)
    assert confirmed
    assert any(e.kind == "substitute" for e in entries)
    _, confirmed_far = package_year(2031)
    assert not confirmed_far
    windows = {("all", wd): Window("16:00", "18:00") for wd in range(1, 6)}
    status = day_status(
        date(2031, 3, 4),
        term=(date(2031, 2, 20), date(2031, 7, 1)),
        entries={},
        confirmed_years=[2026],
        windows=windows,
    )
    assert status.service and not status.confirmed and "未确认" in status.reason


def test_day_status_rules() -> None:
    entries = {e.day: e for e in package_year(2026)[0]}
    windows = {("all", wd): Window("16:00", "18:00") for wd in (1, 2, 4, 5)}  # no Wednesday
    term = (date(2026, 9, 1), date(2027, 1, 20))

    def status(d: date) -> tuple[bool, str]:
        s = day_status(d, term=term, entries=entries, confirmed_years=[2026], windows=windows)
        return s.service, s.reason

    assert status(date(2026, 11, 2)) == (True, "课后服务日")
    assert status(date(2026, 11, 4))[0] is False and "星期三" in status(date(2026, 11, 4))[1]
    assert status(date(2026, 10, 1))[0] is False
    assert status(date(2026, 10, 10)) == (True, "调休上班日")  # make-up Saturday
    assert status(date(2026, 8, 31))[1] == "不在学期内"
