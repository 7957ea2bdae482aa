"""Open absence and late-pickup alerts: who to call (guardians and phones), the ready message to
read or send, and the 记录联系 dialog (who, how, reached or not, reason, note)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts, attendance, outbox
from after_school_desk.services.daily.answers import AlertView, ContactRecorded
from after_school_desk.ui import file_dialogs
from after_school_desk.ui.day_common import MessageBar, attempt, hhmm
from after_school_desk.ui.file_names import file_name
from after_school_desk.ui.form_errors import accept_when_done, error_label, reserve_space
from after_school_desk.ui.labels import label
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.undo_button import UndoButton

ALERT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ContactInput:
    adult_name: str
    method: str
    reached: bool
    reason: str
    note: str


class ContactDialog(QDialog):
    """记录联系: one contact attempt with a guardian about one alert."""

    def __init__(self, alert: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setWindowTitle(self.tr("记录联系 — %1").replace("%1", str(alert["name"])))
        self.setMinimumWidth(520)
        self.adult = QComboBox()
        self.adult.setEditable(True)
        for g in alert["guardians"]:
            self.adult.addItem(f"{g['name']}", g["name"])
        self.method = QComboBox()
        for key, text in attendance.CONTACT_METHODS.items():
            self.method.addItem(label(text), key)
        self.reached_button = QPushButton(self.tr("联系上了"))
        self.not_reached_button = QPushButton(self.tr("没联系上"))
        self.outcome = QButtonGroup(self)
        for button in (self.reached_button, self.not_reached_button):
            button.setCheckable(True)
            button.setMinimumHeight(52)
            self.outcome.addButton(button)
        self.reached_button.setChecked(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        for text in self.reason_choices(str(alert["kind"])):
            self.reason.addItem(text)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("可不填"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("保存"))
        ok.setProperty("primary", True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.error = error_label()
        reserve_space(self.error)
        self.submit: Callable[[ContactInput], object] | None = None

        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.reached_button)
        outcome_row.addWidget(self.not_reached_button)
        form = QFormLayout()
        form.addRow(self.tr("联系了谁"), self.adult)
        form.addRow(self.tr("方式"), self.method)
        form.addRow(self.tr("结果"), outcome_row)
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("备注"), self.note)
        layout = QVBoxLayout(self)
        head = QLabel(f"{label(alert['kind_label'])} · {alert['class']} {alert['name']}")
        head.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_accept(self) -> None:
        """保存: recorded at once; a refusal stays here with what was chosen and typed."""
        submit = self.submit
        if submit is None:
            self.accept()
        else:
            accept_when_done(self, self.error, lambda: submit(self.values()))

    def reason_choices(self, kind: str) -> list[str]:
        if kind == "absence":
            return [self.tr("生病"), self.tr("在家"), self.tr("家长已提前接走"),
                    self.tr("原因不明")]  # fmt: skip
        return [self.tr("家长在路上"), self.tr("委托他人来接"), self.tr("原因不明")]

    def values(self) -> ContactInput:
        return ContactInput(
            adult_name=self.adult.currentText().strip(),
            method=str(self.method.currentData()),
            reached=self.reached_button.isChecked(),
            reason=self.reason.currentText().strip(),
            note=self.note.text().strip(),
        )


class AlertPanel(QWidget):
    """The open alerts of one class (or the whole school), for one kind or both."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        kinds: set[str] | None = None,
        parent: QWidget | None = None,
        wide: bool = False,
    ) -> None:
        """``wide``: the list on the left and the selected alert beside it (a low, wide place
        such as the duty board's tab); otherwise one column."""
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = set(kinds or {"absence", "late_pickup"})
        self.class_id: str | None = None
        self.day: str | None = None
        self.rows: list[AlertView] = []
        self.contact_dialog: ContactDialog | None = None

        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setStyleSheet("QListWidget::item { min-height: 40px; }")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guardians = QLabel()
        self.guardians.setWordWrap(True)
        self.guardians.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guardians.setStyleSheet("font-size: 18px;")
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setMaximumHeight(84)
        self.contact_button = QPushButton(self.tr("记录联系…"))
        self.contact_button.setProperty("primary", True)
        self.queue_button = QPushButton(self.tr("消息放入发件箱"))
        self.export_button = QPushButton(self.tr("导出发件箱…"))
        self.bar = MessageBar()
        self.undo = UndoButton(ctx, self.bar)

        # two rows: the panel fits beside the class list on a 1024-pixel screen
        buttons = QGridLayout()
        buttons.addWidget(self.contact_button, 0, 0, 1, 2)
        buttons.addWidget(self.queue_button, 1, 0)
        buttons.addWidget(self.export_button, 1, 1)
        message_row = QHBoxLayout()
        message_row.addWidget(self.bar, 1)
        message_row.addWidget(self.undo)
        details = QVBoxLayout()
        details.addWidget(self.guardians)
        details.addWidget(self.message, 1)
        details.addLayout(buttons)
        details.addLayout(message_row)
        layout = QHBoxLayout(self) if wide else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 2)
        layout.addLayout(details, 2 if wide else 1)

        self.list.currentRowChanged.connect(self._show_current)
        self.contact_button.clicked.connect(self.open_contact)
        self.queue_button.clicked.connect(self.queue_messages)
        self.export_button.clicked.connect(self.export_messages)
        self.undo.undone.connect(self._undone)

    def set_scope(self, class_id: str | None, day: str | None = None) -> None:
        self.class_id = class_id or None
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        found = attempt(
            self.bar,
            lambda: alerts.alerts(self.ctx, self.day, open_only=True, class_id=self.class_id),
        )
        self.show_alerts(found or [])

    def show_whole_school(self, found: list[AlertView]) -> None:
        """The whole school's open alerts of today, read already by the page that holds the
        panel (the duty board reads the day once for all it shows)."""
        self.class_id = None
        self.day = None
        self.show_alerts(found)

    def show_alerts(self, found: list[AlertView]) -> None:
        keep = self.current_alert()
        self.rows = [a for a in found if a["kind"] in self.kinds]
        self.list.blockSignals(True)
        self.list.clear()
        for a in self.rows:
            tag = self.tr("（已上报带班领导）") if a["escalated"] else ""
            tries = len(a["contacts"])
            tried = self.tr("，已联系 %1 次未联系上").replace("%1", str(tries)) if tries else ""
            text = (
                f"{label(a['kind_label'])} · {a['class']} {a['name']} · "
                f"{hhmm(a['opened_at'])}{self.tr('起')}{tried}{tag}"
            )
            item = QListWidgetItem(text)
            item.setData(ALERT_ID_ROLE, a["id"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        wanted = next((i for i, a in enumerate(self.rows) if keep and a["id"] == keep["id"]), 0)
        self.list.setCurrentRow(wanted if self.rows else -1)
        self._show_current()

    def open_count(self) -> int:
        return len(self.rows)

    def current_alert(self) -> AlertView | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select_pupil(self, pupil_id: str) -> bool:
        for i, a in enumerate(self.rows):
            if a["pupil_id"] == pupil_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _show_current(self) -> None:
        a = self.current_alert()
        self.contact_button.setEnabled(a is not None)
        self.queue_button.setEnabled(bool(self.rows))
        if a is None:
            self.guardians.setText(self.tr("没有未处理的提醒。"))
            self.message.setPlainText("")
            return
        phones = "<br>".join(
            f"<b>{g['name']}</b>（{g['relation']}）&nbsp;&nbsp;<b>{g['phone'] or ''}</b>"
            for g in a["guardians"]
        )
        self.guardians.setText(phones or self.tr("没有登记监护人电话。"))
        self.message.setPlainText(str(a["message"]))

    def open_contact(self) -> ContactDialog | None:
        a = self.current_alert()
        if a is None:
            return None
        dialog = ContactDialog(a, self)
        dialog.submit = lambda values: self.record_contact(a, values)
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def record_contact(self, alert: Mapping[str, Any], values: ContactInput) -> ContactRecorded:
        """Record a contact, or raise the service's refusal (the dialog shows it)."""
        done = attendance.record_contact(
            self.ctx, str(alert["pupil_id"]), values.reached, alert["date"],
            method=values.method, reason=values.reason, note=values.note,
            adult_name=values.adult_name or None, alert_kind=str(alert["kind"]),
        )  # fmt: skip
        publish(Changed.day(str(alert["date"])), self)
        if values.reached:
            text = self.tr("已记录：联系上 %1，提醒关闭。")
        else:
            text = self.tr("已记录：未联系上 %1，提醒仍然开着。")
        text = text.replace("%1", values.adult_name)
        self.bar.show_ok(text)
        self.undo.offer(done["event_ids"], text)
        self.refresh()
        self.changed.emit()
        return done

    def _undone(self) -> None:
        self.refresh()
        self.changed.emit()

    def queue_messages(self) -> None:
        count = attempt(self.bar, lambda: outbox.queue_alert_messages(self.ctx, self.day))
        if count is not None:
            self.bar.show_ok(
                self.tr("发件箱新增 %1 条消息，可导出后用学校的消息平台发送。").replace(
                    "%1", str(count)
                )
            )

    def export_messages(self) -> None:
        day = self.day or self.ctx.clock.now().date().isoformat()
        path = file_dialogs.save_file(
            self,
            self.tr("导出发件箱"),
            file_name("发件箱", day, suffix=".csv"),
            self.tr("CSV 文件 (*.csv)"),
        )
        if not path:
            return
        count = attempt(self.bar, lambda: outbox.export_csv(self.ctx, path, self.day))
        if count is not None:
            self.bar.show_ok(self.tr("已导出 %1 条消息到 %2。").replace("%1", str(count))
                             .replace("%2", path))  # fmt: skip
