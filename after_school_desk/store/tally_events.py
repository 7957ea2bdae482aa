"""A month's events as the direct report's tally reads them: the fewest fields, quickest.

``event_tuples_between`` (daily_store) gives every field of every event, as the ledger needs.
The direct report only counts (after_school_desk/reports/month_tally.py ``tally_month``): who signed in and
when, who left and when, on leave, extended care, the contacts' alert kind and outcome, and
the order and corrections that decide a pupil-day. So a month of events is read as short plain
tuples of ``COUNTED_FIELDS`` (the layout ``tally_month`` reads): whose day, the kind, the
instant, a contact's alert kind and outcome, then the PC and its row number (the order).
Names, phones and notes are not decoded, nor every event's id derived again: a range with a
correction (a correction voids events of its own pupil-day) is read again with ``WITH_IDS``,
which adds the event a correction voids and each event's id.
"""

from __future__ import annotations

import sqlite3
from operator import itemgetter
from typing import Any

from after_school_desk.store import event_archive
from after_school_desk.store.snapshots import read_snapshot

# What ``tally_month`` reads of an event, in this order (after_school_desk/reports/month_tally.py
# names the positions).
COUNTED_FIELDS = ("pupil_id", "day", "kind", "at", "alert_kind", "outcome", "device_id", "seq")
# A range with a correction: the same, then the event a correction voids, and the event's id.
WITH_IDS = (*COUNTED_FIELDS, "supersedes", "id")

_LIVE_COLUMNS = {"seq": "rowid"}
_KIND = itemgetter(COUNTED_FIELDS.index("kind"))
_CORRECTION = "correction"  # attendance_event.kind


def _read(conn: sqlite3.Connection, start: str, end: str, fields: tuple[str, ...]) -> list[Any]:
    columns = ", ".join(_LIVE_COLUMNS.get(f, f) for f in fields)
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: quicker to build and to read than rows by name
    live = cursor.execute(
        f"SELECT {columns} FROM attendance_event WHERE day BETWEEN ? AND ?", [start, end]
    ).fetchall()
    return live + event_archive.sparse_tuples_between(conn, start, end, fields)


def counted_tuples_between(conn: sqlite3.Connection, start: str, end: str) -> list[tuple[Any, ...]]:
    """Every event dated in [start, end], live and sealed (no order), as tuples of
    ``COUNTED_FIELDS``, or of ``WITH_IDS`` when one of them is a correction (see the module's
    docstring)."""
    with read_snapshot(conn):
        rows = _read(conn, start, end, COUNTED_FIELDS)
        if _CORRECTION in map(_KIND, rows):
            rows = _read(conn, start, end, WITH_IDS)
    return rows
