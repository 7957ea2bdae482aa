"""This PC's Syncthing while the program runs (the 同步 page's 随程序启动 Syncthing,
docs/several-pcs.md): started off the GUI thread when the main window opens, stopped when it
closes. While it runs the main window's automatic sync comes every ``LAN_SYNC_MS`` instead of
every minute, so what Syncthing brought is taken in within seconds.

One ``LanRunner`` per open file; the 同步 page finds the main window's with ``of(path)``."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.pcs import lan_settings, lan_sync, sync
from after_school_desk.ui.operations import Access, Runner
from after_school_desk.ui.sync_auto import AUTO_SYNC_MS, LAN_SYNC_MS, AutoSync

log = logging.getLogger("after_school_desk.ui.lan_runner")

_RUNNERS: weakref.WeakValueDictionary[str, LanRunner] = weakref.WeakValueDictionary()


def of(path: Path) -> LanRunner | None:
    """The runner of the open file at ``path`` (the main window's), if there is one."""
    return _RUNNERS.get(str(path))


def _halt(node: lan_sync.Node) -> None:
    try:
        lan_settings.stop(node)
    except AppError as exc:  # its settings file gone: end the process itself
        log.warning("syncthing did not stop cleanly: %s", exc.message)
        if node.process is not None:
            node.process.kill()
            node.process.wait(timeout=15)
            node.process = None


class LanRunner(QObject):
    """Runs this PC's Syncthing for the sync folder; ``changed`` after it started, failed to
    start (``error`` says why) or stopped. ``auto_sync``: the automatic sync to quicken while
    Syncthing runs."""

    changed = Signal()

    def __init__(
        self,
        ctx_of: Callable[[], ServiceContext],
        owner: QWidget,
        auto_sync: AutoSync | None = None,
    ) -> None:
        super().__init__(owner)
        self.ctx_of = ctx_of
        self.auto_sync = auto_sync
        self.node: lan_sync.Node | None = None
        self.error = ""
        self._starting: lan_sync.Node | None = None
        self._wanted = False
        self.runner = Runner(owner, self._say, storage_alarm=False)
        self.runner.failed.connect(self._failed)
        _RUNNERS[str(ctx_of().store.path)] = self

    def running(self) -> bool:
        node = self.node
        return node is not None and node.process is not None and node.process.poll() is None

    def starting(self) -> bool:
        return self.runner.running()

    def start_if_enabled(self) -> bool:
        """Start when 随程序启动 Syncthing is ticked and a sync folder is set."""
        return lan_settings.lan_enabled(self.ctx_of()) and self.start()

    def start(self) -> bool:
        """Start Syncthing beside the GUI (nothing without it or without a sync folder); True
        when it runs or is being started."""
        ctx = self.ctx_of()
        if not lan_sync.available() or sync.folder_of(ctx) is None:
            return False
        self._wanted = True
        if self.running() or self.starting():
            return True
        self.error = ""
        node = lan_sync.node_of(ctx)
        self._starting = node
        self.runner.start(
            ctx,
            lambda c, _p: lan_settings.start(c, node),
            access=Access.BESIDE,
            on_done=self._started,
        )
        self.changed.emit()
        return True

    def stop(self) -> None:
        """Stop Syncthing (waits for a start under way; a few seconds at most)."""
        self._wanted = False
        self.runner.wait()
        for node in {id(n): n for n in (self.node, self._starting) if n is not None}.values():
            _halt(node)
        self.node = self._starting = None
        self._quicken()
        self.changed.emit()

    def _started(self, node: lan_sync.Node) -> None:
        self._starting = None
        if not self._wanted:  # stopped while it started
            _halt(node)
            return
        self.node = node
        self._quicken()
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.error = text

    @Slot(object)
    def _failed(self, _exc: object) -> None:
        node, self._starting = self._starting, None
        if node is not None and node.process is not None:
            _halt(node)  # it ran, but could not be set up
        self.changed.emit()

    def _quicken(self) -> None:
        auto = self.auto_sync
        if auto is None:
            return
        auto.interval_ms = LAN_SYNC_MS if self.running() else AUTO_SYNC_MS
        if auto.timer.isActive() and auto.timer.remainingTime() > auto.interval_ms:
            auto.timer.start(auto.interval_ms)
