"""The school's file opened with another SQLite tool, as someone editing it behind the program's
back would. Such a tool lacks the program's SQL functions; the register's guard (db/0010)
calls two of them, so the editor defines look-alikes (anyone can: on a file with no hub PC
they let every write through) — the seals, not the guard, are what finds the edit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from after_school_desk.store import seal_key, seals


def connect(path: Path | str, **kwargs: object) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), **kwargs)  # type: ignore[arg-type]
    conn.create_function("desk_importing", 0, lambda: 0)
    conn.create_function("desk_device", 0, lambda: "outside")
    return conn


def seal_as_another_pc(conn: sqlite3.Connection) -> None:
    """Look-alike sealing functions with the editor's own key on ``conn``: the triggers then
    seal what the editor writes, as another PC whose key this one has not got."""
    forger = seal_key.SealKey(b"\x02" * 32)
    conn.create_function("desk_device", 0, lambda: "forged-pc")
    conn.create_function("desk_key_tag", 0, lambda: forger.tag)
    conn.create_function("desk_head_mac", 2, lambda d, n: forger.mac(seals.head_message(d, n)))
    conn.create_function(
        "desk_seal", 5, lambda d, n, e, k, p: forger.mac(seals.message(d, n, e, k, p))
    )
