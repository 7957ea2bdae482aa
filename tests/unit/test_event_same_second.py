"""The same thing recorded twice in one second on one PC: two events, two ids (the id derives
from what an event records, so the second takes the next number instead of failing)."""

from __future__ import annotations

from datetime import datetime

from after_school_desk.domain.attendance import EventKind
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, corrections
from after_school_desk.services.daily.event_log import append_event
from after_school_desk.services.school import enrolment
from after_school_desk.store import daily_store
from tests.unit.daily_school import build


def test_sign_in_undone_and_signed_in_again_within_one_second(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000"], start="2026-11-02", approve=True)
    clock.set(datetime.fromisoformat("2026-11-02T16:05:00+08:00"))
    first = attendance.sign_in(school_ctx, "G10000000")
    corrections.revert(school_ctx, first["event_ids"])
    again = attendance.sign_in(school_ctx, "G10000000")
    assert again["state"] == "present"
    assert again["event_ids"] != first["event_ids"]
    pid = first["id"]
    kinds = [e["kind"] for e in daily_store.events_of_pupil_day(school_ctx.store.conn, pid,
                                                                "2026-11-02")]  # fmt: skip
    assert kinds == ["signed_in", "correction", "signed_in"]


def test_identical_events_get_distinct_ids(school_ctx: ServiceContext, clock: FixedClock) -> None:
    build(school_ctx)
    pupil = attendance.pupil_row(school_ctx.store.conn, "G10000000")
    at = datetime.fromisoformat("2026-11-02T16:20:00+08:00")
    with school_ctx.write() as conn:
        ids = [
            append_event(school_ctx, conn, pupil, "2026-11-02", EventKind.CONTACTED,
                         at, alert_kind="absence", outcome="not_reached", method="phone")["id"]
            for _ in range(3)
        ]  # fmt: skip
    assert len(set(ids)) == 3
    stored = daily_store.events_of_pupil_day(school_ctx.store.conn, pupil["id"], "2026-11-02")
    assert [e["id"] for e in stored] == ids
