"""Entering a published holiday notice: the preview next to the calendar as it was, saving, the
calendar agreeing date by date, and the command line (dry run, .txt in GBK, .docx, refusals)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.errors import InputFileError, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar, notice_preview
from tests.unit.holiday_notices import ITEMS, published, write_docx
from tests.unit.test_holiday_notice_published import EXPECTED, _days

INIT = ["init", "--school", "测试小学", "--county", "贺兰县"]
TERM = ["--term-start", "2026-09-01", "--term-end", "2027-01-20"]


def test_preview_lists_every_range_and_makeup_day_next_to_what_was_assumed(
    school_ctx: ServiceContext,
) -> None:
    preview = notice_preview.preview_notice(school_ctx, 2026, published(2026))
    assert preview.published and preview.problems == []
    assert (preview.holiday_days, preview.workdays) == (33, 6)
    assert "程序自带" in preview.before
    holidays = [(r["start"], r["end"]) for r in preview.rows if r["kind"] == "holiday"]
    assert [f"{a}..{b}" for a, b in holidays] == EXPECTED[2026][0]
    work = [r["start"] for r in preview.rows if r["kind"] == "makeup_workday"]
    assert work == EXPECTED[2026][1]
    assert all(r["same"] and r["before"] == "一致" for r in preview.rows)
    spring = next(r for r in preview.rows if r["name"] == "春节" and r["kind"] == "holiday")
    assert (spring["dates"], spring["days"], spring["line"]) == (
        "2月15日（周日）至2月23日（周一）", 9, 7
    )  # fmt: skip
    assert preview.notes and "2025年11月4日" in preview.notes[0]


def test_preview_shows_what_a_notice_changes_and_drops(school_ctx: ServiceContext) -> None:
    text = "一、元旦：1月1日（周五）放假1天，不调休。\n二、春节：2月6日（周六）至12日（周五）放假调休，共7天。"
    preview = notice_preview.preview_notice(school_ctx, 2027, text)
    assert "未确认" in preview.before
    rows = {(r["kind"], r["start"]): r for r in preview.rows}
    assert rows[("holiday", "2027-01-01")]["before"] == "一致"
    spring = rows[("holiday", "2027-02-06")]
    assert not spring["same"] and "2月11日、2月12日 为平常日" in spring["before"]
    dropped = [r for r in preview.rows if r["kind"] == "dropped"]
    assert dropped[0]["start"] == "2027-02-05" and "保存后按平常日处理" in dropped[0]["before"]
    assert any(r["start"] == "2027-10-01" for r in dropped)
    with pytest.raises(ValidationError):
        notice_preview.preview_notice(school_ctx, 1999, text)


def test_a_saved_notice_is_the_calendar_date_by_date(school_ctx: ServiceContext) -> None:
    assert calendar.enter_notice(school_ctx, 2026, published(2026)) == 39
    offs, work = EXPECTED[2026]
    for day in _days(offs):
        status = calendar.day_info(school_ctx, day)
        assert not status.service and status.confirmed, day
    kinds = {
        d["date"]: d["kind"] for m in range(1, 13) for d in calendar.month_view(school_ctx, 2026, m)
    }
    assert sorted(d for d, k in kinds.items() if k == "makeup_workday") == work
    assert sorted(d for d, k in kinds.items() if k in ("statutory", "substitute")) == [
        str(d) for d in _days(offs)
    ]
    assert calendar.day_info(school_ctx, date(2026, 10, 10)).service  # a Saturday in term
    assert calendar.day_info(school_ctx, date(2026, 10, 8)).service
    assert "法定节假日" in calendar.day_info(school_ctx, date(2026, 10, 1)).reason
    assert "调休" in calendar.day_info(school_ctx, date(2026, 10, 7)).reason


def test_a_notice_that_contradicts_itself_changes_nothing(school_ctx: ServiceContext) -> None:
    before = calendar.month_view(school_ctx, 2026, 10)
    with pytest.raises(ValidationError) as err:
        calendar.enter_notice(school_ctx, 2026, ITEMS[2026].replace("共7天", "共6天"))
    assert "写的是 6 天" in err.value.lines()[1]
    assert calendar.month_view(school_ctx, 2026, 10) == before


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_login: Callable[..., str]) -> str:
    path = str(tmp_path / "school.sqlite")
    assert main(["--db", path, *INIT, *TERM]) == 0
    cli_login(path)
    capsys.readouterr()
    return path


def _year_source(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", db, "calendar", "--month", "2026-10"]) == 0
    return capsys.readouterr().out


def test_cli_dry_run_then_save(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notice = tmp_path / "通知.txt"
    notice.write_bytes(published(2026).encode("gb18030"))  # as Notepad saves it on a Chinese PC
    before = _year_source(db, capsys)
    assert main(["--db", db, "calendar", "notice", "--year", "2026", str(notice), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "按通知原文读取" in out and "放假 33 天，调休上班 6 天" in out
    assert "2月15日（周日）至2月23日（周一）" in out and "9月20日（周日）" in out
    assert "未采用" in out and "2025年11月4日" in out and "没有保存" in out
    assert _year_source(db, capsys) == before
    assert main(["--db", db, "calendar", "notice", "--year", "2026", str(notice)]) == 0
    assert "已录入 2026 年节假日通知，共 39 天" in capsys.readouterr().out
    docx = write_docx(tmp_path / "通知.docx", published(2026))
    assert main(["--db", db, "calendar", "notice", "--year", "2026", str(docx), "--dry-run"]) == 0
    assert "已按通知录入过" in capsys.readouterr().out


def test_cli_refusals(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = tmp_path / "2025.txt"
    wrong.write_text(published(2025), encoding="utf-8")
    assert main(["--db", db, "calendar", "notice", "--year", "2026", str(wrong)]) == 1
    err = capsys.readouterr().err
    assert "未做任何改动" in err and "这是 2025 年的通知" in err
    pdf = tmp_path / "通知.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert main(["--db", db, "calendar", "notice", "--year", "2026", str(pdf)]) == 2
    assert "复制" in capsys.readouterr().err
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    assert main(["--db", db, "calendar", "notice", "--year", "2026", str(broken)]) == 2
    assert "不是可以读取的 Word 文档" in capsys.readouterr().err
    with pytest.raises(InputFileError):
        notice_preview.read_notice_file(tmp_path / "没有这个文件.txt")
