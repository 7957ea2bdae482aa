"""Roster files: finding the header row, mapping columns, cleaning and checking each pupil row.

Pure rules over rows of cell values (see ``after_school_desk.importers.tabular``): no files, no database,
no clock (``today`` is passed in). Two kinds of files are understood: the national pupil
registry's export (学籍号, 监护人1姓名 …) and ordinary teacher class lists (家长姓名, 联系电话 …).
Columns the program does not need (身份证件号, 家庭住址, 民族 …) are read past and never kept.
The registry's coded values ("1-男", "0-否", "2-双亲留守儿童") are read with its code lists
(``after_school_desk.domain.registry_codes``) in every column that is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from after_school_desk.domain.classnames import ClassKey, parse_class_name
from after_school_desk.domain.people import clean_name, clean_national_id, clean_phone, clean_sex
from after_school_desk.domain.registry_codes import (
    DISABILITY,
    LEFT_BEHIND,
    SEX,
    YES_NO,
    CodeList,
    decode,
    name_of,
    named_value,
)
from after_school_desk.domain.text import normalize_text
from after_school_desk.i18n import t

Cell = str | int | float | bool | date | datetime | time | None


class ColumnKind(StrEnum):
    """How a column's cells are read: a plain value, a yes/no flag, or a kind (残疾类型) where
    anything but 无 means yes."""

    VALUE = "value"
    YES_NO = "yesno"
    CATEGORY = "category"


class AdultSlot(StrEnum):
    """Which adult of a pupil a column names: up to three guardians and one pickup person."""

    GUARDIAN1 = "guardian1"
    GUARDIAN2 = "guardian2"
    GUARDIAN3 = "guardian3"
    PICKUP = "pickup"


class AdultPart(StrEnum):
    NAME = "name"
    RELATION = "relation"
    PHONE = "phone"


HEADER_SCAN_ROWS = 30
MAX_PROBLEM_LINES = 100  # listed; the rest are counted ("还有 M 处问题")
SHOWN_VALUE_CHARS = 30  # a value quoted in a problem line is cut to this
OLDEST_PUPIL_YEARS = 30  # a birth date further back is a typing or conversion error

# field key -> (label shown to people, header spellings in order of preference)
PUPIL_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "national_id": (
        "学籍号",
        ("全国学籍号", "学籍号", "学生学籍号", "国家学籍号", "全国学籍号码", "学籍辅号"),
    ),
    "student_no": ("学号", ("学号", "校内学号", "学生学号")),
    "name": ("姓名", ("姓名", "学生姓名", "学生名字", "名字")),
    "sex": ("性别", ("性别", "学生性别")),
    "birth_date": ("出生日期", ("出生日期", "出生年月日", "出生年月", "生日")),
    "grade": ("年级", ("年级", "所在年级", "年级名称")),
    "class": ("班级", ("班级", "班级名称", "所在班级", "班别", "班")),
}
# flag key -> (label, yes/no headers, headers holding a kind where anything but 无 means yes)
FLAG_FIELDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "left_behind": ("留守儿童", ("是否留守儿童", "留守儿童", "是否留守"), ()),
    "migrant": (
        "随迁子女",
        ("是否进城务工人员随迁子女", "进城务工人员随迁子女", "是否随迁子女", "随迁子女"),
        (),
    ),
    "registered_poor": (
        "建档立卡",
        ("是否建档立卡贫困户", "建档立卡贫困户", "是否建档立卡", "建档立卡"),
        (),
    ),
    "disabled": ("残疾", ("是否残疾", "是否残疾儿童", "残疾"), ("残疾类型", "残疾类别")),
    "hardship": ("困境儿童", ("是否困境儿童", "困境儿童"), ("困境儿童类型", "困境类型")),
    "low_income": (
        "家庭经济困难",
        ("家庭经济困难", "是否家庭经济困难", "是否家庭经济困难学生", "家庭经济困难学生"),
        (),
    ),
}
REQUIRED = ("national_id", "name", "sex", "class")
# (flag, column kind) -> the registry's code list; other yes/no columns take YES_NO
FLAG_CODES: dict[tuple[str, ColumnKind], CodeList[bool]] = {
    ("left_behind", ColumnKind.YES_NO): LEFT_BEHIND,
    ("disabled", ColumnKind.CATEGORY): DISABILITY,
}


def _yes_no_hint() -> str:
    return t("应填“是”或“否”（也可用 √、1、0 或留空）")


# Adults: up to three guardians (监护人1 …) and one pickup person (接送人).
ADULT_SLOTS: dict[AdultSlot, str] = {
    AdultSlot.GUARDIAN1: "监护人1",
    AdultSlot.GUARDIAN2: "监护人2",
    AdultSlot.GUARDIAN3: "监护人3",
    AdultSlot.PICKUP: "接送人",
}
ADULT_PARTS: dict[AdultPart, str] = {
    AdultPart.NAME: "姓名",
    AdultPart.RELATION: "关系",
    AdultPart.PHONE: "电话",
}
_SLOT_NUMBER = {"": AdultSlot.GUARDIAN1, "1": AdultSlot.GUARDIAN1, "一": AdultSlot.GUARDIAN1}
_SLOT_NUMBER.update(
    {"2": AdultSlot.GUARDIAN2, "二": AdultSlot.GUARDIAN2, "两": AdultSlot.GUARDIAN2}
)
_SLOT_NUMBER.update({"3": AdultSlot.GUARDIAN3, "三": AdultSlot.GUARDIAN3})
_PART_WORDS = {
    "": AdultPart.NAME,
    "姓名": AdultPart.NAME,
    "名字": AdultPart.NAME,
    "关系": AdultPart.RELATION,
    "与学生关系": AdultPart.RELATION,
    "与本人关系": AdultPart.RELATION,
    "与学生的关系": AdultPart.RELATION,
    "称谓": AdultPart.RELATION,
    "联系电话": AdultPart.PHONE,
    "电话": AdultPart.PHONE,
    "手机": AdultPart.PHONE,
    "手机号": AdultPart.PHONE,
    "手机号码": AdultPart.PHONE,
    "联系方式": AdultPart.PHONE,
    "电话号码": AdultPart.PHONE,
    "联系电话号码": AdultPart.PHONE,
}
_PART_ALT = "|".join(sorted((w for w in _PART_WORDS if w), key=len, reverse=True))
_GUARDIAN_HEADER = re.compile(
    rf"^(?:监护人|家长|家庭成员|成员|联系人)([1-3一二两三]?)(?:的)?({_PART_ALT})?$"
)
_PICKUP_HEADER = re.compile(rf"^接送人(?:的)?({_PART_ALT})?$")
_PLAIN_GUARDIAN = {  # teacher lists: a phone column with no person named in the header
    "联系电话": AdultPart.PHONE,
    "电话": AdultPart.PHONE,
    "手机": AdultPart.PHONE,
    "手机号": AdultPart.PHONE,
    "手机号码": AdultPart.PHONE,
    "联系方式": AdultPart.PHONE,
    "电话号码": AdultPart.PHONE,
    "家庭电话": AdultPart.PHONE,
    "关系": AdultPart.RELATION,
    "与学生关系": AdultPart.RELATION,
}
_ADULT_PRIORITY = {"监护人": 0, "家长": 1, "联系人": 2, "家庭成员": 3, "成员": 3, "": 4}

YES = {"是", "√", "✓", "✔", "1", "有", "y", "yes", "true", "t", "对"}
NO = {"", "否", "×", "✗", "✘", "0", "无", "没有", "n", "no", "false", "f", "不是", "非", "-"}
_DATE_PARTS = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = date(1899, 12, 30)
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?e\+?\d+$", re.IGNORECASE)


def _scientific_hint() -> str:
    return t("被 Excel 显示成了科学计数法，号码已丢失；请把这一列设为“文本”后重新填写保存")


def _invisible_hint(codes: str) -> str:
    return t(
        "含有看不见的控制字符{codes}（常见于从网页或聊天软件复制的文字），请删除后重新输入",
        codes=codes,
    )


def invisible_characters(text: str) -> list[str]:
    """Format and control characters in ``text`` as 'U+202E': zero-width spaces and joiners,
    right-to-left overrides and isolates, byte-order marks, soft hyphens …; a name with one looks
    right on screen but sorts, searches and prints wrong (or reversed)."""
    found: list[str] = []
    for ch in text:
        if unicodedata.category(ch) in ("Cf", "Cc"):
            code = f"U+{ord(ch):04X}"
            if code not in found:
                found.append(code)
    return found


def visible(text: str, limit: int = SHOWN_VALUE_CHARS) -> str:
    """``text`` as a problem line may quote it: invisible characters named, long text cut."""
    shown = "".join(
        f"<U+{ord(ch):04X}>" if unicodedata.category(ch) in ("Cf", "Cc") else ch for ch in text
    )
    return shown if len(shown) <= limit else shown[:limit] + t("…（共 {n} 个字符）", n=len(text))


def problem_lines(problems: Sequence[str]) -> list[str]:
    """At most ``MAX_PROBLEM_LINES`` problems, then one line counting the rest."""
    if len(problems) <= MAX_PROBLEM_LINES:
        return list(problems)
    rest = len(problems) - MAX_PROBLEM_LINES
    return [
        *problems[:MAX_PROBLEM_LINES],
        t("还有 {rest} 处问题没有列出；请先改正上面这些，再检查一次。", rest=rest),
    ]


@dataclass(frozen=True)
class Target:
    """What one column feeds: a pupil field, a flag, or one part of one adult."""

    key: str  # "name", "flag:left_behind", "adult:guardian1:phone" …
    label: str
    priority: int  # lower wins when several columns feed the same key
    kind: ColumnKind = ColumnKind.VALUE  # for flags: YES_NO or CATEGORY


@dataclass
class ColumnMap:
    headers: dict[int, str]  # column index -> header text as in the file
    targets: dict[str, list[tuple[int, Target]]]  # key -> columns, preferred first
    mapped: dict[str, str]  # header in file -> field label
    ignored: list[str]

    def has(self, key: str) -> bool:
        return key in self.targets

    def header_of(self, key: str) -> str:
        return self.headers[self.targets[key][0][0]]

    def has_adults(self) -> bool:
        return any(k.startswith("adult:") for k in self.targets)


@dataclass(frozen=True)
class AdultEntry:
    name: str
    relation: str
    phone: str | None
    is_guardian: bool
    can_pickup: bool = True


@dataclass(frozen=True)
class RosterRow:
    line: int  # spreadsheet row number
    national_id: str
    name: str
    sex: str  # "M" / "F"
    birth_date: str | None  # ISO; None when empty (or no such column)
    class_key: ClassKey
    student_no: str | None
    flags: dict[str, bool]  # only flags whose column is in the file
    adults: tuple[AdultEntry, ...] | None  # None: nothing about adults in this row


@dataclass
class ParsedRoster:
    header_line: int
    columns: ColumnMap
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def header_key(text: str) -> str:
    """'* 监护人1 联系电话（手机）' → '监护人1联系电话': the spelling headers are matched on."""
    key = normalize_text(text).replace(" ", "").lstrip("*＊")
    key = re.sub(r"[(（][^()（）]*[)）]$", "", key)
    return key.rstrip(":：*").lower()


def classify_header(text: str) -> Target | None:
    """The target of one header, or None for a column the program does not keep."""
    key = header_key(text)
    if not key:
        return None
    for fkey, (label, aliases) in PUPIL_FIELDS.items():
        if key in aliases:
            return Target(fkey, label, aliases.index(key))
    for flag, (label, yesno, category) in FLAG_FIELDS.items():
        if key in yesno:
            return Target(f"flag:{flag}", label, yesno.index(key), ColumnKind.YES_NO)
        if key in category:
            return Target(f"flag:{flag}", label, 10 + category.index(key), ColumnKind.CATEGORY)
    m = _GUARDIAN_HEADER.match(key)
    if m:
        slot = _SLOT_NUMBER[m.group(1)]
        part = _PART_WORDS[m.group(2) or ""]
        who = next(w for w in _ADULT_PRIORITY if w and key.startswith(w))
        label = ADULT_SLOTS[slot] + ADULT_PARTS[part]
        return Target(f"adult:{slot}:{part}", label, _ADULT_PRIORITY[who])
    m = _PICKUP_HEADER.match(key)
    if m:
        part = _PART_WORDS[m.group(1) or ""]
        label = ADULT_SLOTS[AdultSlot.PICKUP] + ADULT_PARTS[part]
        return Target(f"adult:{AdultSlot.PICKUP}:{part}", label, 0)
    if key in _PLAIN_GUARDIAN:
        part = _PLAIN_GUARDIAN[key]
        label = ADULT_SLOTS[AdultSlot.GUARDIAN1] + ADULT_PARTS[part]
        return Target(f"adult:{AdultSlot.GUARDIAN1}:{part}", label, 5)
    return None


def map_columns(header_cells: Sequence[Cell]) -> ColumnMap:
    headers: dict[int, str] = {}
    targets: dict[str, list[tuple[int, Target]]] = {}
    mapped: dict[str, str] = {}
    ignored: list[str] = []
    for col, cell in enumerate(header_cells):
        text = normalize_text(cell_text(cell))
        if not text:
            continue
        headers[col] = text
        target = classify_header(text)
        if target is None:
            if text not in ignored:
                ignored.append(text)
            continue
        targets.setdefault(target.key, []).append((col, target))
        mapped[text] = target.label
    for cols in targets.values():
        cols.sort(key=lambda ct: (ct[1].priority, ct[0]))
    return ColumnMap(headers, targets, mapped, ignored)


def find_header(rows: Sequence[tuple[int, Sequence[Cell]]]) -> int | None:
    """Index (into ``rows``) of the header row: the early row naming 姓名 and most known columns.

    Title rows above it ("XX小学2026年秋季学生名册") and notes match nothing and are passed over.
    """
    best, best_score = None, 1
    for index, (_, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys = {t.key for c in cells if (t := classify_header(cell_text(c))) is not None}
        if "name" not in keys:
            continue
        if len(keys) > best_score:
            best, best_score = index, len(keys)
    return best


def missing_columns(columns: ColumnMap) -> list[str]:
    """Required columns the file lacks, each as one Chinese line."""
    problems = []
    if not columns.has("national_id"):
        hint = t("（“学号”是校内编号，不能代替学籍号）") if columns.has("student_no") else ""
        problems.append(
            t(
                "缺少“学籍号”列{hint}：再次导入时要按学籍号找到同一名学生，所以每名学生都必须有"
                "学籍号。请从学籍系统导出名册，或在班级名单中加一列“学籍号”。",
                hint=hint,
            )
        )
    if not columns.has("sex"):
        problems.append(t("缺少“性别”列。"))
    if not columns.has("class"):
        problems.append(t("缺少“班级”列（可以是“三年级(2)班”，也可以配合“年级”列只写“2班”）。"))
    return problems


def cell_text(value: Cell) -> str:
    """A cell as text: whole-number floats lose their '.0', dates become ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return normalize_text(value)


def parse_birth_date(value: Cell, today: date) -> tuple[str | None, str | None]:
    """(ISO date or None for an empty cell, problem text or None)."""
    text = cell_text(value)
    if not text:
        return None, None
    day: date | None = None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and not _DATE_COMPACT.match(text)
        and float(value).is_integer()
        and 1 <= value < 80000
    ):
        if value < 61:  # Excel counts a 1900-02-29 that never was (serial 60)
            return None, t("不是存在的日期（Excel 把 60 显示成 1900-02-29，这一天并不存在）")
        day = _EXCEL_EPOCH + timedelta(days=int(value))  # an Excel date cell without date format
    if day is None:
        m = _DATE_PARTS.match(text) or _DATE_COMPACT.match(text)
        if m is None:
            return None, t("不是有效的日期（请写成 2016-03-04）")
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None, t("不是存在的日期")
    if day > today:
        return None, t("晚于今天，不可能是出生日期")
    if day.year < max(1900, today.year - OLDEST_PUPIL_YEARS):
        return None, t("年份不对，不可能是学生的出生日期")
    return day.isoformat(), None


def parse_yes_no(value: Cell, kind: str) -> bool | None:  # kind: a ColumnKind
    """是/否/√/1/0/空 → True/False; a kind column (残疾类型) is yes unless empty, 无 or 非…."""
    text = cell_text(value).lower().replace(" ", "")
    if text in NO:
        return False
    if text in YES:
        return True
    if kind == ColumnKind.CATEGORY:
        return not text.startswith(("无", "非", "不是"))
    return None


def read_flag(flag: str, value: Cell, kind: str) -> tuple[bool | None, str | None]:
    """(answer, None) or (None, problem): 是/否 as ``parse_yes_no``, or the registry's codes and
    names for the column ("1-是", "0", "2-双亲留守儿童", "非留守儿童", "0-无残疾")."""
    text = cell_text(value)
    codes = FLAG_CODES.get((flag, ColumnKind(kind)), YES_NO if kind == ColumnKind.YES_NO else None)
    if codes is not None:
        named = named_value(text, codes)
        if named is not None:
            return named, None
        coded = decode(text, codes, lambda name: parse_yes_no(name, kind))
        if coded is not None:
            return coded
    else:
        text = name_of(text)
    answer = parse_yes_no(text, kind)
    return (answer, None) if answer is not None else (None, _yes_no_hint())


class _RowReader:
    """Reads one data row through the column map, collecting problems in spreadsheet terms."""

    def __init__(self, columns: ColumnMap, line: int, cells: Sequence[Cell]) -> None:
        self.columns = columns
        self.line = line
        self.cells = cells
        self.problems: list[str] = []

    def pick(self, key: str) -> tuple[Cell, str, ColumnKind]:
        """The first non-empty cell among the columns feeding ``key``: value, header, kind."""
        cols = self.columns.targets.get(key, [])
        for col, target in cols:
            value = self.cells[col] if col < len(self.cells) else None
            if cell_text(value):
                return value, self.columns.headers[col], target.kind
        if not cols:
            return None, "", ColumnKind.VALUE
        return None, self.columns.headers[cols[0][0]], cols[0][1].kind

    def raw(self, key: str) -> tuple[Cell, str]:
        value, header, _ = self.pick(key)
        return value, header

    def text(self, key: str) -> tuple[str, str]:
        value, header = self.raw(key)
        return cell_text(value), header

    def problem(self, header: str, value: str | None, reason: str) -> None:
        shown = f"“{visible(value)}” " if value is not None else ""
        self.problems.append(
            t("第 {line} 行「{header}」：{shown}{reason}", line=self.line, header=header,
              shown=shown, reason=reason)
        )  # fmt: skip

    def is_empty(self) -> bool:
        return not any(self.text(key)[0] for key in self.columns.targets)


def read_rows(
    rows: Sequence[tuple[int, Sequence[Cell]]],
    today: date,
    on_row: Callable[[int, int], None] | None = None,
) -> ParsedRoster | None:
    """Find the header, map the columns and check every row. None when no header row is found."""
    index = find_header(rows)
    if index is None:
        return None
    header_line, header_cells = rows[index]
    columns = map_columns(header_cells)
    parsed = ParsedRoster(header_line, columns)
    parsed.problems.extend(missing_columns(columns))
    if parsed.problems:
        return parsed
    seen: dict[str, int] = {}
    body = rows[index + 1 :]
    for done, (line, cells) in enumerate(body, start=1):
        reader = _RowReader(columns, line, cells)
        if reader.is_empty() or _repeats_header(reader):
            continue
        row = _read_row(reader, today)
        if row is not None:
            if row.national_id in seen:
                reader.problem(
                    columns.header_of("national_id"),
                    row.national_id,
                    t("与第 {line} 行的学籍号重复", line=seen[row.national_id]),
                )
            else:
                seen[row.national_id] = line
                parsed.rows.append(row)
        parsed.problems.extend(reader.problems)
        if on_row is not None and (done % 200 == 0 or done == len(body)):
            on_row(done, len(body))
    return parsed


def _repeats_header(reader: _RowReader) -> bool:
    """Some exports repeat the header on every printed page."""
    name, header = reader.text("name")
    return name == header


def _read_row(r: _RowReader, today: date) -> RosterRow | None:
    raw_id, id_header = r.text("national_id")
    national_id = clean_national_id(raw_id)
    if not raw_id:
        r.problem(id_header, None, t("学籍号不能为空"))
    elif national_id is None:
        why = t("不是有效的学籍号（应为 7–24 位字母和数字）")
        r.problem(id_header, raw_id, _scientific_hint() if _SCIENTIFIC.match(raw_id) else why)
    raw_name, name_header = r.text("name")
    name = clean_name(raw_name)
    if not name:
        r.problem(name_header, None, t("姓名不能为空"))
    elif len(name) > 40:
        r.problem(name_header, raw_name, t("太长，不像是姓名"))
    else:
        _refuse_invisible(r, name_header, raw_name)
    raw_sex, sex_header = r.text("sex")
    sex = clean_sex(raw_sex) or _coded_sex(r, raw_sex, sex_header)
    birth = None
    if r.columns.has("birth_date"):
        value, header = r.raw("birth_date")
        birth, bad_date = parse_birth_date(value, today)
        if bad_date:
            r.problem(header, cell_text(value), bad_date)
    class_key = _class_of(r)
    student_no = None
    if r.columns.has("student_no"):
        student_no, no_header = r.text("student_no")
        if len(student_no) > 40:
            r.problem(no_header, student_no, t("太长，不像是学号"))
        else:
            _refuse_invisible(r, no_header, student_no)
        student_no = student_no or None
    flags = {}
    for flag in FLAG_FIELDS:
        key = f"flag:{flag}"
        if not r.columns.has(key):
            continue
        value, header, kind = r.pick(key)
        answer, bad_flag = read_flag(flag, value, kind)
        if bad_flag:
            r.problem(header, cell_text(value), bad_flag)
        flags[flag] = bool(answer)
    adults = _adults_of(r)
    if r.problems or national_id is None or sex is None or class_key is None:
        return None
    return RosterRow(
        line=r.line,
        national_id=national_id,
        name=name,
        sex=sex,
        birth_date=birth,
        class_key=class_key,
        student_no=student_no,
        flags=flags,
        adults=adults,
    )


def _coded_sex(r: _RowReader, raw: str, header: str) -> str | None:
    """The registry's "1-男" / "2-女"; otherwise the problem with the row."""
    coded = decode(raw, SEX, clean_sex)
    if coded is None:
        r.problem(header, raw or None, t("性别应填“男”或“女”") if raw else t("性别不能为空"))
        return None
    value, why = coded
    if why:
        r.problem(header, raw, why)
    return value


def _refuse_invisible(r: _RowReader, header: str, text: str) -> None:
    codes = invisible_characters(text)
    if codes:
        r.problem(header, text, _invisible_hint("（" + "、".join(codes) + "）"))


def _class_of(r: _RowReader) -> ClassKey | None:
    raw_class, class_header = r.text("class")
    grade = r.text("grade")[0] if r.columns.has("grade") else ""
    if not raw_class:
        r.problem(class_header, None, t("班级不能为空"))
        return None
    key = parse_class_name(raw_class, grade_hint=grade or None)
    if key is None:
        shown = f"{grade} {raw_class}" if grade and grade not in raw_class else raw_class
        r.problem(class_header, shown, t("无法识别为班级（请写成如“三年级(2)班”）"))
    return key


def _adults_of(r: _RowReader) -> tuple[AdultEntry, ...] | None:
    if not r.columns.has_adults():
        return None
    found: list[AdultEntry] = []
    for slot in ADULT_SLOTS:
        name_raw, name_header = r.text(f"adult:{slot}:name")
        relation, relation_header = r.text(f"adult:{slot}:relation")
        relation = name_of(relation)  # the registry's "51-父亲": the relation as written
        for header, text, most in ((name_header, name_raw, 40), (relation_header, relation, 20)):
            if len(text) > most:
                r.problem(header, text, t("太长，不像是姓名") if text is name_raw else t("太长"))
            else:
                _refuse_invisible(r, header, text)
        phone_raw, phone_header = r.text(f"adult:{slot}:phone")
        if not (name_raw or relation or phone_raw):
            continue
        phone = None
        if phone_raw:
            phone = clean_phone(phone_raw)
            if phone is None:
                why = (
                    _scientific_hint() if _SCIENTIFIC.match(phone_raw) else t("不是有效的电话号码")
                )
                r.problem(phone_header, phone_raw, why)
        default = (
            ADULT_SLOTS[AdultSlot.PICKUP] if slot == AdultSlot.PICKUP else (relation or "家长")
        )
        name = clean_name(name_raw) or default
        if any(a.name == name for a in found):
            continue  # the same person named again (e.g. as 接送人): already on the list
        found.append(AdultEntry(name, relation, phone, is_guardian=slot != AdultSlot.PICKUP))
    return tuple(found) if found else None
