"""The school calendar as the principal manages it: holiday notices, days off, make-up days."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping
from datetime import date

from app.domain.calendar import (
    SEASON_LABELS,
    WEEKDAY_LABELS,
    WINDOW_STAGES,
    DayKind,
    DayStatus,
    EntrySource,
    Season,
    date_range,
)
from app.domain.holiday_notice import parse_notice
from app.domain.roles import Action
from app.errors import ValidationError
from app.i18n import t
from app.services.base.context import ServiceContext
from app.services.base.school_days import (
    school_calendar,
    summer_bounds,
)
from app.services.school.answers import (
    CalendarDayView,
    HolidayYearRow,
    TermRow,
    holiday_year_of,
    term_of,
)
from app.services.school.setup import add_term_in, is_hhmm, load_package_holidays, parse_iso_date
from app.store import rows, school_store
from app.store.cache import clear
from app.store.ids import new_id

# the timetables the calendar screen edits (as stored) and their labels
SEASONS: dict[str, str] = {season: label for season, label in SEASON_LABELS.items()}


def day_info(ctx: ServiceContext, day: date) -> DayStatus:
    return school_calendar(ctx.store.conn).status(day)


def month_view(ctx: ServiceContext, year: int, month: int) -> list[CalendarDayView]:
    cal = school_calendar(ctx.store.conn)
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValidationError(t("月份 {year}-{month} 无效。", year=year, month=month))
    first = date(year, month, 1)
    last = date(year, month, monthrange(year, month)[1])
    result: list[CalendarDayView] = []
    for d in date_range(first, last):
        s = cal.status(d)
        entry = cal.entries.get(d)
        result.append(
            {
                "date": d.isoformat(),
                "kind": entry.kind if entry else None,
                "name": entry.name if entry else "",
                "source": entry.source if entry else None,
                "in_term": cal.term_of(d) is not None,
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
        raise ValidationError(t("{year} 年节假日通知有误，未做任何改动：", year=year), problems)
    with ctx.write() as conn:
        school_store.delete_calendar_days(conn, year, EntrySource.PACKAGE)
        school_store.delete_calendar_days(conn, year, EntrySource.NOTICE)
        for e in entries:
            school_store.delete_calendar_day(conn, e.day.isoformat())
            rows.insert(
                conn,
                "calendar_day",
                {"day": e.day.isoformat(), "kind": e.kind, "name": e.name,
                 "source": EntrySource.NOTICE,
                 "makeup_service": None, "device_id": ctx.device_id},
            )  # fmt: skip
        school_store.upsert_holiday_year(
            conn, year, EntrySource.NOTICE, True, "校长按国务院通知录入"
        )
        ctx.audit(conn, "calendar.notice", "holiday_year", str(year), None,
                  {"year": year, "days": [e.day.isoformat() for e in entries]})  # fmt: skip
    return len(entries)


def load_year(ctx: ServiceContext, year: int) -> int:
    ctx.require(Action.MANAGE_CALENDAR)
    if not 2000 <= year <= 2100:
        raise ValidationError(t("年份 {year} 无效。", year=year))
    with ctx.write() as conn:
        return load_package_holidays(ctx, conn, year)


def set_days_off(ctx: ServiceContext, start: str, end: str, name: str) -> int:
    """School-specific days without service (sports day, exams, local holiday …)."""
    ctx.require(Action.MANAGE_CALENDAR)
    d0 = parse_iso_date(start, t("开始日期"))
    d1 = parse_iso_date(end or start, t("结束日期"))
    if d1 < d0 or (d1 - d0).days > 60:
        raise ValidationError(t("放假日期范围不合理（结束日期应不早于开始日期，且不超过 60 天）。"))
    if not name.strip():
        raise ValidationError(t("请写明放假原因。"))
    days = list(date_range(d0, d1))
    with ctx.write() as conn:
        for d in days:
            school_store.delete_calendar_day(conn, d.isoformat(), only_source=EntrySource.SCHOOL)
            if school_store.calendar_day(conn, d.isoformat()) is None:
                rows.insert(
                    conn,
                    "calendar_day",
                    {"day": d.isoformat(), "kind": DayKind.SCHOOL_OFF, "name": name.strip(),
                     "source": EntrySource.SCHOOL, "makeup_service": None,
                     "device_id": ctx.device_id},
                )  # fmt: skip
        ctx.audit(conn, "calendar.days_off", "calendar", f"{d0}..{d1}", None, {"name": name})
    return len(days)


def set_makeup_service(ctx: ServiceContext, day: str, service: bool) -> None:
    """Whether the after-school service runs on a make-up working day (调休上班日)."""
    ctx.require(Action.MANAGE_CALENDAR)
    d = parse_iso_date(day, t("日期")).isoformat()
    with ctx.write() as conn:
        row = school_store.calendar_day(conn, d)
        if row is None or row["kind"] != DayKind.MAKEUP_WORKDAY:
            raise ValidationError(t("{day} 不是调休上班日。", day=d))
        school_store.set_makeup_service(conn, d, service)
        ctx.audit(conn, "calendar.makeup_service", "calendar_day", d,
                  {"makeup_service": row["makeup_service"]}, {"makeup_service": int(service)})  # fmt: skip


# --- terms, days off undone, the notice as text ----------------------------------------


def terms(ctx: ServiceContext) -> list[TermRow]:
    return [term_of(r) for r in school_store.terms(ctx.store.conn)]


def add_term(ctx: ServiceContext, start: str, end: str, name: str = "") -> TermRow:
    """A further term (the spring term after an autumn set-up); its years' holidays are loaded."""
    ctx.require(Action.MANAGE_CALENDAR)
    with ctx.write() as conn:
        term = add_term_in(ctx, conn, start, end, name.strip())
        known = {int(r["year"]) for r in school_store.holiday_years(conn)}
        for year in sorted({int(start[:4]), int(end[:4])} - known):
            load_package_holidays(ctx, conn, year)
    return term


def holiday_years(ctx: ServiceContext) -> list[HolidayYearRow]:
    return [holiday_year_of(r) for r in school_store.holiday_years(ctx.store.conn)]


def clear_days_off(ctx: ServiceContext, start: str, end: str) -> int:
    """Undo the school's own days off in a range (statutory holidays are left alone)."""
    ctx.require(Action.MANAGE_CALENDAR)
    d0 = parse_iso_date(start, t("开始日期"))
    d1 = parse_iso_date(end or start, t("结束日期"))
    if d1 < d0:
        raise ValidationError(t("结束日期应不早于开始日期。"))
    with ctx.write() as conn:
        before = [dict(r) for r in school_store.calendar_days(conn, d0.isoformat(), d1.isoformat())
                  if r["source"] == EntrySource.SCHOOL]  # fmt: skip
        removed = school_store.delete_school_days(conn, d0.isoformat(), d1.isoformat())
        ctx.audit(conn, "calendar.clear_days_off", "calendar", f"{d0}..{d1}",
                  {"days": before}, {"removed": removed})  # fmt: skip
    return removed


def notice_draft(ctx: ServiceContext, year: int) -> str:
    """The year's holidays as the notice box expects them, so the principal edits, not retypes."""
    if not 2000 <= year <= 2100:
        raise ValidationError(t("年份 {year} 无效。", year=year))
    lines = [f"# {year} 年节假日安排（每行一项；调休上班日写“上班”）"]
    for r in school_store.calendar_days(ctx.store.conn, f"{year}-01-01", f"{year}-12-31"):
        if r["source"] == EntrySource.SCHOOL:
            continue
        name = "上班" if r["kind"] == DayKind.MAKEUP_WORKDAY else str(r["name"] or "放假")
        lines.append(f"{r['day']} {name}")
    return "\n".join(lines) + "\n"


# --- service windows: per weekday, per season ------------------------------------------


def season_bounds(ctx: ServiceContext) -> tuple[str, str]:
    return summer_bounds(ctx.store.conn)


def _month_day(value: str, label: str) -> str:
    text = value.strip()
    try:
        month, day = (int(p) for p in text.split("-"))
        date(2000, month, day)  # a leap year: 02-29 is allowed
    except ValueError:
        raise ValidationError(
            t("{label}“{value}”无效，请写成 月-日，例如 05-01。", label=label, value=value),
            fields={label: t("日期无效")},
        ) from None
    return f"{month:02d}-{day:02d}"


def set_season_bounds(ctx: ServiceContext, summer_from: str, summer_to: str) -> tuple[str, str]:
    ctx.require(Action.MANAGE_CALENDAR)
    start = _month_day(summer_from, "夏季作息开始")
    end = _month_day(summer_to, "夏季作息结束")
    if end <= start:
        raise ValidationError(
            t("夏季作息的结束日期应晚于开始日期（同一年内，例如 05-01 至 09-30）。"),
            fields={"夏季作息结束": t("应晚于开始日期")},
        )
    with ctx.write() as conn:
        before = summer_bounds(conn)
        school_store.set_meta(conn, "summer_from", start)
        school_store.set_meta(conn, "summer_to", end)
        clear(conn)  # the cached calendar answers with the old season otherwise
        ctx.audit(conn, "calendar.seasons", "setting", "summer",
                  {"from": before[0], "to": before[1]}, {"from": start, "to": end})  # fmt: skip
    return start, end


def windows(ctx: ServiceContext, stage: str = "") -> dict[str, dict[int, tuple[str, str]]]:
    """season -> weekday (1 = Monday) -> (start, end); a season with no entry follows "all".

    ``stage``: '' the whole school's timetable, else that stage's own (empty: the stage
    follows the whole school's)."""
    result: dict[str, dict[int, tuple[str, str]]] = {season: {} for season in Season}
    for w in school_store.service_windows(ctx.store.conn, stage):
        result[str(w["season"])][int(w["weekday"])] = (str(w["start_time"]), str(w["end_time"]))
    return result


def window_problems(week: Mapping[int, tuple[str, str]]) -> dict[str, str]:
    """weekday (as text) -> what is wrong with its window."""
    problems: dict[str, str] = {}
    for wd, (a, b) in sorted(week.items()):
        if not 1 <= wd <= 7:
            problems[str(wd)] = t("星期“{weekday}”无效（1 = 星期一 … 7 = 星期日）。", weekday=wd)
        elif not (is_hhmm(a) and is_hhmm(b)):
            problems[str(wd)] = t(
                "星期{weekday}的时间应写成 HH:MM。", weekday=WEEKDAY_LABELS[wd - 1]
            )
        elif b <= a:
            problems[str(wd)] = t(
                "星期{weekday}：结束时间 {end} 应晚于开始时间 {start}。",
                weekday=WEEKDAY_LABELS[wd - 1],
                end=b,
                start=a,
            )
    return problems


def set_windows(
    ctx: ServiceContext, season: str, week: Mapping[int, tuple[str, str]], stage: str = ""
) -> None:
    """Replace one season's timetable: the weekdays with service and their start/end times.

    ``stage``: '' the whole school's timetable, else one stage's own (primary, junior,
    senior); a stage left without any window follows the whole school's again."""
    ctx.require(Action.MANAGE_CALENDAR)
    if season not in SEASONS:
        raise ValidationError(
            t("作息“{season}”无效，可选：{choices}。", season=season, choices=", ".join(SEASONS))
        )
    if stage not in WINDOW_STAGES:
        raise ValidationError(
            t("学段“{stage}”无效，可选：{choices}。", stage=stage,
              choices=", ".join(s for s in WINDOW_STAGES if s))
        )  # fmt: skip
    problems = window_problems(week)
    if problems:
        raise ValidationError(t("服务时间有误，未做任何改动："), fields=problems)
    if season == Season.ALL and not week and not stage:
        raise ValidationError(t("平时作息至少要有一天安排课后服务。"))
    with ctx.write() as conn:
        before = {str(w["weekday"]): f"{w['start_time']}-{w['end_time']}"
                  for w in school_store.service_windows(conn, stage) if w["season"] == season}  # fmt: skip
        school_store.delete_service_windows(conn, season, stage)
        for wd, (a, b) in sorted(week.items()):
            rows.insert(
                conn,
                "service_window",
                {"id": new_id(), "season": season, "weekday": wd, "start_time": a,
                 "end_time": b, "device_id": ctx.device_id, "stage": stage},
            )  # fmt: skip
        after = {str(wd): f"{a}-{b}" for wd, (a, b) in sorted(week.items())}
        key = f"{stage}:{season}" if stage else season
        ctx.audit(conn, "calendar.windows", "service_window", key, before, after)
