"""The State Council's holiday notices read as published, year by year and date by date."""

from __future__ import annotations

import textwrap
from datetime import date, timedelta

import holidays
import pytest

from after_school_desk.domain.holiday_notice import read_notice
from tests.unit.holiday_notices import ITEMS, news_report, published

# year -> (days off as "start..end" of each item, make-up working days); ISO dates
EXPECTED: dict[int, tuple[list[str], list[str]]] = {
    2026: (
        ["2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
         "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
         "2026-10-01..2026-10-07"],
        ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    ),
    2025: (
        ["2025-01-01..2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06",
         "2025-05-01..2025-05-05", "2025-05-31..2025-06-02", "2025-10-01..2025-10-08"],
        ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    ),
    2024: (
        ["2023-12-30..2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06",
         "2024-05-01..2024-05-05", "2024-06-08..2024-06-10", "2024-09-15..2024-09-17",
         "2024-10-01..2024-10-07"],
        ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
         "2024-09-29", "2024-10-12"],
    ),
    2023: (
        ["2022-12-31..2023-01-02", "2023-01-21..2023-01-27", "2023-04-05..2023-04-05",
         "2023-04-29..2023-05-03", "2023-06-22..2023-06-24", "2023-09-29..2023-10-06"],
        ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07",
         "2023-10-08"],
    ),
    2022: (
        ["2022-01-01..2022-01-03", "2022-01-31..2022-02-06", "2022-04-03..2022-04-05",
         "2022-04-30..2022-05-04", "2022-06-03..2022-06-05", "2022-09-10..2022-09-12",
         "2022-10-01..2022-10-07"],
        ["2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08",
         "2022-10-09"],
    ),
    2021: (
        ["2021-01-01..2021-01-03", "2021-02-11..2021-02-17", "2021-04-03..2021-04-05",
         "2021-05-01..2021-05-05", "2021-06-12..2021-06-14", "2021-09-19..2021-09-21",
         "2021-10-01..2021-10-07"],
        ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26",
         "2021-10-09"],
    ),
    2020: (
        ["2020-01-01..2020-01-01", "2020-01-24..2020-01-30", "2020-04-04..2020-04-06",
         "2020-05-01..2020-05-05", "2020-06-25..2020-06-27", "2020-10-01..2020-10-08"],
        ["2020-01-19", "2020-02-01", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27",
         "2020-10-10"],
    ),
    2019: (
        ["2018-12-30..2019-01-01", "2019-02-04..2019-02-10", "2019-04-05..2019-04-07",
         "2019-05-01..2019-05-01", "2019-06-07..2019-06-09", "2019-09-13..2019-09-15",
         "2019-10-01..2019-10-07"],
        ["2018-12-29", "2019-02-02", "2019-02-03", "2019-09-29", "2019-10-12"],
    ),
    2018: (
        ["2017-12-30..2018-01-01", "2018-02-15..2018-02-21", "2018-04-05..2018-04-07",
         "2018-04-29..2018-05-01", "2018-06-16..2018-06-18", "2018-09-22..2018-09-24",
         "2018-10-01..2018-10-07"],
        ["2018-02-11", "2018-02-24", "2018-04-08", "2018-04-28", "2018-09-29", "2018-09-30"],
    ),
    2017: (
        ["2017-01-01..2017-01-02", "2017-01-27..2017-02-02", "2017-04-02..2017-04-04",
         "2017-04-29..2017-05-01", "2017-05-28..2017-05-30", "2017-10-01..2017-10-08"],
        ["2017-01-22", "2017-02-04", "2017-04-01", "2017-05-27", "2017-09-30"],
    ),
    2016: (
        ["2016-01-01..2016-01-03", "2016-02-07..2016-02-13", "2016-04-02..2016-04-04",
         "2016-05-01..2016-05-02", "2016-06-09..2016-06-11", "2016-09-15..2016-09-17",
         "2016-10-01..2016-10-07"],
        ["2016-02-06", "2016-02-14", "2016-06-12", "2016-09-18", "2016-10-08", "2016-10-09"],
    ),
    2015: (
        ["2015-01-01..2015-01-03", "2015-02-18..2015-02-24", "2015-04-05..2015-04-06",
         "2015-05-01..2015-05-03", "2015-06-20..2015-06-22", "2015-09-27..2015-09-27",
         "2015-10-01..2015-10-07"],
        ["2015-01-04", "2015-02-15", "2015-02-28", "2015-10-10"],
    ),
    2014: (
        ["2014-01-01..2014-01-01", "2014-01-31..2014-02-06", "2014-04-05..2014-04-07",
         "2014-05-01..2014-05-03", "2014-05-31..2014-06-02", "2014-09-06..2014-09-08",
         "2014-10-01..2014-10-07"],
        ["2014-01-26", "2014-02-08", "2014-05-04", "2014-09-28", "2014-10-11"],
    ),
}  # fmt: skip


def _days(spans: list[str]) -> list[date]:
    found = []
    for span in spans:
        a, b = (date.fromisoformat(x) for x in span.split(".."))
        found += [a + timedelta(days=i) for i in range((b - a).days + 1)]
    return found


def _understood(text: str, year: int) -> tuple[list[str], list[str], list[date], list[date]]:
    reading = read_notice(text, year)
    assert reading.problems == [] and reading.published
    spans = [f"{i.start}..{i.end}" for i in reading.items if i.kind == "holiday"]
    work = sorted(str(i.start) for i in reading.items if i.kind == "makeup_workday")
    off = [e.day for e in reading.entries if e.kind != "makeup_workday"]
    made = [e.day for e in reading.entries if e.kind == "makeup_workday"]
    return spans, work, off, made


@pytest.mark.parametrize("year", sorted(EXPECTED))
def test_each_years_notice_as_published_date_by_date(year: int) -> None:
    spans, work = EXPECTED[year]
    assert _understood(published(year), year) == (
        spans,
        work,
        _days(spans),
        [date.fromisoformat(d) for d in work],
    )


@pytest.mark.parametrize("year", [2014, 2016, 2017, 2021, 2022, 2023, 2024, 2025, 2026])
def test_the_package_agrees_with_each_final_notice(year: int) -> None:
    """python-holidays carries these years as finally arranged (2015's extra September holiday,
    2019's moved 劳动节 and 2020's longer 春节 came in later notices)."""
    _, _, off, made = _understood(published(year), year)
    package = holidays.country_holidays("CN", years=year)
    assert set(package) <= set(off)
    assert {d for d in package.weekend_workdays if d.year == year} == {
        d for d in made if d.year == year
    }


@pytest.mark.parametrize("year", [2019, 2023, 2024, 2025, 2026])
def test_whatever_surrounds_the_items_and_however_they_are_broken(year: int) -> None:
    whole = _understood(published(year), year)
    assert _understood(ITEMS[year], year) == whole
    assert _understood(news_report(year), year) == whole
    assert _understood(published(year).replace("\n", ""), year) == whole  # pasted as one line
    for width in (9, 17, 31):  # lines broken wherever a PDF broke them
        wrapped = "\n".join(
            "\n".join(textwrap.wrap(line, width)) or "" for line in published(year).splitlines()
        )
        assert _understood(wrapped, year) == whole
    half = ITEMS[year].replace("（", "(").replace("）", ")").replace("，", ",").replace("：", ":")
    assert _understood(half.replace("（周", "（星期").replace("(周", "(星期"), year) == whole


def test_statutory_days_and_rest_days_of_a_holiday() -> None:
    kinds = {e.day: e.kind for e in read_notice(published(2026), 2026).entries}
    assert [d.day for d in sorted(kinds) if d.month == 2 and kinds[d] == "statutory"] == [
        16,
        17,
        18,
        19,
    ]  # 除夕 and 初一 to 初三
    assert kinds[date(2026, 2, 15)] == kinds[date(2026, 2, 23)] == "substitute"
    assert kinds[date(2026, 10, 3)] == "statutory" and kinds[date(2026, 10, 4)] == "substitute"
    assert kinds[date(2026, 2, 14)] == "makeup_workday"
    names = {e.day: e.name for e in read_notice(published(2025), 2025).entries}
    assert names[date(2025, 10, 6)] == "国庆节、中秋节"
    assert names[date(2025, 9, 28)] == "调休上班（国庆节、中秋节）"


def test_dates_it_cannot_place_are_shown_with_their_line_never_guessed() -> None:
    reading = read_notice(published(2024), 2024)
    assert date(2024, 2, 9) not in {e.day for e in reading.entries}
    assert any("第 7 行" in n and "“2月9日”未采用" in n for n in reading.notes)
    assert any("2023年11月1日" in n for n in reading.notes)  # the signature's date
    reading = read_notice(published(2025), 2025)
    assert any("2024年11月10日" in n for n in reading.notes)  # the preamble's date
    extension = "延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。"
    reading = read_notice(extension, 2020)
    assert reading.entries == [] and len(reading.notes) == 2
    assert "没有找到放假安排" in reading.problems[0]


@pytest.mark.parametrize(
    ("text", "year", "said"),
    [
        (published(2025), 2026, "这是 2025 年的通知"),
        (ITEMS[2025], 2026, "1月1日写的是星期三，但 2026 年的这一天是星期四"),
        (ITEMS[2026].replace("共9天", "共8天"), 2026, "写的是 8 天，但日期算出来是 9 天"),
        (ITEMS[2026].replace("5月9日（周六）", "5月9日（周日）"), 2026, "5月9日写的是星期日"),
        (ITEMS[2026].replace("2月28日（周六）", "2月30日"), 2026, "“2月30日”不是存在的日期"),
        (ITEMS[2026].replace("至23日", "至3月23日"), 2026, "日期范围不合理"),
        ("二、春节：放假安排另行通知。", 2026, "没有读出放假或上班的日期"),
        ("一、元旦：1月1日至3日放假。1月3日上班。", 2026, "既是放假日"),
        ("一、元旦：2024年1月1日放假。", 2026, "不是 2026 年的安排"),
    ],
)
def test_what_contradicts_itself_stops_saving(text: str, year: int, said: str) -> None:
    reading = read_notice(text, year)
    assert any(said in p for p in reading.problems), reading.problems


def test_the_programs_own_format_still_works_and_is_not_mixed_in() -> None:
    own = read_notice("# 2027\n2027-01-01..2027-01-03 元旦\n2027-01-09 上班\n", 2027)
    assert not own.published and own.problems == []
    assert [(e.day.day, e.kind) for e in own.entries] == [
        (1, "statutory"), (2, "statutory"), (3, "statutory"), (9, "makeup_workday")
    ]  # fmt: skip
    mixed = read_notice("2026-03-02 上班\n" + published(2026), 2026)
    assert date(2026, 3, 2) not in {e.day for e in mixed.entries}
    assert any("第 1 行“2026-03-02 上班”" in n for n in mixed.notes)
