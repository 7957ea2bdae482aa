"""A damaged sealed archive is the program's own error; merged reads take one snapshot; row ids
of the attendance log are never reused after sealing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

import pytest

from after_school_desk.cli import main
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import archive, maintenance
from after_school_desk.services.daily import attendance
from after_school_desk.services.month import reports
from after_school_desk.store import daily_store, event_archive
from after_school_desk.store.connection import open_store
from tests.unit.report_month import play_week


@pytest.fixture
def played(school_ctx: ServiceContext, clock: FixedClock) -> ServiceContext:
    play_week(school_ctx, clock)
    return school_ctx


def _flip_a_payload_byte(ctx: ServiceContext) -> str:
    with ctx.write() as conn:
        class_id, payload = conn.execute(
            "SELECT class_id, payload FROM attendance_archive LIMIT 1"
        ).fetchone()
        data = bytearray(payload)
        data[len(data) // 2] ^= 0x5A
        conn.execute(
            "UPDATE attendance_archive SET payload = ? WHERE class_id = ?", [bytes(data), class_id]
        )
        return str(conn.execute("SELECT name FROM class WHERE id = ?", [class_id]).fetchone()[0])


def test_a_damaged_archive_is_a_storage_error_naming_class_and_month(
    played: ServiceContext, clock: FixedClock, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, cli_login: Callable[..., str],
) -> None:  # fmt: skip
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    cli_login(played)
    archive.seal_due(played)
    class_name = _flip_a_payload_byte(played)
    with pytest.raises(event_archive.DamagedArchive) as caught:
        reports.direct_report(played, "2026-11")
    assert class_name in caught.value.message and "2026-11" in caught.value.message
    assert "恢复" in caught.value.message
    played.store.close()
    monkeypatch.setenv("APP_NOW", "2026-12-20T09:00:00+08:00")
    code = main(
        ["--db", str(played.store.path), "report", "direct", "--month", "2026-11", "--json"]
    )
    err = capsys.readouterr().err
    assert code == 2, err
    assert code == 2 and class_name in err and "Traceback" not in err


def test_sealing_between_the_two_halves_of_a_read_changes_nothing(
    played: ServiceContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = played.store.conn
    before = len(daily_store.event_tuples_between(conn, "2026-11-01", "2026-11-30"))
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    real = event_archive.tuples_between
    sealed: list[int] = []

    def seal_first(*args: object, **kwargs: object) -> object:
        if not sealed:  # another connection seals the month after the live rows were read
            sealed.append(maintenance.seal_due_beside(played, played.store.path).events_moved)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(event_archive, "tuples_between", seal_first)
    during = len(daily_store.event_tuples_between(conn, "2026-11-01", "2026-11-30"))
    assert sealed[0] == before > 0
    assert during == before
    assert attendance.count_events(played) == before


def test_row_ids_are_not_reused_after_sealing(played: ServiceContext, clock: FixedClock) -> None:
    conn = played.store.conn
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    archive.seal_due(played)
    top = conn.execute("SELECT max(max_seq) FROM attendance_archive").fetchone()[0]
    clock.set(datetime(2026, 11, 9, 16, 30, tzinfo=CHINA_TZ))  # same month, after sealing
    attendance.sign_in(played, "G10000000", "2026-11-09T16:30:00+08:00")
    row = conn.execute("SELECT rowid, id FROM attendance_event").fetchone()
    assert row[0] > top
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        conn.execute("DELETE FROM attendance_event WHERE id = ?", [row[1]])
    played.store.close()
    with open_store(played.store.path) as store:
        assert store.conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0] == 1
