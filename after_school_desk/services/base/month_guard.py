"""The one rule every write that is dated follows: a closed month (月结) is not changed.

Services call ``ensure_open(conn, day)`` inside their transaction, before they write a record
dated ``day`` (attendance, corrections, payments, refunds, waivers, charges, expenses), or
``ensure_open(conn, day, onwards=True)`` for a change that holds from ``day`` on (an
enrolment starting or ending). It is one indexed lookup, cheap enough for every sign-in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date
from typing import Any

from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.store import month_store


class MonthClosed(ValidationError):
    """A change that would touch a closed month (CLI exit status 1, like any refusal)."""

    def __init__(self, month: str, closed: Mapping[str, Any]) -> None:
        super().__init__(closed_message(month, closed))
        self.month = month


def month_label(month: str) -> str:
    """ "2026-10" -> "2026年10月"."""
    return f"{month[:4]}年{int(month[5:7])}月"


def when_label(instant: str) -> str:
    """ "2026-11-03T10:20:00+08:00" -> "2026-11-03 10:20"."""
    return instant[:16].replace("T", " ")


def closed_message(month: str, closed: Mapping[str, Any]) -> str:
    return t(
        "{year}年{month}月已月结（{who} 于 {when} 结账），不能再修改该月的记录；"
        "如确需修改，请校长先重新打开该月。",
        year=month[:4],
        month=int(month[5:7]),
        who=closed["closed_by_name"],
        when=when_label(str(closed["closed_at"])),
    )


def _iso(day: str | date) -> str:
    return day if isinstance(day, str) else day.isoformat()


def ensure_open(
    conn: sqlite3.Connection,
    day: str | date,
    *,
    until: str | date | None = None,
    onwards: bool = False,
) -> None:
    """Refuse (MonthClosed) when ``day``'s month is closed — or any month up to ``until``'s,
    or with ``onwards`` any later month."""
    first = _iso(day)[:7]
    last = "9999-12" if onwards else _iso(until)[:7] if until is not None else first
    closed = month_store.first_closed(conn, first, last)
    if closed is not None:
        raise MonthClosed(str(closed["month"]), closed)
