"""Migration 0015 (service windows with dates): a schema-14 file keeps every window, the
whole school's and each stage's, as holding since always, with every seal valid and the
windows sealed again with the new column; a dated version is then written beside them, and a
date changed behind the program's back is found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import calendar
from after_school_desk.services.school.setup import create_school
from after_school_desk.store.connection import open_store
from tests import outside_editor
from tests.conftest import TEST_DEVICE
from tests.unit.old_schema import migrations_up_to
from tests.unit.test_migration_0005 import ACTOR
from tests.unit.test_timetable_dates import NINE_YEAR


def test_a_schema_14_file_keeps_its_windows_since_always(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with migrations_up_to(14, tmp_path, monkeypatch), open_store(db_path, create=True) as store:
        create_school(ServiceContext(store, ACTOR, TEST_DEVICE, clock), NINE_YEAR)
        before = store.conn.execute(
            "SELECT id, season, weekday, start_time, end_time, stage FROM service_window"
            " ORDER BY id"
        ).fetchall()
        assert {r[5] for r in before} == {"", "primary", "junior"}
    with open_store(db_path) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        report = maintenance.check(ctx)
        assert report.ok, report.lines()
        after = store.conn.execute(
            "SELECT id, season, weekday, start_time, end_time, stage, valid_from"
            " FROM service_window ORDER BY id"
        ).fetchall()
        assert [tuple(r) for r in after] == [(*tuple(r), "0001-01-01") for r in before]
        assert sorted(calendar.windows(ctx, "primary")["all"]) == [1, 2, 4, 5]
        assert [v.since_always for v in calendar.window_history(ctx, "primary")] == [True]
        calendar.set_windows(ctx, "all", {3: ("15:30", "17:00")}, stage="primary",
                             valid_from=date(2026, 11, 9))  # fmt: skip
        assert calendar.windows(ctx, "primary", on=date(2026, 11, 9))["all"] == {
            3: ("15:30", "17:00")
        }
        assert sorted(calendar.windows(ctx, "primary", on=date(2026, 11, 6))["all"]) == [1, 2, 4, 5]
        calendar.set_windows(ctx, "all", {}, stage="junior", valid_from=date(2026, 11, 9))
        assert maintenance.check(ctx).ok  # the row that says "as the whole school" is sealed
    raw = outside_editor.connect(str(db_path), isolation_level=None)
    for trigger in ("seal_service_window_update", "hub_only_service_window_update"):
        raw.execute(f"DROP TRIGGER {trigger}")  # what an edit behind the program must do
    raw.execute(
        "UPDATE service_window SET valid_from = '2026-09-01' WHERE valid_from = '2026-11-09'"
    )
    raw.close()
    with open_store(db_path) as store:
        problems = maintenance.check(
            ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        ).seals.problems
        assert problems, "a version's day changed behind the program's back is found"
