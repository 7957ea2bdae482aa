"""Queries for log-in accounts together with the staff member each one belongs to."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.cache import touched
from after_school_desk.store.rows import Row, all_rows, one

_USER_COLUMNS = (
    "u.id, u.login, u.display_name, u.role, u.staff_id, u.active, u.failed_attempts,"
    " u.locked_until, u.created_at, s.name AS staff_name, s.role AS staff_role"
)


def users_with_staff(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(
        conn,
        f"SELECT {_USER_COLUMNS} FROM app_user u LEFT JOIN staff s ON s.id = u.staff_id"
        " ORDER BY u.active DESC, u.role, u.login",
    )


def user(conn: sqlite3.Connection, user_id: str) -> Row | None:
    """One account without its PIN hash."""
    return one(
        conn,
        f"SELECT {_USER_COLUMNS} FROM app_user u LEFT JOIN staff s ON s.id = u.staff_id"
        " WHERE u.id = ?",
        [user_id],
    )


def pin_hash(conn: sqlite3.Connection, user_id: str) -> str | None:
    r = conn.execute("SELECT pin_hash FROM app_user WHERE id = ?", [user_id]).fetchone()
    return str(r[0]) if r else None


def set_pin_hash(conn: sqlite3.Connection, user_id: str, encoded: str) -> None:
    """A new PIN also lifts a lock-out: the failures counted were against the old one."""
    conn.execute(
        "UPDATE app_user SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
        [encoded, user_id],
    )
    touched(conn, "app_user")


def logins_of_staff(conn: sqlite3.Connection, staff_id: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT id, login, active FROM app_user WHERE staff_id = ? ORDER BY login",
        [staff_id],
    )
