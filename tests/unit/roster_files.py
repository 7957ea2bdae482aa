"""Roster files for the import tests, written into a temporary folder."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
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


def rewrite_sheet(src: Path, out: Path, edit: Callable[[str], str]) -> Path:
    """A copy of the workbook ``src`` with its first sheet's XML passed through ``edit``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = edit(data.decode()).encode()
            zout.writestr(info.filename, data)
    out.write_bytes(buffer.getvalue())
    return out


def far_row_xlsx(folder: Path, row: str = "99999999999", dimension: str | None = None) -> Path:
    """A small roster whose sheet XML names one more row far below (a damaged or hostile file)."""
    good = write_xlsx(folder / "good.xlsx", [REGISTRY_HEADER, registry_row(1), registry_row(2)])
    extra = f'<row r="{row}"><c r="B{row}" t="inlineStr"><is><t>G1</t></is></c></row>'

    def edit(xml: str) -> str:
        xml = xml.replace("</sheetData>", extra + "</sheetData>")
        if dimension is not None:
            xml = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{dimension}"/>', xml)
        return xml

    return rewrite_sheet(good, folder / "far_row.xlsx", edit)


def zip_bomb_xlsx(folder: Path, megabytes: int) -> Path:
    """A small roster plus one row of ``megabytes`` MB of cells (compresses ~1000:1): parsed,
    every cell becomes a Python object, some 20 times the XML's size in memory."""
    good = write_xlsx(folder / "good.xlsx", [REGISTRY_HEADER, registry_row(1)])
    out = folder / "bomb.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info.filename, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with zout.open(info.filename, "w", force_zip64=True) as fh:
                fh.write(head + b'<row r="4">')
                chunk = b"<c><v>1</v></c>" * (1024 * 1024 // 15)
                for _ in range(megabytes):
                    fh.write(chunk)
                fh.write(b"</row></sheetData>" + tail)
    return out


def many_rows_xlsx(folder: Path, count: int) -> Path:
    """A registry roster of ``count`` pupils, its sheet XML written directly (fast to make)."""
    good = write_xlsx(folder / "good.xlsx", [REGISTRY_HEADER, registry_row(1)])

    def cell(col: int, row: int, value: object) -> str:
        ref = f"{chr(65 + col)}{row}"
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    def edit(xml: str) -> str:
        body = ["<sheetData>"]
        for r, values in enumerate([REGISTRY_HEADER, *map(registry_row, range(1, count + 1))], 1):
            values = [v.date().isoformat() if isinstance(v, datetime) else v for v in values]
            body.append(f'<row r="{r}">' + "".join(cell(c, r, v) for c, v in enumerate(values)))
            body.append("</row>")
        body.append("</sheetData>")
        return re.sub(r"<sheetData>.*</sheetData>", lambda _: "".join(body), xml, flags=re.S)

    return rewrite_sheet(good, folder / "many.xlsx", edit)
