"""Queries for the duty-leader roster, the duty day, the duty log and class supervision."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from after_school_desk.store import daily_store  # noqa: F401  (registers the daily tables)
from after_school_desk.store.rows import Row, all_rows, one


def leaders(conn: sqlite3.Connection) -> list[Row]:
    """Staff who take duty days: duty leaders, then the principal."""
    return all_rows(
        conn,
        "SELECT * FROM staff WHERE active = 1 AND role IN ('duty_leader', 'principal')"
        " ORDER BY role = 'principal', created_at, name",
    )


def unavailable(conn: sqlite3.Connection) -> dict[str, set[int]]:
    result: dict[str, set[int]] = {}
    for r in all_rows(conn, "SELECT staff_id, weekday FROM duty_unavailable"):
        result.setdefault(r["staff_id"], set()).add(int(r["weekday"]))
    return result


def replace_unavailable(
    conn: sqlite3.Connection, staff_id: str, weekdays: set[int], device_id: str, ids: list[str]
) -> None:
    conn.execute("DELETE FROM duty_unavailable WHERE staff_id = ?", [staff_id])
    conn.executemany(
        "INSERT INTO duty_unavailable (id, staff_id, weekday, device_id) VALUES (?, ?, ?, ?)",
        [[i, staff_id, wd, device_id] for i, wd in zip(ids, sorted(weekdays), strict=True)],
    )


def roster(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT r.*, s.name AS leader_name, s.role AS leader_role FROM duty_roster r"
        " JOIN staff s ON s.id = r.staff_id WHERE r.day BETWEEN ? AND ? ORDER BY r.day",
        [start, end],
    )


def roster_day(conn: sqlite3.Connection, day: str) -> Row | None:
    return one(
        conn,
        "SELECT r.*, s.name AS leader_name FROM duty_roster r JOIN staff s ON s.id = r.staff_id"
        " WHERE r.day = ?",
        [day],
    )


def set_roster(conn: sqlite3.Connection, row: Mapping[str, Any]) -> None:
    conn.execute(
        "INSERT INTO duty_roster (id, day, staff_id, source, updated_at, device_id)"
        " VALUES (:id, :day, :staff_id, :source, :updated_at, :device_id)"
        " ON CONFLICT (day) DO UPDATE SET staff_id = excluded.staff_id,"
        " source = excluded.source, updated_at = excluded.updated_at,"
        " device_id = excluded.device_id",
        dict(row),
    )


def delete_generated(conn: sqlite3.Connection, start: str, end: str) -> None:
    conn.execute(
        "DELETE FROM duty_roster WHERE day BETWEEN ? AND ? AND source = 'generated'", [start, end]
    )


def duty_day(conn: sqlite3.Connection, day: str) -> Row | None:
    return one(
        conn,
        "SELECT d.*, s.name AS leader_name FROM duty_day d"
        " LEFT JOIN staff s ON s.id = d.leader_staff_id WHERE d.day = ?",
        [day],
    )


def upsert_duty_day(conn: sqlite3.Connection, row: Mapping[str, Any]) -> None:
    cols = list(row)
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in ("id", "day"))
    conn.execute(
        f"INSERT INTO duty_day ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
        f" ON CONFLICT (day) DO UPDATE SET {sets}",
        dict(row),
    )


def duty_log(conn: sqlite3.Connection, day: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT l.*, c.name AS class_name FROM duty_log l LEFT JOIN class c ON c.id = l.class_id"
        " WHERE l.day = ? ORDER BY l.at, l.rowid",
        [day],
    )


def supervision(conn: sqlite3.Connection, day: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT v.*, s.name AS staff_name FROM class_supervision v"
        " JOIN staff s ON s.id = v.staff_id WHERE v.day = ?",
        [day],
    )


def supervision_of(conn: sqlite3.Connection, day: str, class_id: str) -> Row | None:
    return one(
        conn, "SELECT * FROM class_supervision WHERE day = ? AND class_id = ?", [day, class_id]
    )


def staff_on_duty(conn: sqlite3.Connection, day: str, class_id: str) -> str | None:
    """The class's supervising teacher that day, else its head teacher (one look-up)."""
    row = conn.execute(
        "SELECT coalesce((SELECT staff_id FROM class_supervision WHERE day = ? AND class_id = ?),"
        " (SELECT head_teacher_id FROM class WHERE id = ?))",
        [day, class_id, class_id],
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def upsert_supervision(conn: sqlite3.Connection, row: Mapping[str, Any]) -> None:
    cols = list(row)
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in ("id", "day", "class_id"))
    conn.execute(
        f"INSERT INTO class_supervision ({', '.join(cols)})"
        f" VALUES ({', '.join(':' + c for c in cols)})"
        f" ON CONFLICT (day, class_id) DO UPDATE SET {sets}",
        dict(row),
    )


def supervised_classes(conn: sqlite3.Connection, staff_id: str, day: str) -> set[str]:
    return {
        r["class_id"]
        for r in all_rows(
            conn,
            "SELECT class_id FROM class_supervision WHERE staff_id = ? AND day = ?",
            [staff_id, day],
        )
    }
