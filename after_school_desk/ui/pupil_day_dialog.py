"""今天的记录: one pupil's day in words — what was recorded, when, by whom, what was corrected —
and 更正 of one record with a reason (the class teacher on the day itself; afterwards, or once
the day is signed off, the duty leader or the principal)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import corrections
from after_school_desk.ui import storage_failure
from after_school_desk.ui.form_errors import error_label, reserve_space, show_error
from after_school_desk.ui.operations import Changed, publish

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PupilDayDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        pupil_id: str,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.day = day
        self.changed = False
        self.resize(760, 560)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget { font-size: 17px; }")
        self.list.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setProperty("role", "hint")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("更正理由（必填），如：点错了学生"))
        self.correct_button = QPushButton(self.tr("更正所选记录"))
        self.error = error_label()
        reserve_space(self.error)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.correct_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.rule)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.correct_button.clicked.connect(self.correct_selected)
        self.refresh()

    def refresh(self) -> None:
        record = corrections.day_record(self.ctx, self.pupil_id, self.day)
        self.record = record
        self.setWindowTitle(self.tr("今天的记录 — %1").replace("%1", str(record["name"])))
        self.heading.setText(f"{record['name']} · {record['class']} · {record['date']}")
        self.state.setText(self.tr("现在的状态：%1").replace("%1", str(record["state_label"])))
        self.list.clear()
        for e in record["events"]:
            self.list.addItem(self._item(e))
        if not record["events"]:
            self.list.addItem(self.tr("这一天还没有任何记录。"))
        problem = record["correction_problem"]
        self.rule.setText(
            problem or self.tr("点选一条记录，写明理由后更正。原记录不会删除，更正会记入修改记录。")
        )
        self._update_button()

    def _item(self, e: Mapping[str, Any]) -> QListWidgetItem:
        text = f"{e['at']}  {e['text']} — {e['who']}"
        if e["recorded_at"] != e["at"]:
            text += self.tr("（%1 录入）").replace("%1", e["recorded_at"])
        if not e["counts"]:
            text += self.tr("　［已更正：%1］").replace("%1", e["voided_reason"] or "—")
        item = QListWidgetItem(text)
        item.setData(EVENT_ID_ROLE, e["id"] if e["can_correct"] else None)
        item.setSizeHint(QSize(0, 48))
        if not e["counts"] or e["kind"] == "correction":
            font = QFont(item.font())
            font.setStrikeOut(not e["counts"])
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.darkGray)
        return item

    def selected_event(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(EVENT_ID_ROLE) if item is not None else None
        return str(value) if value else None

    def select_text(self, fragment: str) -> bool:
        for i in range(self.list.count()):
            if fragment in self.list.item(i).text():
                self.list.setCurrentRow(i)
                return True
        return False

    def _update_button(self) -> None:
        self.correct_button.setEnabled(self.selected_event() is not None)

    def correct_selected(self) -> bool:
        event_id = self.selected_event()
        if event_id is None:
            return False
        try:
            corrected = corrections.correct(self.ctx, event_id, self.reason.text())
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.error, exc.message)  # the reason typed stays in its field
            return False
        publish(Changed.day(str(corrected["date"])), self)
        show_error(self.error, "")
        self.reason.clear()
        self.changed = True
        self.refresh()
        return True


def open_pupil_day(
    page: QWidget,
    ctx: ServiceContext,
    pupil_id: str | None,
    day: date | None,
    done: Callable[[], None],
) -> PupilDayDialog | None:
    """Open 今天的记录 for the page's chosen pupil; ``done`` re-reads the page when it closes."""
    if pupil_id is None:
        return None
    dialog = PupilDayDialog(ctx, pupil_id, day, page)
    dialog.finished.connect(lambda _r: done())
    dialog.open()
    return dialog
