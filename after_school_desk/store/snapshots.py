"""One read transaction around several reads, so that they all see the file as of one moment
while other connections (the window, a sealing, another PC's journal) go on writing."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


@contextlib.contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction around reads of live rows and archives, so that a sealing in
    between (on another connection) can neither double nor drop events. Inside a transaction
    already (a write), that one is the snapshot."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("COMMIT")
