"""One running program per database file: an OS-level lock on a side file."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from after_school_desk.errors import DatabaseLocked


class InstanceLock:
    """Holds an exclusive, non-blocking lock on ``<db>.lock`` while the program runs.

    The OS releases the lock when the process dies, so a crash never leaves a stale lock.
    """

    def __init__(self, db_path: Path, platform: str | None = None) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle: IO[str] | None = None
        self._lock, self._unlock = lock_functions(platform)
        self.unclean_exit = False

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process
        try:
            self._lock(handle)
        except OSError as exc:
            handle.close()
            raise DatabaseLocked(
                f"数据库文件 {self.path.with_suffix('').name} 正在被另一个课后服务台窗口使用。"
                "请切换到已打开的窗口，或先关闭它再重新打开。"
            ) from exc
        handle.seek(0)
        # A pid left in the file means the last run ended without closing (power cut, crash).
        self.unclean_exit = bool(handle.read().strip())
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.flush()
            self._unlock(self._handle)
            self._handle.close()
            self._handle = None


LockFunction = Callable[[IO[str]], None]


def lock_functions(platform: str | None = None) -> tuple[LockFunction, LockFunction]:
    """(lock, unlock) for ``platform``: ``msvcrt.locking`` on the first byte on Windows (the
    lock is mandatory there and belongs to the handle), ``fcntl.flock`` elsewhere. Both fail at
    once with an OSError when another process holds the lock, and both locks end with the
    process."""
    if (sys.platform if platform is None else platform) == "win32":
        msvcrt: Any = importlib.import_module("msvcrt")  # Windows only; Any for mypy on Linux

        def lock(handle: IO[str]) -> None:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

        def unlock(handle: IO[str]) -> None:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

        return lock, unlock

    import fcntl

    def flock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def funlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    return flock, funlock
