"""The school's calendar as every service reads it: which days are service days, in which term,
with which window. Read once per connection and cached until a calendar table is written; the
principal's editing of the calendar is in app/services/school/calendar.py."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.domain.calendar import CalendarEntry, DayStatus, Window, date_range, day_status
from app.store import school_store
from app.store.cache import cached

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
        # stage ('' = the whole school) -> (season, weekday) -> window
        self.stage_windows: dict[str, dict[tuple[str, int], Window]] = {"": {}}
        for w in school_store.service_windows(conn):
            self.stage_windows.setdefault(str(w["stage"] or ""), {})[
                (w["season"], w["weekday"])
            ] = Window(w["start_time"], w["end_time"])
        self.windows = self.stage_windows[""]
        self.summer_from, self.summer_to = summer_bounds(conn)

    def term_of(self, day: date) -> tuple[date, date] | None:
        return next((t for t in self.terms if t[0] <= day <= t[1]), None)

    def windows_of(self, stage: str | None = None) -> dict[tuple[str, int], Window]:
        """The timetable of ``stage``: its own windows if it has any, else the whole school's."""
        return self.stage_windows.get(stage or "") or self.windows

    def own_stages(self) -> list[str]:
        """The stages with a timetable of their own."""
        return sorted(s for s in self.stage_windows if s)

    def status(self, day: date, stage: str | None = None) -> DayStatus:
        """The day as the whole school (``stage`` None) or as classes of ``stage`` see it."""
        return day_status(
            day,
            term=self.term_of(day),
            entries=self.entries,
            confirmed_years=self.confirmed,
            windows=self.windows_of(stage),
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
