"""The yardstick of the benchmark: a bare SQLite commit under the program's own pragmas."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


class Floor:
    """A scratch database beside the measured one: one small insert per transaction (WAL,
    synchronous=FULL). ``commit_ms()`` times one; the benchmark interleaves them with the
    program's own actions so that both meet the disk in the same state."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "floor.sqlite"
        self.conn = sqlite3.connect(str(self.path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT"
        )
        self.count = 0

    def commit_ms(self) -> float:
        self.count += 1
        start = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO t (v) VALUES (?)", [f"row {self.count}"])
        self.conn.execute("COMMIT")
        return (time.perf_counter() - start) * 1000

    def close(self) -> None:
        self.conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)


def checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
