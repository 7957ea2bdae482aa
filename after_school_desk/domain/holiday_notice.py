"""Reading the State Council holiday notice as the principal pastes or types it.

The notice as published (国务院办公厅关于XXXX年部分节假日安排的通知, with its title, preamble,
numbered items and signature) is read by ``after_school_desk.domain.holiday_notice_published``. The program's
own simple format keeps working, one item per line:
    2027-02-06..2027-02-12 春节        (days off, a range or one date)
    2027-02-14 上班                    (a make-up working day; 补班 / 调休上班 also accepted)
Blank lines and lines starting with # are ignored. Dates may also be written 2027/2/6 or 2月6日.

In a published notice a day off is a statutory holiday (法定节假日) when the holiday law names that
day for the festival (the fixed rules python-holidays computes, ``package_year``), else a rest
day moved for the holiday (调休/补假); in the simple format every day off counts as statutory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from after_school_desk.domain.calendar import (
    CalendarEntry,
    DayKind,
    EntrySource,
    NoticeItemKind,
    package_year,
)
from after_school_desk.domain.holiday_notice_published import (
    NoticeItem,
    looks_published,
    read_published,
)
from after_school_desk.domain.text import normalize_text
from after_school_desk.i18n import t

_WORK_WORDS = ("上班", "补班", "调休上班", "工作日")
_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日)"
_SIMPLE_LINE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s|\.\.|$)")
_LINE = re.compile(rf"^(?P<a>{_DATE})\s*(?:(?:\.\.|至|到|—|~|-)\s*(?P<b>{_DATE}))?\s*(?P<name>.*)$")


@dataclass
class NoticeReading:
    """A notice as understood: its items, the calendar entries they make, what went wrong."""

    published: bool  # the notice's own wording (else the program's simple format)
    items: list[NoticeItem] = field(default_factory=list)
    entries: list[CalendarEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # nothing may be saved while any
    notes: list[str] = field(default_factory=list)  # dates not placed, shown with their line


def _parse_date(text: str, year: int) -> date | None:
    nums = [int(n) for n in re.findall(r"\d+", text)]
    try:
        if len(nums) == 3:
            return date(nums[0], nums[1], nums[2])
        if len(nums) == 2:
            return date(year, nums[0], nums[1])
    except ValueError:
        return None
    return None


def _read_simple(text: str, year: int) -> NoticeReading:
    reading = NoticeReading(published=False)
    entries: dict[date, CalendarEntry] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = normalize_text(raw)
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        start = _parse_date(m.group("a"), year) if m else None
        end = _parse_date(m.group("b"), year) if m and m.group("b") else start
        if m is None or start is None or end is None:
            reading.problems.append(
                t(
                    "第 {line} 行“{text}”：无法识别日期，请写成 2027-02-06..2027-02-12 春节"
                    "，或粘贴国务院办公厅通知的原文",
                    line=number,
                    text=raw.strip(),
                )
            )
            continue
        if end < start or (end - start).days > 15:
            reading.problems.append(
                t("第 {line} 行“{text}”：日期范围不合理", line=number, text=raw.strip())
            )
            continue
        if start.year != year or end.year not in (year, year + 1):
            reading.problems.append(
                t(
                    "第 {line} 行“{text}”：不是 {year} 年的安排",
                    line=number,
                    text=raw.strip(),
                    year=year,
                )
            )
            continue
        name = m.group("name").strip() or "放假"
        working = any(word in name for word in _WORK_WORDS)
        kind = DayKind.MAKEUP_WORKDAY if working else DayKind.STATUTORY
        days = tuple(start + timedelta(days=i) for i in range((end - start).days + 1))
        reading.items.append(
            NoticeItem(
                NoticeItemKind.MAKEUP_WORKDAY if working else NoticeItemKind.HOLIDAY,
                name,
                days,
                number,
                line,
            )
        )
        for day in days:
            entries[day] = CalendarEntry(day, kind, name, EntrySource.NOTICE)
    reading.entries = sorted(entries.values(), key=lambda e: e.day)
    return reading


def statutory_days(years: set[int]) -> set[date]:
    """The days the holiday law itself names (元旦, 除夕 and 春节, 清明, 劳动节 …) in ``years``."""
    found: set[date] = set()
    for year in years:
        entries, _ = package_year(year)
        found.update(e.day for e in entries if e.kind == DayKind.STATUTORY)
    return found


def _read_as_published(text: str, year: int) -> NoticeReading:
    got = read_published(text, year)
    reading = NoticeReading(True, got.items, [], got.problems, got.notes)
    off: dict[date, NoticeItem] = {}
    work: dict[date, NoticeItem] = {}
    for item in got.items:
        target = work if item.kind == NoticeItemKind.MAKEUP_WORKDAY else off
        for day in item.days:
            target.setdefault(day, item)
    for day in sorted(set(off) & set(work)):
        reading.problems.append(
            t(
                "第 {line} 行：{month}月{day}日既是放假日（第 {off_line} 行），又是上班日，请核对",
                line=work[day].line,
                month=day.month,
                day=day.day,
                off_line=off[day].line,
            )
        )
    law = statutory_days({d.year for d in off})
    entries = [
        CalendarEntry(
            day,
            DayKind.STATUTORY if day in law else DayKind.SUBSTITUTE,
            item.name,
            EntrySource.NOTICE,
        )
        for day, item in off.items()
    ]
    entries += [
        CalendarEntry(day, DayKind.MAKEUP_WORKDAY, f"调休上班（{item.name}）", EntrySource.NOTICE)
        for day, item in work.items()
        if day not in off
    ]
    reading.entries = sorted(entries, key=lambda e: e.day)
    for number, raw in enumerate(text.splitlines(), start=1):
        if _SIMPLE_LINE.match(normalize_text(raw)):
            reading.notes.append(
                t(
                    "第 {line} 行“{text}”：与通知原文混在一起的“日期 名称”行未采用"
                    "（请只粘贴通知原文，或者只用每行一项的写法）",
                    line=number,
                    text=raw.strip(),
                )
            )
    if not got.items and not got.problems:
        reading.problems.append(
            t("没有找到放假安排：通知里应有“一、元旦：1月1日……放假……”这样的条目。")
        )
    return reading


def read_notice(text: str, year: int) -> NoticeReading:
    """The notice for ``year`` as published, or in the program's simple format."""
    reading = _read_as_published(text, year) if looks_published(text) else _read_simple(text, year)
    if not reading.entries and not reading.problems:
        reading.problems.append(t("通知内容为空。"))
    reading.notes.sort(key=_line_number)
    return reading


def _line_number(message: str) -> int:
    """The line a note names first ("第 12 行…", or "Line 12 …" in English)."""
    m = re.search(r"\d+", message)
    return int(m.group(0)) if m else 0


def parse_notice(text: str, year: int) -> tuple[list[CalendarEntry], list[str]]:
    """Entries of the notice for ``year`` and one message per problem that stops saving."""
    reading = read_notice(text, year)
    return reading.entries, reading.problems
