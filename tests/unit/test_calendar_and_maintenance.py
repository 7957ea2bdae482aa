"""Calendar management (notice, days off, make-up days) and check/backup/restore."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from after_school_desk.domain.holiday_notice import parse_notice
from after_school_desk.errors import NotOurFile, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import calendar, pupils


def test_notice_parsing_accepts_common_spellings() -> None:
    entries, problems = parse_notice(
        "# 2027\n2027-01-01 元旦\n2月6日至2月12日 春节\n2027/2/14 上班\n", 2027
    )
    assert problems == []
    kinds = {e.day: e.kind for e in entries}
    assert kinds[date(2027, 2, 6)] == "statutory" and kinds[date(2027, 2, 12)] == "statutory"
    assert kinds[date(2027, 2, 14)] == "makeup_workday"
    assert len(entries) == 9


def test_notice_with_a_bad_line_changes_nothing(school_ctx: ServiceContext) -> None:
    before = calendar.month_view(school_ctx, 2027, 1)
    with pytest.raises(ValidationError) as err:
        calendar.enter_notice(school_ctx, 2027, "2027-01-01 元旦\n2027-02-30 春节\n")
    assert "第 2 行" in err.value.lines()[1]
    assert calendar.month_view(school_ctx, 2027, 1) == before


def test_notice_confirms_the_year_and_replaces_guesses(school_ctx: ServiceContext) -> None:
    jan4 = calendar.day_info(school_ctx, date(2027, 1, 4))
    assert jan4.service and not jan4.confirmed and "未确认" in jan4.reason
    calendar.enter_notice(school_ctx, 2027, "2027-01-01..2027-01-04 元旦\n2027-01-09 上班\n")
    assert not calendar.day_info(school_ctx, date(2027, 1, 4)).service
    saturday = calendar.day_info(school_ctx, date(2027, 1, 9))
    assert saturday.service and saturday.confirmed
    calendar.set_makeup_service(school_ctx, "2027-01-09", False)
    assert not calendar.day_info(school_ctx, date(2027, 1, 9)).service
    with pytest.raises(ValidationError, match="不是调休上班日"):
        calendar.set_makeup_service(school_ctx, "2027-01-11", True)


def test_school_days_off(school_ctx: ServiceContext) -> None:
    assert calendar.day_info(school_ctx, date(2026, 11, 12)).service
    calendar.set_days_off(school_ctx, "2026-11-12", "2026-11-13", "秋季运动会")
    status = calendar.day_info(school_ctx, date(2026, 11, 13))
    assert not status.service and "秋季运动会" in status.reason
    with pytest.raises(ValidationError):
        calendar.set_days_off(school_ctx, "2026-11-20", "2026-11-19", "x")


def test_check_backup_and_restore(school_ctx: ServiceContext, tmp_path: Path) -> None:
    report = maintenance.check(school_ctx)
    assert report.ok and report.summary["school"] == "立岗镇中心小学"
    saved = maintenance.backup(school_ctx, tmp_path / "usb")
    assert maintenance.preview(saved)["pupils"] == 0
    pupils.save_pupil(
        school_ctx, pupils.PupilInput("G640122201603041234", "张三", "男", "三年级(2)班")
    )
    info = maintenance.restore(school_ctx, saved)
    assert info["pupils"] == 0 and Path(info["safety_backup"]).exists()
    assert pupils.list_pupils(school_ctx) == []
    assert maintenance.preview(Path(info["safety_backup"]))["pupils"] == 1
    assert maintenance.check(school_ctx).ok


def test_check_finds_a_tampered_audit_chain(school_ctx: ServiceContext) -> None:
    path = school_ctx.store.path
    other = sqlite3.connect(path)
    other.execute("DROP TRIGGER audit_no_update")
    other.execute("UPDATE audit SET actor = 'someone-else' WHERE seq = 3")
    other.commit()
    other.close()
    report = maintenance.check(school_ctx)
    assert report.audit_broken_at == 3
    assert any("第 3 条" in line for line in report.lines())


def test_restore_refuses_foreign_file(school_ctx: ServiceContext, tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(NotOurFile):
        maintenance.restore(school_ctx, foreign)
