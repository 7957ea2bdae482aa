"""Migration 0011 (what each expense was for): a schema-10 file keeps every seal valid, its
entries sealed again with the new column (a purpose changed behind the program's back is
found), and an old "其他" that does not say its purpose is listed for review."""

from __future__ import annotations

from pathlib import Path

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.money import expenses
from after_school_desk.services.month import compliance
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import rows
from after_school_desk.store.connection import open_store
from tests import outside_editor
from tests.conftest import TEST_DEVICE
from tests.unit.old_schema import migrations_up_to
from tests.unit.test_migration_0005 import ACTOR

SCHOOL = SchoolSetup(name="某镇小学", county="贺兰县", term_start="2026-09-01",
                     term_end="2027-01-20", classes_per_grade=1, profile_id="helan-2021")  # fmt: skip
OLD = {"id": "old-1", "direction": "expense", "category": "其他", "amount_fen": 5000,
       "entry_on": "2026-11-03", "note": "学校统筹", "recorded_by": "test:system",
       "created_at": "2026-11-03T10:00:00+08:00", "device_id": TEST_DEVICE}  # fmt: skip


def test_a_schema_10_file_gets_purposes_with_its_seals_whole(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with migrations_up_to(10, tmp_path, monkeypatch), open_store(db_path, create=True) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        create_school(ctx, SCHOOL)
        with ctx.write() as conn:  # as version 10 wrote it: no purpose
            rows.insert(conn, "ledger_entry", OLD)
    with open_store(db_path) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        report = maintenance.check(ctx)
        assert report.ok, report.lines()
        [entry] = expenses.month_ledger(ctx, "2026-11")
        assert entry["purpose"] == "" and entry["purpose_label"] == ""
        clock.set(clock.now().replace(month=11, day=20))
        listed = compliance.check_month(ctx, "2026-11")["listed"]
        assert [(v["kind"], v["record_ref"]) for v in listed] == [
            ("expense_unspecified", "ledger_entry:old-1")
        ]
        new = expenses.add_expense(ctx, "其他", "20", "2026-11-04", "篮球", purpose="equipment")
        assert maintenance.check(ctx).ok
    raw = outside_editor.connect(str(db_path), isolation_level=None)
    for trigger in ("seal_ledger_entry_update", "hub_only_ledger_entry_update"):
        raw.execute(f"DROP TRIGGER {trigger}")  # what an edit behind the program must do
    raw.execute("UPDATE ledger_entry SET purpose = 'running' WHERE id = ?", [new["id"]])
    raw.close()
    with open_store(db_path) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        problems = maintenance.check(ctx).seals.problems
        assert any(new["id"] in p for p in problems), problems
