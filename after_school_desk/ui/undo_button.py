"""撤销: undo what the last tap recorded, offered for a few seconds beside the page's message.

The button keeps its place when it is not offered (nothing moves under a finger). Undoing
records corrections through ``corrections.revert``; nothing is deleted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import corrections
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.operations import Changed

OFFER_MS = 10_000


class UndoButton(QPushButton):
    """``offer(ids, what)`` after an action; a tap within OFFER_MS undoes it; ``undone``
    then fires so the page re-reads its list."""

    undone = Signal()

    def __init__(self, ctx: ServiceContext, bar: MessageBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.bar = bar
        self.event_ids: list[str] = []
        self.what = ""
        self.setText(self.tr("撤销"))
        self.setMinimumWidth(110)
        self.setStyleSheet("font-size: 18px; font-weight: bold;")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.withdraw)
        self.clicked.connect(self.undo)
        self.hide()

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def offer(self, event_ids: Sequence[str], what: str) -> None:
        self.event_ids = list(event_ids)
        self.what = what
        self.setVisible(bool(self.event_ids))
        self.timer.start(OFFER_MS)

    def withdraw(self) -> None:
        self.event_ids = []
        self.timer.stop()
        self.hide()

    def undo(self) -> bool:
        ids, what = self.event_ids, self.what
        self.withdraw()
        if not ids:
            return False
        ctx = self.ctx
        undone = attempt(
            self.bar,
            lambda: corrections.revert(ctx, ids),
            lambda views: Changed.days(str(v["date"]) for v in views),
        )
        if undone is None:
            self.undone.emit()
            return False
        self.bar.show_ok(self.tr("已撤销：%1").replace("%1", what))
        self.undone.emit()
        return True
