"""Class names as people type them, reduced to one canonical form: ``三年级(2)班``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from after_school_desk.domain.text import normalize_text

CN_DIGITS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "两": 2,
}
GRADE_NAMES = {
    1: "一年级",
    2: "二年级",
    3: "三年级",
    4: "四年级",
    5: "五年级",
    6: "六年级",
    7: "七年级",
    8: "八年级",
    9: "九年级",
    10: "高一",
    11: "高二",
    12: "高三",
}
_ALIASES = {"初一": 7, "初二": 8, "初三": 9, "高一": 10, "高二": 11, "高三": 12}


@dataclass(frozen=True, order=True)
class ClassKey:
    level: int
    number: int

    @property
    def grade_name(self) -> str:
        return GRADE_NAMES[self.level]

    @property
    def name(self) -> str:
        return f"{self.grade_name}({self.number})班"


def cn_number(text: str) -> int | None:
    """'3' → 3, '三' → 3, '十二' → 12, '12' → 12."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_DIGITS for ch in text):
        return None
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]] if len(text) == 2 else None
    if len(text) == 1:
        return CN_DIGITS[text]
    if len(text) == 2 and text[1] == "十":
        return CN_DIGITS[text[0]] * 10
    if len(text) == 3 and text[1] == "十":
        return CN_DIGITS[text[0]] * 10 + CN_DIGITS[text[2]]
    return None


_NUM = r"[0-9一二三四五六七八九十两]+"
_PATTERNS = [
    # 三年级(2)班, 3年级2班, 三(2)班, 三年级二班, 初一(3)班, 高二1班
    re.compile(rf"^(?P<grade>{_NUM}|初[一二三]|高[一二三])(?:年级|年)?\(?(?P<num>{_NUM})\)?班?$"),
    # 3.2 / 3-2 / 3/2 / 03-02
    re.compile(r"^(?P<grade>\d{1,2})[.\-/_](?P<num>\d{1,2})班?$"),
    # 302 / 0302 style codes: grade then two-digit class number
    re.compile(r"^(?P<grade>\d{1,2})(?P<num>\d{2})班$"),
]


def parse_class_name(raw: str, grade_hint: str | None = None) -> ClassKey | None:
    """Parse a class name, optionally with a separate grade column (e.g. 年级=三年级, 班级=2班)."""
    text = normalize_text(raw).replace(" ", "").replace("（", "(").replace("）", ")")
    if grade_hint:
        g = parse_grade(grade_hint)
        n = _class_number_only(text)
        if g is not None and n is not None:
            return _key(g, n)
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            g = parse_grade(m.group("grade"))
            n = cn_number(m.group("num"))
            if g is not None and n is not None:
                return _key(g, n)
    return None


def _class_number_only(text: str) -> int | None:
    m = re.match(rf"^\(?({_NUM})\)?班?$", text)
    return cn_number(m.group(1)) if m else None


def parse_grade(raw: str) -> int | None:
    text = normalize_text(raw).replace(" ", "")
    for alias, level in _ALIASES.items():
        if text.startswith(alias):
            return level
    text = text.removesuffix("年级").removesuffix("年")
    value = cn_number(text)
    return value if value is not None and 1 <= value <= 12 else None


def _key(level: int, number: int) -> ClassKey | None:
    if 1 <= level <= 12 and 1 <= number <= 99:
        return ClassKey(level, number)
    return None
