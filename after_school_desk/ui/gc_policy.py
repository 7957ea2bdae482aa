"""Python's cyclic garbage collector runs on the GUI thread only.

A collection that starts inside a worker thread (a report, a backup) may free Qt objects that
belong to the GUI thread — a closed dialog caught in a reference cycle — and Qt crashes when
a widget is destroyed from another thread. So automatic collection is switched off and a timer
on the GUI thread collects with the same generation thresholds instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> None:
    """Collect the generations whose counts passed their thresholds (as automatic GC would)."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


class GuiThreadCollector(QObject):
    """Owns the timer; create it once on the GUI thread, after the QApplication."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(interval_ms)
