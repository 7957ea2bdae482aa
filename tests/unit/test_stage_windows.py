"""Windows per stage: a nine-year school (九年一贯制) under the city plan, whose text leaves
primary classes without service on Wednesday, gets a timetable for each stage at set-up; a
primary pupil cannot be signed in on a Wednesday while a junior pupil can; the month's facts
count no primary Wednesday (no absence, the grid's “/”); compliance finds nothing about a
primary Wednesday. A stage's timetable is edited like the whole school's; emptied, the stage
follows the whole school's again."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from after_school_desk.errors import ValidationError
from after_school_desk.reports.month_facts import MARK_NOT_ENROLLED, mark
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import service_day
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.daily import attendance
from after_school_desk.services.daily.event_log import load_day
from after_school_desk.services.month import compliance
from after_school_desk.services.month.facts import month_facts
from after_school_desk.services.school import calendar, enrolment
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import SchoolSetup, create_school

MONDAY, WEDNESDAY = "2026-11-02", "2026-11-04"
PRIMARY, JUNIOR = "一年级(1)班", "七年级(1)班"
NINE_YEAR = SchoolSetup(name="某镇九年一贯制学校", county="某县", term_start="2026-09-01",
                        term_end="2027-01-20", stage="nine_year", profile_id="city-plan-2024",
                        classes_per_grade=1)  # fmt: skip


def _at(day: str, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{hhmm}:00+08:00")


@pytest.fixture
def nine_year(ctx: ServiceContext) -> dict[str, str]:
    """The school, one enrolled pupil in a primary and one in a junior class: class -> 学籍号."""
    create_school(ctx, NINE_YEAR)
    pupils = {}
    for n, cls in enumerate((PRIMARY, JUNIOR)):
        nid = f"G20{n}00001"
        save_pupil(ctx, PupilInput(national_id=nid, name=f"学生{n}", sex="女", class_name=cls,
                                   adults=[AdultInput(f"母亲{n}", "母亲", f"1390000000{n}")]))  # fmt: skip
        enrolment.enroll(ctx, class_name=cls, start="2026-09-01", approve=True)
        pupils[cls] = nid
    return pupils


def test_the_stage_timetables_of_a_nine_year_school(
    ctx: ServiceContext, nine_year: dict[str, str]
) -> None:
    primary = calendar.windows(ctx, "primary")["all"]
    junior = calendar.windows(ctx, "junior")["all"]
    assert sorted(primary) == [1, 2, 4, 5] and sorted(junior) == [1, 2, 3, 4, 5]
    assert 3 in calendar.windows(ctx)["all"]  # the whole school serves on Wednesday
    conn = ctx.store.conn
    wednesday = datetime.fromisoformat(WEDNESDAY).date()
    assert not service_day(conn, wednesday, "primary").service
    assert service_day(conn, wednesday, "junior").service
    assert service_day(conn, wednesday).service
    # what a fee by the day counts for a primary pupil (billing): no Wednesday
    cal = school_calendar(conn)
    november = (date(2026, 11, 1), date(2026, 11, 30))
    assert {d.isoweekday() for d in cal.service_days(*november, "primary")} == {1, 2, 4, 5}
    assert 3 in {d.isoweekday() for d in cal.service_days(*november, "junior")}


def test_a_primary_pupil_is_not_signed_in_on_wednesday(
    ctx: ServiceContext, clock: FixedClock, nine_year: dict[str, str]
) -> None:
    clock.set(_at(WEDNESDAY, "16:05"))
    with pytest.raises(ValidationError, match="不是课后服务日"):
        attendance.sign_in(ctx, nine_year[PRIMARY])
    attendance.sign_in(ctx, nine_year[JUNIOR])
    # the whole school's day lists only the pupils whose stage has service
    day = load_day(ctx, WEDNESDAY)
    assert [p["class_name"] for p in day.pupils] == [JUNIOR]
    clock.set(_at(MONDAY, "16:05"))
    attendance.sign_in(ctx, nine_year[PRIMARY])


def test_the_month_counts_no_primary_wednesday(
    ctx: ServiceContext, clock: FixedClock, nine_year: dict[str, str]
) -> None:
    """Nobody signed in from Monday to Wednesday: the primary pupil is absent Monday and
    Tuesday, not on Wednesday; the junior pupil all three days. Compliance finds nothing on
    the primary class's Wednesday."""
    clock.set(_at("2026-11-05", "12:00"))
    facts = month_facts(ctx, "2026-11")
    by_class = {p.class_name: p for p in facts.pupils}
    primary, junior = by_class[PRIMARY], by_class[JUNIOR]
    assert sorted(primary.enrolled) == [MONDAY, "2026-11-03"]
    assert WEDNESDAY not in primary.alerts
    assert mark(primary, WEDNESDAY) == MARK_NOT_ENROLLED
    assert sorted(junior.enrolled) == [MONDAY, "2026-11-03", WEDNESDAY]
    assert [a.kind for a in junior.alerts[WEDNESDAY]] == ["absence"]
    result = compliance.check_month(ctx, "2026-11")
    found = [*result["violations"], *result["listed"]]
    assert not [v for v in found if v["day"] == WEDNESDAY and PRIMARY in v["message"]], found


def test_a_stage_timetable_is_edited_and_emptied(
    ctx: ServiceContext, clock: FixedClock, nine_year: dict[str, str]
) -> None:
    calendar.set_windows(ctx, "all", {3: ("15:30", "17:00")}, stage="primary")
    clock.set(_at(WEDNESDAY, "15:35"))
    attendance.sign_in(ctx, nine_year[PRIMARY])
    calendar.set_windows(ctx, "all", {}, stage="primary")  # follows the whole school again
    assert calendar.windows(ctx, "primary")["all"] == {}
    conn = ctx.store.conn
    assert service_day(conn, datetime.fromisoformat("2026-11-05").date(), "primary").window == (
        service_day(conn, datetime.fromisoformat("2026-11-05").date()).window
    )
    with pytest.raises(ValidationError):
        calendar.set_windows(ctx, "all", {1: ("16:00", "18:00")}, stage="kindergarten")


def test_a_one_stage_school_keeps_one_timetable(school_ctx: ServiceContext) -> None:
    assert calendar.windows(school_ctx, "primary")["all"] == {}
    assert sorted(calendar.windows(school_ctx)["all"]) == [1, 2, 3, 4, 5]
