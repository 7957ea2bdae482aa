"""Diagnostics without Qt: a rotating log file in the per-user log folder, and the hooks that
route uncaught errors (any thread) and hard crashes (faulthandler) into it.

What goes into the log: start-ups with the program's and libraries' versions, storage events
(opening, migration, backups, sealing, checkpoints, failed writes) and errors with their
tracebacks. Never pupils' or guardians' names, phones or other personal data: callers log ids
and counts only.

The folder: ``APP_LOG_DIR`` if set, else ``logs`` in ``APP_DATA_DIR`` if that is set (tests and
portable installs), else the per-user log folder (``after_school_desk/os_paths.py``).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from after_school_desk import os_paths

APP_NAME = "AfterSchoolDesk"
LOG_NAME = "afterschooldesk.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("after_school_desk")

_handler: logging.Handler | None = None
_crash_file: IO[str] | None = None

# Called on the thread where an uncaught exception happened, after it was logged (the GUI
# installs one that shows the friendly dialog).
ErrorListener = Callable[[type[BaseException], BaseException, TracebackType | None], None]
_listeners: list[ErrorListener] = []
_previous_hooks: tuple[Any, Any] | None = None


def log_dir() -> Path:
    return os_paths.log_dir()


def log_file() -> Path:
    """The current log file (where ``setup`` writes, or would write)."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return log_dir() / LOG_NAME


def setup(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``after_school_desk`` loggers to a rotating file in ``folder`` (default ``log_dir()``).

    Idempotent; returns the log file's path. A folder that cannot be written leaves logging
    off (the program must start anyway).
    """
    global _handler
    folder = folder or log_dir()
    path = folder / LOG_NAME
    if isinstance(_handler, logging.FileHandler) and Path(_handler.baseFilename) == path:
        return path
    shutdown()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError:
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    _handler = handler
    return path


def shutdown() -> None:
    """Detach the file handler and the crash file (tests; the end of the program)."""
    global _handler, _crash_file
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def log_start_up(extra: dict[str, str] | None = None) -> None:
    from after_school_desk import __version__

    versions = {
        "program": __version__,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(),
        **(extra or {}),
    }
    log.info("start-up: %s", ", ".join(f"{k} {v}" for k, v in versions.items()))


def log_exception(
    where: str,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    log.error("unexpected error in %s", where, exc_info=(exc_type, exc, tb))


def add_listener(listener: ErrorListener) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def remove_listener(listener: ErrorListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _notify(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    for listener in list(_listeners):
        try:
            listener(exc_type, exc, tb)
        except Exception:  # a broken listener must not hide the first error
            log.exception("error listener failed")


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log_exception("the main thread", exc_type, exc, tb)
    _notify(exc_type, exc, tb)


def _thread_excepthook(args: Any) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log_exception(f"thread {name}", args.exc_type, args.exc_value, args.exc_traceback)
    _notify(args.exc_type, args.exc_value, args.exc_traceback)


def install_hooks(folder: Path | None = None) -> None:
    """sys.excepthook, threading.excepthook and faulthandler (to crash.log) into the log."""
    global _crash_file, _previous_hooks
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    if _crash_file is None:
        try:
            target = (folder or log_dir()) / CRASH_NAME
            target.parent.mkdir(parents=True, exist_ok=True)
            _crash_file = open(target, "a", encoding="utf-8")  # noqa: SIM115 - kept open
            faulthandler.enable(file=_crash_file, all_threads=True)
        except OSError:
            _crash_file = None


def uninstall_hooks() -> None:
    """Put back the hooks that were there before ``install_hooks``."""
    global _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None
