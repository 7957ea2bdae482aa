"""The yardstick of the benchmark: a bare SQLite commit under the program's own pragmas."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def bare_commit_ms(folder: Path, repetitions: int) -> list[float]:
    """Time ``repetitions`` transactions of one small insert (WAL, synchronous=FULL)."""
    path = folder / "floor.sqlite"
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT"
        )
        samples = []
        for i in range(repetitions):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (v) VALUES (?)", [f"row {i}"])
            conn.execute("COMMIT")
            samples.append((time.perf_counter() - start) * 1000)
        return samples
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
