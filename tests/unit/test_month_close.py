"""Month close (月结): a closed month's reports are frozen, writes into it are refused, a
reopening keeps the submitted snapshot, ``check`` finds a tampered one."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.cli import main
from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.reports.ledger_data import Ledger
from after_school_desk.reports.snapshot_codec import canonical, digest, from_plain, plain
from after_school_desk.services.base.classes import find_class
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.base.month_guard import MonthClosed
from after_school_desk.services.care import maintenance
from after_school_desk.services.daily import attendance, corrections
from after_school_desk.services.money import billing, expenses, fees, payments, waivers
from after_school_desk.services.month import month_close, reports
from after_school_desk.services.school import enrolment, pupils
from after_school_desk.services.school.pupils import AdultInput, PupilInput
from tests.conftest import as_role
from tests.unit.report_month import play_week

CLOSED = (
    "2026年11月已月结（校长 王校长 于 2026-12-02 10:00 结账），不能再修改该月的记录；"
    "如确需修改，请校长先重新打开该月。"
)
A = "G10000000"  # signed in every day of the played week
B = "G10000001"  # withdrawn from 2026-11-05
C = "G10100000"  # enrolled from 2026-11-04


def principal(ctx: ServiceContext) -> ServiceContext:
    actor = Actor(login="wang", role=Role.PRINCIPAL, display_name="王校长")
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=ctx.clock)


@pytest.fixture
def month(school_ctx: ServiceContext, clock: FixedClock) -> ServiceContext:
    """The played week of November, a fee, a payment and an expense; the clock in December."""
    play_week(school_ctx, clock)
    fees.set_fee(school_ctx, "150", "month", approval="某价〔2026〕12号", start="2026-09-01")
    billing.bill_month(school_ctx, "2026-11")
    payments.record_payment(school_ctx, A, "150", "2026-11-06", receipt_no="R1")
    expenses.add_expense(school_ctx, "电费", "12.30", "2026-11-06")
    clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=CHINA_TZ))
    return principal(school_ctx)


def outputs(ctx: ServiceContext, tmp: Path) -> dict[str, bytes]:
    """Every report of November, as files."""
    found: dict[str, bytes] = {}
    pdf = BytesIO()
    reports.ledger_pdf(ctx, "2026-11", pdf)
    found["ledger.pdf"] = pdf.getvalue()
    values = reports.direct_report(ctx, "2026-11")
    found["direct.json"] = json.dumps(values, ensure_ascii=False, sort_keys=True).encode()
    for name, write in [
        ("direct.xlsx", lambda out: reports.write_direct(values, out)),
        ("direct.csv", lambda out: reports.write_direct(values, out)),
        ("finance.pdf", lambda out: reports.write_finance(reports.finance_data(ctx, "2026-11"), out)),
        ("finance.xlsx", lambda out: reports.write_finance(reports.finance_data(ctx, "2026-11"), out)),
        ("subsidy.xlsx", lambda out: reports.write_subsidy(reports.subsidy_data(ctx, "2026-11"), out)),
    ]:  # fmt: skip
        out = tmp / name
        write(out)
        found[name] = out.read_bytes()
    return found


def test_closed_reports_are_byte_identical_whatever_happens_later(
    month: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    live_ledger = reports.live_ledger(month, "2026-11")
    draft = reports.ledger(month, "2026-11")
    assert draft.audit_head.startswith("未月结（草稿）")
    state = month_close.close_month(month, "2026-11")
    assert state["state"] == "closed" and state["version"] == 1
    assert state["closed_by"] == "校长 王校长" and len(state["sha256"]) == 64

    frozen = reports.ledger(month, "2026-11")
    assert state["sha256"] in frozen.audit_head and "第1版" in frozen.audit_head
    live_ledger.audit_head = frozen.audit_head
    assert frozen == live_ledger  # the snapshot holds exactly what the records gave
    header = reports.direct_report(month, "2026-11")
    if "month_closed" in header:  # the direct report's file header names the snapshot
        assert header["month_closed"] is True and header["snapshot_hash"] == state["sha256"]
    (tmp_path / "a").mkdir()
    first = outputs(month, tmp_path / "a")

    # back-dated attempts are refused; other changes and the next month go on
    with pytest.raises(MonthClosed):
        attendance.sign_in(month, C, "2026-11-05T16:00:00+08:00")
    with pytest.raises(MonthClosed):
        payments.record_payment(month, C, "150", "2026-11-20")
    pupils.save_pupil(month, PupilInput(national_id="G20000001", name="新同学", sex="男",
                                        class_name="一年级(1)班",
                                        adults=[AdultInput("新家长", "母亲", "13900000099")]))  # fmt: skip
    enrolment.enroll(month, ["G20000001"], start="2026-12-01", approve=True)
    attendance.sign_in(month, A, "2026-12-02T16:00:00+08:00")
    expenses.add_expense(month, "电费", "5", "2026-12-01")
    clock.set(datetime(2027, 1, 5, 10, 0, tzinfo=CHINA_TZ))
    pupil_a = month.store.conn.execute("SELECT id FROM pupil WHERE national_id = ?", [A])
    pupils.save_pupil(month, PupilInput(national_id=A, name="改名零零", sex="女",
                                        class_name="一年级(1)班",
                                        adults=[AdultInput("母亲00", "母亲", "13900000000")]),
                      pupil_a.fetchone()[0])  # fmt: skip
    names = {p.name for c in reports.live_ledger(month, "2026-11").classes for p in c.pupils}
    assert "改名零零" in names  # the records moved on; the closed month did not:
    assert "改名零零" not in {p.name for c in reports.ledger(month, "2026-11").classes
                              for p in c.pupils}  # fmt: skip

    (tmp_path / "b").mkdir()
    second = outputs(month, tmp_path / "b")
    assert set(second) == set(first)
    for name, data in first.items():
        assert second[name] == data, name


def test_snapshot_round_trip_and_hash() -> None:
    ledger = Ledger("校", "县", "2026-11", 20, 20, 19, 30, [("甲", 3)], [], [], [], [], [5], "",
                    "2026-11-30", [("一(1)", 0.5)], 1, None)  # fmt: skip
    data = plain(ledger)
    back = from_plain(Ledger, json.loads(canonical(data)))
    assert back == ledger and isinstance(back.leaders[0], tuple)
    assert canonical({"b": 1, "a": [1.5, "中"]}) == '{"a":[1.5,"中"],"b":1}'.encode()
    assert digest(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


WRITES: dict[str, Callable[[ServiceContext], Any]] = {
    "sign_in": lambda c: attendance.sign_in(c, C, "2026-11-05T16:00:00+08:00"),
    "sign_in_all": lambda c: attendance.sign_in_all(
        c, find_class(c, "一年级(1)班")["id"], "2026-11-09"
    ),
    "mark_absent": lambda c: attendance.mark_absent(c, A, "2026-11-09"),
    "leave": lambda c: attendance.record_leave(c, A, "2026-11-30", "2026-12-04", "病假"),
    "contact": lambda c: attendance.record_contact(
        c, B, True, "2026-11-04", at="2026-11-04T17:00:00+08:00"
    ),
    "sign_out": lambda c: attendance.sign_out(c, C, "2026-11-05T17:00:00+08:00", self_leave=True),
    "enroll": lambda c: enrolment.enroll(c, ["G10200000"], start="2026-11-16", approve=True),
    "enroll_earlier": lambda c: enrolment.enroll(c, ["G10200000"], start="2026-10-12"),
    "withdraw": lambda c: enrolment.withdraw(c, C, "2026-11-20"),
    "agreement": lambda c: enrolment.record_agreement(c, A, "母亲00", "2026-11-10"),
    "payment": lambda c: payments.record_payment(c, C, "150", "2026-11-20"),
    "refund": lambda c: payments.refund(c, A, "10", "退回", "2026-11-30"),
    "waiver": lambda c: waivers.grant_waiver(c, C, "低保", 100, "低保证 1", "2026-11-01"),
    "bill": lambda c: billing.bill_month(c, "2026-11"),
    "expense": lambda c: expenses.add_expense(c, "电费", "3", "2026-11-03"),
    "income": lambda c: expenses.add_income(c, "财政补助", "300", "2026-11-03"),
}


@pytest.mark.parametrize("kind", sorted(WRITES))
def test_writes_into_a_closed_month_are_refused_with_the_reason(
    month: ServiceContext, kind: str
) -> None:
    month_close.close_month(month, "2026-11")
    audit_rows = month.store.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(MonthClosed) as caught:
        WRITES[kind](month)
    assert caught.value.message == CLOSED
    assert month.store.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_rows


def test_corrections_and_undo_in_a_closed_month_are_refused(month: ServiceContext) -> None:
    event_id = next(
        e["id"] for e in month.store.conn.execute(
            "SELECT id FROM attendance_event WHERE day = '2026-11-02' AND kind = 'signed_in'")
    )  # fmt: skip
    month_close.close_month(month, "2026-11")
    with pytest.raises(MonthClosed, match="2026年11月已月结"):
        corrections.correct(month, event_id, "点错了")
    with pytest.raises(MonthClosed, match="2026年11月已月结"):
        corrections.revert(month, [event_id])


def test_reopen_change_close_again_keeps_both_snapshots(
    month: ServiceContext, tmp_path: Path
) -> None:
    first = month_close.close_month(month, "2026-11")
    submitted = reports.finance_data(month, "2026-11")
    with pytest.raises(ValidationError, match="必须写明理由"):
        month_close.reopen_month(month, "2026-11", "  ")
    state = month_close.reopen_month(month, "2026-11", "补录 11 月 20 日的电费")
    assert state["state"] == "reopened" and state["reopen_reason"] == "补录 11 月 20 日的电费"
    assert reports.ledger(month, "2026-11").audit_head.startswith("未月结（草稿）：第1版月结已由")
    expenses.add_expense(month, "电费", "20", "2026-11-20")  # allowed now
    compared = month_close.compare(month, "2026-11")
    expense = next(c for c in compared["changes"] if c["key"] == "expenses_fen")
    assert (expense["report"], expense["before"], expense["after"]) == ("finance", 1230, 3230)
    assert (expense["label"], expense["before_text"], expense["after_text"]) == (
        "收支公示：支出合计",
        "12.30 元",
        "32.30 元",
    )
    second = month_close.close_month(month, "2026-11")
    assert second["version"] == 2 and second["sha256"] != first["sha256"]
    kept = month_close.snapshots(month, "2026-11")
    assert [(s["version"], s["reopened"] is not None) for s in kept] == [(1, True), (2, False)]
    assert month_close.snapshot_data(month, "2026-11", 1)["finance"] == dict(submitted)
    assert reports.finance_data(month, "2026-11")["expenses_fen"] == 3230
    assert month_close.compare(month, "2026-11")["before"] == "第1版"
    with pytest.raises(MonthClosed):
        expenses.add_expense(month, "电费", "1", "2026-11-21")
    status = {m["month"]: m for m in month_close.month_status(month)}
    assert status["2026-11"]["state"] == "closed" and status["2026-11"]["version"] == 2
    assert status["2026-10"]["state"] == "open" and status["2026-12"]["ended"] is False
    assert maintenance.check(month).ok


def test_closing_is_refused_when_it_makes_no_sense(month: ServiceContext) -> None:
    with pytest.raises(ValidationError, match="2026年12月还没有结束"):
        month_close.close_month(month, "2026-12")
    with pytest.raises(ValidationError, match="2026年8月没有课后服务日"):
        month_close.close_month(month, "2026-08")
    with pytest.raises(ValidationError, match="还没有月结"):
        month_close.reopen_month(month, "2026-11", "理由")
    with pytest.raises(PermissionDenied):
        month_close.close_month(as_role(month, Role.DUTY_LEADER), "2026-11")
    month_close.close_month(month, "2026-11")
    with pytest.raises(ValidationError, match="已经月结"):
        month_close.close_month(month, "2026-11")


def test_an_enrolment_from_an_open_month_that_runs_into_a_closed_one_is_refused(
    month: ServiceContext,
) -> None:
    month_close.close_month(month, "2026-11")
    with pytest.raises(MonthClosed, match="2026年11月已月结"):
        enrolment.enroll(month, ["G10200000"], start="2026-10-12", approve=True)
    enrolment.enroll(month, ["G10200000"], start="2026-12-01", approve=True)  # after: fine


def test_withdrawal_before_existing_attendance_is_refused_with_the_dates(
    month: ServiceContext,
) -> None:
    with pytest.raises(ValidationError) as caught:
        enrolment.withdraw(month, A, "2026-11-04")
    message = caught.value.message
    assert "2026-11-04、2026-11-05、2026-11-06" in message and "2026-11-07 或以后" in message
    assert caught.value.fields["on"] == message
    enrolment.withdraw(month, A, "2026-11-07")  # after the last attendance


def test_check_finds_a_tampered_snapshot(month: ServiceContext) -> None:
    month_close.close_month(month, "2026-11")
    conn = month.store.conn
    assert maintenance.check(month).ok
    assert any("月结快照：1 份" in line for line in maintenance.check(month).lines())
    with pytest.raises(Exception, match="cannot be changed"):
        conn.execute("UPDATE month_snapshot SET sha256 = sha256")
    data = json.loads(zlib.decompress(conn.execute("SELECT payload FROM month_snapshot")
                                      .fetchone()[0]))  # fmt: skip
    data["direct"]["absences"] += 1
    forged = canonical(data)
    conn.execute("DROP TRIGGER month_snapshot_no_update")
    conn.execute("UPDATE month_snapshot SET payload = ?", [zlib.compress(forged)])
    report = maintenance.check(month)
    assert not report.ok
    dropped = "数据库结构缺少 trigger month_snapshot_no_update（被删除或损坏）"
    assert report.integrity == [dropped, "月结快照 2026-11 第1版：校验值不符（被改动或损坏）"]
    conn.execute("UPDATE month_snapshot SET sha256 = ?", [digest(forged)])
    assert maintenance.check(month).integrity == [
        dropped,
        "月结快照 2026-11 第1版：与月结时审计记录中的校验值不符（被改动）",
    ]


@pytest.fixture
def cli(month: ServiceContext, db_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], cli_login):  # type: ignore[no-untyped-def]  # fmt: skip
    cli_login(month)
    month.store.close()
    monkeypatch.setenv("APP_NOW", "2026-12-02T10:00")

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db_path), *argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_month_commands_and_exit_statuses(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("month", "status", "--json")
    assert code == 0
    assert {m["month"]: m["state"] for m in json.loads(out)}["2026-11"] == "open"
    assert cli("month", "close", "2026-12")[0] == 1
    assert cli("month", "close", "2026-13")[0] == 1
    code, out, _ = cli("month", "close", "2026-11")
    assert code == 0 and "2026年11月已月结（第1版" in out
    code, _, err = cli("month", "close", "2026-11")
    assert code == 1 and "已经月结" in err
    code, _, err = cli("absent", A, "--date", "2026-11-09")
    assert code == 1 and "2026年11月已月结" in err and "请校长先重新打开该月" in err
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert cli("report", "ledger", "--month", "2026-11", "--out", str(a))[0] == 0
    assert cli("report", "ledger", "--month", "2026-11", "--out", str(b))[0] == 0
    assert a.read_bytes() == b.read_bytes()
    code, out, _ = cli("month", "status")
    assert code == 0 and "已月结" in out
    assert cli("month", "reopen", "2026-11")[0] == 2  # --reason is required
    assert cli("month", "reopen", "2026-11", "--reason", " ")[0] == 1
    code, out, _ = cli("month", "reopen", "2026-11", "--reason", "更正考勤")
    assert code == 0 and "重新打开" in out
    assert cli("absent", A, "--date", "2026-11-09")[0] == 0  # allowed again
    assert cli("expense", "add", "--category", "电费", "--amount", "1", "--date",
               "2026-11-09")[0] == 0  # fmt: skip
    code, out, _ = cli("month", "compare", "2026-11", "--json")
    assert code == 0 and json.loads(out)["changes"]
    assert cli("month", "close", "2026-11")[0] == 0
    code, out, _ = cli("month", "status", "--json")
    nov = {m["month"]: m for m in json.loads(out)}["2026-11"]
    assert (nov["state"], nov["version"]) == ("closed", 2)
    assert cli("check")[0] == 0
