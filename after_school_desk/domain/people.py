"""Rules for people's data: phones, sexes, names, national ids, pinyin for search."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from after_school_desk.domain.text import normalize_text

SEX_VALUES = {
    "男": "M",
    "女": "F",
    "m": "M",
    "f": "F",
    "male": "M",
    "female": "F",
    "男性": "M",
    "女性": "F",
    "1": "M",
    "2": "F",
}
SEX_LABELS = {"M": "男", "F": "女"}


class PupilStatus(StrEnum):
    """A pupil's place on the register (``pupil.status``)."""

    ACTIVE = "active"
    LEFT = "left"
    ARCHIVED = "archived"


class StaffRole(StrEnum):
    """What a staff member does at the school (``staff.role``; not a log-in role)."""

    TEACHER = "teacher"
    DUTY_LEADER = "duty_leader"
    PRINCIPAL = "principal"
    EXTERNAL = "external"


class Vetting(StrEnum):
    """A staff member's 备案 (the county's vetting of external helpers)."""

    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    FILED = "filed"
    REJECTED = "rejected"


STAFF_ROLE_LABELS: dict[StaffRole, str] = {
    StaffRole.TEACHER: "教师",
    StaffRole.DUTY_LEADER: "带班领导",
    StaffRole.PRINCIPAL: "校长",
    StaffRole.EXTERNAL: "外聘人员",
}
VETTING_LABELS: dict[Vetting, str] = {
    Vetting.NOT_REQUIRED: "无需备案",
    Vetting.PENDING: "待备案",
    Vetting.FILED: "已备案",
    Vetting.REJECTED: "未通过",
}
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")
_NATIONAL_ID = re.compile(r"^[A-Za-z]?\d{6,23}[A-Za-z0-9]?$")


def clean_phone(raw: object) -> str | None:
    """'138-0000 1234', '+86 13800001234', '0951-1234567' → digits; None if not a phone."""
    text = normalize_text(raw)
    if text.endswith(".0"):  # a phone read from a numeric spreadsheet cell
        text = text[:-2]
    digits = re.sub(r"[\s\-()（）—]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if _MOBILE.match(digits) or _LANDLINE.match(digits):
        return digits
    return None


def clean_sex(raw: object) -> str | None:
    return SEX_VALUES.get(normalize_text(raw).lower())


def clean_national_id(raw: object) -> str | None:
    """学籍号: 'G' + 18-character ID or similar; we accept letters+digits of 7–24 chars."""
    text = normalize_text(raw).replace(" ", "").upper()
    if text.endswith(".0"):
        text = text[:-2]
    return text if _NATIONAL_ID.match(text) and 7 <= len(text) <= 24 else None


def clean_name(raw: object) -> str:
    return normalize_text(raw).replace(" ", "") if _is_cjk(raw) else normalize_text(raw)


def _is_cjk(raw: object) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in str(raw or ""))


def pinyin_keys(name: str) -> tuple[str, str]:
    """('zs', 'zhangsan') for 张三: initials and full pinyin used by the search box."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take a moment to load

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in syllables if s).lower()
    return initials, full


def matches(query: str, name: str, initials: str, full: str, *extra: str) -> bool:
    """Search by characters, pinyin initials (zs) or full pinyin (zhangsan), or other fields."""
    q = normalize_text(query).lower().replace(" ", "")
    if not q:
        return True
    return (
        q in name.lower()
        or initials.startswith(q)
        or full.startswith(q)
        or any(q in (e or "").lower() for e in extra)
    )


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
