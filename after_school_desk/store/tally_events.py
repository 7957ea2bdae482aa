"""A month's events as the direct report's tally reads them: the fewest fields, quickest.

``event_tuples_between`` (daily_store) gives every field of every event, as the ledger needs.
The direct report only counts (after_school_desk/reports/month_facts.py ``tally_month``): who signed in and
when, who left and when, on leave, marked absent, extended care, the contacts' alert kind and
outcome, and the order and corrections that decide a pupil-day. These tuples have the same
layout (``after_school_desk.domain.attendance.Event``'s fields, then pupil id and day) with only those
fields filled in and the rest None, so a month of sealed events is read without decoding
names, phones and notes, nor deriving every event's id again: the ids are there only when a
correction dated in the range may void an event (a correction voids events of its own day).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from after_school_desk.store import event_archive

# Event's fields, then pupil_id and day (daily_store.EVENT_TUPLE_COLUMNS, the live names).
TUPLE_FIELDS = (
    "id", "kind", "at", "rowid", "actor", "staff_id", "device_id", "adult_id", "adult_name",
    "adult_relation", "adult_phone", "override_reason", "alert_kind", "outcome", "method",
    "reason", "note", "supersedes", "pupil_id", "day",
)  # fmt: skip
# What the tally reads: the fold (kind, order: at, device, row number; corrections:
# supersedes and id), the contacts (alert kind, outcome), and whose day it is.
COUNTED = frozenset(
    {"kind", "at", "rowid", "device_id", "alert_kind", "outcome", "supersedes", "pupil_id", "day"}
)


def _live_select(with_ids: bool) -> str:
    cols = [f if f in COUNTED or (f == "id" and with_ids) else f"NULL AS {f}" for f in TUPLE_FIELDS]
    return f"SELECT {', '.join(cols)} FROM attendance_event WHERE day BETWEEN ? AND ?"


def _archived_fields(with_ids: bool) -> list[str | None]:
    return [
        ("seq" if f == "rowid" else f) if f in COUNTED or (f == "id" and with_ids) else None
        for f in TUPLE_FIELDS
    ]


def counted_tuples_between(conn: sqlite3.Connection, start: str, end: str) -> list[tuple[Any, ...]]:
    """Every event dated in [start, end], live and sealed (no order), with only the fields a
    month's tally reads (see the module's docstring)."""
    with event_archive.read_snapshot(conn):
        with_ids = (
            conn.execute(
                "SELECT 1 FROM attendance_event WHERE day BETWEEN ? AND ? AND kind = 'correction'"
                " LIMIT 1",
                [start, end],
            ).fetchone()
            is not None
        )
        archived = event_archive.sparse_tuples_between(conn, start, end, _archived_fields(with_ids))
        kind = TUPLE_FIELDS.index("kind")
        if not with_ids and any(t[kind] == "correction" for t in archived):
            with_ids = True
            archived = event_archive.sparse_tuples_between(
                conn, start, end, _archived_fields(with_ids)
            )
        live = conn.execute(_live_select(with_ids), [start, end]).fetchall()
    return live + archived
