"""timetable show / set / history from the command line: a new week from a day, Chinese names
beside the codes, refusals (exit 1) that change nothing, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar
from after_school_desk.services.school.setup import create_school
from after_school_desk.store.connection import open_store
from tests.conftest import TEST_DEVICE
from tests.unit.test_migration_0005 import ACTOR
from tests.unit.test_timetable_dates import NINE_YEAR

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(
    ctx: ServiceContext,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_login: Callable[..., str],
) -> Run:
    create_school(ctx, NINE_YEAR)
    cli_login(ctx)
    ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-11-02T10:00")

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db_path), *argv])
        except SystemExit as exc:  # argparse: the command line could not be read
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _versions(db_path: Path, stage: str = "") -> list[date]:
    with open_store(db_path) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE)
        return [v.valid_from for v in calendar.window_history(ctx, stage)]


def test_set_a_week_from_a_day_and_show_it(cli: Run, db_path: Path) -> None:
    code, out, err = cli("timetable", "set", "--season", "平时", "--from", "2026-11-09",
                         "1=15:30-17:00", "二=15:30-17:00", "周四=15:30-17:00", "5=9:30-11:30")  # fmt: skip
    assert code == 0, err
    assert "从 2026-11-09 起为 一、二、四 15:30–17:00；五 09:30–11:30" in out
    code, out, _ = cli("timetable", "show", "--on", "2026-11-06")  # before: the old week
    assert code == 0 and "全校" in out and "三" in out and "建校起" in out
    code, out, _ = cli("timetable", "show", "--on", "2026-11-09", "--json")
    found = json.loads(out)
    whole = found["timetables"][0]
    assert whole["stage"] == "" and whole["valid_from"] == "2026-11-09"
    assert whole["weeks"]["all"] == {"1": ["15:30", "17:00"], "2": ["15:30", "17:00"],
                                     "4": ["15:30", "17:00"], "5": ["09:30", "11:30"]}  # fmt: skip
    assert {t["stage"] for t in found["timetables"]} == {"", "primary", "junior"}
    code, out, _ = cli("timetable", "history")
    assert code == 0
    header, first, second = out.splitlines()
    assert header.split() == ["生效日期", "服务时间", "状态"]
    assert first.startswith("建校起") and first.endswith("现行")
    assert second.startswith("2026-11-09") and second.endswith("待生效")


def test_a_stage_by_its_chinese_name_and_back_to_the_whole_school(cli: Run) -> None:
    code, out, _ = cli("timetable", "history", "--stage", "小学")
    assert code == 0 and "平时：一、二、四、五 15:30–17:30" in out  # no Wednesday
    code, out, err = cli("timetable", "set", "--season", "all", "--stage", "小学", "--clear",
                         "--from", "2026-11-16")  # fmt: skip
    assert code == 0, err
    assert "小学从 2026-11-16 起按全校的服务时间" in out
    code, out, _ = cli("timetable", "show", "--stage", "primary", "--on", "2026-11-18")
    assert "按全校的服务时间" in out
    code, out, _ = cli("timetable", "history", "--stage", "primary", "--json")
    assert [(v["valid_from"], v["follows_school"]) for v in json.loads(out)] == [
        (None, False),
        ("2026-11-16", True),
    ]
    code, out, _ = cli("timetable", "history", "--stage", "高中")
    assert code == 0 and "高中没有自己的服务时间" in out


def test_refusals_change_nothing(cli: Run, db_path: Path) -> None:
    cases = [
        (["1=15:30"], "看不懂“1=15:30”"),
        (["8=15:30-17:00"], "看不懂"),
        (["1=17:30-15:30"], "应晚于开始时间"),
        (["1=15:30-17:00", "一=16:00-18:00"], "星期一写了两次"),
        ([], "或用 --clear"),
        (["--clear"], "平时作息至少要有一天"),
        (["--from", "2026-13-01", "1=15:30-17:00"], "生效日期“2026-13-01”不是有效日期"),
    ]
    for extra, message in cases:
        code, _, err = cli("timetable", "set", "--season", "all", *extra)
        assert code == 1 and message in err, (extra, err)
    code, _, err = cli("timetable", "set", "--season", "spring", "1=15:30-17:00")
    assert code == 2 and "spring" in err  # argparse: not a season
    assert _versions(db_path) == [date.min]


def test_a_teacher_may_show_but_not_set(
    cli: Run, db_path: Path, cli_login: Callable[..., str]
) -> None:
    cli_login(db_path, Role.TEACHER, "t1")
    assert cli("timetable", "show")[0] == 0
    code, _, err = cli("timetable", "set", "--season", "all", "1=15:30-17:00")
    assert code == 1 and "无权" in err
    assert _versions(db_path) == [date.min]
