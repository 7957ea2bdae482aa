"""Keeping the main database file current while the program is open.

In WAL mode a commit lands in the -wal file; SQLite copies it into the main file only now and
then. After each burst of activity (writes, then a few quiet seconds) a PASSIVE checkpoint
brings the main file up to date, so a lost or deleted -wal file costs at most the last burst.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import storage
from after_school_desk.ui import operations

IDLE_MS = 3000


class CheckpointTimer(QObject):
    """Every ``IDLE_MS``: when there were commits before the last tick and none since, a
    PASSIVE checkpoint."""

    def __init__(
        self, ctx: ServiceContext, parent: QObject | None = None, interval_ms: int = IDLE_MS
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._seen = storage.commits(ctx)
        self._pending = False
        self.checkpoints = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        count = storage.commits(self.ctx)
        if count != self._seen:  # still busy: wait for a quiet interval
            self._seen = count
            self._pending = True
            return
        if operations.exclusive_running() or QApplication.activeModalWidget() is not None:
            return  # an operation may be using the connection behind a dialog: later
        if self._pending and not self.ctx.store.conn.in_transaction:
            self._pending = False
            storage.checkpoint(self.ctx)
            self.checkpoints += 1

    def stop(self) -> None:
        self.timer.stop()
