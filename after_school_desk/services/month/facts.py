"""A month's records gathered and derived into its facts (after_school_desk/reports/month_facts.py): the input
of the ledger, the direct report, the compliance check and the overview. Read by
after_school_desk/services/month/reports.py and after_school_desk/services/month/compliance.py alike, so neither needs
the other to know a month."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from after_school_desk.domain.roles import Action
from after_school_desk.errors import NotFound
from after_school_desk.i18n import t
from after_school_desk.reports.month_facts import MonthDay, MonthFacts, MonthInput, derive_month
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import setting
from after_school_desk.services.base.money_common import month_of
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.store import audit, daily_store, report_store, school_store, tally_events

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Month:
    key: str  # "2026-11"
    first: date
    last: date


def parse_month(value: str) -> Month:
    """A month written YYYY-MM, with its first and last day (refused in words otherwise)."""
    return Month(*month_of(value))


def school_of(ctx: ServiceContext) -> dict[str, Any]:
    found = school_store.school(ctx.store.conn)
    if found is None:
        raise NotFound(t("数据库里还没有学校，请先完成学校设置（init）。"))
    return dict(found)


def month_days(ctx: ServiceContext, month: Month) -> list[MonthDay]:
    """Every date of the month: service day or not, school day or not, and the window."""
    cal = school_calendar(ctx.store.conn)
    offset = str(school_of(ctx).get("utc_offset") or "+08:00")
    result = []
    day = month.first
    while day <= month.last:
        status = cal.status(day)
        entry = cal.entries.get(day)
        in_term = cal.term_of(day) is not None
        school_day = in_term and (
            (entry is not None and entry.kind == "makeup_workday")
            or (entry is None and day.weekday() < 5)
        )
        w = status.window
        stages = []
        for stage in cal.own_stages(day):  # the stages with a timetable of their own that day
            sw = cal.status(day, stage)
            own = sw.window if sw.service else None
            stages.append((stage, own.start if own else None, own.end if own else None))
        service = status.service and w is not None
        start, end = (w.start, w.end) if w else (None, None)
        if not service:  # a day is a service day when some stage has service on it
            start, end = next(((a, b) for _s, a, b in stages if a and b), (None, None))
            service = start is not None
        result.append(MonthDay(day.isoformat(), service, school_day, status.reason, start, end,
                               offset, tuple(stages)))  # fmt: skip
        day += timedelta(days=1)
    return result


def month_input(ctx: ServiceContext, month: str, counted_only: bool = False) -> MonthInput:
    """The month's records in a handful of queries. ``counted_only``: the events with only
    the fields the direct report's tally reads (``tally_events``), much quicker to read."""
    m = parse_month(month)
    conn = ctx.store.conn
    start, end = m.first.isoformat(), m.last.isoformat()
    today = ctx.clock.now().date()
    as_of = min(m.last, today) if today >= m.first else m.first - timedelta(days=1)
    # only the days that may count: a month in progress has no use for the events of days to
    # come (the store may already hold some: leave recorded ahead, a clock that moved on)
    counted_to = as_of.isoformat()
    read = tally_events.counted_tuples_between if counted_only else daily_store.event_tuples_between
    events = read(conn, start, counted_to) if as_of >= m.first else []
    return MonthInput(
        school=school_of(ctx),
        month=m.key,
        days=month_days(ctx, m),
        as_of=as_of.isoformat(),
        now=ctx.clock.now(),
        signin_window_minutes=setting(conn, "signin_window_minutes"),
        classes=school_store.classes(conn),
        enrolments=report_store.enrolments_overlapping(conn, start, end),
        events=events,
        duty_days=report_store.duty_days_between(conn, start, end),
        duty_logs=report_store.duty_logs_between(conn, start, end),
        supervision=report_store.supervision_between(conn, start, end),
        roster=report_store.roster_between(conn, start, end),
        audit_head=audit.head(conn),
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Build a month's report without automatic cyclic garbage collection.

    A month derives hundreds of thousands of small objects (events, pupil-days, table cells)
    that all stay alive until the report is done, and the collector would otherwise re-scan
    them all again and again as they pile up: half the time of a large school's direct report.
    Nothing they form is a cycle that needs collecting before the end. Collection resumes
    afterwards if it was on; the GUI keeps it off and collects on its own thread anyway
    (after_school_desk/ui/gc_policy.py), so there this changes nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def month_facts(ctx: ServiceContext, month: str, progress: Progress | None = None) -> MonthFacts:
    ctx.require(Action.VIEW_AUDIT)
    with collector_paused():
        return derive_month(month_input(ctx, month), progress)


def staged(progress: Progress | None, start: int, end: int) -> Progress | None:
    """A progress callback mapping a stage's (done, total) onto [start, end] of 100."""
    if progress is None:
        return None
    outer = progress

    def inner(done: int, total: int) -> None:
        outer(start + (end - start) * done // max(total, 1), 100)

    return inner
