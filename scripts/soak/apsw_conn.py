"""An apsw connection dressed as the ``sqlite3.Connection`` the store expects.

The simulated power cut (``tests/reliability/powercut_vfs.py``) is an apsw VFS, and only apsw
connections can use it. The services read rows by column name and catch ``sqlite3`` errors, so
this wrapper gives them ``sqlite3.Row``-like rows, ``rowcount``, ``in_transaction``, and turns
apsw's exceptions into the ``sqlite3`` ones the program handles (a constraint stays an
``IntegrityError``). Anything else is passed to the apsw connection as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import apsw


class Row:
    """Index, name and ``dict(row)`` access, like ``sqlite3.Row``."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: tuple[str, ...], values: tuple[Any, ...]) -> None:
        self._names = names
        self._values = values

    def keys(self) -> list[str]:
        return list(self._names)

    def __getitem__(self, key: int | str | slice) -> Any:
        if isinstance(key, str):
            try:
                return self._values[self._names.index(key)]
            except ValueError:
                lowered = [n.lower() for n in self._names]
                if key.lower() in lowered:
                    return self._values[lowered.index(key.lower())]
                raise IndexError(f"No item with that key: {key}") from None
        return self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Row):
            return self._names == other._names and self._values == other._values
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._names, self._values))

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._names, self._values, strict=True))!r})"


def _translated(exc: BaseException) -> BaseException:
    if not isinstance(exc, apsw.Error):
        return exc  # the power cut itself, or a Python error: unchanged
    text = str(exc).split(": ", 1)[-1] if ": " in str(exc) else str(exc)
    if isinstance(exc, apsw.ConstraintError):
        return sqlite3.IntegrityError(text)
    if isinstance(exc, apsw.CorruptError | apsw.NotADBError):
        return sqlite3.DatabaseError(text)
    if isinstance(exc, apsw.SQLError):
        return sqlite3.OperationalError(text)
    if isinstance(exc, apsw.IOError):
        return sqlite3.OperationalError("disk I/O error")
    return sqlite3.OperationalError(text)


def _call(fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except apsw.Error as exc:
        raise _translated(exc) from exc


class Cursor:
    def __init__(self, conn: ApswConnection, cursor: Any) -> None:
        self._conn = conn
        self._cursor = cursor
        self.rowcount = -1

    def _run(self, sql: str, params: Any, many: bool) -> Cursor:
        if many:
            _call(self._cursor.executemany, sql, params)
        else:
            _call(self._cursor.execute, sql, params)
        try:
            self._cursor.get_description()
        except apsw.ExecutionCompleteError:  # no rows to come: a write, with its count
            self.rowcount = self._conn.raw.changes()
        return self

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        return self._run(sql, params, many=False)

    def executemany(self, sql: str, rows: Any) -> Cursor:
        return self._run(sql, rows, many=True)

    @property
    def description(self) -> tuple[tuple[Any, ...], ...] | None:
        """As sqlite3's: a 7-tuple per column, its name first (None after a write)."""
        try:
            columns = self._cursor.get_description()
        except apsw.ExecutionCompleteError:
            return None
        return tuple((c[0], None, None, None, None, None, None) for c in columns)

    def __iter__(self) -> Iterator[Row]:
        return self

    def __next__(self) -> Row:
        try:
            values = _call(self._cursor.__next__)
        except StopIteration:
            raise
        names = tuple(d[0] for d in self._cursor.get_description())
        return Row(names, tuple(values))

    def fetchone(self) -> Row | None:
        return next(self, None)

    def fetchall(self) -> list[Row]:
        return list(self)

    def fetchmany(self, size: int = 1) -> list[Row]:
        out: list[Row] = []
        for row in self:
            out.append(row)
            if len(out) >= size:
                break
        return out

    def close(self) -> None:
        self._cursor.close()


class ApswConnection:
    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.row_factory: Any = None  # rows are always name-addressable
        self.cache: dict[str, Any] = {}  # the store's per-connection cache (cache.py)

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.in_transaction)

    def cursor(self) -> Cursor:
        return Cursor(self, self.raw.cursor())

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        return self.cursor()._run(sql, params, many=False)

    def executemany(self, sql: str, rows: Any) -> Cursor:
        return self.cursor()._run(sql, rows, many=True)

    def create_function(
        self, name: str, narg: int, func: Callable[..., Any], *, deterministic: bool = False
    ) -> None:
        self.raw.create_scalar_function(name, func, narg, deterministic=deterministic)

    def close(self) -> None:
        _call(self.raw.close, True)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)
