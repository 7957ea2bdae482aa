"""学校设置 and the calendar's editable parts: saved through services, read back by the reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.reports.direct_report import indicators
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import setting
from after_school_desk.services.care import maintenance
from after_school_desk.services.month import reports
from after_school_desk.services.school import calendar, school_settings
from tests.conftest import as_role


def test_fresh_school_has_defaults(school_ctx: ServiceContext) -> None:
    s = school_settings.load(school_ctx)
    assert (s.name, s.county) == ("立岗镇中心小学", "贺兰县")
    assert s.work_end_time == "" and s.homework_policy is None and s.outside_providers == []
    assert s.escalate_minutes == 30


def test_saved_settings_reach_the_direct_report_and_alerts(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    # The evening of 2 November: the month's first service day has been held. (This test ran
    # at 15:30 before the first service: a month with no service day held is now refused
    # instead of reported empty, issue 13.)
    clock.set(datetime.fromisoformat("2026-11-02T20:00:00+08:00"))
    s = school_settings.load(school_ctx)
    school_settings.save(
        school_ctx,
        replace(
            s,
            name=" 立岗镇第二小学 ",
            school_code="6401220001",
            work_end_time="17:30",
            homework_policy=True,
            homework_notice=False,
            outside_providers=["贺兰县青少年宫", "", "银川书法协会", "贺兰县青少年宫"],
            escalate_minutes=20,
        ),
    )
    data = reports.direct_input(school_ctx, "2026-11")
    assert data.settings["work_end_time"] == "17:30"
    values = indicators(data)
    assert values["school_name"] == "立岗镇第二小学"
    assert values["school_code"] == "6401220001"
    assert values["homework_policy"] is True and values["homework_notice"] is False
    assert values["outside_providers"] == ["贺兰县青少年宫", "银川书法协会"]
    assert setting(school_ctx.store.conn, "escalate_minutes") == 20
    again = school_settings.load(school_ctx)
    assert again.outside_providers == ["贺兰县青少年宫", "银川书法协会"]

    school_settings.save(school_ctx, replace(again, homework_policy=None, work_end_time=""))
    values = indicators(reports.direct_input(school_ctx, "2026-11"))
    assert values["homework_policy"] is None and values["end_time_meets_work_end"] is None


def test_bad_settings_are_refused_per_field(school_ctx: ServiceContext) -> None:
    s = school_settings.load(school_ctx)
    bad = replace(s, name=" ", school_code="12", work_end_time="25:00", escalate_minutes=1)
    with pytest.raises(ValidationError) as err:
        school_settings.save(school_ctx, bad)
    assert set(err.value.fields) == {"name", "school_code", "work_end_time", "escalate_minutes"}
    assert school_settings.load(school_ctx) == s


def test_only_principal_and_admin_change_settings(school_ctx: ServiceContext) -> None:
    s = school_settings.load(school_ctx)
    with pytest.raises(PermissionDenied):
        school_settings.save(as_role(school_ctx, Role.DUTY_LEADER), s)
    with pytest.raises(PermissionDenied):
        calendar.set_windows(as_role(school_ctx, Role.TEACHER), "all", {1: ("16:00", "18:00")})
    school_settings.save(as_role(school_ctx, Role.ADMIN), replace(s, county="永宁县"))
    assert school_settings.load(school_ctx).county == "永宁县"


def test_backup_folder_is_chosen_and_used(school_ctx: ServiceContext, tmp_path: Path) -> None:
    default = school_settings.backup_settings(school_ctx)
    assert not default["chosen"]
    assert default["backup_folder"] == str(school_ctx.store.path.parent / "backups")
    with pytest.raises(ValidationError) as err:
        school_settings.set_backup_folder(school_ctx, "relative/folder")
    assert "backup_folder" in err.value.fields
    chosen = tmp_path / "U盘" / "课后服务备份"
    school_settings.set_backup_folder(school_ctx, str(chosen))
    written = maintenance.backup(school_ctx)
    assert written.parent == chosen and written.exists()
    school_settings.set_backup_folder(school_ctx, "")
    assert not school_settings.backup_settings(school_ctx)["chosen"]


def test_weekday_and_seasonal_windows(school_ctx: ServiceContext) -> None:
    monday_nov, monday_may = date(2026, 11, 2), date(2027, 5, 10)
    calendar.add_term(school_ctx, "2027-03-01", "2027-07-10")
    assert calendar.day_info(school_ctx, monday_may).service
    week = {wd: ("16:10", "17:50") for wd in range(1, 5)}
    calendar.set_windows(school_ctx, "all", week)
    status = calendar.day_info(school_ctx, monday_nov)
    assert status.window is not None and (status.window.start, status.window.end) == (
        "16:10",
        "17:50",
    )
    assert not calendar.day_info(school_ctx, date(2026, 11, 6)).service  # Friday dropped
    calendar.set_windows(school_ctx, "summer", {1: ("16:40", "18:20")})
    may = calendar.day_info(school_ctx, monday_may).window
    assert may is not None and may.start == "16:40"
    calendar.set_season_bounds(school_ctx, "06-01", "09-30")
    may = calendar.day_info(school_ctx, monday_may).window
    assert may is not None and may.start == "16:10"
    assert calendar.windows(school_ctx)["summer"] == {1: ("16:40", "18:20")}
    with pytest.raises(ValidationError) as err:
        calendar.set_windows(school_ctx, "all", {2: ("18:00", "16:00")})
    assert "2" in err.value.fields
    with pytest.raises(ValidationError):
        calendar.set_season_bounds(school_ctx, "09-30", "05-01")


def test_days_off_can_be_undone_and_notice_drafted(school_ctx: ServiceContext) -> None:
    calendar.set_days_off(school_ctx, "2026-11-12", "2026-11-13", "秋季运动会")
    assert calendar.clear_days_off(school_ctx, "2026-11-01", "2026-11-30") == 2
    assert calendar.day_info(school_ctx, date(2026, 11, 13)).service
    draft = calendar.notice_draft(school_ctx, 2027)
    assert "2027-01-01 元旦" in draft
    calendar.enter_notice(school_ctx, 2027, draft)
    assert any(y["year"] == 2027 and y["confirmed"] for y in calendar.holiday_years(school_ctx))
