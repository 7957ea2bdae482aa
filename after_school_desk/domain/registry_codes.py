"""The national pupil registry's code lists for the roster columns the program reads.

The registry (全国中小学生学籍信息管理系统) documents many fields as "code-name" pairs, and its
exports and the county templates built on them carry the values that way — "1-男", "0-否",
"2-双亲留守儿童" — or the code alone ("1") or the name alone ("男", "非留守儿童"). The registry's
lists for the fields read here:

- 性别: 1 男, 2 女 (the national sex codes)
- 是否留守儿童: 0 非留守儿童, 1 单亲留守儿童, 2 双亲留守儿童
- 是否进城务工人员随迁子女 and the registry's other 是否… fields: 0 否, 1 是
- 残疾类型: 0 无残疾, 1 视力残疾, 2 听力残疾, 3 言语残疾, 4 肢体残疾, 5 智力残疾, 6 精神残疾,
  7 多重残疾, 8 其他残疾

A value with both code and name must agree with itself ("1-女" is refused); a code not in the
list is refused. Coded columns the program reads past (民族 "01-汉族" on the two-digit national
list, 身份证件类型 "1-居民身份证", 户口性质 …) are not kept, whatever they hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")

_CODED = re.compile(r"^[\[(【]?(?P<code>\d{1,2})[\])】]?\s*[-_:.、—–]?\s*(?P<name>\D.*)?$")


@dataclass(frozen=True)
class CodeList(Generic[V]):
    field: str  # the registry's field, as a problem line names it
    names: dict[str, str]  # code -> name as the registry writes it
    values: dict[str, V]  # code -> what the program keeps

    def listing(self) -> str:
        return "、".join(f"{code}-{name}" for code, name in self.names.items())


SEX: CodeList[str] = CodeList("性别", {"1": "男", "2": "女"}, {"1": "M", "2": "F"})
YES_NO: CodeList[bool] = CodeList("是/否", {"0": "否", "1": "是"}, {"0": False, "1": True})
LEFT_BEHIND: CodeList[bool] = CodeList(
    "是否留守儿童",
    {"0": "非留守儿童", "1": "单亲留守儿童", "2": "双亲留守儿童"},
    {"0": False, "1": True, "2": True},
)
_DISABILITIES = ("无残疾", "视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾")
DISABILITY: CodeList[bool] = CodeList(
    "残疾类型",
    {str(i): name for i, name in enumerate((*_DISABILITIES, "多重残疾", "其他残疾"))},
    {str(i): i > 0 for i in range(9)},
)


def split_code(text: str) -> tuple[str, str] | None:
    """'1-男' → ('1', '男'), '01-汉族' → ('01', '汉族'), '1' → ('1', ''); None when not coded."""
    m = _CODED.match(text.strip())
    if m is None:
        return None
    return m["code"], (m["name"] or "").strip()


def name_of(text: str) -> str:
    """The name part of a coded value ('51-父亲' → '父亲'); other text as it is."""
    found = split_code(text)
    return found[1] if found and found[1] else text


def decode(
    text: str, codes: CodeList[V], read_name: Callable[[str], object]
) -> tuple[V | None, str | None] | None:
    """(value, None) or (None, problem) for a coded value; None when ``text`` carries no code.

    ``read_name`` reads a name the usual way ("男", "是"), so "1-男" and "0-否" are checked
    against the code; the registry's own name for the code is always accepted.
    """
    found = split_code(text)
    if found is None:
        return None
    code, name = found
    if code not in codes.values and code.lstrip("0") in codes.values:
        code = code.lstrip("0")  # "01" where the list has "1"
    if code not in codes.values:
        return None, f"代码“{code}”不在学籍系统的“{codes.field}”代码中（{codes.listing()}）"
    value = codes.values[code]
    if name and name != codes.names[code] and read_name(name) != value:
        return None, (
            f"代码与名称不一致：学籍系统“{codes.field}”代码 {code} 是“{codes.names[code]}”"
        )
    return value, None


def named_value(name: str, codes: CodeList[V]) -> V | None:
    """The value of a registry name written alone ("非留守儿童", "无残疾"), else None."""
    for code, written in codes.names.items():
        if name == written:
            return codes.values[code]
    return None
