"""The school calendar: which dates are service days, and in which time window.

Statutory holidays, substitute days off and make-up working days come from python-holidays
(which labels each kind) or from the State Council notice as the principal enters it. A year
without a confirmed notice is marked unconfirmed and shown so, never silently guessed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import holidays


class DayKind(StrEnum):
    """What a calendar entry makes of its day (``calendar_day.kind``)."""

    STATUTORY = "statutory"  # 法定节假日
    SUBSTITUTE = "substitute"  # a rest day moved for a holiday (调休/补假)
    MAKEUP_WORKDAY = "makeup_workday"  # 调休上班日
    SCHOOL_OFF = "school_off"  # the school's own day off


class EntrySource(StrEnum):
    """Where a calendar entry comes from (``calendar_day.source``)."""

    PACKAGE = "package"  # python-holidays' reckoning
    NOTICE = "notice"  # the State Council notice as the principal entered it
    SCHOOL = "school"  # the school's own days off


class Season(StrEnum):
    """Which timetable a service window belongs to (``service_window.season``)."""

    ALL = "all"  # all year (a season without its own window follows it)
    SUMMER = "summer"
    WINTER = "winter"


class NoticeItemKind(StrEnum):
    """An item of a holiday notice, as the preview lists it."""

    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"
    DROPPED = "dropped"  # on the calendar now, not in the notice: saving drops it


DAYS_OFF = frozenset({DayKind.STATUTORY, DayKind.SUBSTITUTE})
KIND_LABELS: dict[DayKind, str] = {
    DayKind.STATUTORY: "法定节假日",
    DayKind.SUBSTITUTE: "调休/补假",
    DayKind.MAKEUP_WORKDAY: "调休上班日",
    DayKind.SCHOOL_OFF: "学校放假",
}
SEASON_LABELS: dict[Season, str] = {
    Season.ALL: "全年（平时）",
    Season.SUMMER: "夏季作息",
    Season.WINTER: "冬季作息",
}
WEEKDAY_LABELS = ["一", "二", "三", "四", "五", "六", "日"]
# Whose timetable a service window is (``service_window.stage``): the whole school's, or one
# stage's (a stage with windows of its own follows them wholly, else the whole school's).
WINDOW_STAGES: dict[str, str] = {"": "全校", "primary": "小学", "junior": "初中", "senior": "高中"}
# The first day of the timetable a school set up with (and of every window a file held before
# windows had dates): "since always", so every day recorded is judged by it until a change.
ALWAYS = date.min  # 0001-01-01
# ``service_window.weekday`` of the one row that says a stage follows the whole school's
# timetable again from that version's day (it has no times).
FOLLOWS_SCHOOL = 0


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: str
    name: str
    source: str
    makeup_service: bool | None = None


@dataclass(frozen=True)
class Window:
    start: str  # "HH:MM"
    end: str

    @property
    def minutes(self) -> int:
        sh, sm = map(int, self.start.split(":"))
        eh, em = map(int, self.end.split(":"))
        return (eh * 60 + em) - (sh * 60 + sm)


@dataclass(frozen=True)
class TimetableVersion:
    """One version of a stage's timetable: every season's windows from ``valid_from`` until
    the stage's next version. ``follows_school``: from that day the stage has no timetable of
    its own and follows the whole school's."""

    stage: str
    valid_from: date
    windows: Mapping[tuple[str, int], Window] = field(default_factory=dict)
    follows_school: bool = False

    @property
    def since_always(self) -> bool:
        return self.valid_from == ALWAYS

    def week(self, season: str) -> dict[int, tuple[str, str]]:
        """weekday -> (start, end) of one season of this version."""
        return {wd: (w.start, w.end) for (s, wd), w in sorted(self.windows.items()) if s == season}


def timetable_versions(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[TimetableVersion]]:
    """stage -> its versions, oldest first, from the rows of ``service_window``."""
    found: dict[tuple[str, str], dict[tuple[str, int], Window]] = {}
    follows: set[tuple[str, str]] = set()
    for r in rows:
        key = (str(r.get("stage") or ""), str(r.get("valid_from") or ALWAYS.isoformat()))
        windows = found.setdefault(key, {})
        if int(r["weekday"]) == FOLLOWS_SCHOOL:
            follows.add(key)
        else:
            windows[(str(r["season"]), int(r["weekday"]))] = Window(
                str(r["start_time"]), str(r["end_time"])
            )
    result: dict[str, list[TimetableVersion]] = {}
    for (stage, day), windows in sorted(found.items()):
        result.setdefault(stage, []).append(
            TimetableVersion(stage, date.fromisoformat(day), windows, (stage, day) in follows)
        )
    return result


def version_on(
    versions: Sequence[TimetableVersion], starts: Sequence[date], day: date | None
) -> TimetableVersion | None:
    """The version in force on ``day`` (the latest ``valid_from`` on or before it; ``day``
    None: the latest version). ``starts``: the versions' days, in the same order."""
    if not versions:
        return None
    if day is None:
        return versions[-1]
    at = bisect_right(starts, day) - 1
    return versions[at] if at >= 0 else None


@dataclass(frozen=True)
class DayStatus:
    day: date
    service: bool
    reason: str
    confirmed: bool
    window: Window | None


def package_year(year: int) -> tuple[list[CalendarEntry], bool]:
    """The holidays python-holidays knows for ``year`` and whether they rest on a real notice.

    A year counts as confirmed when the package carries the notice's make-up working days
    (the State Council announces them with the holidays); otherwise the package only
    extrapolates the fixed rules and the year stays unconfirmed.
    """
    cn = holidays.country_holidays("CN", years=year, language="zh_CN")
    entries: list[CalendarEntry] = []
    for day, name in sorted(cn.items()):
        moved = "调休" in name or "补假" in name or "休息日" in name
        kind = DayKind.SUBSTITUTE if moved else DayKind.STATUTORY
        entries.append(CalendarEntry(day, kind, str(name), EntrySource.PACKAGE))
    workdays = sorted(d for d in getattr(cn, "weekend_workdays", set()) if d.year == year)
    entries.extend(
        CalendarEntry(d, DayKind.MAKEUP_WORKDAY, "调休上班", EntrySource.PACKAGE) for d in workdays
    )
    entries.sort(key=lambda e: e.day)
    return entries, bool(workdays)


def season_of(day: date, summer_from: str = "05-01", summer_to: str = "09-30") -> Season:
    key = day.strftime("%m-%d")
    return Season.SUMMER if summer_from <= key <= summer_to else Season.WINTER


def window_for(
    day: date,
    windows: Mapping[tuple[str, int], Window],
    weekday: int | None = None,
    summer_from: str = "05-01",
    summer_to: str = "09-30",
) -> Window | None:
    wd = weekday or day.isoweekday()
    seasonal = windows.get((season_of(day, summer_from, summer_to), wd))
    return seasonal or windows.get((Season.ALL, wd))


def day_status(
    day: date,
    *,
    term: tuple[date, date] | None,
    entries: Mapping[date, CalendarEntry],
    confirmed_years: Iterable[int],
    windows: Mapping[tuple[str, int], Window],
    summer_from: str = "05-01",
    summer_to: str = "09-30",
) -> DayStatus:
    confirmed = day.year in set(confirmed_years)
    entry = entries.get(day)
    if entry is not None and entry.kind != DayKind.MAKEUP_WORKDAY:
        label = KIND_LABELS[DayKind(entry.kind)]
        return DayStatus(day, False, f"{label}：{entry.name}", confirmed, None)
    if term is None or not term[0] <= day <= term[1]:
        return DayStatus(day, False, "不在学期内", confirmed, None)
    if entry is not None:
        if entry.makeup_service is False:
            return DayStatus(day, False, "调休上班日，不开展课后服务", confirmed, None)
        fallback = window_for(day, windows, 5, summer_from, summer_to)
        return DayStatus(day, fallback is not None, "调休上班日", confirmed, fallback)
    window = window_for(day, windows, None, summer_from, summer_to)
    if window is None:
        return DayStatus(
            day, False, f"星期{WEEKDAY_LABELS[day.weekday()]}不安排课后服务", confirmed, None
        )
    reason = "课后服务日" if confirmed else "课后服务日（本年度节假日安排未确认）"
    return DayStatus(day, True, reason, confirmed, window)


def date_range(start: date, end: date) -> Iterable[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)
