"""Sealing months with an I/O error at each successive write point: no event is lost or
doubled, each class-month is live or sealed whole, and sealing again finishes the job."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.care import archive
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import enrolment
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store.connection import open_store
from tests.reliability.conftest import Report
from tests.reliability.faults import failing_write
from tests.unit.daily_school import build

DAYS = ["2026-09-14", "2026-09-15", "2026-09-16"]


def _ctx(path: Path, clock: FixedClock) -> ServiceContext:
    actor = Actor(login="test:system", role=Role.SYSTEM, display_name="测试")
    return ServiceContext(open_store(path), actor, "dev-1", clock)


def _template(tmp: Path) -> tuple[Path, int]:
    path = tmp / "template.sqlite"
    open_store(path, create=True).close()
    clock = FixedClock(datetime(2026, 9, 14, 19, 0, tzinfo=CHINA_TZ))
    ctx = _ctx(path, clock)
    create_school(ctx, SchoolSetup(name="立岗镇中心小学", county="贺兰县",
                                   term_start="2026-09-01", term_end="2027-01-20", classes_per_grade=2))  # fmt: skip
    school = build(ctx, per_class=2)
    enrolment.enroll(ctx, list(school.pupils), start=DAYS[0], approve=True)
    for day in DAYS:
        clock.set(datetime.fromisoformat(f"{day}T19:00:00+08:00"))
        for nid in school.pupils:
            attendance.sign_in(ctx, nid, f"{day}T16:00:00+08:00")
            attendance.sign_out(ctx, nid, f"{day}T17:50:00+08:00",
                                pickup_name=f"母亲{nid[3]}{int(nid[-1])}")  # fmt: skip
    events = attendance.count_events(ctx)
    ctx.store.close()
    return path, events


def _state(path: Path) -> tuple[int, dict[tuple[str, str], str], list[list[dict]]]:
    """(events, class-month -> live|sealed, the day lists), checking nothing is split."""
    clock = FixedClock(datetime(2026, 11, 2, 9, 0, tzinfo=CHINA_TZ))
    ctx = _ctx(path, clock)
    try:
        conn = ctx.store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        where: dict[tuple[str, str], str] = {}
        for class_id, month in conn.execute(
            "SELECT DISTINCT class_id, substr(day, 1, 7) FROM attendance_event"
        ):
            where[(class_id, month)] = "live"
        for class_id, month in conn.execute("SELECT class_id, month FROM attendance_archive"):
            assert (class_id, month) not in where, "a class-month is partly sealed"
            where[(class_id, month)] = "sealed"
        lists = [attendance.day_list(ctx, d) for d in DAYS]
        return attendance.count_events(ctx), where, lists
    finally:
        ctx.store.close()


def test_io_error_at_every_sealing_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reliability_report: Report
) -> None:
    template, events = _template(tmp_path)
    total_before, where_before, lists_before = _state(template)
    assert total_before == events and set(where_before.values()) == {"live"}
    seal_clock = FixedClock(datetime(2026, 11, 2, 9, 0, tzinfo=CHINA_TZ))
    with failing_write(monkeypatch, 0) as probe:
        path = tmp_path / "clean.sqlite"
        shutil.copy(template, path)
        ctx = _ctx(path, seal_clock)
        probe.writes = 0
        done = archive.seal_due(ctx)
        ctx.store.close()
        writes = probe.writes
    assert done.class_months == len(where_before) == 3
    clean = _state(path)
    assert clean[0] == events and set(clean[1].values()) == {"sealed"}
    assert clean[2] == lists_before
    for k in range(1, writes + 1):
        path = tmp_path / f"k{k}.sqlite"
        shutil.copy(template, path)
        with failing_write(monkeypatch, 0) as faulty:
            ctx = _ctx(path, seal_clock)
            faulty.writes, faulty.fail_at = 0, k
            with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
                archive.seal_due(ctx)
            assert not ctx.store.conn.in_transaction
            ctx.store.close()
        total, _where, lists = _state(path)
        assert (total, lists) == (events, lists_before), f"write {k} of {writes} lost events"
        ctx = _ctx(path, seal_clock)
        archive.seal_due(ctx)  # the next start-up finishes the job
        ctx.store.close()
        assert _state(path) == clean
    reliability_report(
        "I/O error while sealing months",
        {
            "class_months": 3,
            "events": events,
            "sealing_writes": writes,
            "injected_errors": writes,
            "lost": 0,
            "split_class_months": 0,
        },
        "every failure left each class-month live or sealed whole; sealing again finished it",
    )
