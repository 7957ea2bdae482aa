"""The school's calendar as every service reads it: which days are service days, in which term,
with which window. Read once per connection and cached until a calendar table is written; the
principal's editing of the calendar is in after_school_desk/services/school/calendar.py.

The timetable has dates (docs/timetable.md): each stage's versions are kept oldest first with
their first days, and the window of a day is found in the version in force on it by bisection,
so the many dates a month or the bench asks about cost no more than before."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date

from after_school_desk.domain.calendar import (
    CalendarEntry,
    DayStatus,
    TimetableVersion,
    Window,
    date_range,
    day_status,
    timetable_versions,
    version_on,
)
from after_school_desk.store import school_store
from after_school_desk.store.cache import cached

DEFAULT_SUMMER = ("05-01", "09-30")  # summer timetable from … to … (MM-DD), as in the domain


class SchoolCalendar:
    """Everything needed to decide service days, read once; answers many dates quickly."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.terms = [
            (date.fromisoformat(t["start_date"]), date.fromisoformat(t["end_date"]))
            for t in school_store.terms(conn)
        ]
        self.entries = {
            date.fromisoformat(r["day"]): CalendarEntry(
                date.fromisoformat(r["day"]),
                r["kind"],
                r["name"],
                r["source"],
                None if r["makeup_service"] is None else bool(r["makeup_service"]),
            )
            for r in school_store.calendar_days(conn, "0000-01-01", "9999-12-31")
        }
        self.confirmed = {r["year"] for r in school_store.holiday_years(conn) if r["confirmed"]}
        # stage ('' = the whole school) -> its timetable's versions, oldest first, and their days
        self.versions: dict[str, list[TimetableVersion]] = timetable_versions(
            school_store.window_rows(conn)
        )
        self.starts = {s: [v.valid_from for v in vs] for s, vs in self.versions.items()}
        # the whole school's timetable as it stands now and from then on
        self.windows = self.windows_of("")
        self.summer_from, self.summer_to = summer_bounds(conn)

    def term_of(self, day: date) -> tuple[date, date] | None:
        return next((t for t in self.terms if t[0] <= day <= t[1]), None)

    def version_of(self, stage: str | None, on: date | None = None) -> TimetableVersion | None:
        """The version of ``stage``'s own timetable ('' or None: the whole school's) in force
        on ``on`` (None: the latest). The whole school's first version also holds before its
        day; a stage before its first version follows the whole school's."""
        key = stage or ""
        versions = self.versions.get(key, [])
        found = version_on(versions, self.starts.get(key, []), on)
        if found is None and not key and versions:
            return versions[0]
        return found

    def windows_of(
        self, stage: str | None = None, on: date | None = None
    ) -> Mapping[tuple[str, int], Window]:
        """The timetable ``stage``'s classes follow on ``on`` (None: the latest): the stage's
        own version in force then if it has one, else the whole school's."""
        if stage:
            own = self.version_of(stage, on)
            if own is not None and not own.follows_school:
                return own.windows
        whole = self.version_of("", on)
        return whole.windows if whole is not None else {}

    def own_stages(self, on: date | None = None) -> list[str]:
        """The stages with a timetable of their own: on ``on``, or (None) on any day."""
        if on is None:
            return sorted(s for s, vs in self.versions.items()
                          if s and any(not v.follows_school for v in vs))  # fmt: skip
        return sorted(
            s
            for s in self.versions
            if s and (v := self.version_of(s, on)) is not None and not v.follows_school
        )

    def status(self, day: date, stage: str | None = None) -> DayStatus:
        """The day as the whole school (``stage`` None) or as classes of ``stage`` see it."""
        return day_status(
            day,
            term=self.term_of(day),
            entries=self.entries,
            confirmed_years=self.confirmed,
            windows=self.windows_of(stage, day),
            summer_from=self.summer_from,
            summer_to=self.summer_to,
        )

    def service_days(self, start: date, end: date, stage: str | None = None) -> list[date]:
        return [d for d in date_range(start, end) if self.status(d, stage).service]


def school_calendar(conn: sqlite3.Connection) -> SchoolCalendar:
    """The calendar, cached on the connection until a calendar table is written."""
    return cached(conn, "school_calendar", lambda: SchoolCalendar(conn))


def summer_bounds(conn: sqlite3.Connection) -> tuple[str, str]:
    """From which day to which day (MM-DD) the summer timetable applies."""
    start = school_store.get_meta(conn, "summer_from") or DEFAULT_SUMMER[0]
    end = school_store.get_meta(conn, "summer_to") or DEFAULT_SUMMER[1]
    return start, end
