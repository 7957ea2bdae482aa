"""The command line: init, staff, pupils, demo; exit statuses and JSON shapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from after_school_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_staff_and_refusals(
    db_path: Path, capsys: pytest.CaptureFixture[str], cli_login: Callable[..., str]
) -> None:
    db = str(db_path)
    code, out, _ = run(capsys, "--db", db, "init", "--school", "立岗镇中心小学", "--county", "贺兰县",
                       "--term-start", "2026-09-01", "--term-end", "2027-01-20")  # fmt: skip
    assert code == 0 and "已建立学校" in out
    cli_login(db_path)
    code, _, err = run(capsys, "--db", db, "init", "--school", "x", "--county", "y",
                       "--term-start", "2026-09-01", "--term-end", "2027-01-20")  # fmt: skip
    assert code == 1 and "已经有学校" in err
    code, _, err = run(
        capsys, "--db", db, "staff", "add", "王丽", "--role", "teacher", "--phone", "123"
    )
    assert code == 1 and "“123”" in err
    code, _, _ = run(
        capsys, "--db", db, "staff", "add", "王丽", "--role", "teacher", "--phone", "13800001234"
    )
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "staff", "--json")
    staff = json.loads(out)
    assert code == 0 and [(s["name"], s["role"], s["phone"]) for s in staff] == [
        ("王丽", "teacher", "13800001234")
    ]
    assert set(staff[0]) >= {"id", "name", "role", "phone"}


def test_unknown_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"hello" * 100)
    code, _, err = run(capsys, "--db", str(bogus), "pupils")
    assert code == 2 and "不是课后服务台的数据库" in err


def test_bad_command_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["staff", "add", "王丽", "--role", "janitor"])
    assert exc.value.code == 2
    assert "命令行有误" in capsys.readouterr().err


def test_demo_is_deterministic(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_login: Callable[..., str],
) -> None:
    monkeypatch.setenv("APP_NOW", "2026-11-02T15:30:00+08:00")
    outputs = []
    for name in ("a.sqlite", "b.sqlite"):
        db = str(tmp_path / name)
        assert run(capsys, "--db", db, "demo", "--pupils", "120", "--seed", "7")[0] == 0
        cli_login(db)
        code, out, _ = run(capsys, "--db", db, "pupils", "--json")
        rows = json.loads(out)
        outputs.append(
            [(p["national_id"], p["name"], p["class"], len(p["guardians"])) for p in rows]
        )
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 120
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite"), "demo")
    assert code == 1 and "已经有学校" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "c.sqlite"), "demo", "--pupils", "10001")
    assert code == 1 and "10000" in err
