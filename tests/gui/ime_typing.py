"""Typing mixed text as a person does: ASCII as key presses, Chinese as an input method's commit
(QTest can only type ASCII keys), a line break as the Return key."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

_RUNS = re.compile(r"\n|[\x00-\x7f]+|[^\x00-\x7f]+")


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for run in _RUNS.findall(text):
        if run == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
