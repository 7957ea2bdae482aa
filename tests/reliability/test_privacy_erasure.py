"""Pupils who left are archived, and erased after the retention period; counts stay correct."""

from __future__ import annotations

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import NotFound, PermissionDenied, ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import enrolment, pupils
from after_school_desk.services.school.privacy import archive_pupil, erase_expired
from after_school_desk.store import audit
from tests.conftest import as_role
from tests.unit import daily_school


def _day_counts(ctx: ServiceContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in attendance.day_list(ctx, daily_school.DAY):
        counts[p["state"]] = counts.get(p["state"], 0) + 1
    return counts


def test_erase_after_retention_keeps_counts(school_ctx: ServiceContext, clock: FixedClock) -> None:
    daily_school.build(school_ctx, per_class=2)
    enrolment.enroll(school_ctx, class_name="三年级(2)班", start=daily_school.DAY, approve=True)
    leaver, stayer = "G10100000", "G10100001"
    attendance.sign_in(school_ctx, leaver, "2026-11-02T16:05")
    counts_before = _day_counts(school_ctx)
    events_before = attendance.count_events(school_ctx)

    archive_pupil(school_ctx, leaver, "2026-11-20", "转学")
    assert leaver not in {p["national_id"] for p in pupils.list_pupils(school_ctx)}
    assert erase_expired(school_ctx, 365) == 0  # not yet past the retention period

    clock.advance(days=400)
    with pytest.raises(PermissionDenied):
        erase_expired(as_role(school_ctx, Role.TEACHER), 365)
    assert erase_expired(school_ctx, 365) == 1
    assert erase_expired(school_ctx, 365) == 0

    conn = school_ctx.store.conn
    with pytest.raises(NotFound):
        pupils.find_pupil(school_ctx, leaver)
    erased = [dict(r) for r in conn.execute("SELECT * FROM pupil WHERE name = '已删除'")]
    assert len(erased) == 1
    row = erased[0]
    assert row["national_id"].startswith("DEL") and row["birth_date"] is None
    assert (
        conn.execute("SELECT COUNT(*) FROM pupil_adult WHERE pupil_id = ?", [row["id"]]).fetchone()[
            0
        ]
        == 0
    )
    assert pupils.find_pupil(school_ctx, stayer)["name"] == "学生11"  # others untouched
    assert _day_counts(school_ctx) == counts_before  # past day's counts unchanged
    assert attendance.count_events(school_ctx) == events_before
    assert audit.verify_chain(conn) is None
    with pytest.raises(ValidationError, match="已经删除"):
        archive_pupil(school_ctx, row["id"], "2026-12-01")
