"""Answering a modal dialog the way a person does, while the code under test waits in exec().

``answer_modal(act)`` queues ``act(dialog)`` to run as soon as a modal dialog is up; ``act``
clicks or types in it. Should ``act`` fail, the dialog is rejected so the test cannot hang, and
the failure is raised again by ``check()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class ModalAnswer:
    def __init__(self, act: Callable[[QWidget], None]) -> None:
        self.act = act
        self.seen: QWidget | None = None
        self.error: BaseException | None = None
        self._tries = 0
        QTimer.singleShot(0, self._try)

    def _try(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            self._tries += 1
            if self._tries < 200:
                QTimer.singleShot(10, self._try)
            return
        self.seen = dialog
        try:
            self.act(dialog)
        except BaseException as exc:  # re-raised by check()
            self.error = exc
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    def check(self) -> QWidget:
        if self.error is not None:
            raise self.error
        assert self.seen is not None, "no modal dialog came up"
        return self.seen


def answer_modal(act: Callable[[QWidget], None]) -> ModalAnswer:
    return ModalAnswer(act)
