"""The state of the open database file as the GUI needs it: read-only mode, checkpoints, and
SQLite's own errors turned into the program's ``StorageError``s."""

from __future__ import annotations

import logging
import sqlite3

from after_school_desk.errors import DamagedDatabase, StorageError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store.sqlite_errors import storage_error_from

log = logging.getLogger("after_school_desk.services.care.storage")

READ_ONLY_TEXT = (
    "数据库文件没有通过完整性检查，可能已损坏。为了不把记录写进损坏的文件，"
    "程序现在只能查看，不能保存任何修改。"
    "请在“备份与恢复”中从最近的备份恢复，或联系县里的信息技术人员。"
)


def explain(exc: BaseException, ctx: ServiceContext | None = None) -> StorageError | None:
    """The user-facing error for ``exc`` when it is a storage failure, else None."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None  # a rule or a programming slip, not the disk
    if isinstance(exc, sqlite3.Error):
        return storage_error_from(exc, ctx.store.path if ctx is not None else None)
    if isinstance(exc, OSError) and exc.errno is not None and exc.errno in (28, 5):
        # ENOSPC, EIO while writing a file beside the database
        return storage_error_from(
            sqlite3.OperationalError(
                "database or disk is full" if exc.errno == 28 else "disk I/O error"
            )
        )
    return None


def enter_read_only(ctx: ServiceContext, reason: str = READ_ONLY_TEXT) -> None:
    """Refuse every write from now on (until the program is restarted on a good file)."""
    ctx.store.set_read_only(reason)


def read_only_reason(ctx: ServiceContext) -> str | None:
    return ctx.store.read_only_reason


def is_damage(exc: StorageError) -> bool:
    return isinstance(exc, DamagedDatabase)


def commits(ctx: ServiceContext) -> int:
    """How many write transactions were committed since the file was opened."""
    return ctx.store.commits


def checkpoint(ctx: ServiceContext, *, final: bool = False) -> tuple[int, int, int]:
    """Bring the main file up to date with the -wal file (PASSIVE: never waits for readers);
    ``final`` (at a clean exit) also empties the -wal file (TRUNCATE).

    Returns SQLite's (busy, pages in the log, pages checkpointed). A failure is logged, not
    raised: the committed rows are safe in the -wal file either way.
    """
    mode = "TRUNCATE" if final else "PASSIVE"
    try:
        return ctx.store.checkpoint(mode)
    except sqlite3.Error as exc:
        log.warning("checkpoint %s failed: %s", mode, exc)
        return (1, -1, -1)
