"""Small generic row helpers used by the per-table query modules."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from after_school_desk.store.cache import touched

Row = dict[str, Any]

_TABLES = {
    "meta",
    "school",
    "term",
    "calendar_day",
    "holiday_year",
    "service_window",
    "grade",
    "staff",
    "class",
    "pupil",
    "pupil_adult",
    "app_user",
}


def register_table(name: str) -> None:
    """Later migrations add their tables to the set the generic helpers may touch."""
    _TABLES.add(name)


def _table(name: str) -> str:
    if name not in _TABLES:
        raise ValueError(f"unknown table {name}")
    return name


def insert(conn: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> None:
    cols = list(row)
    conn.execute(
        f"INSERT INTO {_table(table)} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [row[c] for c in cols],
    )
    touched(conn, table)


def update(conn: sqlite3.Connection, table: str, row_id: str, changes: Mapping[str, Any]) -> None:
    if not changes:
        return
    sets = ", ".join(f"{c} = ?" for c in changes)
    conn.execute(f"UPDATE {_table(table)} SET {sets} WHERE id = ?", [*changes.values(), row_id])
    touched(conn, table)


def get(conn: sqlite3.Connection, table: str, row_id: str) -> Row | None:
    r = conn.execute(f"SELECT * FROM {_table(table)} WHERE id = ?", [row_id]).fetchone()
    return dict(r) if r else None


def all_rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Every row of ``sql`` as a dict by column name (read as plain tuples and named once:
    a third quicker than a dict of each sqlite3.Row, for the thousands a roster reads)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(sql, params)
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, r, strict=False)) for r in cursor.fetchall()]  # same length


def one(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> Row | None:
    r = conn.execute(sql, params).fetchone()
    return dict(r) if r else None


def scalar(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    r = conn.execute(sql, params).fetchone()
    return r[0] if r else None
