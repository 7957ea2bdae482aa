"""Queries the roster import needs beyond the general pupil queries in people_store."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.rows import all_rows


def active_national_ids(conn: sqlite3.Connection) -> set[str]:
    """学籍号 of every pupil still at school (to count those a roster file does not mention)."""
    return {
        r["national_id"]
        for r in all_rows(conn, "SELECT national_id FROM pupil WHERE status = 'active'")
    }


def delete_adult(conn: sqlite3.Connection, adult_id: str) -> None:
    conn.execute("DELETE FROM pupil_adult WHERE id = ?", [adult_id])
