"""Pure roster rules: header detection, column mapping, dates, yes/no and row problems."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from after_school_desk.domain import roster

TODAY = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("全国学籍号", "national_id"),
        ("* 学籍号", "national_id"),
        ("学籍辅号", "national_id"),
        ("学号", "student_no"),
        ("学生姓名", "name"),
        ("出生日期(yyyy-mm-dd)", "birth_date"),
        ("是否进城务工人员随迁子女", "flag:migrant"),
        ("残疾类型", "flag:disabled"),
        ("监护人1联系电话", "adult:guardian1:phone"),
        ("监护人二姓名", "adult:guardian2:name"),
        ("成员2关系", "adult:guardian2:relation"),
        ("家长姓名", "adult:guardian1:name"),
        ("家长电话", "adult:guardian1:phone"),
        ("手机号", "adult:guardian1:phone"),
        ("接送人", "adult:pickup:name"),
        ("接送人电话", "adult:pickup:phone"),
    ],
)
def test_headers_map_to_fields(header: str, key: str) -> None:
    target = roster.classify_header(header)
    assert target is not None and target.key == key


@pytest.mark.parametrize(
    "header",
    ["身份证件号", "监护人1身份证件号", "家庭住址", "民族", "健康状况", "家长4姓名", "序号"],
)
def test_personal_columns_are_not_mapped(header: str) -> None:
    assert roster.classify_header(header) is None


def test_header_found_under_title_rows_and_preferred_columns_win() -> None:
    rows: list[tuple[int, list[roster.Cell]]] = [
        (1, ["XX小学2026年秋季学生名册", None, None]),
        (2, ["制表日期：2026-09-01"]),
        (4, ["学籍辅号", "姓名", "性别", "班级", "全国学籍号", "联系电话", "监护人1联系电话"]),
    ]
    assert roster.find_header(rows) == 2
    columns = roster.map_columns(rows[2][1])
    assert [c for c, _ in columns.targets["national_id"]] == [4, 0]
    assert [c for c, _ in columns.targets["adult:guardian1:phone"]] == [6, 5]


def test_no_header_without_a_name_column() -> None:
    assert roster.find_header([(1, ["学籍号", "性别", "班级"])]) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2016, 3, 4), "2016-03-04"),
        (date(2016, 3, 4), "2016-03-04"),
        ("2016-03-04", "2016-03-04"),
        ("2016/3/4", "2016-03-04"),
        ("20160304", "2016-03-04"),
        (20160304, "2016-03-04"),
        ("2016.3.4", "2016-03-04"),
        ("2016年3月4日", "2016-03-04"),
        ("２０１６－０３－０４", "2016-03-04"),
        (42433, "2016-03-04"),  # an Excel serial without a date format
        (42433.0, "2016-03-04"),
        ("", None),
        (None, None),
    ],
)
def test_birth_dates(value: roster.Cell, expected: str | None) -> None:
    assert roster.parse_birth_date(value, TODAY) == (expected, None)


@pytest.mark.parametrize(
    "value", ["2016-02-30", "2016-13-01", "三月四日", "2030-01-01", "1850-01-01"]
)
def test_impossible_birth_dates(value: str) -> None:
    day, why = roster.parse_birth_date(value, TODAY)
    assert day is None and why


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("是", "yesno", True),
        ("√", "yesno", True),
        (1, "yesno", True),
        (1.0, "yesno", True),
        (True, "yesno", True),
        ("否", "yesno", False),
        ("0", "yesno", False),
        (None, "yesno", False),
        ("", "yesno", False),
        ("也许", "yesno", None),
        ("视力残疾", "category", True),
        ("无", "category", False),
    ],
)
def test_yes_no(value: roster.Cell, kind: str, expected: bool | None) -> None:
    assert roster.parse_yes_no(value, kind) is expected


def test_rows_are_cleaned_and_problems_name_row_column_and_value() -> None:
    rows: list[tuple[int, list[roster.Cell]]] = [
        (1, ["三年级名单"]),
        (3, ["学籍号", "姓名", "性别", "年级", "班级", "家长电话", "留守儿童"]),
        (4, [" g6401222016030412３4 ", " 张 三", "男", "三年级", "２班", 13800001234.0, "√"]),
        (5, ["姓名", "姓名", "性别", "年级", "班级", "家长电话", "留守儿童"]),  # repeated header
        (6, [None, None, None, None, None, None, None]),
        (7, ["G6401222016030400", "李四", "女", "三年级", "2班", "1380000", ""]),
    ]
    parsed = roster.read_rows(rows, TODAY)
    assert parsed is not None and parsed.header_line == 3
    assert parsed.problems == ["第 7 行「家长电话」：“1380000” 不是有效的电话号码"]
    (row,) = parsed.rows
    assert (row.line, row.national_id, row.name, row.sex) == (4, "G640122201603041234", "张三", "M")
    assert row.class_key.name == "三年级(2)班"
    assert row.flags == {"left_behind": True}
    assert row.adults == (roster.AdultEntry("家长", "", "13800001234", True),)


def test_file_without_guardian_columns_says_nothing_about_adults() -> None:
    parsed = roster.read_rows(
        [(1, ["学籍号", "姓名", "性别", "班级"]), (2, ["G6401222016", "甲", "女", "一(1)班"])],
        TODAY,
    )
    assert parsed is not None and parsed.rows[0].adults is None
    assert parsed.rows[0].flags == {} and parsed.rows[0].birth_date is None


def test_numbers_cut_short_by_excel_are_explained() -> None:
    parsed = roster.read_rows(
        [
            (1, ["学籍号", "姓名", "性别", "班级", "联系电话"]),
            (2, ["G6401222016", "甲", "女", "一(1)班", "1.38E+10"]),
        ],
        TODAY,
    )
    assert parsed is not None
    assert parsed.problems == [
        "第 2 行「联系电话」：“1.38E+10” 被 Excel 显示成了科学计数法，号码已丢失；"
        "请把这一列设为“文本”后重新填写保存"
    ]
