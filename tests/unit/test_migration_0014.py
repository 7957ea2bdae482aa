"""Migration 0014 (service windows per stage): a schema-13 file keeps its windows as the
whole school's, with every seal valid and the windows sealed again with the new column; a
stage's timetable is then written beside them, and a stage changed behind the program's back
is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import calendar
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store.connection import open_store
from tests import outside_editor
from tests.conftest import TEST_DEVICE
from tests.unit.old_schema import migrations_up_to
from tests.unit.test_migration_0005 import ACTOR

SCHOOL = SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                     term_end="2027-01-20", classes_per_grade=1, profile_id="city-plan-2024")  # fmt: skip


def test_a_schema_13_file_keeps_its_windows_for_the_whole_school(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with migrations_up_to(13, tmp_path, monkeypatch), open_store(db_path, create=True) as store:
        create_school(ServiceContext(store, ACTOR, TEST_DEVICE, clock), SCHOOL)
        before = store.conn.execute(
            "SELECT id, season, weekday, start_time, end_time FROM service_window ORDER BY id"
        ).fetchall()
    with open_store(db_path) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        report = maintenance.check(ctx)
        assert report.ok, report.lines()
        after = store.conn.execute(
            "SELECT id, season, weekday, start_time, end_time, stage FROM service_window"
            " ORDER BY id"
        ).fetchall()
        assert [tuple(r) for r in after] == [(*tuple(r), "") for r in before]
        assert sorted(calendar.windows(ctx)["all"]) == [1, 2, 4, 5]  # a primary school
        calendar.set_windows(ctx, "all", {3: ("15:30", "17:00")}, stage="junior")
        assert calendar.windows(ctx, "junior")["all"] == {3: ("15:30", "17:00")}
        assert maintenance.check(ctx).ok
    raw = outside_editor.connect(str(db_path), isolation_level=None)
    for trigger in ("seal_service_window_update", "hub_only_service_window_update"):
        raw.execute(f"DROP TRIGGER {trigger}")  # what an edit behind the program must do
    raw.execute("UPDATE service_window SET stage = 'senior' WHERE stage = 'junior'")
    raw.close()
    with open_store(db_path) as store:
        problems = maintenance.check(
            ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        ).seals.problems
        assert problems, "a stage changed behind the program's back is found"
