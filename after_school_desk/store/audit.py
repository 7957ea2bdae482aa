"""The append-only, hash-chained audit trail. Written in the same transaction as the change."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    at: str
    actor: str
    device_id: str
    action: str
    entity: str
    entity_id: str | None
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None


def _dump(value: Mapping[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(dict(value), ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def link_hash(prev_hash: str, fields: list[str | None]) -> str:
    payload = json.dumps([prev_hash, *fields], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(conn: sqlite3.Connection, entry: AuditEntry) -> str:
    """Append one audit row chained to the previous one; returns its hash."""
    row = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    fields = [
        entry.at,
        entry.actor,
        entry.device_id,
        entry.action,
        entry.entity,
        entry.entity_id,
        _dump(entry.before),
        _dump(entry.after),
    ]
    digest = link_hash(prev, fields)
    conn.execute(
        "INSERT INTO audit (at, actor, device_id, action, entity, entity_id, before_json,"
        " after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*fields, prev, digest],
    )
    return digest


def verify_chain(conn: sqlite3.Connection) -> int | None:
    """Return the seq of the first broken link, or None when the whole chain holds."""
    prev = GENESIS
    for r in conn.execute(
        "SELECT seq, at, actor, device_id, action, entity, entity_id, before_json, after_json,"
        " prev_hash, hash FROM audit ORDER BY seq"
    ):
        fields = [r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]]
        if r[9] != prev or link_hash(prev, fields) != r[10]:
            return int(r[0])
        prev = r[10]
    return None


def history(conn: sqlite3.Connection, entity: str, entity_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT seq, at, actor, device_id, action, before_json, after_json FROM audit"
        " WHERE entity = ? AND entity_id = ? ORDER BY seq",
        [entity, entity_id],
    ).fetchall()
    return [dict(r) for r in rows]


def head(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS
