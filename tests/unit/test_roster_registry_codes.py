"""The pupil registry's coded values ("1-男", "0-否", "2-双亲留守儿童", "01-汉族") in roster files:
read with the registry's code lists, unknown codes refused with their row."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.domain import roster
from after_school_desk.domain.registry_codes import (
    DISABILITY,
    SEX,
    YES_NO,
    decode,
    name_of,
    split_code,
)
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.services.school.roster import import_roster
from tests.unit.roster_files import write_csv, write_xlsx

HEADER = [
    "序号", "全国学籍号", "姓名", "性别", "出生日期", "民族", "身份证件类型", "身份证件号",
    "年级", "班级", "是否留守儿童", "是否进城务工人员随迁子女", "残疾类型",
    "监护人1姓名", "监护人1关系", "监护人1联系电话",
]  # fmt: skip


def pupil(i: int, sex: str, left: str, migrant: str, disability: str, relation: str) -> list:
    return [
        i, f"G64012220160304{i:04d}", f"学生{i}", sex, datetime(2016, 3, 4), "01-汉族",
        "1-居民身份证", f"64012220160304{i:04d}", "三年级", "2班", left, migrant, disability,
        f"家长{i}", relation, f"1380000{i:04d}",
    ]  # fmt: skip


def test_a_registry_export_with_coded_values_imports_without_editing(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        pupil(1, "1-男", "0-非留守儿童", "0-否", "0-无残疾", "51-父亲"),
        pupil(2, "2-女", "2-双亲留守儿童", "1-是", "4-肢体残疾", "52-母亲"),
        pupil(3, "1", "1", "0", "0", "祖母"),
        pupil(4, "2", "单亲留守儿童", "1", "无残疾", "外祖父"),
        pupil(5, "女", "0-否", "否", "视力残疾", "母亲"),
    ]
    report = import_roster(school_ctx, write_xlsx(tmp_path / "学籍导出.xlsx", rows))
    assert report.added == 5
    assert {"民族", "身份证件类型", "身份证件号"} <= set(report.ignored_columns)
    found = {p["national_id"][-1]: p for p in pupils.list_pupils(school_ctx)}
    assert [found[k]["sex"] for k in "12345"] == ["男", "女", "男", "女", "女"]
    assert found["1"]["flags"] == []
    assert sorted(found["2"]["flags"]) == sorted(["留守儿童", "随迁子女", "残疾"])
    assert found["3"]["flags"] == ["留守儿童"]
    assert sorted(found["4"]["flags"]) == sorted(["留守儿童", "随迁子女"])
    assert found["5"]["flags"] == ["残疾"]
    assert found["1"]["guardians"][0]["relation"] == "父亲"
    assert found["2"]["guardians"][0]["relation"] == "母亲"
    conn: sqlite3.Connection = school_ctx.store.conn
    dump = "\n".join(" ".join(str(v) for v in r) for r in conn.execute("SELECT * FROM pupil"))
    assert "汉族" not in dump and "居民身份证" not in dump


def test_unknown_or_contradicting_codes_are_refused_with_their_row(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        pupil(1, "1-男", "0-否", "0-否", "0-无残疾", "父亲"),
        pupil(2, "3-男", "0-否", "0-否", "0-无残疾", "父亲"),  # row 3
        pupil(3, "1-女", "3", "2", "9-其他", "父亲"),  # row 4
        pupil(4, "2-女", "0-单亲留守儿童", "1-否", "无", "父亲"),  # row 5
    ]
    path = write_csv(tmp_path / "名册.csv", rows, encoding="gbk")
    with pytest.raises(ValidationError) as err:
        import_roster(school_ctx, path)
    assert err.value.problems == [
        "第 3 行「性别」：“3-男” 代码“3”不在学籍系统的“性别”代码中（1-男、2-女）",
        "第 4 行「性别」：“1-女” 代码与名称不一致：学籍系统“性别”代码 1 是“男”",
        "第 4 行「是否留守儿童」：“3” 代码“3”不在学籍系统的“是否留守儿童”代码中"
        "（0-非留守儿童、1-单亲留守儿童、2-双亲留守儿童）",
        "第 4 行「是否进城务工人员随迁子女」：“2” 代码“2”不在学籍系统的“是/否”代码中（0-否、1-是）",
        "第 4 行「残疾类型」：“9-其他” 代码“9”不在学籍系统的“残疾类型”代码中"
        "（0-无残疾、1-视力残疾、2-听力残疾、3-言语残疾、4-肢体残疾、5-智力残疾、6-精神残疾、"
        "7-多重残疾、8-其他残疾）",
        "第 5 行「是否留守儿童」：“0-单亲留守儿童” 代码与名称不一致："
        "学籍系统“是否留守儿童”代码 0 是“非留守儿童”",
        "第 5 行「是否进城务工人员随迁子女」：“1-否” 代码与名称不一致：学籍系统“是/否”代码 1 是“是”",
    ]
    assert pupils.list_pupils(school_ctx) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1-男", ("1", "男")),
        ("01-汉族", ("01", "汉族")),
        ("1", ("1", "")),
        ("[2]女", ("2", "女")),
        ("1男", ("1", "男")),
        ("2 - 女", ("2", "女")),
        ("男", None),
        ("12345", None),
    ],
)
def test_split_code(text: str, found: tuple[str, str] | None) -> None:
    assert split_code(text) == found


def test_decode_against_the_code_lists() -> None:
    assert decode("1-男", SEX, lambda n: {"男": "M", "女": "F"}.get(n)) == ("M", None)
    assert decode("男", SEX, lambda n: None) is None  # not coded: read the usual way
    assert decode("01", YES_NO, lambda n: None) == (True, None)
    assert decode("0-无残疾", DISABILITY, lambda n: None) == (False, None)
    value, why = decode("9", DISABILITY, lambda n: None) or (None, None)
    assert value is None and why is not None and "8-其他残疾" in why
    assert name_of("51-父亲") == "父亲" and name_of("母亲") == "母亲" and name_of("2") == "2"


@pytest.mark.parametrize(
    ("flag", "value", "kind", "answer"),
    [
        ("left_behind", "2", "yesno", True),
        ("left_behind", "非留守儿童", "yesno", False),
        ("left_behind", "1-是", "yesno", True),
        ("migrant", "0-否", "yesno", False),
        ("migrant", 1, "yesno", True),
        ("disabled", "0-无残疾", "category", False),
        ("disabled", "无残疾", "category", False),
        ("disabled", "4-肢体残疾", "category", True),
        ("hardship", "非困境儿童", "category", False),
        ("hardship", "1-孤儿", "category", True),
        ("migrant", "2", "yesno", None),
    ],
)
def test_read_flag(flag: str, value: roster.Cell, kind: str, answer: bool | None) -> None:
    got, why = roster.read_flag(flag, value, kind)
    assert got is answer and (why is None) == (answer is not None)
