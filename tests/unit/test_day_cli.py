"""A whole school day played through the command line, and bad actions refused unchanged."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.services.base.context import ServiceContext
from tests.unit.daily_school import DAY, build


@pytest.fixture
def cli_db(school_ctx: ServiceContext, db_path: Path, cli_login) -> tuple[Path, dict]:  # type: ignore[no-untyped-def]
    school = build(school_ctx)
    cli_login(school_ctx)
    school_ctx.store.close()
    return db_path, school.pupils


class Cli:
    def __init__(self, db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
        self.db, self.mp, self.capsys = db, monkeypatch, capsys

    def __call__(self, at: str, *argv: str) -> tuple[int, str, str]:
        self.mp.setenv("APP_NOW", f"{DAY}T{at}")
        self.capsys.readouterr()
        code = main(["--db", str(self.db), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, at: str, *argv: str) -> str:
        code, out, err = self(at, *argv)
        assert code == 0, err
        return out

    def refused(self, at: str, *argv: str) -> str:
        before = self.events()
        code, _out, err = self(at, *argv)
        assert code == 1, f"expected refusal, got {code}"
        assert err.strip(), "a refusal must explain itself"
        assert self.events() == before, "a refused command changed the event log"
        return err

    def events(self) -> int:
        with sqlite3.connect(self.db) as conn:
            return int(conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0])

    def day(self, at: str = "19:00") -> dict[str, dict]:
        return {r["national_id"]: r for r in json.loads(self.ok(at, "day", "--json"))}

    def alerts(self, at: str) -> list[dict]:
        return json.loads(self.ok(at, "alerts", "--json"))


@pytest.fixture
def cli(cli_db, monkeypatch, capsys) -> Cli:
    return Cli(cli_db[0], monkeypatch, capsys)


def test_whole_school_day(cli: Cli, cli_db) -> None:
    pupils = cli_db[1]
    a0, a1, a2, a3 = "G10000000", "G10000001", "G10000002", "G10000003"
    b0, b1, b2, b3 = "G10100000", "G10100001", "G10100002", "G10100003"
    c0, c1, c2, c3 = "G10200000", "G10200001", "G10200002", "G10200003"
    cli.ok("08:00", "enroll", "--class", "一年级(1)班", "--from", DAY, "--approve")
    cli.ok("08:00", "enroll", "--class", "三年级(2)班", "--from", DAY, "--approve")
    cli.ok("08:00", "enroll", c0, c1, c2, c3, "--from", DAY, "--approve")
    cli.ok("08:05", "permit-self", c2, "--signed-by", "母亲22")
    cli.ok("08:10", "leave", b3, "--date", DAY, "--reason", "病假")
    cli.ok("15:40", "duty", "assign", DAY, "带班甲")
    cli.ok("15:50", "duty", "post", "--leader", "带班甲")

    for nid in (a0, a1, a2, b0, b1, c0, c1, c2, c3):
        cli.ok("16:02", "signin", nid)
    assert cli.alerts("16:10") == []  # the sign-in window is still open
    cli.ok("16:12", "absent", b2, "--reason", "未到校")

    alerts = {a["national_id"]: a for a in cli.alerts("16:16")}
    assert set(alerts) == {a3, b2}
    assert all(a["kind"] == "absence" and a["status"] == "open" for a in alerts.values())
    assert alerts[b2]["opened_at"] == f"{DAY}T16:12:00+08:00"

    cli.ok("16:20", "signin", a3)  # late arrival closes the alert
    cli.ok("16:25", "contact", b2, "--not-reached")
    assert [a["status"] for a in cli.alerts("16:26") if a["national_id"] == b2] == ["open"]
    cli.ok("16:40", "contact", b2, "--reached", "--reason", "生病在家")
    closed = {a["national_id"]: a for a in cli.alerts("16:41")}
    assert closed[a3]["status"] == "closed" and closed[a3]["contacts"] == []
    assert closed[b2]["status"] == "closed"
    assert [c["reached"] for c in closed[b2]["contacts"]] == [False, True]

    cli.ok("17:50", "signout", a0, "--pickup", "母亲00")
    cli.ok("17:51", "signout", a1, "--pickup", "爷爷01")
    cli.ok("17:52", "signout", c2, "--self")
    cli.ok("17:55", "signout", b0, "--pickup", "母亲10")
    cli.ok("17:56", "signout", c0, "--pickup", "母亲20")
    cli.ok("17:57", "signout", c1, "--pickup", "母亲21")
    cli.ok("17:58", "signout", c3, "--pickup", "母亲23")
    cli.ok("17:58", "signout", a3, "--pickup", "母亲03")

    late = [a for a in cli.alerts("18:05") if a["kind"] == "late_pickup"]
    assert {a["national_id"] for a in late} == {a2, b1}
    cli.ok("18:05", "contact", a2, "--reached", "--reason", "家长在路上")
    cli.ok("18:06", "contact", b1, "--reached")
    cli.ok("18:06", "signout", b1, "--extended", "--staff", "老师1")
    cli.ok("18:10", "signout", a2, "--pickup", "爷爷02")
    cli.ok("18:35", "signout", b1, "--pickup", "母亲11")
    cli.ok("18:40", "duty", "log", "作业辅导；社团活动：书法", "--class", "一年级(1)班")
    cli.ok("18:45", "duty", "signoff")

    day = cli.day()
    assert len(day) == 12
    expected = {
        a0: ("handed_over", "母亲00"), a1: ("handed_over", "爷爷01"),
        a2: ("handed_over", "爷爷02"), a3: ("handed_over", "母亲03"),
        b0: ("handed_over", "母亲10"), b1: ("handed_over", "母亲11"),
        b2: ("absent", None), b3: ("leave", None),
        c0: ("handed_over", "母亲20"), c1: ("handed_over", "母亲21"),
        c2: ("self_leave", None), c3: ("handed_over", "母亲23"),
    }  # fmt: skip
    assert {k: (v["state"], v["adult"]) for k, v in day.items()} == expected
    assert day[a3]["signed_in_at"] == f"{DAY}T16:20:00+08:00"
    assert day[a0]["left_at"] == f"{DAY}T17:50:00+08:00"
    assert day[a0]["id"] == pupils[a0]["id"] and day[a0]["class"] == "一年级(1)班"
    assert all(a["status"] != "open" for a in cli.alerts("19:00"))
    board = json.loads(cli.ok("19:00", "duty", "board", "--json"))
    assert board["totals"]["enrolled"] == 12 and board["totals"]["still_present"] == 0
    assert board["duty"]["signed_off_at"] and board["duty"]["leader"] == "带班甲"


def test_bad_actions_refused_and_nothing_changes(cli: Cli) -> None:
    a0, a1, a2 = "G10000000", "G10000001", "G10000002"
    cli.ok("08:00", "enroll", "--class", "一年级(1)班", "--from", DAY, "--approve")
    err = cli.refused("16:05", "signout", a0, "--pickup", "母亲00")
    assert "没有签到" in err
    err = cli.refused("16:05", "signin", "G10100000")
    assert "没有参加课后服务" in err
    cli.ok("16:05", "signin", a0)
    cli.ok("16:05", "signin", a1)
    err = cli.refused("16:06", "signin", a0)
    assert "已于 16:05 签到" in err
    err = cli.refused("17:50", "signout", a0, "--pickup", "陌生人")
    assert "不在" in err and "接送人名单" in err
    err = cli.refused("17:50", "signout", a0, "--pickup", "舅舅00")  # on file, may not collect
    assert "不在" in err
    err = cli.refused("17:50", "signout", a0, "--self")
    assert "自行离校同意书" in err
    cli.ok("17:55", "signout", a0, "--pickup", "母亲00")
    err = cli.refused("17:56", "signout", a0, "--pickup", "爷爷00")
    assert "只能签退一次" in err
    err = cli.refused("18:30", "duty", "signoff")
    assert "还不能签结" in err and "学生0" in err
    with sqlite3.connect(cli.db) as conn:
        assert conn.execute("SELECT count(*) FROM duty_day").fetchone()[0] == 0
    err = cli.refused("16:05", "signin", a2, "--at", "2026-11-07T16:05")  # Saturday
    assert "不是课后服务日" in err


def test_override_handover_by_duty_leader(cli: Cli) -> None:
    a0 = "G10000000"
    cli.ok("08:00", "enroll", a0, "--from", DAY, "--approve")
    cli.ok("16:00", "signin", a0)
    err = cli.refused("17:50", "signout", a0, "--pickup", "张叔叔", "--override-reason", "家长来电委托",
                      "--relation", "邻居")  # fmt: skip
    assert "电话" in err
    cli.ok("17:50", "signout", a0, "--pickup", "张叔叔", "--override-reason", "家长来电委托",
           "--relation", "邻居", "--phone", "13912345678")  # fmt: skip
    assert cli.day()[a0]["adult"] == "张叔叔"
