"""The daily tamper check runs beside the window: in a process of its own, and reading the file
as of one moment while the window goes on recording."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import apart, maintenance
from after_school_desk.services.money import payments
from after_school_desk.store import seals
from after_school_desk.store.backup import connect_read_only
from tests import outside_editor
from tests.unit.report_month import play_week


def sealed_by_a_forger(path: Path) -> None:
    """A payment changed through look-alike functions with another key: the triggers seal the
    change, the schema stays as it was."""
    raw = outside_editor.connect(path, isolation_level=None)
    try:
        outside_editor.seal_as_another_pc(raw)
        raw.execute("UPDATE payment SET amount_fen = 50")
    finally:
        raw.close()


@pytest.fixture
def played(school_ctx: ServiceContext, clock: FixedClock) -> ServiceContext:
    play_week(school_ctx, clock)
    payments.record_payment(school_ctx, "G10000000", "150", "2026-11-03")
    return school_ctx


def test_records_written_while_the_check_reads_are_not_findings(
    played: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window records a payment after the check has read the seals but before it reads
    the records: the new payment is not "a record without its seal"."""
    read_seals = seals._seals
    written: list[str] = []

    def seals_then_a_payment(conn: sqlite3.Connection) -> Any:
        found = read_seals(conn)
        if not written:
            payments.record_payment(played, "G10000001", "80.50", "2026-11-04")
            written.append("paid")
        return found

    monkeypatch.setattr(seals, "_seals", seals_then_a_payment)
    beside = connect_read_only(played.store.path)  # the check's own connection, as at start-up
    try:
        report = seals.verify(beside)
    finally:
        beside.close()
    assert written == ["paid"]
    assert report.problems == [], report.problems
    paid = played.store.conn.execute("SELECT count(*) FROM payment").fetchone()[0]
    assert paid == 2  # the payment was written, and the next check sees it sealed
    monkeypatch.setattr(seals, "_seals", read_seals)
    assert maintenance.check(played).ok


def test_a_payment_written_behind_the_programs_back_is_still_found(
    played: ServiceContext,
) -> None:
    """The snapshot hides nothing that was there when the check began."""
    sealed_by_a_forger(played.store.path)
    assert any("本机没有的密钥" in line for line in maintenance.check(played).lines())


def test_the_check_runs_in_a_child_process_and_answers_there() -> None:
    assert apart.run_apart(os.getpid) != os.getpid()
    assert apart.run_apart(sorted, [3, 1, 2]) == [1, 2, 3]
    with pytest.raises(ValueError):  # the child's refusal is raised to the caller, as a call's
        apart.run_apart(int, "not a number")


def test_the_daily_tamper_check_finds_the_same_in_a_child(played: ServiceContext) -> None:
    """The child finds the key and the witness where the program does (same settings)."""
    path = played.store.path
    assert apart.run_apart(maintenance.tamper_findings, path) == []
    sealed_by_a_forger(path)
    found = apart.run_apart(maintenance.tamper_findings, path)
    assert found == maintenance.tamper_findings(path)
    assert any("本机没有的密钥" in line for line in found)


def test_without_a_child_process_the_check_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_processes(*_args: object, **_kwargs: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(apart, "ProcessPoolExecutor", no_processes)
    assert apart.run_apart(os.getpid) == os.getpid()


def test_the_sealing_process_is_started_only_when_a_month_is_due(played: ServiceContext) -> None:
    path = played.store.path
    november = FixedClock(datetime(2026, 11, 30, 20, 0, tzinfo=CHINA_TZ))
    december = FixedClock(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    assert not maintenance.sealing_due(path, november)
    assert maintenance.sealing_due(path, december)
    report = apart.run_apart(maintenance.seal_due_in, path, played.device_id, december)
    assert report.months == ["2026-11"] and report.events_moved > 0
    assert not maintenance.sealing_due(path, december)
    sealed_by = played.store.conn.execute(
        "SELECT actor, device_id FROM attendance_archive LIMIT 1"
    ).fetchone()
    assert tuple(sealed_by) == (maintenance.MAINTENANCE.login, played.device_id)
