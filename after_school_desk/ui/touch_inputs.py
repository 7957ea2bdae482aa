"""Inputs that open on a tap anywhere, not only on their small arrow; dropdown lists with rows
a finger can hit (44 px, from the stylesheet).

A finger aims at the middle of a field. An editable dropdown (the log-in name, the adult who
was called) opens its list when its text is tapped, and a date field with a calendar opens the
calendar, so nobody has to hit a 20-pixel arrow or type a date on a touch screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QStyledItemDelegate,
)

_installed: TouchInputs | None = None


class TouchInputs(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # every event of the program passes here: the widget's kind first, the cheaper test
        if isinstance(watched, QComboBox):
            # the default menu delegate ignores the stylesheet: rows would be 27 px high
            if event.type() == QEvent.Type.Polish and not isinstance(
                watched.itemDelegate(), QStyledItemDelegate
            ):
                watched.setItemDelegate(QStyledItemDelegate(watched))
            return False
        if not isinstance(watched, QLineEdit) or event.type() != QEvent.Type.MouseButtonRelease:
            return False
        owner = watched.parent()
        if isinstance(owner, QComboBox) and owner.isEditable() and owner.count() > 0:
            if owner.isEnabled():
                owner.showPopup()
        elif isinstance(owner, QDateTimeEdit) and owner.calendarPopup() and owner.isEnabled():
            # as if the arrow at the field's right end had been pressed: the calendar opens
            arrow = QPointF(owner.width() - 6, owner.height() / 2)
            press = QMouseEvent(
                QEvent.Type.MouseButtonPress, arrow, owner.mapToGlobal(arrow),
                Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )  # fmt: skip
            QApplication.sendEvent(owner, press)
        return False


def install(app: QApplication) -> TouchInputs:
    global _installed
    if _installed is None:
        _installed = TouchInputs()
        app.installEventFilter(_installed)
    return _installed
