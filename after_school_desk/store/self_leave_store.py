"""Queries for the self-leave permissions (自行离校同意书) of one pupil."""

from __future__ import annotations

import sqlite3

from after_school_desk.store import daily_store  # noqa: F401  (registers self_leave_permission)
from after_school_desk.store.rows import Row, all_rows


def permits_of(conn: sqlite3.Connection, pupil_id: str) -> list[Row]:
    """Every permission the pupil ever had, oldest first."""
    return all_rows(
        conn,
        "SELECT * FROM self_leave_permission WHERE pupil_id = ? ORDER BY signed_on, created_at",
        [pupil_id],
    )
