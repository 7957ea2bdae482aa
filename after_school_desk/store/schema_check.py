"""The file's schema against the one the migrations make: a flipped byte in a table's or a
trigger's SQL, or a trigger dropped or added behind the program's back, is found before the
program writes into the file (``integrity_check`` does not compare the schema's text).

The expected schema is made once per process by migrating an in-memory database."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from after_school_desk.store import migrate, seals
from after_school_desk.store.seal_key import SealKey


def _entries(conn: sqlite3.Connection) -> dict[tuple[bytes, bytes], bytes]:
    """(type, name) → table and SQL text of every schema entry (SQLite's own indexes
    included), as raw bytes: a damaged entry may no longer be valid UTF-8. The same migrations
    write the same text (``_normal`` leaves out only quoting and spacing)."""
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
            " WHERE name NOT IN ('sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4')"
        ).fetchall()
    finally:
        conn.text_factory = factory
    return {(bytes(r[0]), bytes(r[1])): bytes(r[2]) + b"\x00" + _normal(r[3]) for r in rows}


def _normal(sql: bytes | None) -> bytes:
    """The SQL text without what another SQLite version may write differently when it rewrites
    a renamed table's SQL (quotes around names, spacing); every other byte counts."""
    return b" ".join((sql or b"").replace(b'"', b"").split())


def expected() -> dict[tuple[bytes, bytes], bytes]:
    return _made_by(tuple(migrate.migration_files()))


@cache
def _made_by(_files: tuple[Path, ...]) -> dict[tuple[bytes, bytes], bytes]:
    """The schema these migration files make (cached per set of files)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        ring = seals.SealRing("schema-check")
        ring.key = SealKey(bytes(32))  # never seals anything: the file is empty
        seals.register(conn, ring)
        migrate.apply(conn)
        return _entries(conn)
    finally:
        conn.close()


def problems(conn: sqlite3.Connection) -> list[str]:
    """Where the file's schema differs from this program's (empty: the same)."""
    want = expected()
    have = _entries(conn)
    found = []
    for key in sorted(set(want) | set(have)):
        kind, name = (k.decode("utf-8", "replace") for k in key)
        if key not in have:
            found.append(f"数据库结构缺少 {kind} {name}（被删除或损坏）")
        elif key not in want:
            found.append(f"数据库结构多出 {kind} {name}（在程序之外添加，或损坏）")
        elif have[key] != want[key]:
            found.append(f"数据库结构中 {kind} {name} 的定义被改动或损坏")
    return found
