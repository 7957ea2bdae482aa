"""The school calendar as the principal manages it: holiday notices, days off, make-up days."""

from __future__ import annotations

import sqlite3
from calendar import monthrange
from datetime import date
from typing import Any

from app.domain.calendar import CalendarEntry, DayStatus, Window, date_range, day_status
from app.domain.holiday_notice import parse_notice
from app.domain.roles import Action
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.services.setup import load_package_holidays, parse_iso_date
from app.store import rows, school_store
from app.store.cache import cached


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
        self.windows = {
            (w["season"], w["weekday"]): Window(w["start_time"], w["end_time"])
            for w in school_store.service_windows(conn)
        }

    def term_of(self, day: date) -> tuple[date, date] | None:
        return next((t for t in self.terms if t[0] <= day <= t[1]), None)

    def status(self, day: date) -> DayStatus:
        return day_status(
            day,
            term=self.term_of(day),
            entries=self.entries,
            confirmed_years=self.confirmed,
            windows=self.windows,
        )

    def service_days(self, start: date, end: date) -> list[date]:
        return [d for d in date_range(start, end) if self.status(d).service]


def school_calendar(conn: sqlite3.Connection) -> SchoolCalendar:
    """The calendar, cached on the connection until a calendar table is written."""
    return cached(conn, "school_calendar", lambda: SchoolCalendar(conn))


def day_info(ctx: ServiceContext, day: date) -> DayStatus:
    return school_calendar(ctx.store.conn).status(day)


def month_view(ctx: ServiceContext, year: int, month: int) -> list[dict[str, Any]]:
    cal = school_calendar(ctx.store.conn)
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValidationError(f"月份 {year}-{month} 无效。")
    first = date(year, month, 1)
    last = date(year, month, monthrange(year, month)[1])
    result = []
    for d in date_range(first, last):
        s = cal.status(d)
        result.append(
            {
                "date": d.isoformat(),
                "service": s.service,
                "reason": s.reason,
                "confirmed": s.confirmed,
                "start": s.window.start if s.window else None,
                "end": s.window.end if s.window else None,
            }
        )
    return result


def enter_notice(ctx: ServiceContext, year: int, text: str) -> int:
    """Replace a year's holidays with the State Council notice as entered by the principal."""
    ctx.require(Action.MANAGE_CALENDAR)
    entries, problems = parse_notice(text, year)
    if problems:
        raise ValidationError(f"{year} 年节假日通知有误，未做任何改动：", problems)
    with ctx.write() as conn:
        school_store.delete_calendar_days(conn, year, "package")
        school_store.delete_calendar_days(conn, year, "notice")
        for e in entries:
            school_store.delete_calendar_day(conn, e.day.isoformat())
            rows.insert(
                conn,
                "calendar_day",
                {"day": e.day.isoformat(), "kind": e.kind, "name": e.name, "source": "notice",
                 "makeup_service": None, "device_id": ctx.device_id},
            )  # fmt: skip
        school_store.upsert_holiday_year(conn, year, "notice", True, "校长按国务院通知录入")
        ctx.audit(conn, "calendar.notice", "holiday_year", str(year), None,
                  {"year": year, "days": [e.day.isoformat() for e in entries]})  # fmt: skip
    return len(entries)


def load_year(ctx: ServiceContext, year: int) -> int:
    ctx.require(Action.MANAGE_CALENDAR)
    if not 2000 <= year <= 2100:
        raise ValidationError(f"年份 {year} 无效。")
    with ctx.write() as conn:
        return load_package_holidays(ctx, conn, year)


def set_days_off(ctx: ServiceContext, start: str, end: str, name: str) -> int:
    """School-specific days without service (sports day, exams, local holiday …)."""
    ctx.require(Action.MANAGE_CALENDAR)
    d0 = parse_iso_date(start, "开始日期")
    d1 = parse_iso_date(end or start, "结束日期")
    if d1 < d0 or (d1 - d0).days > 60:
        raise ValidationError("放假日期范围不合理（结束日期应不早于开始日期，且不超过 60 天）。")
    if not name.strip():
        raise ValidationError("请写明放假原因。")
    days = list(date_range(d0, d1))
    with ctx.write() as conn:
        for d in days:
            school_store.delete_calendar_day(conn, d.isoformat(), only_source="school")
            if school_store.calendar_day(conn, d.isoformat()) is None:
                rows.insert(
                    conn,
                    "calendar_day",
                    {"day": d.isoformat(), "kind": "school_off", "name": name.strip(),
                     "source": "school", "makeup_service": None, "device_id": ctx.device_id},
                )  # fmt: skip
        ctx.audit(conn, "calendar.days_off", "calendar", f"{d0}..{d1}", None, {"name": name})
    return len(days)


def set_makeup_service(ctx: ServiceContext, day: str, service: bool) -> None:
    """Whether the after-school service runs on a make-up working day (调休上班日)."""
    ctx.require(Action.MANAGE_CALENDAR)
    d = parse_iso_date(day, "日期").isoformat()
    with ctx.write() as conn:
        row = school_store.calendar_day(conn, d)
        if row is None or row["kind"] != "makeup_workday":
            raise ValidationError(f"{d} 不是调休上班日。")
        school_store.set_makeup_service(conn, d, service)
        ctx.audit(conn, "calendar.makeup_service", "calendar_day", d,
                  {"makeup_service": row["makeup_service"]}, {"makeup_service": int(service)})  # fmt: skip
