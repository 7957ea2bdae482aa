"""签到: the class teacher's screen. One tap signs in everyone not yet marked; exceptions are
marked one by one (tap a pupil, then 缺席 or 请假); late arrivals are signed in by the search or
scan box (Enter on a single match) with their real time. Open absence alerts stay on screen.

Each record is published (``operations.Changed``), so the duty board and the overview hear it;
the page re-reads when shown and when another page's change concerns its day."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import pupils
from after_school_desk.ui.alert_panel import AlertPanel
from after_school_desk.ui.back_entry import BackEntry
from after_school_desk.ui.class_day_model import ClassDayFilter, ClassDayModel
from after_school_desk.ui.day_common import ClassPicker, MessageBar, attempt, no_class_text
from after_school_desk.ui.day_table import PupilTable, ScanBox
from after_school_desk.ui.form_errors import reserve_space
from after_school_desk.ui.operations import Changed, follow
from after_school_desk.ui.pupil_day_dialog import PupilDayDialog, open_pupil_day
from after_school_desk.ui.undo_button import UndoButton

BANNER_STYLE = (
    "QPushButton { background: #c0392b; color: white; font-size: 18px; font-weight: bold;"
    " border: none; border-radius: 6px; text-align: left; padding-left: 14px; }"
)


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SignInPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ClassDayModel()
        self.proxy = ClassDayFilter()
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("签到"))
        title.setProperty("role", "title")
        self.class_picker = ClassPicker(ctx)
        self.back_entry = BackEntry(ctx)
        self.summary = QLabel()
        self.summary.setProperty("role", "hint")
        self.scan = ScanBox(self.tr("扫学生卡，或输入姓名 / 拼音首字母，回车签到"))
        self.all_button = QPushButton(self.tr("全部到齐"))
        self.all_button.setProperty("primary", True)
        self.all_button.setMinimumHeight(52)
        self.all_button.setStyleSheet("font-size: 20px; padding: 4px 24px;")
        self.banner = QPushButton()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setMinimumHeight(48)
        reserve_space(self.banner, 1)  # shown or not, the list below stays where it is
        self.table = PupilTable(self.proxy, [100, 210, 100, 64, 150, 110])
        self.table.horizontalHeader().moveSection(1, 5)  # 学籍号 last: scanned, rarely read
        self.selected_label = QLabel()
        self.selected_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.selected_label.setFixedWidth(130)  # a long name must not move the buttons
        self.present_button = QPushButton(self.tr("到了"))
        self.absent_button = QPushButton(self.tr("缺席"))
        self.leave_button = QPushButton(self.tr("请假"))
        self.record_button = QPushButton(self.tr("记录…"))
        self.record_button.setToolTip(self.tr("这名学生今天的记录，可更正"))
        for button in (self.present_button, self.absent_button, self.leave_button):
            button.setFixedWidth(88)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("原因（可不填）"))
        self.leave_until = QDateEdit()
        self.leave_until.setCalendarPopup(True)
        self.leave_until.setDisplayFormat("yyyy-MM-dd")
        self.bar = MessageBar()
        self.undo = UndoButton(ctx, self.bar)
        self.alerts = AlertPanel(ctx, {"absence"})
        self.hint = QLabel(
            self.tr("点“全部到齐”签到全班，再点没来的学生改为“缺席”或“请假”（先标记也可以）。")
        )
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.class_picker)
        top.addWidget(self.summary, 1)
        top.addWidget(self.back_entry)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.all_button)
        actions = QHBoxLayout()
        actions.addWidget(self.selected_label)
        actions.addWidget(self.present_button)
        actions.addWidget(self.absent_button)
        actions.addWidget(self.leave_button)
        actions.addStretch(1)
        actions.addWidget(self.record_button)
        details = QHBoxLayout()
        details.addWidget(self.reason, 1)
        details.addWidget(QLabel(self.tr("请假到")))
        details.addWidget(self.leave_until)
        message_row = QHBoxLayout()
        message_row.addWidget(self.bar, 1)
        message_row.addWidget(self.undo)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(scan_row)
        column.addWidget(self.hint)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        column.addLayout(details)
        column.addLayout(message_row)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        alerts_title = QLabel(self.tr("缺席提醒"))
        alerts_title.setStyleSheet("font-size: 18px; font-weight: bold;")
        side.addWidget(alerts_title)
        side.addWidget(self.alerts, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 320])  # the class list first; alerts beside it
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.class_picker.class_chosen.connect(lambda _c: self.refresh())
        self.back_entry.changed.connect(self.refresh)
        self.scan.textChanged.connect(self.proxy.set_query)
        self.scan.returnPressed.connect(self.scan_entered)
        self.all_button.clicked.connect(self.sign_in_rest)
        self.banner.clicked.connect(self._focus_alerts)
        self.table.pupil_chosen.connect(lambda _p: self._update_actions())
        self.present_button.clicked.connect(self.mark_present)
        self.absent_button.clicked.connect(self.mark_absent)
        self.leave_button.clicked.connect(self.mark_leave)
        self.record_button.clicked.connect(self.open_record)
        self.undo.undone.connect(self.refresh)
        self.alerts.changed.connect(self.refresh)
        self.refresh()
        self.follower = follow(self, self.concerns, self.refresh, on_show=True, fresh=True)

    # -- reading -----------------------------------------------------------------------------

    def class_id(self) -> str:
        return self.class_picker.class_id()

    def day(self) -> date:
        """The day shown: today, or the earlier day being entered."""
        return self.back_entry.day() or self.ctx.clock.now().date()

    def concerns(self, changes: Changed) -> bool:
        return changes.pupils or changes.calendar or changes.touches_day(self.day())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # re-read by the follower, at every showing
        self.scan.setFocus()

    def refresh(self) -> None:
        """Re-read the class's day from the service (the UI keeps no state of its own)."""
        keep = self.table.current_pupil_id()
        class_id = self.class_id()
        if not class_id:
            self.model.set_rows([])
            self.bar.show_error(no_class_text())
            self._set_enabled(False)
            return
        day = self.back_entry.day()
        rows = attempt(self.bar, lambda: attendance.class_day(self.ctx, class_id, day))
        self.model.set_rows(rows or [])
        self.table.select_pupil(keep)
        self.alerts.set_scope(class_id, day.isoformat() if day else None)
        self._update_summary()
        self._update_actions()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.scan, self.all_button, self.table, self.alerts):
            w.setEnabled(on)

    def _update_summary(self) -> None:
        counts = Counter(r["state"] for r in self.model.rows())
        total = self.model.rowCount()
        here = sum(counts[s] for s in ("present", "handed_over", "self_leave", "extended_care"))
        self.summary.setText(
            self.tr("应到 %1 · 已到 %2 · 请假 %3 · 缺席 %4 · 未到 %5")
            .replace("%1", str(total)).replace("%2", str(here))
            .replace("%3", str(counts["leave"])).replace("%4", str(counts["absent"]))
            .replace("%5", str(counts["not_arrived"]))
        )  # fmt: skip
        rest = counts["not_arrived"]
        self.all_button.setText(
            self.tr("全部到齐（其余 %1 人）").replace("%1", str(rest))
            if rest
            else self.tr("全部到齐")
        )
        self.all_button.setEnabled(rest > 0)
        open_count = self.alerts.open_count()
        self.banner.setVisible(open_count > 0)
        self.banner.setText(
            self.tr("⚠ %1 名学生缺席，尚未联系上家长 — 点这里处理").replace("%1", str(open_count))
        )

    def selected(self) -> dict[str, Any] | None:
        pupil_id = self.table.current_pupil_id()
        return self.model.find(pupil_id) if pupil_id else None

    def _update_actions(self) -> None:
        row = self.selected()
        state = row["state"] if row else None
        name = str(row["name"]) if row else self.tr("（先点选学生）")
        metrics = self.selected_label.fontMetrics()
        self.selected_label.setText(
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.selected_label.width())
        )
        self.selected_label.setToolTip(name)
        # after 全部到齐 a pupil who is not there is still marked 缺席 or 请假; a wrong 请假 or
        # 缺席 is changed by tapping what is right
        self.present_button.setEnabled(state in ("not_arrived", "absent", "leave"))
        self.absent_button.setEnabled(state in ("not_arrived", "present", "leave"))
        self.leave_button.setEnabled(state in ("not_arrived", "present", "absent"))
        self.record_button.setEnabled(row is not None)
        today = self.ctx.clock.now().date()
        if as_date(self.leave_until.date()) < today:
            self.leave_until.setDate(QDate(today.year, today.month, today.day))
        self.leave_until.setMinimumDate(QDate(today.year, today.month, today.day))

    def _focus_alerts(self) -> None:
        self.alerts.list.setFocus()

    # -- actions -----------------------------------------------------------------------------

    def _after(self, result: Mapping[str, Any] | None, message: str) -> bool:
        if result is not None:
            self.bar.show_ok(message)
            self.undo.offer(result.get("event_ids") or [], message)
        self.refresh()
        self.scan.setFocus()
        return result is not None

    def open_record(self) -> PupilDayDialog | None:
        pupil_id = self.table.current_pupil_id()
        return open_pupil_day(self, self.ctx, pupil_id, self.back_entry.day(), self.refresh)

    def sign_in_rest(self) -> None:
        class_id = self.class_id()
        at = self.back_entry.at()
        result = attempt(
            self.bar,
            lambda: attendance.sign_in_all(self.ctx, class_id, at.date() if at else None, at=at),
            Changed.day(self.day()),
        )
        count = result["count"] if result else 0
        self._after(result, self.tr("已签到 %1 人。").replace("%1", str(count)))

    def sign_in(self, pupil_key: str) -> bool:
        at = self.back_entry.at()
        result = attempt(
            self.bar,
            lambda: attendance.sign_in(self.ctx, pupil_key, at),
            Changed.day(self.day()),
        )
        message = ""
        if result is not None:
            time = str(result["signed_in_at"])[11:16]
            message = self.tr("%1 已签到（%2）。").replace("%1", str(result["name"]))
            message = message.replace("%2", time)
        ok = self._after(result, message)
        if result is None:
            self.scan.selectAll()  # the next scan replaces what was refused
        else:
            self.scan.clear()
            self.table.select_pupil(str(result["id"]))
        return ok

    def scan_entered(self) -> None:
        """Enter in the search box: a scanned 学籍号, or the single pupil left in the list."""
        text = self.scan.text().strip()
        if not text:
            return
        row = self.model.by_scan(self.ctx, text, self.class_picker.class_id())
        if row is None:
            ids = self.proxy.pupil_ids()
            if len(ids) == 1:
                row = self.model.find(ids[0])
            elif len(ids) > 1:
                self.bar.show_error(
                    self.tr("有 %1 名学生符合“%2”，请再多输入几个字，或直接点选。")
                    .replace("%1", str(len(ids))).replace("%2", text)
                )  # fmt: skip
                return
        if row is None and self._not_enrolled(text):
            return
        # Not in this class's list: let the service say why (another class, not enrolled …).
        self.sign_in(str(row["id"]) if row else text)

    def _not_enrolled(self, text: str) -> bool:
        """A pupil of the class found by name who is not enrolled that day: say so, and what
        to do about it."""
        name = self.class_picker.currentText()
        found = attempt(self.bar, lambda: pupils.list_pupils(self.ctx, name, text)) or []
        if len(found) != 1:
            return False
        self.bar.show_error(
            self.tr(
                "%1 没有参加课后服务（未报名、未核准或已退出），不能签到。"
                "如家长要求参加，请在“报名”页为其登记申请，学校核准后即可签到。"
            ).replace("%1", str(found[0]["name"]))
        )
        self.scan.selectAll()
        return True

    def mark_present(self) -> None:
        row = self.selected()
        if row:
            self.sign_in(str(row["id"]))

    def mark_absent(self) -> None:
        row = self.selected()
        if not row:
            return
        reason = self.reason.text()
        result = attempt(
            self.bar,
            lambda: attendance.mark_absent(
                self.ctx, str(row["id"]), self.back_entry.day(), reason=reason
            ),
            Changed.day(self.day()),
        )
        if self._after(result, self.tr("%1 记为缺席，请联系家长。").replace("%1", row["name"])):
            self.reason.clear()
            self.alerts.select_pupil(str(row["id"]))

    def mark_leave(self) -> None:
        row = self.selected()
        if not row:
            return
        today = self.back_entry.day() or self.ctx.clock.now().date()
        until = as_date(self.leave_until.date())
        reason = self.reason.text()
        result = attempt(
            self.bar,
            lambda: attendance.record_leave(
                self.ctx, str(row["id"]), today, max(until, today), reason=reason
            ),
            lambda done: Changed.days([today, *done["days"]]),
        )
        days = len(result["days"]) if result else 0
        if self._after(
            result,
            self.tr("%1 请假已登记（%2 个服务日）。").replace("%1", row["name"])
            .replace("%2", str(days)),
        ):  # fmt: skip
            self.reason.clear()
