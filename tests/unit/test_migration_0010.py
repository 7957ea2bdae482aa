"""Migration 0010 (several PCs): a schema-9 file keeps every seal valid, its newly shared
tables sealed, and its payments without the unique receipt index."""

from __future__ import annotations

from pathlib import Path

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.money import payments
from after_school_desk.services.school.setup import create_school
from after_school_desk.store.connection import open_store
from tests.conftest import TEST_DEVICE
from tests.unit.old_schema import migrations_up_to
from tests.unit.report_month import play_week
from tests.unit.test_migration_0005 import ACTOR, SCHOOL


def test_a_schema_9_file_moves_to_several_pcs_with_its_seals_whole(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with migrations_up_to(9, tmp_path, monkeypatch), open_store(db_path, create=True) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        create_school(ctx, SCHOOL)
        play_week(ctx, clock)
        payments.record_payment(ctx, "G10000000", "150", "2026-11-03", receipt_no="A-1")
    with open_store(db_path) as store:
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        report = maintenance.check(ctx)
        assert report.ok, report.lines()
        sealed = {
            r[0]
            for r in store.conn.execute(
                "SELECT DISTINCT entity FROM seal WHERE entity IN ('school', 'term', 'calendar_day', 'service_window', 'grade')"
            )
        }
        assert sealed == {"school", "term", "calendar_day", "service_window", "grade"}
        # a receipt number another PC used too is kept (and listed by check), not refused
        store.conn.execute(
            "INSERT INTO payment (id, pupil_id, amount_fen, paid_on, method, receipt_no,"
            " recorded_by, created_at, device_id) SELECT 'p2', pupil_id, 100, paid_on, method,"
            " receipt_no, 'x', created_at, 'other' FROM payment"
        )
        assert len(maintenance.check(ctx).to_review) == 2
