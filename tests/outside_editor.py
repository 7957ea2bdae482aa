"""The school's file opened with another SQLite tool, as someone editing it behind the program's
back would. Such a tool lacks the program's SQL functions; the register's guard (db/0010)
calls two of them, so the editor defines look-alikes (anyone can: on a file with no hub PC
they let every write through) — the seals, not the guard, are what finds the edit."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect(path: Path | str, **kwargs: object) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), **kwargs)  # type: ignore[arg-type]
    conn.create_function("desk_importing", 0, lambda: 0)
    conn.create_function("desk_device", 0, lambda: "outside")
    return conn
