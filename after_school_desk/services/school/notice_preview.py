"""What a holiday notice would change, shown before it is saved (``calendar.enter_notice``).

Every holiday range and every make-up working day the notice gives, each next to what the
calendar holds for those days now (python-holidays' reckoning or an earlier notice), then the
days the calendar has as holidays or make-up days that the notice does not name (saving drops
them), the problems that stop saving and the dates the reader could not place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from after_school_desk.domain.calendar import (
    DAYS_OFF,
    WEEKDAY_LABELS,
    DayKind,
    EntrySource,
    NoticeItemKind,
)
from after_school_desk.domain.holiday_notice import read_notice
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.importers.notice_text import read_notice_text
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.answers import NoticeRow
from after_school_desk.store import school_store

_OFF = DAYS_OFF
_LABELS = {
    "off": "放假",
    DayKind.MAKEUP_WORKDAY: "调休上班日",
    DayKind.SCHOOL_OFF: "学校放假",
    "": "平常日",
}


@dataclass(frozen=True)
class NoticePreview:
    year: int
    published: bool  # read as the State Council publishes it (else the simple format)
    # kind ("holiday" / "makeup_workday" / "dropped"), name, start, end (ISO), dates (as read
    # aloud), days, before (what the calendar holds now), same (nothing changes), line
    rows: list[NoticeRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    holiday_days: int = 0
    workdays: int = 0
    before: str = ""  # where the year's calendar comes from now


def read_notice_file(path: str | Path) -> str:
    """The text of a notice saved as .txt or .docx (InputFileError when it cannot be read)."""
    return read_notice_text(Path(path))


def day_text(day: date, year: int) -> str:
    """'2月15日（周日）', with the year when it is not the notice's year."""
    prefix = f"{day.year}年" if day.year != year else ""
    return f"{prefix}{day.month}月{day.day}日（周{WEEKDAY_LABELS[day.weekday()]}）"


def span_text(start: date, end: date, year: int) -> str:
    return (
        day_text(start, year) if start == end else f"{day_text(start, year)}至{day_text(end, year)}"
    )


def _label(row: Any, day: date) -> str:
    if row is None:
        return "周末" if day.isoweekday() >= 6 else ""
    return "off" if row["kind"] in _OFF else str(row["kind"])


def _compare(kind: str, days: tuple[date, ...], before: dict[date, Any], year: int) -> str:
    wanted = ("off", "周末") if kind == NoticeItemKind.HOLIDAY else (DayKind.MAKEUP_WORKDAY,)
    differ: dict[str, list[date]] = {}
    for day in days:
        label = _label(before.get(day), day)
        if label not in wanted:
            differ.setdefault(_LABELS.get(label, label), []).append(day)
    if not differ:
        return ""
    return "原先：" + "；".join(
        "、".join(f"{d.month}月{d.day}日" for d in group) + f" 为{label}"
        for label, group in differ.items()
    )


def preview_notice(ctx: ServiceContext, year: int, text: str) -> NoticePreview:
    """The notice for ``year`` as understood, next to the calendar as it is; nothing is saved."""
    ctx.require(Action.MANAGE_CALENDAR)
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(t("年份 {year} 无效。", year=year))
    reading = read_notice(text, year)
    conn = ctx.store.conn
    new_days = {e.day for e in reading.entries}
    low = min([date(year, 1, 1), *new_days])
    high = max([date(year, 12, 31), *new_days])
    before = {
        date.fromisoformat(r["day"]): r
        for r in school_store.calendar_days(conn, low.isoformat(), high.isoformat())
    }
    rows: list[NoticeRow] = []
    for item in sorted(reading.items, key=lambda i: (i.start, i.kind)):
        change = _compare(item.kind, item.days, before, year)
        rows.append(
            {"kind": item.kind, "name": item.name, "start": item.start.isoformat(),
             "end": item.end.isoformat(), "dates": span_text(item.start, item.end, year),
             "days": len(item.days), "before": change or "一致", "same": not change,
             "line": item.line}
        )  # fmt: skip
    if not reading.problems:  # nothing is saved then, so nothing is dropped
        rows.extend(_dropped(before, new_days, year))
    known = {int(r["year"]): r for r in school_store.holiday_years(conn)}.get(year)
    return NoticePreview(
        year=year,
        published=reading.published,
        rows=rows,
        problems=reading.problems,
        notes=reading.notes,
        holiday_days=sum(1 for e in reading.entries if e.kind in _OFF),
        workdays=sum(1 for e in reading.entries if e.kind == DayKind.MAKEUP_WORKDAY),
        before=_source_text(known),
    )


@dataclass
class _Run:
    """Dropped days of one kind in a row."""

    label: str
    name: str
    start: date
    end: date
    days: int = 1


def _dropped(before: dict[date, Any], new_days: set[date], year: int) -> list[NoticeRow]:
    """Holidays and make-up days of ``year`` the calendar has now and the notice does not name."""
    kept = (EntrySource.PACKAGE, EntrySource.NOTICE)
    gone = sorted(
        d for d, r in before.items()
        if d.year == year and r["source"] in kept and d not in new_days
    )  # fmt: skip
    runs: list[_Run] = []
    for day in gone:
        row = before[day]
        label = _LABELS["off" if row["kind"] in _OFF else str(row["kind"])]
        last = runs[-1] if runs else None
        if last is not None and last.label == label and last.end + timedelta(days=1) == day:
            last.end = day
            last.days += 1
        else:
            runs.append(_Run(label, str(row["name"] or ""), day, day))
    return [
        NoticeRow(
            kind=NoticeItemKind.DROPPED,
            name=r.name,
            start=r.start.isoformat(),
            end=r.end.isoformat(),
            dates=span_text(r.start, r.end, year),
            days=r.days,
            before=f"原先：{r.label}；通知中没有，保存后按平常日处理",
            same=False,
            line=None,
        )
        for r in runs
    ]


def _source_text(known: Any) -> str:
    if known is None:
        return "程序里还没有这一年的节假日安排"
    if known["source"] == EntrySource.NOTICE:
        return "已按通知录入过（这次保存会替换）"
    if known["confirmed"]:
        return "程序自带的节假日数据（已含这一年的通知）"
    return "程序按法定节日推算的安排（未确认）"
