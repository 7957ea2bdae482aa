"""A small per-connection cache for data read on every action but rarely changed (the calendar).

Any write to a cached table through the store clears it, and so does a rolled-back transaction,
so a reader never sees data that is not in the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
CACHED_TABLES = frozenset({"term", "calendar_day", "holiday_year", "service_window"})


class CachingConnection(sqlite3.Connection):
    """sqlite3.Connection with a ``cache`` dictionary attached."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cache: dict[str, Any] = {}


def cached(conn: sqlite3.Connection, key: str, build: Callable[[], T]) -> T:
    store = getattr(conn, "cache", None)
    if store is None:
        return build()
    if key not in store:
        store[key] = build()
    value: T = store[key]
    return value


def touched(conn: sqlite3.Connection, table: str) -> None:
    """Call after writing ``table``; clears the cache when the table is a cached one."""
    if table in CACHED_TABLES:
        clear(conn)


def clear(conn: sqlite3.Connection) -> None:
    store = getattr(conn, "cache", None)
    if store is not None:
        store.clear()
