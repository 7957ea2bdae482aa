"""Queries for the staff list and the head teacher (班主任) of each class."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.cache import touched
from after_school_desk.store.rows import Row, all_rows


def all_staff(conn: sqlite3.Connection) -> list[Row]:
    """Every staff member, active first, with the classes they are head teacher of."""
    found = all_rows(conn, "SELECT * FROM staff ORDER BY active DESC, role, name")
    heads: dict[str, list[str]] = {}
    for r in all_rows(
        conn,
        "SELECT c.head_teacher_id, c.name FROM class c JOIN grade g ON g.id = c.grade_id"
        " WHERE c.head_teacher_id IS NOT NULL ORDER BY g.level, c.number",
    ):
        heads.setdefault(r["head_teacher_id"], []).append(r["name"])
    for member in found:
        member["head_of"] = heads.get(member["id"], [])
    return found


def set_head_teacher(conn: sqlite3.Connection, class_id: str, staff_id: str | None) -> None:
    conn.execute("UPDATE class SET head_teacher_id = ? WHERE id = ?", [staff_id, class_id])
    touched(conn, "class")
