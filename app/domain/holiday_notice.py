"""Reading the State Council holiday notice as the principal types or pastes it.

One line per item:
    2027-02-06..2027-02-12 春节        (days off, a range or one date)
    2027-02-14 上班                    (a make-up working day; 补班 / 调休上班 also accepted)
Blank lines and lines starting with # are ignored. Dates may also be written 2027/2/6 or 2月6日.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.domain.calendar import CalendarEntry
from app.domain.text import normalize_text

_WORK_WORDS = ("上班", "补班", "调休上班", "工作日")
_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日)"
_LINE = re.compile(rf"^(?P<a>{_DATE})\s*(?:(?:\.\.|至|到|—|~|-)\s*(?P<b>{_DATE}))?\s*(?P<name>.*)$")


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


def parse_notice(text: str, year: int) -> tuple[list[CalendarEntry], list[str]]:
    """Entries of the notice for ``year`` and one message per line that could not be read."""
    entries: dict[date, CalendarEntry] = {}
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = normalize_text(raw)
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        start = _parse_date(m.group("a"), year) if m else None
        end = _parse_date(m.group("b"), year) if m and m.group("b") else start
        if m is None or start is None or end is None:
            problems.append(
                f"第 {number} 行“{raw.strip()}”：无法识别日期，请写成 2027-02-06..2027-02-12 春节"
            )
            continue
        if end < start or (end - start).days > 15:
            problems.append(f"第 {number} 行“{raw.strip()}”：日期范围不合理")
            continue
        if start.year != year or end.year not in (year, year + 1):
            problems.append(f"第 {number} 行“{raw.strip()}”：不是 {year} 年的安排")
            continue
        name = m.group("name").strip() or "放假"
        working = any(word in name for word in _WORK_WORDS)
        day = start
        while day <= end:
            kind = "makeup_workday" if working else "statutory"
            entries[day] = CalendarEntry(day, kind, name, "notice")
            day += timedelta(days=1)
    if not entries and not problems:
        problems.append("通知内容为空。")
    return sorted(entries.values(), key=lambda e: e.day), problems
