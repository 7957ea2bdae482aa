"""Migration 0006 adds month close (月结): a file of schema 5 keeps its records, gains the two
insert-only tables, and a month of it can then be closed and reopened."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.month import month_close
from after_school_desk.services.school import enrolment, pupils
from after_school_desk.services.school.pupils import AdultInput, PupilInput
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import migrate
from after_school_desk.store.connection import open_store
from tests.conftest import TEST_DEVICE

ACTOR = Actor(login="test:system", role=Role.SYSTEM, display_name="测试")
SCHOOL = SchoolSetup(name="立岗镇中心小学", county="贺兰县", term_start="2026-09-01",
                     term_end="2027-01-20", classes_per_grade=2)  # fmt: skip


def test_a_schema_5_file_gains_month_close(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_dir = tmp_path / "db5"
    old_dir.mkdir()
    for f in migrate.migration_files()[:5]:
        shutil.copy(f, old_dir / f.name)
    monkeypatch.setattr(migrate, "DB_DIR", old_dir)
    migrate.migrations.cache_clear()
    try:
        with open_store(db_path, create=True) as store:
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 5
            ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
            create_school(ctx, SCHOOL)
            pupils.save_pupil(
                ctx,
                PupilInput(national_id="G100000000001", name="张三", sex="男", class_name="一年级(1)班",
                           adults=[AdultInput(name="张大山", relation="父亲", phone="13800000001")]),
            )  # fmt: skip
            tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
            assert "month_snapshot" not in tables
    finally:
        monkeypatch.undo()
        migrate.migrations.cache_clear()

    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CHINA_TZ))
    with open_store(db_path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.schema_version() >= 6
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        assert [p["name"] for p in pupils.list_pupils(ctx)] == ["张三"]
        enrolment.enroll(ctx, ["G100000000001"], start="2026-11-02", approve=True)
        attendance.sign_in(ctx, "G100000000001", "2026-11-02T16:00:00+08:00")
        assert [m["state"] for m in month_close.month_status(ctx)][:3] == ["open"] * 3
        closed = month_close.close_month(ctx, "2026-11")
        assert closed["version"] == 1
        with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
            conn.execute("DELETE FROM month_snapshot")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO month_reopening (id, month, version, reopened_at, reopened_by,"
                " reopened_by_name, device_id, reason) VALUES ('x', '2026-11', 1, '', '', '', '',"
                " '  ')"
            )
        month_close.reopen_month(ctx, "2026-11", "补登")
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            conn.execute("UPDATE month_reopening SET reason = '别的'")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute(
                "INSERT INTO month_reopening (id, month, version, reopened_at, reopened_by,"
                " reopened_by_name, device_id, reason) VALUES ('y', '2026-10', 1, '', '', '', '',"
                " '理由')"
            )
    backups = list((db_path.parent / "backups").glob("*-before-migration-*.sqlite"))
    assert len(backups) == 1
