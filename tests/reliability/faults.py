"""Python-level fault injection: the k-th write statement on the store's connection fails."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.store import connection

WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")


class FaultyConnection(sqlite3.Connection):
    """Counts write statements; the ``fail_at``-th one raises ``error`` instead of running."""

    fail_at = 0
    error = "disk I/O error"
    writes = 0

    def _tick(self, sql: str) -> None:
        if sql.lstrip().upper().startswith(WRITE_WORDS):
            FaultyConnection.writes += 1
            if FaultyConnection.writes == FaultyConnection.fail_at:
                raise sqlite3.OperationalError(FaultyConnection.error)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        self._tick(sql)
        return super().execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        self._tick(sql)
        return super().executemany(sql, *args)


def _faulty_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, factory=FaultyConnection
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_MS}")
    return conn


@contextmanager
def failing_write(
    monkeypatch: pytest.MonkeyPatch, k: int, error: str = "disk I/O error"
) -> Iterator[type[FaultyConnection]]:
    """Stores opened inside the block fail at their k-th write statement (0: never)."""
    FaultyConnection.fail_at = k
    FaultyConnection.writes = 0
    FaultyConnection.error = error
    with monkeypatch.context() as m:
        m.setattr(connection, "_connect", _faulty_connect)
        yield FaultyConnection
