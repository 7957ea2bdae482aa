"""What the daily-loop services share: service days and their times, settings, instants,
pupil look-up and the per-class permission check."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from after_school_desk.domain.alerts import DayTimes
from after_school_desk.domain.calendar import DayStatus, Window, date_range
from after_school_desk.domain.profiles import stage_of_grade
from after_school_desk.domain.roles import Role
from after_school_desk.errors import NotFound, PermissionDenied, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.clock import CHINA_TZ
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.store import duty_store, people_store, rows, school_store

SETTING_DEFAULTS = {"signin_window_minutes": 15, "escalate_minutes": 30}
SETTING_LABELS = {
    "signin_window_minutes": "签到截止时间（服务开始后多少分钟）",
    "escalate_minutes": "缺席/延迟接走提醒多久未处理就上报带班领导（分钟）",
}


def setting(conn: sqlite3.Connection, key: str) -> int:
    value = school_store.get_meta(conn, key)
    try:
        return int(value) if value is not None else SETTING_DEFAULTS[key]
    except ValueError:
        return SETTING_DEFAULTS[key]


def service_days(
    conn: sqlite3.Connection, start: date, end: date, stage: str | None = None
) -> list[DayStatus]:
    """The status of every date in [start, end] (the calendar is read once and cached), for the
    whole school or for the classes of ``stage`` (a stage with a timetable of its own)."""
    cal = school_calendar(conn)
    return [cal.status(day, stage) for day in date_range(start, end)]


def service_day(conn: sqlite3.Connection, day: date, stage: str | None = None) -> DayStatus:
    return service_days(conn, day, day, stage)[0]


def class_stage(conn: sqlite3.Connection, class_id: str | None) -> str | None:
    """The stage (primary, junior, senior) of a class, from its grade; None: the whole school."""
    level = school_store.class_grade_level(conn, class_id) if class_id else None
    return None if level is None else stage_of_grade(level)


def pupil_stage(pupil: Mapping[str, Any]) -> str:
    """The stage of a pupil row that carries its class's ``grade_level`` (``pupil_row``)."""
    return stage_of_grade(int(pupil["grade_level"]))


def require_service_day(
    conn: sqlite3.Connection, day: date, class_id: str | None = None
) -> DayStatus:
    """The day's status, refused unless it is a service day (for ``class_id``'s stage)."""
    return require_service_day_of_stage(conn, day, class_stage(conn, class_id))


def require_service_day_of_stage(
    conn: sqlite3.Connection, day: date, stage: str | None
) -> DayStatus:
    """The day's status for classes of ``stage`` (None: the whole school), refused unless it is
    a service day."""
    status = service_day(conn, day, stage)
    if not status.service or status.window is None:
        raise ValidationError(
            t(
                "{day} 不是课后服务日（{reason}），不能记录考勤。",
                day=day.isoformat(),
                reason=status.reason,
            )
        )
    return status


def at_time(day: date, hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=CHINA_TZ)


def day_times(conn: sqlite3.Connection, day: date, window: Window) -> DayTimes:
    start = at_time(day, window.start)
    return DayTimes(
        signin_closes=start + timedelta(minutes=setting(conn, "signin_window_minutes")),
        service_end=at_time(day, window.end),
    )


def instant(ctx: ServiceContext, value: str | datetime | None) -> datetime:
    """An instant from the user (school local time when no offset is given), or now."""
    if value is None or value == "":
        return ctx.clock.now()
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                t(
                    "时间“{value}”无效，请写成 YYYY-MM-DDTHH:MM，例如 2026-11-02T17:35。",
                    value=value,
                )
            ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=CHINA_TZ)
    return parsed.replace(microsecond=0)


def iso_at(at: datetime) -> str:
    return at.astimezone(CHINA_TZ).isoformat(timespec="seconds")


def day_of(ctx: ServiceContext, value: str | date | None) -> date:
    if value is None or value == "":
        return ctx.clock.now().date()
    if isinstance(value, date):
        return value
    try:
        if len(value.strip()) != 10:
            raise ValueError
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            t("日期“{value}”无效，请写成 YYYY-MM-DD，例如 2026-11-02。", value=value)
        ) from None


def pupil_row(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    """A pupil by 学籍号, by the program's own id, or by name when only one pupil has it (two
    or more: they are listed with class and 学籍号, to be told apart)."""
    key = key.strip()
    if len(key) == 36 and key.count("-") == 4:  # the program's own id (screens pass these)
        row = people_store.pupil(conn, key) or people_store.pupil_by_national_id(conn, key.upper())
    else:
        row = people_store.pupil_by_national_id(conn, key.upper()) or people_store.pupil(conn, key)
    if row is None and key:
        named = people_store.pupils_named(conn, key)
        if len(named) > 1:
            raise NotFound(
                t(
                    "有 {n} 名学生叫“{name}”：{who}。请用学籍号指明是哪一位。",
                    n=len(named),
                    name=key,
                    who="；".join(who(p) for p in named[:10]),
                )
            )
        row = named[0] if named else None
    if row is None:
        raise NotFound(t("找不到学生“{key}”（请输入学籍号、姓名或学生编号）。", key=key))
    return row


def who(pupil: Mapping[str, Any]) -> str:
    return f"{pupil['class_name']} {pupil['name']}（{pupil['national_id']}）"


def check_class(ctx: ServiceContext, conn: sqlite3.Connection, class_id: str, day: str) -> None:
    """Teachers act on their own class (head teacher or that day's supervising teacher)."""
    if ctx.actor.role != Role.TEACHER:
        return
    staff_id = ctx.actor.staff_id
    if staff_id:
        if class_id in people_store.classes_of_teacher(conn, staff_id):
            return
        if class_id in duty_store.supervised_classes(conn, staff_id, day):
            return
    cls = rows.get(conn, "class", class_id)
    name = cls["name"] if cls else class_id
    raise PermissionDenied(
        t(
            "{who} 不是 {name} 的班主任或当天的管理老师，不能处理这个班的学生。",
            who=ctx.actor.display_name,
            name=name,
        )
    )


def staff_on_duty(conn: sqlite3.Connection, class_id: str, day: str) -> str | None:
    """The supervising teacher of a class that day (default: its head teacher)."""
    return duty_store.staff_on_duty(conn, day, class_id)
