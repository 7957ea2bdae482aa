"""An I/O error at each successive write point leaves a clean file and a clear message."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store.connection import open_store
from tests.reliability.conftest import Report
from tests.reliability.faults import failing_write

SETUP = SchoolSetup(
    name="立岗镇中心小学",
    county="贺兰县",
    term_start="2026-09-01",
    term_end="2027-01-20",
    classes_per_grade=2,
)
PUPIL = pupils.PupilInput(
    "G640122201603041234",
    "张三",
    "男",
    "三年级(2)班",
    adults=[pupils.AdultInput("张父", "父亲", "13800138000")],
)


def _ctx(path: Path) -> ServiceContext:
    actor = Actor(login="test:system", role=Role.SYSTEM, display_name="测试")
    clock = FixedClock(datetime.fromisoformat("2026-11-02T15:30:00+08:00"))
    return ServiceContext(open_store(path), actor, "dev-1", clock)


def _counts(path: Path) -> dict[str, int]:
    with open_store(path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("school", "class", "calendar_day", "pupil", "pupil_adult", "audit")
        }


def _sweep(template: Path, tmp: Path, call: object, monkeypatch: pytest.MonkeyPatch) -> int:
    """Fail the k-th write for k = 1, 2, … until the call goes through; returns K."""
    before = _counts(template)
    with failing_write(monkeypatch, 0) as probe:
        path = tmp / "probe.sqlite"
        shutil.copy(template, path)
        ctx = _ctx(path)
        probe.writes = 0
        call(ctx)  # type: ignore[operator]
        ctx.store.close()
        total = probe.writes
    after = _counts(path)
    assert after != before
    for k in range(1, total + 1):
        path = tmp / f"k{k}.sqlite"
        shutil.copy(template, path)
        with failing_write(monkeypatch, 0) as faulty:
            ctx = _ctx(path)
            faulty.writes, faulty.fail_at = 0, k
            with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
                call(ctx)  # type: ignore[operator]
            # the same open store is still usable: nothing is left half-open
            assert not ctx.store.conn.in_transaction
            ctx.store.close()
        assert _counts(path) == before, f"write {k} of {total} left a partial change"
    return total


def test_io_error_at_every_write_point_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reliability_report: Report
) -> None:
    empty = tmp_path / "empty.sqlite"
    open_store(empty, create=True).close()
    school_writes = _sweep(empty, tmp_path, lambda c: create_school(c, SETUP), monkeypatch)

    school = tmp_path / "school.sqlite"
    shutil.copy(empty, school)
    ctx = _ctx(school)
    create_school(ctx, SETUP)
    ctx.store.close()
    pupil_writes = _sweep(school, tmp_path, lambda c: pupils.save_pupil(c, PUPIL), monkeypatch)

    reliability_report(
        "I/O error at each write point",
        {
            "create_school_writes": school_writes,
            "save_pupil_writes": pupil_writes,
            "injected_errors": school_writes + pupil_writes,
            "partial_changes": 0,
        },
        "every failed call left the file clean and unchanged",
    )


def test_cli_reports_io_error_in_chinese(
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_login: Callable[..., str],
) -> None:
    open_store(db_path, create=True).close()
    cli_login(db_path)
    assert main(["--db", str(db_path), "staff", "add", "李老师", "--role", "teacher"]) == 0
    with failing_write(monkeypatch, 1):
        code = main(["--db", str(db_path), "staff", "add", "王老师", "--role", "teacher"])
    err = capsys.readouterr().err
    assert code == 2
    assert "读写磁盘时出错，这次修改没有保存" in err
    assert "Traceback" not in err
    with open_store(db_path) as store:
        names = [r[0] for r in store.conn.execute("SELECT name FROM staff")]
    assert names == ["李老师"]
