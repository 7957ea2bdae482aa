"""The school calendar as the principal manages it: holiday notices, days off, make-up days."""

from __future__ import annotations

import sqlite3
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from after_school_desk.domain.calendar import (
    FOLLOWS_SCHOOL,
    SEASON_LABELS,
    WEEKDAY_LABELS,
    WINDOW_STAGES,
    DayKind,
    DayStatus,
    EntrySource,
    Season,
    TimetableVersion,
    Window,
    date_range,
    timetable_versions,
)
from after_school_desk.domain.holiday_notice import parse_notice
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.month_guard import MonthClosed, ensure_open, month_label
from after_school_desk.services.base.school_days import (
    school_calendar,
    summer_bounds,
)
from after_school_desk.services.school.answers import (
    CalendarDayView,
    HolidayYearRow,
    TermRow,
    holiday_year_of,
    term_of,
)
from after_school_desk.services.school.setup import (
    add_term_in,
    is_hhmm,
    load_package_holidays,
    parse_iso_date,
)
from after_school_desk.store import rows, school_store
from after_school_desk.store.cache import clear
from after_school_desk.store.ids import new_id

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


@dataclass(frozen=True)
class WindowVersion:
    """One version of a stage's timetable, as the history and the dialog list it."""

    stage: str  # '' the whole school's
    valid_from: date  # ALWAYS (0001-01-01): the timetable since set-up
    since_always: bool
    follows_school: bool  # from that day the stage follows the whole school's timetable
    in_force: bool  # the version in force today
    pending: bool  # a version from a day still to come
    weeks: dict[str, dict[int, tuple[str, str]]]  # season -> weekday -> (start, end)


def _version_view(
    v: TimetableVersion, current: TimetableVersion | None, today: date
) -> WindowVersion:
    return WindowVersion(
        stage=v.stage,
        valid_from=v.valid_from,
        since_always=v.since_always,
        follows_school=v.follows_school,
        in_force=v is current,
        pending=v.valid_from > today,
        weeks={season: {} if v.follows_school else v.week(season) for season in Season},
    )


def window_version(
    ctx: ServiceContext, stage: str = "", on: date | None = None
) -> WindowVersion | None:
    """The version of ``stage``'s own timetable ('' the whole school's) in force on ``on``
    (None: today); None: the stage has none of its own that day (it follows the whole
    school's)."""
    _check_stage(stage)
    today = ctx.clock.now().date()
    cal = school_calendar(ctx.store.conn)
    found = cal.version_of(stage, today if on is None else on)
    if found is None:
        return None
    return _version_view(found, cal.version_of(stage, today), today)


def windows(
    ctx: ServiceContext, stage: str = "", on: date | None = None
) -> dict[str, dict[int, tuple[str, str]]]:
    """season -> weekday (1 = Monday) -> (start, end) of the timetable in force on ``on``
    (None: today); a season with no entry follows "all".

    ``stage``: '' the whole school's timetable, else that stage's own (empty: the stage
    follows the whole school's that day)."""
    found = window_version(ctx, stage, on)
    return found.weeks if found is not None else {season: {} for season in Season}


def window_history(ctx: ServiceContext, stage: str = "") -> list[WindowVersion]:
    """Every version of ``stage``'s own timetable ('' the whole school's), oldest first."""
    _check_stage(stage)
    today = ctx.clock.now().date()
    cal = school_calendar(ctx.store.conn)
    current = cal.version_of(stage, today)
    return [_version_view(v, current, today) for v in cal.versions.get(stage, [])]


def _check_stage(stage: str) -> None:
    if stage not in WINDOW_STAGES:
        raise ValidationError(
            t("学段“{stage}”无效，可选：{choices}。", stage=stage,
              choices=", ".join(s for s in WINDOW_STAGES if s))
        )  # fmt: skip


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


FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)  # a version's first day


def set_windows(
    ctx: ServiceContext,
    season: str,
    week: Mapping[int, tuple[str, str]],
    stage: str = "",
    valid_from: date | None = None,
) -> None:
    """One season's timetable from ``valid_from`` (None: today) until the stage's next change:
    the weekdays with service and their start/end times. The other seasons stay as they were
    on that day; the days before it keep the timetable they had. Writing the same day again
    replaces that version's season. A day in a closed month (月结) is refused.

    ``stage``: '' the whole school's timetable, else one stage's own (primary, junior,
    senior); a stage left without any window follows the whole school's again from that day."""
    ctx.require(Action.MANAGE_CALENDAR)
    if season not in SEASONS:
        raise ValidationError(
            t("作息“{season}”无效，可选：{choices}。", season=season, choices=", ".join(SEASONS))
        )
    _check_stage(stage)
    problems = window_problems(week)
    if problems:
        raise ValidationError(t("服务时间有误，未做任何改动："), fields=problems)
    if season == Season.ALL and not week and not stage:
        raise ValidationError(t("平时作息至少要有一天安排课后服务。"))
    start = ctx.clock.now().date() if valid_from is None else valid_from
    if not FIRST_DAY <= start <= LAST_DAY:
        raise ValidationError(
            t("生效日期 {day} 不合理（应在 2000 年至 2100 年之间）。", day=start.isoformat())
        )
    with ctx.write() as conn:
        versions = timetable_versions(school_store.window_rows(conn)).get(stage, [])
        at = next((v for v in versions if v.valid_from == start), None)
        prior = next((v for v in reversed(versions) if v.valid_from < start), None)
        later = next((v for v in versions if v.valid_from > start), None)
        _ensure_months_open(conn, start, later)
        base = at or prior  # the version in force on that day until now
        kept = dict(base.windows) if base is not None and not base.follows_school else {}
        before = {str(wd): f"{w.start}-{w.end}" for (s, wd), w in sorted(kept.items())
                  if s == season}  # fmt: skip
        windows = {key: w for key, w in kept.items() if key[0] != season}
        windows.update({(season, wd): Window(a, b) for wd, (a, b) in week.items()})
        if windows:  # a version unlike the one before it
            needed = prior is None or prior.follows_school or dict(prior.windows) != windows
        else:  # no window at all: a stage that had its own follows the whole school's
            needed = prior is not None and not prior.follows_school
        school_store.delete_window_version(conn, stage, start.isoformat())
        for (s, wd), w in sorted(windows.items()) if needed else ():
            rows.insert(
                conn,
                "service_window",
                {"id": new_id(), "season": s, "weekday": wd, "start_time": w.start,
                 "end_time": w.end, "device_id": ctx.device_id, "stage": stage,
                 "valid_from": start.isoformat()},
            )  # fmt: skip
        if needed and not windows:
            rows.insert(
                conn,
                "service_window",
                {"id": new_id(), "season": Season.ALL, "weekday": FOLLOWS_SCHOOL,
                 "start_time": None, "end_time": None, "device_id": ctx.device_id,
                 "stage": stage, "valid_from": start.isoformat()},
            )  # fmt: skip
        after = {str(wd): f"{a}-{b}" for wd, (a, b) in sorted(week.items())}
        key = f"{stage}:{season}" if stage else season
        ctx.audit(conn, "calendar.windows", "service_window", f"{key}@{start.isoformat()}",
                  before, after)  # fmt: skip


def _ensure_months_open(
    conn: sqlite3.Connection, start: date, later: TimetableVersion | None
) -> None:
    """Refuse a version whose days (up to the stage's next version) reach a closed month."""
    try:
        if later is None:
            ensure_open(conn, start, onwards=True)
        else:
            ensure_open(conn, start, until=later.valid_from - timedelta(days=1))
    except MonthClosed as exc:
        raise ValidationError(
            t(
                "{month}已月结，服务时间不能从 {day} 起改动（会改变该月已结账的服务日和服务时间）。"
                "请选择该月之后的生效日期，或请校长先重新打开该月。",
                month=month_label(exc.month),
                day=start.isoformat(),
            )
        ) from exc
