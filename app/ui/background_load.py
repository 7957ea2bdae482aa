"""Loading a page's data off the GUI thread (a month of a 3,000-pupil school takes seconds).

The page asks ``start(job)``; a newer request cancels the running one and starts once it has
stopped, so only the latest month's data ever arrives. Workers are kept alive until their thread
ends even if the page goes away (a QThread destroyed while running aborts the program).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.ui.workers import ProgressFn, ServiceWorker

Job = Callable[[ProgressFn], Any]
_LIVE: set[ServiceWorker] = set()


class BackgroundLoad(QObject):
    loaded = Signal(object)
    failed = Signal(object)  # the exception
    busy = Signal(bool)
    progressed = Signal(int)  # 0–100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: ServiceWorker | None = None
        self._pending: Job | None = None

    def running(self) -> bool:
        return self.worker is not None

    def start(self, job: Job) -> None:
        if self.worker is not None:
            self._pending = job
            self.worker.cancel()
            return
        worker = ServiceWorker(job)
        self.worker = worker
        _LIVE.add(worker)
        worker.finished.connect(lambda w=worker: _release(w))  # even when the page is gone
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self.busy.emit(True)
        worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done * 100 // max(total, 1))

    def _succeeded(self, result: object) -> None:
        if self._pending is None:
            self.loaded.emit(result)

    def _failed(self, exc: object) -> None:
        if self._pending is None:
            self.failed.emit(exc)

    def _finished(self) -> None:
        if self.sender() is not self.worker:
            return
        self.worker = None
        pending, self._pending = self._pending, None
        if pending is not None:
            self.start(pending)
        else:
            self.busy.emit(False)


def _release(worker: ServiceWorker) -> None:
    worker.wait()
    _LIVE.discard(worker)
    worker.deleteLater()


def error_lines(exc: object) -> list[str]:
    """A refusal's own lines (AppError), else its text."""
    lines = getattr(exc, "lines", None)
    return list(lines()) if callable(lines) else [str(exc)]
