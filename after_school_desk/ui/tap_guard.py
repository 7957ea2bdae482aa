"""A second tap on the same spot within a moment does nothing.

On a classroom touch screen a finger often lands twice: a double tap 150–800 ms apart, or a
bounce. After an action the page changes under the finger (the next pupil's buttons appear
where the last one's were), so the second landing would record a second action. The guard,
an application-wide event filter, swallows a press on any push button that comes within
``INTERVAL_MS`` of an accepted press and within ``RADIUS`` pixels of it — whichever widget
is there now — together with its release, so the button never clicks.

Buttons meant to be tapped repeatedly (the PIN keypad) set the property ``repeatTaps``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton

INTERVAL_MS = 1000
RADIUS = 60

_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


def _monotonic_ms() -> Callable[[], int]:
    timer = QElapsedTimer()
    timer.start()
    return timer.elapsed


class TapGuard(QObject):
    def __init__(self, clock: Callable[[], int] | None = None) -> None:
        super().__init__()
        self.clock = clock or _monotonic_ms()
        self.last_at: int | None = None
        self.last_pos = QPoint()
        self.swallowing: QObject | None = None
        self.ignored = 0

    def reset(self) -> None:
        self.last_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # every event of the program passes here: the cheap tests first (a page being built
        # sends thousands of style and font events, none of them to a button's press)
        if watched is self.swallowing and event.type() == QEvent.Type.MouseButtonRelease:
            self.swallowing = None
            return True
        if not isinstance(watched, QPushButton) or not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind not in _PRESSES:
            return False
        if watched.property("repeatTaps"):
            return False
        now = self.clock()
        pos = event.globalPosition().toPoint()
        if (
            self.last_at is not None
            and now - self.last_at < INTERVAL_MS
            and (pos - self.last_pos).manhattanLength() <= RADIUS
        ):
            self.swallowing = watched
            self.ignored += 1
            return True
        if kind == QEvent.Type.MouseButtonPress:
            self.last_at = now
            self.last_pos = pos
        return False


_installed: TapGuard | None = None


def install(app: QApplication | None = None, clock: Callable[[], int] | None = None) -> TapGuard:
    """Install the guard on the application once (again with ``clock``: tests set the time)."""
    global _installed
    target = app or QApplication.instance()
    assert isinstance(target, QApplication)
    if _installed is not None:
        target.removeEventFilter(_installed)
    _installed = TapGuard(clock)
    target.installEventFilter(_installed)
    return _installed


def current() -> TapGuard | None:
    return _installed
