"""Running long service calls (imports, reports, backups) off the GUI thread.

The store's sqlite3 connection may be used from one thread at a time only, so whoever starts a
worker must keep the rest of the GUI away from the database until it finishes (a modal dialog).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

ProgressFn = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside the job by the progress callback once cancel was asked for."""


class ServiceWorker(QThread):
    """Runs ``job(progress)`` in a thread; ``progress(done, total)`` also checks for cancel."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)  # finished before cancel could stop it: report it
