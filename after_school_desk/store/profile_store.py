"""The school's own policy profiles (their TOML text) and which profile is in force from which
day (db/0012_profiles.sql). Both are the register: written only on the hub once one is named."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.rows import Row, register_table

register_table("policy_profile")
register_table("school_profile_in_force")


def stored_profiles(conn: sqlite3.Connection) -> list[Row]:
    """Every profile the school keeps in its file, by id."""
    return [dict(r) for r in conn.execute("SELECT * FROM policy_profile ORDER BY id")]


def stored_profile(conn: sqlite3.Connection, profile_id: str) -> Row | None:
    found = conn.execute("SELECT * FROM policy_profile WHERE id = ?", [profile_id]).fetchone()
    return dict(found) if found else None


def in_force_rows(conn: sqlite3.Connection) -> list[Row]:
    """Every record of a profile in force from a day, oldest first."""
    return [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM school_profile_in_force ORDER BY effective_from, created_at, id"
        )
    ]
