"""Numbered schema migrations from ``db/NNNN_name.sql``, applied with sqlite-utils' Migrations."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from after_school_desk import package_data

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

DB_DIR = package_data.folder("db")  # db/ of the source tree, the package or the bundle
MIGRATION_SET = "after_school_desk"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files() -> list[Path]:
    files = sorted(p for p in DB_DIR.glob("*.sql") if _NAME.match(p.name))
    numbers = [int(p.name[:4]) for p in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"db/ migrations must be numbered 0001.. without gaps: {numbers}")
    return files


def split_statements(sql: str) -> Iterator[str]:
    """Split a script into complete statements (trigger bodies stay whole)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            buffer = ""
            if statement and not all(
                s.strip().startswith("--") or not s.strip() for s in statement.splitlines()
            ):
                yield statement
    if buffer.strip() and not all(
        s.strip().startswith("--") or not s.strip() for s in buffer.splitlines()
    ):
        raise RuntimeError("incomplete SQL statement at end of migration")


@cache
def migrations() -> Migrations:
    from sqlite_utils import Migrations  # loaded only when a file needs migrating

    migs = Migrations(MIGRATION_SET)
    for path in migration_files():
        sql = path.read_text(encoding="utf-8")

        def apply(db: Database, _sql: str = sql) -> None:
            for statement in split_statements(_sql):
                db.conn.execute(statement)

        migs(name=path.stem)(apply)
    return migs


def known_names() -> list[str]:
    return [p.stem for p in migration_files()]


def schema_version() -> int:
    return len(migration_files())


def apply(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations to an open connection (sqlite-utils' Migrations)."""
    from sqlite_utils import Database

    migrations().apply(Database(conn))
