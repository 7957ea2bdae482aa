"""Queries for the command line's script tokens (table ``cli_token``, db/0009)."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.cache import touched
from after_school_desk.store.rows import Row, all_rows, one, register_table

register_table("cli_token")

_COLUMNS = (
    "t.id, t.name, t.user_id, t.created_at, t.created_by, t.expires_at, t.revoked_at,"
    " t.revoked_by, t.device_id, u.login, u.display_name, u.role, u.active"
)
_FROM = " FROM cli_token t JOIN app_user u ON u.id = t.user_id"


def by_hash(conn: sqlite3.Connection, token_sha256: str) -> Row | None:
    """The token with this hash and its account (login, role, active, staff)."""
    return one(
        conn,
        f"SELECT {_COLUMNS}, u.staff_id{_FROM} WHERE t.token_sha256 = ?",
        [token_sha256],
    )


def live_by_name(conn: sqlite3.Connection, name: str) -> Row | None:
    """The token of that name that is not revoked (there is at most one)."""
    return one(conn, f"SELECT {_COLUMNS}{_FROM} WHERE t.name = ? AND t.revoked_at IS NULL", [name])


def by_id(conn: sqlite3.Connection, token_id: str) -> Row | None:
    return one(conn, f"SELECT {_COLUMNS}{_FROM} WHERE t.id = ?", [token_id])


def every(conn: sqlite3.Connection) -> list[Row]:
    """Every token ever made, usable ones first, newest first (never the hashes)."""
    return all_rows(
        conn,
        f"SELECT {_COLUMNS}{_FROM} ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.name",
    )


def revoke(conn: sqlite3.Connection, token_id: str, at: str, by: str) -> None:
    conn.execute(
        "UPDATE cli_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
        [at, by, token_id],
    )
    touched(conn, "cli_token")
