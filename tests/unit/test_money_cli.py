"""The money commands from the command line: exit codes, JSON shape, refusals change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.services.base.context import ServiceContext
from tests.unit.money_school import add_pupils, money_ctx

A, B, C = "M100000001", "M100000002", "M100000003"


@pytest.fixture
def cli(ctx: ServiceContext, db_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], cli_login):  # type: ignore[no-untyped-def]  # fmt: skip
    add_pupils(money_ctx(ctx))
    cli_login(ctx)
    ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-12-20T10:00")

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db_path), *argv])
        except SystemExit as exc:  # argparse: the command line could not be read
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_money_commands_and_exit_codes(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("fee", "set", "--amount", "150", "--per", "month", "--approval", "某价〔2026〕12号",
               "--from", "2026-09-01")[0] == 0  # fmt: skip
    code, _, err = cli("fee", "set", "--amount", "250", "--per", "month")
    assert code == 1 and "不高于200元" in err
    assert cli("fee", "set", "--amount", "150", "--per", "week")[0] == 2  # argparse refuses
    assert (
        cli("waive", C, "--kind", "低保", "--evidence", "低保证 1", "--from", "2026-09-01")[0] == 0
    )
    assert cli("waive", C, "--kind", "低保")[0] == 1  # no evidence
    assert cli("bill", "--month", "2026-11")[0] == 0
    assert cli("bill", "--month", "2026-13")[0] == 1
    assert cli("pay", A, "--amount", "100", "--date", "2026-11-05", "--receipt", "R1")[0] == 0
    code, _, err = cli("pay", A, "--amount", "12.345")
    assert code == 1 and "两位小数" in err
    code, _, err = cli("pay", A, "--amount", "-1")
    assert code == 1 and "负数" in err
    code, _, err = cli("refund", A, "--amount", "100.01")
    assert code == 1 and "已缴未退" in err
    code, _, err = cli("expense", "add", "--category", "管理费", "--amount", "10")
    assert code == 1 and "管理费" in err
    assert cli("expense", "add", "--category", "电费", "--amount", "12.3", "--date",
               "2026-11-20")[0] == 0  # fmt: skip
    assert (
        cli("consent", C, "--kind", "publication", "--by", "王母", "--date", "2026-11-01")[0] == 0
    )
    code, out, err = cli("finance", "--month", "2026-11", "--json")
    assert code == 0, err
    data = json.loads(out)
    # 7 pupils the whole month at 150.00, one from 16 Nov: 15000 × 9 / 17 -> 7941;
    # B (建档立卡) and C (低保) free; paid 100.00; expense 12.30
    assert data["charged_fen"] == 7 * 15000 + 7941
    assert data["waived_fen"] == 30000
    assert data["paid_fen"] == 10000
    assert data["expenses_fen"] == 1230
    assert data["balance_fen"] == 10000 - 1230
    assert {w["national_id"]: w["fen"] for w in data["waivers"]} == {B: 15000, C: 15000}
    assert data["public_waivers"] == [{"class": "三年级(1)班", "name": "王*华", "fen": 15000}]
    assert data["expenses"] == [{"category": "电费", "fen": 1230}]
    assert "王丽华" in out  # UTF-8, not escaped
