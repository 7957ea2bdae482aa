"""Roster files for the import tests, written into a temporary folder."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

REGISTRY_HEADER: list[object] = [
    "序号",
    "全国学籍号",
    "姓名",
    "性别",
    "出生日期",
    "身份证件号",
    "民族",
    "年级",
    "班级",
    "是否留守儿童",
    "是否进城务工人员随迁子女",
    "是否建档立卡贫困户",
    "残疾类型",
    "监护人1姓名",
    "监护人1关系",
    "监护人1联系电话",
    "监护人2姓名",
    "监护人2关系",
    "监护人2联系电话",
    "家庭住址",
    "户口所在地",
]


def registry_row(
    i: int,
    *,
    national_id: str | None = None,
    name: str = "",
    sex: str = "男",
    birth: object = None,
    grade: str = "三年级",
    klass: str = "2班",
    left_behind: str = "否",
    phone: object = "13800001234",
) -> list[object]:
    return [
        i,
        national_id or f"G64012220160304{i:04d}",
        name or f"学生{i}",
        sex,
        birth if birth is not None else datetime(2016, 3, 4),
        f"64012220160304{i:04d}",
        "汉族",
        grade,
        klass,
        left_behind,
        "否",
        "否",
        "无",
        f"家长{i}",
        "母亲",
        phone,
        "",
        "",
        "",
        "某某村",
        "宁夏银川",
    ]


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], *, title: str | None = None, merge: str = ""
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title is not None:
        sheet.append([title])
        if merge:
            sheet.merge_cells(merge)
    for row in rows:
        sheet.append(list(row))
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    book.save(path)
    book.close()
    return path


def csv_bytes(rows: Sequence[Sequence[object]], encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([["" if v is None else str(v) for v in r] for r in rows])
    return buffer.getvalue().encode(encoding)


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(csv_bytes(rows, encoding))
    return path
