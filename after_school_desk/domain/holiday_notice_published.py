"""Reading the State Council's holiday notice as published (国务院办公厅关于XXXX年部分节假日安排的通知).

The numbered items ("一、元旦：…", "六、国庆节、中秋节：…") are found wherever they stand: after a
title, a salutation, a preamble or a news agency's lead-in, one per line or run together, with
lines broken wherever a PDF broke them, in full- or half-width punctuation. Each sentence of an
item is read clause by clause:

- dates: "1月1日", "2022年12月31日", a day alone after a range word ("至3日") or in a list
  ("2月14日、28日"); a remark in brackets after a date ("（周四）", "（农历除夕、周二）",
  "（星期日）") is checked against the date's weekday;
- a clause with 上班 gives make-up working days, which fall on a Saturday or Sunday;
- a clause with 放假, 补休 or 连休 gives days off; "与周末连休" adds the adjoining weekend, a
  weekend between two days off of one sentence is off too, and "共N天" / "放假N天" must agree.

A date in a sentence that says neither (a signature date, "安排职工在除夕（2月9日）休息", a news
agency's dateline) is returned as a note with its line, never guessed. Whatever contradicts itself
(a weekday that does not match, a count that does not add up, a day both off and worked, a notice
of another year) is a problem: the caller saves nothing.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from after_school_desk.domain.calendar import WEEKDAY_LABELS, NoticeItemKind
from after_school_desk.domain.text import normalize_text
from after_school_desk.i18n import t

_FEST = (
    r"(?:国际劳动节|五一劳动节|劳动节|元旦|春节|清明节|清明|端午节|端午|中秋节|中秋|国庆节|国庆)"
)
_NUMBERING = r"(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}\s*[、.)])"
# an item: a festival named before a colon, or any short name numbered ("一、", "(二)", "3.")
_HEADER = re.compile(
    rf"(?:^|(?<=[。;:\s]))(?:(?:{_NUMBERING}\s*)?(?P<name>{_FEST}(?:\s*[、和与及]\s*{_FEST})*)"
    rf"|{_NUMBERING}\s*(?P<other>[^\d\s:,。;()]{{2,20}}?))\s*:"
)
_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日"
    r"(?:\s*\((?P<note>[^()]{0,30})\))?"
)
_MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_RANGE_WORD = re.compile(r"^\s*(?:至|到|~|-|—|–|——)\s*$")
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_COUNT = re.compile(r"(?:共|放假)\s*(\d{1,2})\s*天")
_TITLE = re.compile(r"关于\s*(\d{4})\s*年\s*(?:部分)?\s*节假日安排")
_HOLIDAY_WORDS = ("放假", "补休", "连休")
_WORK_WORDS = ("上班", "补班")
_SHOWN_CHARS = 80
MAX_RANGE_DAYS = 15


@dataclass(frozen=True)
class NoticeItem:
    """Days off of one sentence, or the make-up working days it names."""

    kind: NoticeItemKind  # holiday or makeup_workday
    name: str  # the festival as the notice names it ("国庆节、中秋节")
    days: tuple[date, ...]
    line: int  # where the sentence starts (1-based)
    text: str  # the sentence as read

    @property
    def start(self) -> date:
        return self.days[0]

    @property
    def end(self) -> date:
        return self.days[-1]


@dataclass
class Reading:
    """What one notice says: its items, what contradicts itself, and dates it could not place."""

    items: list[NoticeItem] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def shown(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"


def looks_published(text: str) -> bool:
    """True for the notice's own wording; False for the program's one-item-a-line format."""
    lines = [normalize_text(raw) for raw in text.splitlines()]
    if any(_HEADER.search(line) for line in lines):
        return True
    return any(
        _MONTH_DAY.search(line)
        and any(w in line for w in _HOLIDAY_WORDS + _WORK_WORDS)
        and any(p in line for p in ",。(")
        for line in lines
    )


def _paragraphs(text: str) -> list[tuple[str, list[int]]]:
    """Lines joined where a sentence runs on; each paragraph with the source line of each char."""
    result: list[tuple[str, list[int]]] = []
    chars: list[str] = []
    lines: list[int] = []

    def close() -> None:
        if chars:
            result.append(("".join(chars), list(lines)))
        chars.clear()
        lines.clear()

    prev = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = normalize_text(raw)
        if not line:
            close()
            prev = ""
            continue
        ended = prev.endswith(("。", ":", ";")) and not line[0].isdigit()
        if prev and (ended or _HEADER.match(line)):
            close()
        chars.extend(line)
        lines.extend([number] * len(line))
        prev = line
    close()
    return result


def _split(text: str, seps: str) -> list[tuple[int, str]]:
    """Parts of ``text`` cut at ``seps`` outside brackets, each with its offset."""
    parts: list[tuple[int, str]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            parts.append((start, text[start:i]))
            start = i + 1
    parts.append((start, text[start:]))
    return [(offset, part) for offset, part in parts if part.strip()]


class _ItemReader:
    """Reads the sentences of one item (or of text outside any item, for notes only)."""

    def __init__(self, reading: Reading, year: int, name: str, in_item: bool) -> None:
        self.reading = reading
        self.year = year
        self.name = name
        self.in_item = in_item
        self.found = False

    def where(self, line: int, text: str) -> str:
        return t("第 {line} 行“{text}”", line=line, text=shown(text.strip()))

    def read(self, text: str, line_of: list[int]) -> None:
        for offset, sentence in _split(text, "。"):
            line = line_of[min(offset + len(sentence) - len(sentence.lstrip()), len(line_of) - 1)]
            self.sentence(sentence.strip(), line)

    def sentence(self, sentence: str, line: int) -> None:
        groups: list[tuple[str, str]] = []  # (clause, verb); "1月1日，放假" read as one
        for _, clause in _split(sentence, ",;"):
            verb = _verb(clause)
            dated = bool(_DATE.search(clause))
            if verb and not dated and groups and not groups[-1][1] and _DATE.search(groups[-1][0]):
                groups[-1] = (groups[-1][0] + "," + clause, verb)
            else:
                groups.append((clause, verb))
        off: list[date] = []
        work: list[date] = []
        loose: list[str] = []
        for clause, verb in groups:
            if not _DATE.search(clause):
                continue
            if not verb or not self.in_item:
                loose.extend(m[0] for m in _DATE.finditer(clause))
                continue
            dates = self.dates(clause, line, sentence)
            if dates is None:
                return
            (work if verb == "work" else off).extend(dates)
        where = self.where(line, sentence)
        if loose:
            why = "这句话既没说放假，也没说上班" if self.in_item else "不在编号的放假安排之内"
            listed = "、".join(f"“{d}”" for d in loose)
            self.reading.notes.append(f"{where}：{listed}未采用（{why}）")
        if off:
            self.holidays(off, sentence, line, where)
        if work:
            self.workdays(work, sentence, line, where)

    def dates(self, clause: str, line: int, sentence: str) -> list[date] | None:
        """The clause's dates, ranges expanded; None (and a problem) when one cannot be read."""
        found: list[date] = []
        prev: date | None = None
        range_start: date | None = None
        end_of_last = 0
        for m in _DATE.finditer(clause):
            between = clause[end_of_last : m.start()]
            is_end = prev is not None and bool(_RANGE_WORD.match(between))
            day = self.resolve(m, prev, prev if is_end else None, line, sentence)
            if day is None:
                return None
            if is_end and prev is not None:
                range_start = prev
                span = (day - range_start).days
                if span < 0 or span > MAX_RANGE_DAYS:
                    self.problem(
                        line,
                        sentence,
                        t("{start}至{end} 日期范围不合理", start=_md(range_start), end=_md(day)),
                    )
                    return None
                found.extend(range_start + timedelta(days=i) for i in range(1, span + 1))
            else:
                found.append(day)
            prev = day
            end_of_last = m.end()
        return found

    def resolve(
        self,
        m: re.Match[str],
        prev: date | None,
        range_start: date | None,
        line: int,
        sentence: str,
    ) -> date | None:
        ref = range_start or prev
        year = int(m["y"]) if m["y"] else None
        if m["m"] is None and ref is None:
            self.problem(line, sentence, t("“{date}”只有日，没有月份", date=m[0]))
            return None
        month = int(m["m"]) if m["m"] else ref.month if ref else 1
        if year is None:
            year = ref.year if ref is not None and (m["m"] is None or range_start) else self.year
        try:
            day = date(year, month, int(m["d"]))
        except ValueError:
            self.problem(line, sentence, t("“{date}”不是存在的日期", date=m[0]))
            return None
        if range_start is not None and m["y"] is None and day < range_start:
            with contextlib.suppress(ValueError):  # 2月29日 has no next year
                day = day.replace(year=day.year + 1)
        if not date(self.year - 1, 12, 1) <= day <= date(self.year + 1, 1, 31):
            self.problem(
                line,
                sentence,
                t("{date} 不是 {year} 年的安排", date=day.isoformat(), year=self.year),
            )
            return None
        note = m["note"] or ""
        said = _WEEKDAY.search(note)
        if said:
            wanted = "日" if said.group(1) == "天" else said.group(1)
            actual = WEEKDAY_LABELS[day.weekday()]
            if wanted != actual:
                self.problem(
                    line,
                    sentence,
                    t(
                        "{date}写的是星期{wanted}，但 {year} 年的这一天是星期{actual}"
                        "（请核对年份或日期）",
                        date=_md(day),
                        wanted=wanted,
                        year=day.year,
                        actual=actual,
                    ),
                )
                return None
        return day

    def holidays(self, off: list[date], sentence: str, line: int, where: str) -> None:
        days = sorted(set(off))
        filled = [days[0]]
        for day in days[1:]:
            gap = [filled[-1] + timedelta(days=i) for i in range(1, (day - filled[-1]).days)]
            if len(gap) <= 2 and all(g.isoweekday() >= 6 for g in gap):
                filled.extend(gap)
            filled.append(day)
        if "连休" in sentence and "周末" in sentence:
            while (filled[0] - timedelta(days=1)).isoweekday() >= 6:
                filled.insert(0, filled[0] - timedelta(days=1))
            while (filled[-1] + timedelta(days=1)).isoweekday() >= 6:
                filled.append(filled[-1] + timedelta(days=1))
        said = _COUNT.search(sentence)
        if said and int(said.group(1)) != len(filled):
            self.reading.problems.append(
                t(
                    "{where}：写的是 {said} 天，但日期算出来是 {count} 天（{start}至{end}），请核对",
                    where=where,
                    said=said.group(1),
                    count=len(filled),
                    start=_md(filled[0]),
                    end=_md(filled[-1]),
                )
            )
            return
        self.found = True
        self.reading.items.append(
            NoticeItem(NoticeItemKind.HOLIDAY, self.name, tuple(filled), line, sentence)
        )

    def workdays(self, work: list[date], sentence: str, line: int, where: str) -> None:
        weekend = sorted({d for d in work if d.isoweekday() >= 6})
        weekdays = sorted({d for d in work if d.isoweekday() < 6})
        for day in weekdays:
            self.reading.notes.append(
                t(
                    "{where}：{date}是星期{weekday}，本来就上班，不按调休上班日记录",
                    where=where,
                    date=_md(day),
                    weekday=WEEKDAY_LABELS[day.weekday()],
                )
            )
        for day in weekend:
            self.found = True
            self.reading.items.append(
                NoticeItem(NoticeItemKind.MAKEUP_WORKDAY, self.name, (day,), line, sentence)
            )

    def problem(self, line: int, sentence: str, why: str) -> None:
        self.reading.problems.append(t("{where}：{why}", where=self.where(line, sentence), why=why))


def _verb(clause: str) -> str:
    if any(w in clause for w in _WORK_WORDS):
        return "work"
    if any(w in clause for w in _HOLIDAY_WORDS):
        return "holiday"
    return ""


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def read_published(text: str, year: int) -> Reading:
    """The notice's holidays and make-up working days for ``year``, as published."""
    reading = Reading()
    title = _TITLE.search(normalize_text(text.replace("\n", "")))
    if title and int(title.group(1)) != year:
        reading.problems.append(
            t(
                "这是 {notice_year} 年的通知（标题：关于{notice_year}年部分节假日安排的通知），"
                "所选的是 {year} 年；请选对年份，或换成 {year} 年的通知。",
                notice_year=title.group(1),
                year=year,
            )
        )
    paragraphs = _paragraphs(text)
    headed = any(_HEADER.search(p) for p, _ in paragraphs)
    for paragraph, line_of in paragraphs:
        heads = list(_HEADER.finditer(paragraph))
        if not headed:
            _read_part(reading, year, "节假日", True, paragraph, line_of, 0, len(paragraph))
            continue
        first = heads[0].start() if heads else len(paragraph)
        _read_part(reading, year, "", False, paragraph, line_of, 0, first)
        for i, head in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(paragraph)
            found = _read_part(
                reading,
                year,
                head["name"] or head["other"],
                True,
                paragraph,
                line_of,
                head.end(),
                end,
            )
            if not found:
                text_of = paragraph[head.start() : end]
                reading.problems.append(
                    t(
                        "第 {line} 行“{text}”：没有读出放假或上班的日期",
                        line=line_of[head.start()],
                        text=shown(text_of),
                    )
                )
    return reading


def _read_part(
    reading: Reading,
    year: int,
    name: str,
    in_item: bool,
    paragraph: str,
    line_of: list[int],
    start: int,
    end: int,
) -> bool:
    if start >= end:
        return False
    before = len(reading.problems)
    reader = _ItemReader(reading, year, re.sub(r"\s+", "", name), in_item)
    reader.read(paragraph[start:end], line_of[start:end])
    return reader.found or len(reading.problems) > before
