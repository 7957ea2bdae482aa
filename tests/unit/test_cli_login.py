"""The command line asks who is acting (docs/cli-login.md): a PIN or a token, checked before a
command touches the school; refusals change nothing; the audit names the logged-in account."""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from after_school_desk.cli import build_parser, main
from after_school_desk.cli.login_policy import EXEMPT, Exemption, exemption
from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import enrolment, users
from after_school_desk.store.connection import open_store
from tests import outside_editor
from tests.cli_login import TEST_PIN, account, cli_token
from tests.unit.daily_school import build

ROOT = Path(__file__).resolve().parents[2]
NEEDS_LOGIN = "需要登录"
PUPIL = "G10000000"  # 学生00, first pupil of daily_school.build
INIT = ["init", "--school", "立岗镇中心小学", "--county", "贺兰县",
        "--term-start", "2026-09-01", "--term-end", "2027-01-20"]  # fmt: skip


@pytest.fixture
def school(school_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A school with pupils (enrolled), a principal, an admin and a teacher account; closed."""
    build(school_ctx)
    enrolment.enroll(school_ctx, class_name="一年级(1)班", start="2026-11-02", approve=True)
    account(school_ctx, Role.PRINCIPAL, "wang")
    account(school_ctx, Role.ADMIN, "admin")
    teacher = users.create_user(school_ctx, "t11", "一年级老师", "teacher", "1357")
    assert teacher["login"] == "t11"
    school_ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-11-02T16:10:00+08:00")
    return school_ctx.store.path


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--db", str(db), *argv])
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def audit_rows(db: Path) -> list[tuple[str, str]]:
    with outside_editor.connect(db) as conn:
        return [(r[0], r[1]) for r in conn.execute("SELECT actor, action FROM audit ORDER BY seq")]


def counts(db: Path) -> tuple[int, ...]:
    with outside_editor.connect(db) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("audit", "staff", "attendance_event", "app_user", "cli_token", "refund")
        )


# Commands that read personal data or write, each refused without a log-in.
GUARDED = [
    ["pupils", "--json"],
    ["staff", "--json"],
    ["staff", "add", "赵老师", "--role", "teacher"],
    ["classes"],
    ["users"],
    ["reset-pin", "t11"],
    ["user-add", "second", "--role", "admin"],
    ["signin", PUPIL],
    ["day", "--json"],
    ["alerts", "--json"],
    ["refund", PUPIL, "--amount", "10"],
    ["month", "status"],
    ["archive"],
    ["backup"],
    ["token", "list"],
    ["token", "create", "--name", "x"],
    ["outbox", "--queue"],
    ["report", "ledger", "--month", "2026-11", "--out", "ledger.pdf"],
    ["report", "direct", "--month", "2026-11", "--json"],
]


@pytest.mark.parametrize("argv", GUARDED, ids=lambda a: " ".join(a[:2]))
def test_without_a_log_in_nothing_is_read_or_written(
    school: Path, capsys: pytest.CaptureFixture[str], argv: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    before = counts(school)
    code, out, err = run(capsys, school, *argv)
    assert code == 1 and NEEDS_LOGIN in err and "Traceback" not in err
    assert out == ""  # not one name, not one phone
    assert counts(school) == before
    assert not (tmp_path / "ledger.pdf").exists()
    assert not (school.parent / "backups").exists()


def test_a_pin_log_in_acts_as_that_account(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, out, err = run(capsys, school, "--user", "wang", "staff", "add", "赵老师", "--role",
                         "teacher")  # fmt: skip
    assert code == 0, err
    rows = audit_rows(school)
    # the log-in is recorded as made at this PC account's terminal, the change as the account
    assert rows[-2] == ("cli:" + getpass.getuser(), "user.login")
    assert rows[-1] == ("wang", "staff.add")
    assert not any(actor.startswith("cli:") for actor, action in rows if action == "staff.add")
    monkeypatch.delenv("APP_PIN")
    monkeypatch.setenv("APP_USER", "wang")  # the same as --user, for scripts
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, out, _ = run(capsys, school, "pupils", "--json")
    assert code == 0 and len(json.loads(out)) == 12


def test_a_wrong_pin_writes_nothing_but_the_failure_and_locks(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_PIN", "00000000")
    staff_before = counts(school)[1]
    for _ in range(users.MAX_FAILURES):
        code, out, err = run(capsys, school, "--user", "wang", "staff", "add", "赵老师", "--role",
                             "teacher")  # fmt: skip
        assert code == 1 and "登录名或 PIN 不正确" in err and out == ""
    assert counts(school)[1] == staff_before
    assert [a for _, a in audit_rows(school)][-users.MAX_FAILURES :] == [
        "user.login_failed"
    ] * users.MAX_FAILURES  # one failure counted per try, nothing else written
    monkeypatch.setenv("APP_PIN", TEST_PIN)  # now even the right PIN waits
    code, _, err = run(capsys, school, "--user", "wang", "staff")
    assert code == 1 and f"请 {users.LOCK_MINUTES} 分钟后再试" in err
    code, _, err = run(capsys, school, "--user", "nobody", "staff")
    assert code == 1 and "登录名或 PIN 不正确" in err


def test_the_pin_is_asked_hidden_at_a_terminal_and_never_read_from_a_pipe(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        return TEST_PIN

    monkeypatch.setattr(getpass, "getpass", typed)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = run(capsys, school, "--user", "wang", "staff")
    assert code == 1 and "APP_PIN" in err and prompts == []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    code, out, err = run(capsys, school, "--user", "wang", "staff", "--json")
    assert code == 0, err
    assert prompts == ["wang 的 PIN："] and TEST_PIN not in out + err


def test_permissions_follow_the_logged_in_role(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_TOKEN", cli_token(school, Role.TEACHER, "t11"))
    before = counts(school)
    for argv in (["refund", PUPIL, "--amount", "10"], ["users"], ["staff", "add", "赵", "--role",
                 "teacher"], ["backup"], ["token", "list"]):  # fmt: skip
        code, out, err = run(capsys, school, *argv)
        assert code == 1 and "无权" in err and out == "", argv
    assert counts(school) == before
    admin = cli_token(school, Role.ADMIN, "admin")
    monkeypatch.setenv("APP_TOKEN", admin)
    code, _, err = run(capsys, school, "refund", PUPIL, "--amount", "10")
    assert code == 1 and "系统管理员" in err and "无权" in err


def test_a_token_acts_as_its_account_and_stops_when_revoked_expired_or_disabled(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, out, err = run(capsys, school, "--user", "wang", "token", "create", "--name", "nightly",
                         "--days", "30")  # fmt: skip
    assert code == 0, err
    token = out.strip().splitlines()[-1]
    assert token.startswith("asd_") and len(token) > 40
    wal = Path(str(school) + "-wal")
    raw = school.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert token.encode() not in raw  # only its hash is kept
    assert hashlib.sha256(token.encode()).hexdigest().encode() in raw
    monkeypatch.delenv("APP_PIN")

    monkeypatch.setenv("APP_TOKEN", token)
    code, _, err = run(capsys, school, "staff", "add", "赵老师", "--role", "teacher")
    assert code == 0, err
    assert audit_rows(school)[-1] == ("wang", "staff.add")
    code, _, err = run(capsys, school, "token", "create", "--name", "more")
    assert code == 1 and "不能用令牌建立令牌" in err
    code, out, _ = run(capsys, school, "token", "list", "--json")
    listed = {t["name"]: t for t in json.loads(out)}
    assert listed["nightly"]["state"] == "usable" and listed["nightly"]["acts_as"] == "wang"
    assert token not in out

    monkeypatch.setenv("APP_NOW", "2026-12-03T16:10:00+08:00")  # 31 days later
    code, _, err = run(capsys, school, "staff")
    assert code == 1 and "令牌无效、已过期或已被吊销" in err
    monkeypatch.setenv("APP_NOW", "2026-11-02T16:20:00+08:00")
    code, _, err = run(capsys, school, "token", "revoke", "nightly")
    assert code == 0, err
    code, _, err = run(capsys, school, "staff")
    assert code == 1 and "令牌无效" in err
    for bad in ("asd_made-up", "not a token", "x" * 500):
        monkeypatch.setenv("APP_TOKEN", bad)
        code, _, err = run(capsys, school, "staff")
        assert code == 1 and "令牌无效" in err and "Traceback" not in err

    teacher = cli_token(school, Role.TEACHER, "t11")
    monkeypatch.setenv("APP_TOKEN", teacher)
    assert run(capsys, school, "day", "--json")[0] == 0
    with outside_editor.connect(school) as conn:  # the account is disabled (as the program does it)
        user_id = conn.execute("SELECT id FROM app_user WHERE login = 't11'").fetchone()[0]
    with open_store(school) as store:
        ctx = ServiceContext(store, Actor("test", Role.SYSTEM, "测试"), "d")
        users.set_user_active(ctx, user_id, False)
    monkeypatch.setenv("APP_TOKEN", teacher)
    code, _, err = run(capsys, school, "day", "--json")
    assert code == 1 and "令牌无效" in err


def test_a_token_never_gives_more_than_its_maker_has(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, out, err = run(capsys, school, "--user", "admin", "token", "create", "--name", "up",
                         "--as", "wang")  # fmt: skip
    assert code == 1 and "不能多于您自己的账户" in err
    code, out, err = run(capsys, school, "--user", "wang", "token", "create", "--name", "scan",
                         "--as", "t11")  # fmt: skip
    assert code == 0, err
    monkeypatch.delenv("APP_PIN")
    monkeypatch.setenv("APP_TOKEN", out.strip().splitlines()[-1])
    code, _, err = run(capsys, school, "refund", PUPIL, "--amount", "10")
    assert code == 1 and "无权" in err  # it is the teacher's, not the principal's
    for argv, word in (
        (["--name", "a b"], "不能含空格"),
        (["--name", "x", "--days", "0"], "有效天数"),
    ):
        monkeypatch.setenv("APP_PIN", TEST_PIN)
        code, _, err = run(capsys, school, "--user", "wang", "token", "create", *argv)
        assert code == 1 and word in err


def test_init_creates_the_first_principal_and_refuses_a_short_pin_before_writing(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_PIN", "1234")  # too short for a principal
    code, _, err = run(capsys, db_path, *INIT, "--principal", "wang")
    assert code == 1 and "6–12 位数字" in err
    assert not db_path.exists()  # refused before the new file was renamed into place
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, out, err = run(capsys, db_path, *INIT, "--principal", "wang", "--principal-name",
                         "王校长")  # fmt: skip
    assert code == 0 and "--user wang" in out, err
    code, _, err = run(capsys, db_path, "--user", "wang", "users", "--json")
    assert code == 0, err
    # a second init or demo on a file with a school: refused, with no log-in needed to say so
    monkeypatch.delenv("APP_PIN")
    for argv in (INIT, ["demo", "--pupils", "5"]):
        code, _, err = run(capsys, db_path, *argv)
        assert code == 1 and "已经有学校" in err and NEEDS_LOGIN not in err


def test_check_needs_no_log_in_and_then_hides_the_findings_names(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, school, "check")
    assert code == 0, err
    assert "数据库完整性：正常" in out
    token = cli_token(school)  # made while the file still takes writes
    with outside_editor.connect(school) as conn:  # an edit behind the program's back
        conn.execute("DROP TRIGGER IF EXISTS seal_enrolment_update")
        conn.execute("UPDATE enrolment SET applied_by = '别人' WHERE rowid = 1")
        pupil = conn.execute(
            "SELECT p.name FROM enrolment e JOIN pupil p ON p.id = e.pupil_id WHERE e.rowid = 1"
        ).fetchone()[0]
    code, out, err = run(capsys, school, "check")
    assert (
        code == 1 and "发现 1 处问题" in out and "2 行细节没有显示" in out
    )  # + the dropped trigger
    assert pupil not in out + err
    code, out, _ = run(capsys, school, "check", "--json")
    report = json.loads(out)
    assert report["ok"] is False and report["seal_problems"] is None
    assert report["seal_problem_count"] == 1 and pupil not in out
    monkeypatch.setenv("APP_TOKEN", token)
    code, out, _ = run(capsys, school, "check")
    assert code == 1 and pupil in out  # the principal sees which record
    code, out, _ = run(capsys, school, "check", "--json")
    assert pupil in "".join(json.loads(out)["seal_problems"])


def test_restore_of_a_healthy_file_needs_a_principal_or_admin(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_TOKEN", cli_token(school))
    code, out, err = run(capsys, school, "backup")
    assert code == 0, err
    backup = Path(out.strip().split("：", 1)[1])
    teacher = cli_token(school, Role.TEACHER, "t11")
    monkeypatch.delenv("APP_TOKEN")
    before = audit_rows(school)
    code, _, err = run(capsys, school, "restore", str(backup))
    assert code == 1 and NEEDS_LOGIN in err
    monkeypatch.setenv("APP_TOKEN", teacher)
    code, _, err = run(capsys, school, "restore", str(backup))
    assert code == 1 and "无权" in err
    assert audit_rows(school) == before and not (school.parent / "damaged").exists()
    code, out, _ = run(capsys, school, "restore", "--preview", str(backup))
    assert code == 0 and "学生 12 人" in out  # counts only, as without a log-in
    monkeypatch.setenv("APP_TOKEN", cli_token(school, Role.ADMIN, "admin"))
    code, out, err = run(capsys, school, "restore", str(backup))
    assert code == 0 and "已从" in out, err
    assert audit_rows(school)[-1] == ("admin", "restore")


def test_restore_of_a_file_nobody_can_open_is_recorded_as_the_pc_account(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_TOKEN", cli_token(school))
    code, out, _ = run(capsys, school, "backup")
    backup = Path(out.strip().split("：", 1)[1])
    monkeypatch.delenv("APP_TOKEN")
    data = school.read_bytes()
    school.write_bytes(data[:4096] + b"\xa5" * 4096 + data[8192:])
    code, out, err = run(capsys, school, "restore", str(backup))
    assert code == 0 and "已从" in out, err
    assert audit_rows(school)[-1] == ("cli:" + getpass.getuser(), "restore")


# --- the one list of exemptions ------------------------------------------------------------


def _leaves(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if words:
        yield " ".join(words), parser
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaves(child, (*words, name))


def test_every_command_that_opens_no_school_file_is_in_the_exemption_list() -> None:
    """A command that never opens the school's file (``db_mode="none"``) cannot be logged in to,
    so it must be listed — the list is the one place that says what runs without a log-in."""
    commands = dict(_leaves(build_parser()))
    for path, parser in commands.items():
        if parser.get_default("db_mode") == "none":
            assert exemption(path) is not None, path
    for name in EXEMPT:
        assert name in commands, f"{name} in login_policy.EXEMPT is not a command"
    assert exemption("report ledger") is None and exemption("profile show") is Exemption.ALWAYS
    needs = [p for p in commands if exemption(p) is None]
    assert len(needs) > 50  # everything else asks for a log-in


def test_the_document_lists_the_same_exemptions() -> None:
    text = (ROOT / "docs" / "cli-login.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    for name, rule in EXEMPT.items():
        assert any(r.startswith(f"| `{name}` | `{rule.value}` |") for r in rows), name
    listed = {r.split("`")[1] for r in rows if "| `always`" in r or "| `no_" in r or "| `live" in r}
    assert listed == set(EXEMPT)


def test_help_and_version_need_nothing(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    for flag in ("--help", "--version"):
        with pytest.raises(SystemExit) as done:
            main(["--db", str(db_path), flag])
        assert done.value.code == 0
    assert "课后服务台" in capsys.readouterr().out
    assert not db_path.exists()


def test_the_first_account_of_a_school_without_one(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, db_path, *INIT)[0] == 0
    monkeypatch.setenv("APP_PIN", TEST_PIN)
    code, _, err = run(capsys, db_path, "user-add", "wang", "--role", "principal")
    assert code == 0, err
    code, _, err = run(capsys, db_path, "user-add", "li", "--role", "principal")
    assert code == 1 and NEEDS_LOGIN in err  # only the first one
    with outside_editor.connect(db_path) as conn:
        assert [r[0] for r in conn.execute("SELECT login FROM app_user")] == ["wang"]


def test_demo_makes_a_school_whose_accounts_log_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from after_school_desk.services.sample.demo import DEMO_PIN

    db = tmp_path / "demo.sqlite"
    monkeypatch.setenv("APP_NOW", "2026-11-02T15:30:00+08:00")
    assert run(capsys, db, "demo", "--pupils", "30")[0] == 0
    monkeypatch.setenv("APP_PIN", DEMO_PIN["principal"])
    code, out, err = run(capsys, db, "--user", "principal", "pupils", "--json")
    assert code == 0 and len(json.loads(out)) == 30, err


def test_a_token_slipped_in_behind_the_programs_back_is_found_by_check(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_TOKEN", cli_token(school))
    assert run(capsys, school, "check")[0] == 0
    forged = "asd_" + "x" * 43
    with outside_editor.connect(school) as conn:
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            conn.execute(  # another SQLite client cannot even write one with the seal trigger
                "INSERT INTO cli_token (id, name, user_id, token_sha256, created_at, created_by,"
                " expires_at, device_id) SELECT 'f1', 'forged', id, ?, 'x', 'x', '2099-01-01', 'd'"
                " FROM app_user WHERE login = 'wang'",
                [hashlib.sha256(forged.encode()).hexdigest()],
            )
        conn.execute("DROP TRIGGER seal_cli_token_insert")
        conn.execute(
            "INSERT INTO cli_token (id, name, user_id, token_sha256, created_at, created_by,"
            " expires_at, device_id) SELECT 'f1', 'forged', id, ?, 'x', 'x', '2099-01-01', 'd'"
            " FROM app_user WHERE login = 'wang'",
            [hashlib.sha256(forged.encode()).hexdigest()],
        )
    code, out, _ = run(capsys, school, "check")
    assert code == 1 and "命令行令牌 f1" in out and "不是本程序记下的" in out


def test_who_acts_without_a_log_in_has_no_right_beyond_its_step(school_ctx: ServiceContext) -> None:
    import dataclasses

    from after_school_desk.cli.login import first_account_actor
    from after_school_desk.domain.roles import Action
    from after_school_desk.errors import PermissionDenied
    from after_school_desk.services.base.context import nobody_actor

    nobody = dataclasses.replace(school_ctx, actor=nobody_actor("pc"))
    first = dataclasses.replace(school_ctx, actor=first_account_actor())
    for action in Action:
        assert not nobody.actor.may(action)
        with pytest.raises(PermissionDenied, match="需要登录"):
            nobody.require(action)
        assert first.actor.may(action) is (action is Action.MANAGE_USERS)
