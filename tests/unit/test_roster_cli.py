"""import-roster on the command line: exit status 0, 1 and 2, summary or JSON output."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from after_school_desk.cli import main
from tests.unit.roster_files import REGISTRY_HEADER, registry_row, write_xlsx

INIT = ["init", "--school", "测试小学", "--county", "贺兰县"]
TERM = ["--term-start", "2026-09-01", "--term-end", "2027-01-20", "--classes-per-grade", "2"]


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_login: Callable[..., str]) -> str:
    path = str(tmp_path / "school.sqlite")
    assert main(["--db", path, *INIT, *TERM]) == 0
    cli_login(path)
    capsys.readouterr()
    return path


def test_import_dry_run_then_import_then_json(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = write_xlsx(tmp_path / "r.xlsx", [REGISTRY_HEADER, registry_row(1), registry_row(2)])
    assert main(["--db", db, "import-roster", str(roster), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "仅检查" in out and "将新增 2 名" in out and "身份证件号" in out
    assert main(["--db", db, "pupils", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    assert main(["--db", db, "import-roster", str(roster)]) == 0
    assert "新增 2 名，更新 0 名，无变化 0 名。" in capsys.readouterr().out
    assert main(["--db", db, "import-roster", str(roster), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["added"], report["unchanged"], report["dry_run"]) == (0, 2, False)
    assert "家庭住址" in report["ignored_columns"]


def test_invalid_rows_exit_1_with_one_line_per_problem(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[list[object]] = [
        REGISTRY_HEADER,
        registry_row(1, phone="1380000"),
        registry_row(2, sex="?"),
    ]
    roster = write_xlsx(tmp_path / "bad.xlsx", rows, title="名册")
    assert main(["--db", db, "import-roster", str(roster)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "名册有 2 处错误，未导入任何学生：",
        "第 3 行「监护人1联系电话」：“1380000” 不是有效的电话号码",
        "第 4 行「性别」：“?” 性别应填“男”或“女”",
    ]
    assert main(["--db", db, "pupils", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_unreadable_file_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "r.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert main(["--db", db, "import-roster", str(broken)]) == 2
    assert "已损坏" in capsys.readouterr().err
    assert main(["--db", db, "import-roster", str(tmp_path / "missing.csv")]) == 2
    assert "找不到文件" in capsys.readouterr().err
