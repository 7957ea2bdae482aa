"""Migration 0008 seals what a file already holds: live records, archives and accounts."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import archive, maintenance
from after_school_desk.services.daily import attendance
from after_school_desk.services.money import payments
from after_school_desk.services.school.setup import create_school
from after_school_desk.store import migrate, seals
from after_school_desk.store.connection import open_store
from tests import outside_editor
from tests.conftest import TEST_DEVICE
from tests.unit.report_month import play_week
from tests.unit.test_migration_0005 import ACTOR, SCHOOL


def test_a_schema_7_file_is_sealed_whole_and_then_guards_itself(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_dir = tmp_path / "db7"
    old_dir.mkdir()
    for f in migrate.migration_files()[:7]:
        shutil.copy(f, old_dir / f.name)
    monkeypatch.setattr(migrate, "DB_DIR", old_dir)
    migrate.migrations.cache_clear()
    try:
        with open_store(db_path, create=True) as store:
            ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
            create_school(ctx, SCHOOL)
            play_week(ctx, clock)
            payments.record_payment(ctx, "G10000000", "150", "2026-11-03")
            clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
            archive.seal_due(ctx)
            clock.set(datetime(2026, 12, 1, 16, 0, tzinfo=CHINA_TZ))
            attendance.sign_in(ctx, "G10000000", "2026-12-01T16:00:00+08:00")
            counts = store.conn.execute(
                "SELECT (SELECT count(*) FROM attendance_event), (SELECT count(*) FROM payment),"
                " (SELECT count(*) FROM audit), (SELECT count(*) FROM attendance_archive)"
            ).fetchone()
    finally:
        monkeypatch.undo()
        migrate.migrations.cache_clear()
    assert counts[0] == 1 and counts[1] == 1 and counts[3] >= 1
    with open_store(db_path) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        report = maintenance.check(ctx)
        assert report.ok, report.lines()
        assert report.seals.records >= counts[0] + counts[1] + counts[2]
        legacy = store.conn.execute(
            "SELECT count(*) FROM attendance_archive WHERE seal_mac IS NOT NULL AND seals IS NULL"
        ).fetchone()[0]
        assert legacy == counts[3]  # archives of before: covered by their MAC from now on
        assert seals.recorded_tag(store.conn) == store.ring.current().tag_hex if store.ring else ""
    raw = outside_editor.connect(str(db_path), isolation_level=None)
    raw.execute("DROP TRIGGER seal_payment_update")
    raw.execute("UPDATE payment SET amount_fen = 1")
    raw.close()
    with open_store(db_path) as store:
        problems = maintenance.check(
            ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        ).seals.problems
        assert len(problems) == 1 and "收费记录" in problems[0] and "被改动过" in problems[0]
