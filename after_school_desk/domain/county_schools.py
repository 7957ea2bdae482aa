"""The county's list of schools (学校标识码, 学校名称, and 教职工数 where given), read from the
bureau's spreadsheet rows: the header is found among the first rows, the codes cleaned."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_CODE = re.compile(r"^\d{10}$")  # 学校标识码: ten digits
CODE_HEADERS = ("学校标识码", "标识码", "学校代码")
NAME_HEADERS = ("学校名称", "校名", "学校")
STAFF_HEADERS = (
    "教职工数",
    "教职工人数",
    "教职工总数",
    "在编教职工数",
    "编制数",
    "教师数",
    "教师总数",
)
HEADER_ROWS = 20  # the header is looked for in the first rows (title rows above it)


@dataclass(frozen=True)
class School:
    code: str
    name: str
    staff: int | None = None  # 教职工数 when the list gives it


def _header_text(value: Any) -> str:
    return re.sub(r"\s+", "", str(value)) if value is not None else ""


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in header:
            return header.index(name)
    return None


def _code_text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().lstrip("'")


def school_list(
    sheets: Iterable[tuple[str, list[tuple[int, list[Any]]]]],
) -> tuple[list[School], list[str]]:
    """The schools of the first sheet with a 学校标识码 and a 学校名称 column, and what is wrong
    with the list (empty: it may be used). ``sheets``: (sheet name, [(row number, cells)])."""
    for _name, rows in sheets:
        for index, (_number, cells) in enumerate(rows[:HEADER_ROWS]):
            header = [_header_text(c) for c in cells]
            code_at, name_at = _column(header, CODE_HEADERS), _column(header, NAME_HEADERS)
            if code_at is None or name_at is None:
                continue
            return _schools(rows[index + 1 :], code_at, name_at, _column(header, STAFF_HEADERS))
    return [], ["名单里没有找到“学校标识码”和“学校名称”两列的表头，请在第一行写上这两个列名。"]


def _schools(
    rows: list[tuple[int, list[Any]]], code_at: int, name_at: int, staff_at: int | None
) -> tuple[list[School], list[str]]:
    schools: list[School] = []
    problems: list[str] = []
    seen: dict[str, int] = {}

    def cell(cells: list[Any], at: int | None) -> Any:
        return cells[at] if at is not None and at < len(cells) else None

    for number, cells in rows:
        code = _code_text(cell(cells, code_at))
        name = str(cell(cells, name_at) or "").strip()
        if not code and not name:
            continue
        if not _CODE.match(code):
            problems.append(f"第 {number} 行：学校标识码“{code}”应为 10 位数字。")
            continue
        if not name:
            problems.append(f"第 {number} 行：学校标识码 {code} 没有学校名称。")
            continue
        if code in seen:
            problems.append(f"第 {number} 行：学校标识码 {code} 与第 {seen[code]} 行重复。")
            continue
        seen[code] = number
        staff_cell = cell(cells, staff_at)
        staff: int | None = None
        if staff_cell not in (None, ""):
            text = _code_text(staff_cell)
            if not text.isdigit():
                problems.append(f"第 {number} 行：教职工数“{staff_cell}”应为整数。")
                continue
            staff = int(text)
        schools.append(School(code, name, staff))
    if not schools and not problems:
        problems.append("名单里没有学校（表头下面没有数据行）。")
    return schools, problems
