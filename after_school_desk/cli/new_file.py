"""A new school's file is built aside and renamed into place at the end (``init``, ``demo``).

The school is built in a hidden temporary file beside the target (``.school.sqlite.<pid>.
building``) while this process holds the target's one-copy lock; only when the command has
finished is that file's write-ahead log merged, the file flushed to disk and renamed to the
target. So Ctrl-C, a closed terminal, a refusal or a full disk halfway leave nothing behind:
no half-made school that the next start would open as if it were whole, no empty ``.sqlite``,
and no ``.lock`` this command made. A process killed outright (SIGKILL, a power cut) may leave
its temporary file; the next ``init`` or ``demo`` on the same target removes it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from after_school_desk.errors import StorageError
from after_school_desk.services.base.school_file import InstanceLock

SUFFIX = ".building"
COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


def is_new(target: Path) -> bool:
    """No school file there yet: missing or empty (the only files ``init``/``demo`` build)."""
    target = Path(target).expanduser()
    return not target.exists() or (target.is_file() and target.stat().st_size == 0)


class Building:
    """The temporary file a new school is built in, and whether the build finished."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target).expanduser().resolve()
        self.path = self.target.with_name(f".{self.target.name}.{os.getpid()}{SUFFIX}")
        self.finished = False
        # Ctrl-C, SIGTERM or SIGHUP arrived: set even when the interruption surfaced as another
        # error (raised inside one of SQLite's callbacks it becomes an sqlite3 error)
        self.interrupted = False


@contextlib.contextmanager
def built_aside(target: Path) -> Iterator[Building]:
    """Yields the ``Building``; set ``finished`` once the school is complete and its store
    checkpointed (TRUNCATE) and closed. Then the file becomes ``target``; otherwise (or on any
    exception) it is removed."""
    building = Building(target)
    building.target.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(building.target)
    lock_was_there = lock.path.exists()
    lock.acquire()  # DatabaseLocked if the program has this file open
    published = False
    try:
        _remove_leftovers(building.target)
        with _interrupt_on_signals(building):
            yield building
            if building.finished:
                _publish(building.path, building.target)
                published = True
    finally:
        if not published:
            _remove(building.path)
        lock.release()
        if not published and not lock_was_there:
            with contextlib.suppress(OSError):
                lock.path.unlink()


def _publish(path: Path, target: Path) -> None:
    """Flush the file and rename it to ``target``. Its write-ahead log was merged into it
    (``Store.checkpoint("TRUNCATE")`` before closing): a log still holding pages would be
    left behind under the temporary name, so then the file is not published."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StorageError(
            f"新的数据库文件没有写完整（{wal.name} 中还有记录），没有建立 {target}。请再运行一次。"
        )
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(path, target)
    _remove(path)  # companions left by a connection that did not clean up
    if os.name == "posix":
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    for companion in COMPANIONS:
        with contextlib.suppress(OSError):
            Path(f"{path}{companion}").unlink()


def _remove_leftovers(target: Path) -> None:
    """Temporary files of builds of this target that were killed (we hold its lock now)."""
    with contextlib.suppress(OSError):
        for found in target.parent.glob(f".{glob.escape(target.name)}.*{SUFFIX}"):
            _remove(found)


@contextlib.contextmanager
def _interrupt_on_signals(building: Building) -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP (a closed terminal) stop the build with KeyboardInterrupt
    and mark it interrupted, so the temporary file is removed and the person told; the
    handlers before are restored afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    names = ("SIGINT", "SIGTERM", "SIGHUP")
    wanted = [getattr(signal, n) for n in names if hasattr(signal, n)]
    before = {sig: signal.getsignal(sig) for sig in wanted}

    def interrupt(signum: int, frame: FrameType | None) -> None:
        building.interrupted = True
        raise KeyboardInterrupt

    for sig in wanted:
        signal.signal(sig, interrupt)
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
