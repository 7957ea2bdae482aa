"""Reading the audit trail for history views (the rows are written by after_school_desk.store.audit)."""

from __future__ import annotations

import sqlite3
from typing import Any

from after_school_desk.store.rows import all_rows

_COLUMNS = "seq, at, actor, device_id, action, entity, entity_id, before_json, after_json"


def mentioning(conn: sqlite3.Connection, record_id: str, limit: int = 2000) -> list[dict[str, Any]]:
    """Audit rows about a record or naming it in their before/after (its events, enrolments …)."""
    return all_rows(
        conn,
        f"SELECT {_COLUMNS} FROM audit WHERE entity_id = ?"
        " OR instr(coalesce(after_json, ''), ?) > 0 OR instr(coalesce(before_json, ''), ?) > 0"
        " ORDER BY seq DESC LIMIT ?",
        [record_id, record_id, record_id, limit],
    )


def of_entity(conn: sqlite3.Connection, entity: str, entity_id: str) -> list[dict[str, Any]]:
    return all_rows(
        conn,
        f"SELECT {_COLUMNS} FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq DESC",
        [entity, entity_id],
    )


def on_day(conn: sqlite3.Connection, day: str, limit: int = 5000) -> list[dict[str, Any]]:
    """Changes made on a school day (audit instants are local ISO times, so a prefix match)."""
    return all_rows(
        conn,
        f"SELECT {_COLUMNS} FROM audit WHERE substr(at, 1, 10) = ? ORDER BY seq DESC LIMIT ?",
        [day, limit],
    )
