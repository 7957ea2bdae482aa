"""Departures of pupils and the erasure of their personal fields."""

from __future__ import annotations

import sqlite3
from typing import Any

from after_school_desk.store import rows

rows.register_table("pupil_departure")

ERASED_NAME = "已删除"


def departure(conn: sqlite3.Connection, pupil_id: str) -> dict[str, Any] | None:
    return rows.one(conn, "SELECT * FROM pupil_departure WHERE pupil_id = ?", [pupil_id])


def record_departure(conn: sqlite3.Connection, row: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO pupil_departure (pupil_id, left_on, reason, created_at, device_id)"
        " VALUES (:pupil_id, :left_on, :reason, :created_at, :device_id)"
        " ON CONFLICT (pupil_id) DO UPDATE SET left_on = excluded.left_on,"
        " reason = excluded.reason",
        row,
    )
    conn.execute("UPDATE pupil SET status = 'archived' WHERE id = ?", [row["pupil_id"]])


def due_for_erasure(conn: sqlite3.Connection, left_on_or_before: str) -> list[dict[str, Any]]:
    return rows.all_rows(
        conn,
        "SELECT d.pupil_id, d.left_on FROM pupil_departure d JOIN pupil p ON p.id = d.pupil_id"
        " WHERE d.erased_at IS NULL AND d.left_on <= ? AND p.status != 'active'"
        " ORDER BY d.left_on",
        [left_on_or_before],
    )


def count_due_for_erasure(conn: sqlite3.Connection, left_on_or_before: str) -> int:
    """How many pupils ``due_for_erasure`` would return."""
    return int(
        rows.scalar(
            conn,
            "SELECT COUNT(*) FROM pupil_departure d JOIN pupil p ON p.id = d.pupil_id"
            " WHERE d.erased_at IS NULL AND d.left_on <= ? AND p.status != 'active'",
            [left_on_or_before],
        )
        or 0
    )


def count_archived_not_erased(conn: sqlite3.Connection) -> int:
    """Pupils who left and whose personal fields are still kept."""
    return int(
        rows.scalar(
            conn,
            "SELECT COUNT(*) FROM pupil_departure d JOIN pupil p ON p.id = d.pupil_id"
            " WHERE d.erased_at IS NULL AND p.status != 'active'",
        )
        or 0
    )


def erase_pupil(conn: sqlite3.Connection, pupil_id: str, placeholder: str, at: str) -> None:
    """Blank the identifying fields, delete the adults; ids, class and flags stay for counts."""
    conn.execute(
        "UPDATE pupil SET name = ?, national_id = ?, student_no = NULL, birth_date = NULL,"
        " name_initials = '', name_pinyin = '', updated_at = ? WHERE id = ?",
        [ERASED_NAME, placeholder, at, pupil_id],
    )
    conn.execute("DELETE FROM pupil_adult WHERE pupil_id = ?", [pupil_id])
    if rows.scalar(conn, "SELECT 1 FROM sqlite_master WHERE name = 'pupil_consent'"):
        conn.execute(
            "UPDATE pupil_consent SET given_by = ? WHERE pupil_id = ?", [ERASED_NAME, pupil_id]
        )
    conn.execute("UPDATE pupil_departure SET erased_at = ? WHERE pupil_id = ?", [at, pupil_id])
