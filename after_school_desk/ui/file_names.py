"""Chinese default names for the files the program saves (课后服务台账_2026年11月.pdf …)."""

from __future__ import annotations

import re

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')  # characters Windows refuses in file names


def month_words(month: str) -> str:
    """ "2026-11" -> "2026年11月" (anything else is kept as typed)."""
    m = _MONTH.match(month.strip())
    return f"{m.group(1)}年{int(m.group(2))}月" if m else month.strip()


def file_name(*parts: str, suffix: str) -> str:
    """Parts joined with "_", without characters a file name may not hold: file_name("交接单",
    "一年级(1)班", "2026-11-02", suffix=".pdf") -> "交接单_一年级(1)班_2026-11-02.pdf"."""
    words = [_NOT_IN_NAMES.sub("-", p.strip()).strip("-.") for p in parts if p and p.strip()]
    return "_".join(w for w in words if w) + suffix
