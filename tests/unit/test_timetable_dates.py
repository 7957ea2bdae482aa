"""Service windows with dates (docs/timetable.md): a change of the timetable holds from its
day, so a day before it is judged by the old window and a day after by the new; a past
month's facts, compliance and month-close payload stay as they were after a later edit; a
change reaching into a closed month is refused; a stage follows the whole school's again from
a day; the history lists the versions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from after_school_desk.domain.calendar import ALWAYS
from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.reports.snapshot_codec import canonical, digest
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.month import compliance, month_close
from after_school_desk.services.month.facts import month_facts
from after_school_desk.services.school import calendar
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import school_store
from tests.unit.report_month import play_week

WEEK = {wd: ("16:00", "18:00") for wd in range(1, 6)}  # the test school's timetable
SHORTER = {wd: ("16:00", "17:30") for wd in (1, 2, 4, 5)}  # no Wednesday, earlier end


def _status(ctx: ServiceContext, day: str, stage: str | None = None) -> tuple[bool, str | None]:
    s = school_calendar(ctx.store.conn).status(date.fromisoformat(day), stage)
    return s.service, s.window.end if s.window else None


def test_a_day_before_a_change_keeps_the_old_window(school_ctx: ServiceContext) -> None:
    assert calendar.windows(school_ctx)["all"] == WEEK
    calendar.set_windows(school_ctx, "all", SHORTER, valid_from=date(2026, 11, 9))
    assert _status(school_ctx, "2026-11-06") == (True, "18:00")  # Friday before the change
    assert _status(school_ctx, "2026-11-04") == (True, "18:00")  # a Wednesday before
    assert _status(school_ctx, "2026-11-09") == (True, "17:30")  # Monday: the new window
    assert _status(school_ctx, "2026-11-11") == (False, None)  # no Wednesday any more
    assert calendar.day_info(school_ctx, date(2026, 11, 6)).window.end == "18:00"  # type: ignore[union-attr]
    # today (2026-11-02) the old timetable is in force; on the 9th the new one
    assert calendar.windows(school_ctx)["all"] == WEEK
    assert calendar.windows(school_ctx, on=date(2026, 11, 9))["all"] == SHORTER
    history = calendar.window_history(school_ctx)
    assert [(v.valid_from, v.since_always, v.in_force, v.pending) for v in history] == [
        (ALWAYS, True, True, False),
        (date(2026, 11, 9), False, False, True),
    ]
    # the same day again replaces that version
    calendar.set_windows(school_ctx, "all", {1: ("16:00", "17:00")}, valid_from=date(2026, 11, 9))
    assert len(calendar.window_history(school_ctx)) == 2
    assert _status(school_ctx, "2026-11-10") == (False, None)
    assert _status(school_ctx, "2026-11-09") == (True, "17:00")
    # a change to what was already in force records no new version
    calendar.set_windows(school_ctx, "all", WEEK, valid_from=date(2026, 11, 5))
    assert len(calendar.window_history(school_ctx)) == 2


def test_writing_one_season_keeps_the_others_of_that_day(school_ctx: ServiceContext) -> None:
    summer = {1: ("16:30", "18:30")}
    calendar.set_windows(school_ctx, "summer", summer)  # from today, 2026-11-02
    calendar.set_windows(school_ctx, "all", SHORTER, valid_from=date(2027, 3, 1))
    spring = calendar.windows(school_ctx, on=date(2027, 3, 1))
    assert spring["summer"] == summer and spring["all"] == SHORTER
    assert calendar.windows(school_ctx, on=date(2026, 11, 1))["summer"] == {}  # before it
    calendar.set_windows(school_ctx, "summer", {}, valid_from=date(2027, 4, 1))
    assert calendar.windows(school_ctx, on=date(2027, 4, 1)) == {
        "all": SHORTER, "summer": {}, "winter": {}
    }  # fmt: skip


def test_the_version_day_is_checked(school_ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError, match="生效日期 1999-12-31 不合理"):
        calendar.set_windows(school_ctx, "all", WEEK, valid_from=date(1999, 12, 31))
    assert len(calendar.window_history(school_ctx)) == 1


NINE_YEAR = SchoolSetup(name="某镇九年一贯制学校", county="某县", term_start="2026-09-01",
                        term_end="2027-01-20", stage="nine_year", profile_id="city-plan-2024",
                        classes_per_grade=1)  # fmt: skip


def test_a_stage_follows_the_whole_school_again_from_a_day(ctx: ServiceContext) -> None:
    create_school(ctx, NINE_YEAR)
    cal = school_calendar(ctx.store.conn)
    assert cal.own_stages() == ["junior", "primary"]  # the city plan's week of each stage
    calendar.set_windows(ctx, "all", {}, stage="primary", valid_from=date(2026, 11, 9))
    assert not _status(ctx, "2026-11-04", "primary")[0]  # Wednesday: the primary week then
    assert _status(ctx, "2026-11-11", "primary") == _status(ctx, "2026-11-11")  # as the school
    assert _status(ctx, "2026-11-11", "primary")[0]
    cal = school_calendar(ctx.store.conn)
    assert cal.own_stages(date(2026, 11, 4)) == ["junior", "primary"]
    assert cal.own_stages(date(2026, 11, 11)) == ["junior"]
    assert calendar.windows(ctx, "primary", on=date(2026, 11, 11))["all"] == {}
    assert sorted(calendar.windows(ctx, "primary")["all"]) == [1, 2, 4, 5]  # today
    history = calendar.window_history(ctx, "primary")
    assert [(v.valid_from, v.follows_school) for v in history] == [
        (ALWAYS, False),
        (date(2026, 11, 9), True),
    ]
    # emptied again later: already following, nothing more to record
    calendar.set_windows(ctx, "all", {}, stage="primary", valid_from=date(2026, 12, 1))
    assert len(calendar.window_history(ctx, "primary")) == 2
    # what reads the rows sees the stage's own week only where it is in force
    assert school_store.service_windows(ctx.store.conn, "primary", on="2026-11-11") == []
    assert len(school_store.service_windows(ctx.store.conn, "primary", on="2026-11-06")) == 4


def principal(ctx: ServiceContext) -> ServiceContext:
    actor = Actor(login="wang", role=Role.PRINCIPAL, display_name="王校长")
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=ctx.clock)


def _month(ctx: ServiceContext, month: str) -> tuple[object, object, str]:
    """What a month is judged by: its facts (each day's service and window, each pupil's
    marks and alerts), its compliance findings, its month-close payload."""
    found = month_facts(ctx, month)
    facts = (found.input.days, [(p.pupil_id, p.enrolled, p.days, p.alerts) for p in found.pupils])
    checked = compliance.check_month(ctx, month)
    return facts, checked, digest(canonical(month_close.snapshot_payload(ctx, month)))


def test_a_past_month_is_unchanged_by_a_later_edit(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    play_week(school_ctx, clock)
    clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=CHINA_TZ))
    before = _month(school_ctx, "2026-11")
    calendar.set_windows(school_ctx, "all", SHORTER)  # from today, 2026-12-02
    assert _month(school_ctx, "2026-11") == before
    assert _status(school_ctx, "2026-11-25") == (True, "18:00")  # a November Wednesday
    assert _status(school_ctx, "2026-12-09") == (False, None)  # a December one
    # a change from a day of the open November changes it from that day on
    calendar.set_windows(school_ctx, "all", SHORTER, valid_from=date(2026, 11, 4))
    assert _month(school_ctx, "2026-11")[2] != before[2]
    assert _status(school_ctx, "2026-11-03") == (True, "18:00")
    assert _status(school_ctx, "2026-11-05") == (True, "17:30")


def test_a_change_reaching_into_a_closed_month_is_refused(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    play_week(school_ctx, clock)
    clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=CHINA_TZ))
    head = principal(school_ctx)
    month_close.close_month(head, "2026-11")
    before = _month(school_ctx, "2026-11")
    with pytest.raises(ValidationError) as refused:
        calendar.set_windows(head, "all", SHORTER, valid_from=date(2026, 11, 20))
    assert refused.value.message.startswith("2026年11月已月结，服务时间不能从 2026-11-20 起改动")
    assert len(calendar.window_history(head)) == 1  # nothing changed
    calendar.set_windows(head, "all", SHORTER, valid_from=date(2026, 12, 1))
    # an October day: its version would hold through the closed November
    with pytest.raises(ValidationError, match="2026年11月已月结"):
        calendar.set_windows(head, "all", WEEK, valid_from=date(2026, 10, 15))
    assert [v.valid_from for v in calendar.window_history(head)] == [ALWAYS, date(2026, 12, 1)]
    assert _month(school_ctx, "2026-11") == before
    month_close.reopen_month(head, "2026-11", "补录服务时间")
    calendar.set_windows(head, "all", SHORTER, valid_from=date(2026, 11, 20))
    assert _status(school_ctx, "2026-11-25") == (False, None)
