"""Locking the session after a while without input (shared classroom PCs).

An event filter on the whole application restarts a single-shot timer on every mouse, key,
wheel or touch event; when the timer runs out the ``on_idle`` callback (the main window's
``lock``) runs. The idle time is kept in the GUI's QSettings file, like the interface language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QInputEvent

from after_school_desk.ui import i18n

DEFAULT_IDLE_MINUTES = 5
MAX_IDLE_MINUTES = 120
_KEY = "security/idle_lock_minutes"

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


def saved_idle_minutes() -> int:
    value = i18n.settings().value(_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return minutes if 1 <= minutes <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


def save_idle_minutes(minutes: int) -> None:
    if not 1 <= minutes <= MAX_IDLE_MINUTES:
        raise ValueError(minutes)
    store = i18n.settings()
    store.setValue(_KEY, minutes)
    store.sync()


class IdleLock(QObject):
    """Calls ``on_idle`` after ``interval_ms`` without user input anywhere in the program."""

    def __init__(
        self, on_idle: Callable[[], None], interval_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self._locking = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._timed_out)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @classmethod
    def from_settings(cls, on_idle: Callable[[], None], parent: QObject | None = None) -> IdleLock:
        return cls(on_idle, saved_idle_minutes() * 60_000, parent)

    def interval_ms(self) -> int:
        return self.timer.interval()

    def set_interval_ms(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if not self._locking:
            self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # every event of the program passes here: input events only (mouse, key, wheel, touch,
        # tablet are all QInputEvent) are worth asking their type
        if not isinstance(event, QInputEvent):
            return False
        if event.type() in INPUT_EVENTS and not self._locking:
            self.timer.start()  # restarts the countdown
        return False

    def _timed_out(self) -> None:
        if self._locking:
            return
        self._locking = True
        try:
            self._on_idle()  # usually modal: returns once someone has logged in again
        finally:
            self._locking = False
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
