"""Commands that only read, and ``backup``, run while the GUI holds the school's file; writers
stay refused (after_school_desk/cli/read_policy.py, docs/cli-login.md "While the window is open").

The running GUI is stood in for by ``open_store`` in the test process: it takes the one-copy
OS lock exactly as the window does (``flock``/``msvcrt`` locks of two handles conflict within
one process as between two).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from after_school_desk.cli import build_parser, main
from after_school_desk.cli.login import command_path
from after_school_desk.cli.read_policy import READS_ONLY
from after_school_desk.domain.roles import Role
from after_school_desk.errors import DatabaseLocked, WritesRefused
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_file import open_school_file_beside
from after_school_desk.services.care import maintenance
from after_school_desk.services.month import report_package
from after_school_desk.services.school import enrolment, users
from after_school_desk.store.connection import Store, open_store
from after_school_desk.store.instance_lock import InstanceLock
from tests import outside_editor
from tests.cli_login import TEST_PIN, account
from tests.unit.daily_school import build

PUPIL = "G10000000"  # 学生00, first pupil of daily_school.build
MONTH = "2026-11"
CODE = "6401220001"
BESIDE = "只能读取"  # connection.BESIDE_REFUSAL
LOCKED = "正在被另一个课后服务台窗口使用"


@pytest.fixture
def school(school_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A school with enrolled pupils, a principal ``wang`` and a teacher ``t11``; closed."""
    build(school_ctx)
    enrolment.enroll(school_ctx, class_name="一年级(1)班", start="2026-11-02", approve=True)
    account(school_ctx, Role.PRINCIPAL, "wang")
    account(school_ctx, Role.TEACHER, "t11")
    report_package.set_school_code(school_ctx, CODE)
    school_ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-11-20T16:10:00+08:00")  # a month under way
    return school_ctx.store.path


@pytest.fixture
def gui(school: Path) -> Iterator[Store]:
    """The window, open on the school's file (holding its lock) for the whole test."""
    store = open_store(school, scan=False)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def as_wang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_USER", "wang")
    monkeypatch.setenv("APP_PIN", TEST_PIN)


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--db", str(db), *argv])
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def counts(db: Path) -> tuple[int, ...]:
    with outside_editor.connect(db) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("audit", "attendance_event", "app_user", "cli_token", "meta")
        )


def login_state(db: Path, login: str) -> tuple[int, str | None]:
    with outside_editor.connect(db) as conn:
        row = conn.execute(
            "SELECT failed_attempts, locked_until FROM app_user WHERE login = ?", [login]
        ).fetchone()
    return int(row[0]), row[1]


# --- the list ---------------------------------------------------------------------------

# each read-only command with arguments it runs with on the test school (OUT: a file path)
RUNS: dict[str, list[str]] = {
    "check": ["check"],
    "backup": ["backup", "--to", "OUT_DIR"],
    "pupils": ["pupils", "--json"],
    "staff": ["staff", "--json"],
    "classes": ["classes"],
    "users": ["users"],
    "token": ["token"],
    "token list": ["token", "list"],
    "calendar": ["calendar", "--month", MONTH],
    "timetable show": ["timetable", "show", "--on", "2026-11-02"],
    "timetable history": ["timetable", "history", "--stage", "primary"],
    "day": ["day", "--json"],
    "alerts": ["alerts", "--json"],
    "duty": ["duty"],
    "duty show": ["duty", "show"],
    "duty board": ["duty", "board"],
    "fee list": ["fee", "list"],
    "charges": ["charges", "--month", MONTH],
    "account": ["account", PUPIL],
    "expense list": ["expense", "list", "--month", MONTH],
    "finance": ["finance", "--month", MONTH],
    "subsidy show": ["subsidy", "show", "--month", MONTH],
    "compliance": ["compliance", "--month", MONTH],
    "month status": ["month", "status"],
    "month compare": ["month", "compare", MONTH],
    "report ledger": ["report", "ledger", "--month", MONTH, "--out", "OUT.pdf"],
    "report direct": ["report", "direct", "--month", MONTH, "--json"],
    "report package": ["report", "package", "--month", MONTH, "--to", "OUT_DIR"],
    "report handover-sheet": [
        "report",
        "handover-sheet",
        "--class",
        "一年级(1)班",
        "--date",
        "2026-11-02",
        "--out",
        "OUT.pdf",
    ],
    "report roster": ["report", "roster", "--month", MONTH, "--out", "OUT.pdf"],
    "report finance": ["report", "finance", "--month", MONTH, "--json"],
    "report subsidy": ["report", "subsidy", "--month", MONTH, "--json"],
    "report arrears": ["report", "arrears", "--month", MONTH, "--out", "OUT.pdf"],
    "sync status": ["sync", "status"],
}


def _parsed(argv: list[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    parser = build_parser()
    return parser, parser.parse_args(argv)


def test_the_list_names_real_commands_that_open_the_file() -> None:
    assert set(RUNS) == set(READS_ONLY), "every read-only command is run below"
    for name, argv in RUNS.items():
        parser, args = _parsed(argv)
        assert command_path(parser, args) == name
        assert getattr(args, "db_mode", "existing") == "existing", name


@pytest.mark.parametrize("name", sorted(RUNS))
def test_each_read_only_command_runs_beside_the_gui_and_writes_nothing(
    name: str,
    school: Path,
    gui: Store,
    as_wang: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = counts(school)
    argv = [
        str(tmp_path / "out") if a == "OUT_DIR" else a.replace("OUT", str(tmp_path / "out"))
        for a in RUNS[name]
    ]
    (tmp_path / "out").mkdir()
    code, _out, err = run(capsys, school, *argv)
    assert code == 0, (name, err)
    assert BESIDE not in err and "Traceback" not in err, err
    assert counts(school) == before  # not even the log-in's own audit row


# --- what the read-only commands show ----------------------------------------------------


def test_a_list_and_check_work_while_the_gui_is_open(
    school: Path, gui: Store, as_wang: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, school, "pupils")
    assert code == 0, err
    assert "学生00" in out and PUPIL in out
    code, out, err = run(capsys, school, "check")
    assert code == 0, err
    assert "数据库完整性：正常" in out and "审计链：完整" in out


def test_backup_beside_the_gui_is_a_checked_copy(
    school: Path, gui: Store, as_wang: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audit_before = counts(school)[0]
    code, out, err = run(capsys, school, "backup", "--to", str(tmp_path / "usb"))
    assert code == 0, err
    made = list((tmp_path / "usb").glob("*.sqlite"))
    assert len(made) == 1 and str(made[0]) in out
    assert "窗口打开时做的" in out
    info = maintenance.preview(made[0])  # integrity, audit chain, archives of the copy
    assert info["pupils"] >= 4
    assert counts(school)[0] == audit_before  # no audit row in this mode (docs/cli-login.md)


# --- writers -----------------------------------------------------------------------------


def test_a_writer_is_refused_with_a_hint_and_writes_nothing(
    school: Path, gui: Store, as_wang: None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = counts(school)
    for argv in (["signin", PUPIL], ["archive"], ["bill", "--month", MONTH]):
        code, out, err = run(capsys, school, *argv)
        assert code == 2, (argv, err)
        assert LOCKED in err and "关闭图形界面后再试，或使用只读命令" in err, err
        assert out == ""
    assert counts(school) == before


def test_a_write_from_a_read_only_command_is_refused_in_words(
    school: Path, gui: Store, as_wang: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """``report direct --school-code`` saves the code: beside the GUI it is refused, exit 1."""
    before = counts(school)
    code, _out, err = run(
        capsys, school, "report", "direct", "--month", MONTH, "--json", "--school-code",
        "6401229999",
    )  # fmt: skip
    assert code == 1, err
    assert BESIDE in err and "什么也没有写入" in err
    assert counts(school) == before
    with outside_editor.connect(school) as conn:
        assert CODE in str(conn.execute("SELECT * FROM school").fetchall())


def test_the_read_only_store_refuses_every_write(school: Path, gui: Store) -> None:
    store = open_school_file_beside(school)
    try:
        assert store.beside_lock_holder and store.read_only_reason is not None
        with pytest.raises(WritesRefused, match=BESIDE), store.write() as conn:
            conn.execute("DELETE FROM meta")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("DELETE FROM meta")  # SQLite's own read-only connection too
    finally:
        store.close()
    lock_file = school.with_name(school.name + ".lock")
    assert lock_file.read_text().strip() == str(os.getpid())  # the window's, untouched


def test_a_file_that_needs_migrating_is_refused_beside_the_gui(
    school: Path, as_wang: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with outside_editor.connect(school) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {version - 1}")
    holder = InstanceLock(school)  # an older program holds it: it never migrates it
    holder.acquire()
    try:
        before = school.read_bytes()
        code, _out, err = run(capsys, school, "check")
        assert code == 2 and "需要先升级" in err and "文件未做任何改动" in err, err
        assert school.read_bytes() == before
        assert not list(school.parent.glob("backups/*before-migration*"))
    finally:
        holder.release()


def test_without_the_gui_commands_open_as_before(
    school: Path, as_wang: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lock is free: a read-only command takes it and its log-in is audited as ever."""
    before = counts(school)[0]
    code, _out, err = run(capsys, school, "pupils")
    assert code == 0, err
    assert counts(school)[0] == before + 1  # user.login


# --- lock-out ----------------------------------------------------------------------------


def _wrong_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_USER", "t11")
    monkeypatch.setenv("APP_PIN", "99999999")


def test_wrong_pins_lock_the_account_when_the_gui_is_not_running(
    school: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _wrong_pin(monkeypatch)
    for _ in range(users.MAX_FAILURES):
        code, _out, err = run(capsys, school, "pupils")
        assert code == 1 and "登录名或 PIN 不正确" in err
    assert login_state(school, "t11")[1] is not None  # locked, in the file
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, _out, err = run(capsys, school, "pupils")
    assert code == 1 and "错误次数过多" in err


def test_beside_the_gui_wrong_pins_wait_and_then_lock_read_only_log_ins(
    school: Path, gui: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(users.time, "sleep", slept.append)
    _wrong_pin(monkeypatch)
    for _ in range(users.MAX_FAILURES):
        code, _out, err = run(capsys, school, "pupils")
        assert code == 1 and "登录名或 PIN 不正确" in err
    assert slept == [users.UNRECORDED_FAILURE_DELAY_S] * users.MAX_FAILURES
    assert users.UNRECORDED_FAILURE_DELAY_S >= 1
    assert login_state(school, "t11") == (0, None)  # the file took no write
    # the right PIN no longer helps: counted beside the file, the account waits
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, _out, err = run(capsys, school, "pupils")
    assert code == 1 and "错误次数过多" in err
    assert len(slept) == users.MAX_FAILURES  # refused before the PIN is even checked


def test_an_account_locked_in_the_file_is_refused_beside_the_gui(
    school: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _wrong_pin(monkeypatch)
    for _ in range(users.MAX_FAILURES):
        run(capsys, school, "pupils")
    store = open_store(school, scan=False)  # the window opens now
    try:
        monkeypatch.setenv("APP_PIN", TEST_PIN)
        code, _out, err = run(capsys, school, "pupils")
        assert code == 1 and "错误次数过多" in err
    finally:
        store.close()


def test_a_locked_writer_still_gets_the_locked_message(school: Path) -> None:
    store = open_store(school, scan=False)
    try:
        with pytest.raises(DatabaseLocked, match=LOCKED):
            open_store(school)
    finally:
        store.close()
