"""Migration 0005 rebuilds the attendance log: every recorded event survives, unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import enrolment, pupils
from after_school_desk.services.school.pupils import AdultInput, PupilInput
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import daily_store, migrate
from after_school_desk.store.connection import open_store
from tests.conftest import TEST_DEVICE

ACTOR = Actor(login="test:system", role=Role.SYSTEM, display_name="测试")
SCHOOL = SchoolSetup(name="立岗镇中心小学", county="贺兰县", term_start="2026-09-01",
                     term_end="2027-01-20", classes_per_grade=2)  # fmt: skip


def test_events_recorded_under_schema_4_survive(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_dir = tmp_path / "db4"
    old_dir.mkdir()
    for f in migrate.migration_files()[:4]:
        shutil.copy(f, old_dir / f.name)
    monkeypatch.setattr(migrate, "DB_DIR", old_dir)
    migrate.migrations.cache_clear()
    try:
        with open_store(db_path, create=True) as store:
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 4
            ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
            create_school(ctx, SCHOOL)
            pupil = pupils.save_pupil(
                ctx,
                PupilInput(national_id="G100000000001", name="张三", sex="男", class_name="一年级(1)班",
                           adults=[AdultInput(name="张大山", relation="父亲", phone="13800000001")]),
            )  # fmt: skip
            class_id = store.conn.execute(
                "SELECT class_id FROM pupil WHERE id = ?", [pupil["id"]]
            ).fetchone()[0]
            with store.write() as conn:
                for n, (kind, at, supersedes) in enumerate(
                    [("signed_in", "16:00", None), ("signed_in", "16:01", None),
                     ("correction", "16:02", "e1")], start=1
                ):  # fmt: skip
                    conn.execute(
                        "INSERT INTO attendance_event (id, pupil_day_id, pupil_id, day, class_id,"
                        " kind, at, recorded_at, actor, device_id, supersedes, reason)"
                        " VALUES (?, 'pd', ?, '2026-11-02', ?, ?, ?, ?, 't', 'old-pc', ?, ?)",
                        [f"e{n}", pupil["id"], class_id, kind, f"2026-11-02T{at}:00+08:00",
                         f"2026-11-02T{at}:00+08:00", supersedes,
                         "误点" if supersedes else ""],
                    )  # fmt: skip
    finally:
        monkeypatch.undo()
        migrate.migrations.cache_clear()
    with open_store(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrate.schema_version()
        rows = daily_store.events_of_pupil_day(store.conn, pupil["id"], "2026-11-02")
        assert [(r["id"], r["seq"], r["kind"]) for r in rows] == [
            ("e1", 1, "signed_in"),
            ("e2", 2, "signed_in"),
            ("e3", 3, "correction"),
        ]
        assert "pupil_day_id" not in rows[0]
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        assert attendance.count_events(ctx) == 3
        enrolment.enroll(ctx, ["G100000000001"], start="2026-11-02", approve=True)
        day = attendance.day_list(ctx, "2026-11-02")
        assert day[0]["signed_in_at"] == "2026-11-02T16:01:00+08:00"  # e1 was corrected away
        backups = list((db_path.parent / "backups").glob("*-before-migration-*.sqlite"))
        assert len(backups) == 1
