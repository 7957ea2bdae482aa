"""Migration 0007 gives the attendance log an AUTOINCREMENT ``seq``: every event and its
number survive, and new numbers start above every sealed one."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import archive, maintenance
from after_school_desk.services.daily import attendance
from after_school_desk.store import daily_store, migrate
from after_school_desk.store.connection import open_store
from tests.conftest import TEST_DEVICE
from tests.unit.report_month import play_week
from tests.unit.test_migration_0005 import ACTOR, SCHOOL


def test_a_schema_6_file_keeps_its_events_and_never_reuses_a_number(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_dir = tmp_path / "db6"
    old_dir.mkdir()
    for f in migrate.migration_files()[:6]:
        shutil.copy(f, old_dir / f.name)
    monkeypatch.setattr(migrate, "DB_DIR", old_dir)
    migrate.migrations.cache_clear()
    try:
        with open_store(db_path, create=True) as store:
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 6
            ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
            from after_school_desk.services.school.setup import create_school

            create_school(ctx, SCHOOL)
            play_week(ctx, clock)
            clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
            archive.seal_due(ctx)
            top = store.conn.execute("SELECT max(max_seq) FROM attendance_archive").fetchone()[0]
            clock.set(datetime(2026, 12, 1, 16, 0, tzinfo=CHINA_TZ))
            attendance.sign_in(ctx, "G10000000", "2026-12-01T16:00:00+08:00")
            live = [tuple(r) for r in store.conn.execute(
                "SELECT rowid, id FROM attendance_event ORDER BY rowid")]  # fmt: skip
            assert live[0][0] <= top  # schema 6 reused a sealed number
            before = sorted(
                map(tuple, daily_store.event_tuples_between(store.conn, "2026-11-01", "2026-12-31"))
            )
    finally:
        monkeypatch.undo()
        migrate.migrations.cache_clear()
    with open_store(db_path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.schema_version()
        assert [tuple(r) for r in conn.execute(
            "SELECT seq, id FROM attendance_event ORDER BY seq")] == live  # fmt: skip
        assert (
            sorted(map(tuple, daily_store.event_tuples_between(conn, "2026-11-01", "2026-12-31")))
            == before
        )
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        clock.set(datetime(2026, 12, 2, 16, 0, tzinfo=CHINA_TZ))
        attendance.sign_in(ctx, "G10000000", "2026-12-02T16:00:00+08:00")
        newest = conn.execute("SELECT max(seq) FROM attendance_event").fetchone()[0]
        assert newest > top
        assert maintenance.check(ctx).ok
        backups = list((db_path.parent / "backups").glob("*-before-migration-*.sqlite"))
        assert len(backups) == 1
