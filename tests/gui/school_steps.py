"""Hands and eyes for the whole-school GUI test (test_school_from_screens): taps, typing and
dropdowns as a person does them, two program windows (the office PC and the classroom PC) and
the school clock. Nothing here records anything except through the widgets."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget, QTableView, QWidget
from pytestqt.qtbot import QtBot

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.operations import Runner
from tests.gui.ime_typing import type_text

LEFT = Qt.MouseButton.LeftButton
W = TypeVar("W", bound=QWidget)


@dataclasses.dataclass
class Desk:
    qtbot: QtBot
    ctx: ServiceContext  # the set-up (system) context: assertions read through it
    clock: FixedClock

    # -- time ------------------------------------------------------------------------------

    def at(self, day: str, hhmm: str) -> None:
        """Move the school clock to ``day`` (YYYY-MM-DD) at ``hhmm``."""
        self.clock.set(datetime.fromisoformat(f"{day}T{hhmm}:00+08:00"))

    # -- hands -----------------------------------------------------------------------------

    def tap(self, widget: QWidget) -> None:
        self.qtbot.waitUntil(widget.isVisible)  # widgets added to a shown page appear next pass
        assert widget.isEnabled(), getattr(widget, "text", lambda: widget)()
        self.qtbot.mouseClick(widget, LEFT)
        self.settle(widget)

    def settle(self, widget: QWidget) -> None:
        """A person looks at what a page read beside the window (the duty board's day …)
        before the next tap: wait for the window's background readings to arrive."""
        window = widget.window()
        self.qtbot.waitUntil(
            lambda: not any(r.running() for r in window.findChildren(Runner)), timeout=10_000
        )

    def type(self, widget: QWidget, text: str) -> None:
        """ASCII as key presses, Chinese as an input method's commit."""
        self.qtbot.mouseClick(widget, LEFT)
        type_text(self.qtbot, widget, text)

    def choose(self, combo: QComboBox, text: str) -> None:
        """Tap the dropdown open, move to the item with the arrow keys and take it with Enter
        (the popup ignores a tap on an item for a moment after it opens)."""
        self.tap(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible)
        row = combo.findText(text)
        assert row >= 0, f"{text} is not in the dropdown"
        steps = row - view.currentIndex().row()
        for _ in range(abs(steps)):
            self.qtbot.keyClick(view, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
        self.qtbot.keyClick(view, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not view.isVisible())
        assert combo.currentText() == text

    def tap_row(self, table: QTableView, column: int, text: str) -> None:
        """Tap the row whose cell in ``column`` shows ``text``."""
        model = table.model()
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if index.data() == text:
                table.scrollTo(index)
                self.qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())
                return
        raise AssertionError(f"no row {text!r}")

    def tap_item(self, widget: QListWidget, fragment: str) -> None:
        for row in range(widget.count()):
            item = widget.item(row)
            if fragment in item.text():
                widget.scrollToItem(item)
                rect = widget.visualItemRect(item)
                self.qtbot.mouseClick(widget.viewport(), LEFT, pos=rect.center())
                assert widget.currentItem() is item
                return
        raise AssertionError(f"no item with {fragment!r}")

    def button(self, parent: QWidget, text: str) -> QAbstractButton:
        for b in parent.findChildren(QAbstractButton):
            if b.text() == text and b.isVisible():
                return b
        raise AssertionError(f"no button {text!r}")

    # -- windows ---------------------------------------------------------------------------

    def log_in(self, login: str, pin: str) -> ServiceContext:
        actor = users.log_in(self.ctx, login, pin)
        return dataclasses.replace(self.ctx, actor=actor)

    def window(self, login: str, pin: str) -> MainWindow:
        school = school_info(self.ctx)
        assert school is not None
        window = MainWindow(self.log_in(login, pin), school)
        self.qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def switch(self, window: MainWindow, login: str, pin: str) -> None:
        window.set_actor(users.log_in(self.ctx, login, pin))

    def open(self, window: MainWindow, key: str, kind: type[W]) -> W:
        """Tap the navigation button; a page already in view is left and shown again, so it
        re-reads the database like a person coming back to it."""
        if window.stack.currentWidget() is window.pages.get(key):
            other = next(k for k in window.nav_buttons if k != key)
            self.tap(window.nav_buttons[other])
        self.tap(window.nav_buttons[key])
        page = window.stack.currentWidget()
        assert isinstance(page, kind), (key, page)
        self.settle(page)
        return page


def by_name(rows: list[dict[str, Any]], key: str = "name") -> dict[str, dict[str, Any]]:
    return {str(r[key]): r for r in rows}
