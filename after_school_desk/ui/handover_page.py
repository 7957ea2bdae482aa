"""放学交接: pupils still at school; choosing a pupil shows one large button per adult who may
collect the pupil, so one tap hands the pupil over. Scanning a pupil card chooses the pupil (the
teacher then checks the face against the adults shown). 自行离校 only with a permission on
file; 延时托管; an adult not on the list needs the duty leader (override dialog).

Each way out is published (``operations.Changed``); the page re-reads when shown (the first in
line chosen) and when another page's change concerns its day (the chosen pupil kept)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.daily.answers import Recorded
from after_school_desk.ui.alert_panel import AlertPanel
from after_school_desk.ui.back_entry import BackEntry
from after_school_desk.ui.class_day_model import ClassDayFilter, ClassDayModel
from after_school_desk.ui.day_common import ClassPicker, MessageBar, attempt, hhmm, no_class_text
from after_school_desk.ui.day_table import PupilTable, ScanBox
from after_school_desk.ui.form_dialog import FormDialog
from after_school_desk.ui.form_errors import reserve_space
from after_school_desk.ui.labels import label
from after_school_desk.ui.operations import Changed, follow, publish
from after_school_desk.ui.pupil_day_dialog import PupilDayDialog, open_pupil_day
from after_school_desk.ui.undo_button import UndoButton

STILL_HERE = {"present", "extended_care"}
PHOTO = 56


def photo_placeholder(name: str) -> QIcon:
    """A round grey badge with the adult's surname, where a photo will go."""
    pixmap = QPixmap(PHOTO, PHOTO)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#9fb1c5"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, PHOTO, PHOTO)
    font = QFont()
    font.setPixelSize(26)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, name[:1])
    painter.end()
    return QIcon(pixmap)


class AdultButton(QPushButton):
    def __init__(self, adult: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(f"{adult['name']}\n{adult['relation']}", parent)
        self.adult = adult
        self.setIcon(photo_placeholder(str(adult["name"])))
        self.setIconSize(QSize(PHOTO, PHOTO))
        self.setMinimumHeight(80)
        self.setStyleSheet(
            "QPushButton { font-size: 20px; font-weight: bold; text-align: left; padding: 6px 14px;"
            " background: #e6f0fb; border: 2px solid #1f5fa8; }"
            "QPushButton:pressed { background: #cfe0f5; }"
        )


class OverrideDialog(FormDialog):
    """The duty leader lets the pupil go with an adult who is not on the list. A refused entry
    keeps what was typed and shows each message under its field."""

    def __init__(
        self,
        pupil: dict[str, Any],
        hand_over: Callable[[attendance.Override], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("名单外的人接走 — %1").replace("%1", str(pupil["name"])), parent)
        self.hand_over = hand_over
        self.name = QLineEdit()
        self.relation = QLineEdit()
        self.phone = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：家长电话委托，已核实身份"))
        listed = "、".join(
            f"{a['name']}（{a['relation']}）" for a in pupil["adults"] if a["can_pickup"]
        )
        note = QLabel(
            self.tr("名单上的接送人：%1。放行名单外的人须写明理由，记录会永久保存。")
            .replace("%1", listed or self.tr("无"))
        )  # fmt: skip
        note.setWordWrap(True)
        self.form.addRow(note)
        self.add_field("name", self.tr("姓名"), self.name)
        self.add_field("relation", self.tr("与学生的关系"), self.relation)
        self.add_field("phone", self.tr("电话"), self.phone)
        self.add_field("reason", self.tr("放行理由"), self.reason)
        self.save_button.setText(self.tr("放行并记录"))

    def values(self) -> attendance.Override:
        return attendance.Override(
            self.name.text(), self.relation.text(), self.phone.text(), self.reason.text()
        )

    def submit(self) -> None:
        self.hand_over(self.values())


class HandoverPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ClassDayModel()
        self.proxy = ClassDayFilter(STILL_HERE)
        self.proxy.setSourceModel(self.model)
        self.adult_buttons: list[AdultButton] = []
        self.override_dialog: OverrideDialog | None = None

        title = QLabel(self.tr("放学交接"))
        title.setProperty("role", "title")
        self.class_picker = ClassPicker(ctx)
        self.back_entry = BackEntry(ctx)
        self.summary = QLabel()
        self.summary.setProperty("role", "hint")
        self.scan = ScanBox(self.tr("扫接送卡（学籍号），或输入姓名 / 拼音首字母"))
        self.table = PupilTable(self.proxy, [110, 0, 110, 0, 0, 60])
        for hidden in (1, 3, 4):
            self.table.setColumnHidden(hidden, True)
        self.queue_label = QLabel()
        self.queue_label.setProperty("role", "hint")

        self.pupil_name = QLabel()
        self.pupil_name.setStyleSheet("font-size: 26px; font-weight: bold;")
        self.pupil_name.setFixedHeight(40)
        self.pupil_info = QLabel()
        self.pupil_info.setProperty("role", "hint")
        self.pupil_info.setWordWrap(True)
        reserve_space(self.pupil_info, 2)
        self.pupil_info.setMaximumHeight(self.pupil_info.minimumHeight())
        self.adults_title = QLabel(self.tr("点接走学生的人（请核对本人）："))
        reserve_space(self.adults_title, 1)
        self.adults_box = QWidget()
        self.adults_grid = QGridLayout(self.adults_box)
        self.adults_grid.setContentsMargins(0, 0, 0, 0)
        # room for two rows of adults whoever is chosen: the buttons below never move
        self.adults_box.setMinimumHeight(2 * 80 + self.adults_grid.spacing())
        self.self_button = QPushButton(self.tr("自行离校"))
        self.extended_button = QPushButton(self.tr("转入延时托管"))
        self.override_button = QPushButton(self.tr("名单外的人…"))
        self.record_button = QPushButton(self.tr("记录…"))
        for button in (
            self.self_button,
            self.extended_button,
            self.override_button,
            self.record_button,
        ):
            reserve_space(button, 1)
            button.setMinimumHeight(48)  # fmt: skip
        self.bar = MessageBar()
        self.undo = UndoButton(ctx, self.bar)
        self.alerts = AlertPanel(ctx, {"late_pickup"})
        self.alerts_title = QLabel()
        self.alerts_title.setStyleSheet("font-size: 18px; font-weight: bold; color: #a3231a;")

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.scan)
        column.addWidget(self.queue_label)
        column.addWidget(self.table, 1)
        right = QWidget()
        card = QVBoxLayout(right)
        card.setContentsMargins(0, 0, 0, 0)
        card.addWidget(self.pupil_name)
        card.addWidget(self.pupil_info)
        card.addWidget(self.adults_title)
        card.addWidget(self.adults_box)
        ways = QHBoxLayout()
        ways.addWidget(self.self_button)
        ways.addWidget(self.extended_button)
        ways.addWidget(self.override_button)
        ways.addWidget(self.record_button)
        card.addLayout(ways)
        message_row = QHBoxLayout()
        message_row.addWidget(self.bar, 1)
        message_row.addWidget(self.undo)
        card.addLayout(message_row)
        card.addWidget(self.alerts_title)
        card.addWidget(self.alerts, 1)
        card.addStretch(0)
        self.card_layout = card
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([430, 700])
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.class_picker)
        top.addWidget(self.summary, 1)
        top.addWidget(self.back_entry)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.class_picker.class_chosen.connect(lambda _c: self.refresh(first_in_line=True))
        self.back_entry.changed.connect(self.refresh)
        self.scan.textChanged.connect(self.proxy.set_query)
        self.scan.returnPressed.connect(self.scan_entered)
        self.table.pupil_chosen.connect(lambda _p: self._show_pupil())
        self.self_button.clicked.connect(self.self_leave)
        self.extended_button.clicked.connect(self.to_extended_care)
        self.override_button.clicked.connect(self.open_override)
        self.record_button.clicked.connect(self.open_record)
        self.undo.undone.connect(self.refresh)
        self.alerts.changed.connect(self.refresh)
        self.refresh(first_in_line=True)
        self.follower = follow(
            self, self.concerns, self.refresh, on_show=lambda: self.refresh(first_in_line=True)
        )

    # -- reading -----------------------------------------------------------------------------

    def day(self) -> date:
        """The day shown: today, or the earlier day being entered."""
        return self.back_entry.day() or self.ctx.clock.now().date()

    def concerns(self, changes: Changed) -> bool:
        return changes.pupils or changes.calendar or changes.touches_day(self.day())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # re-read by the follower, at every showing
        self.scan.setFocus()

    def refresh(self, first_in_line: bool = False) -> None:
        """Re-read the class's day and keep the chosen pupil if still here. The first in line is
        chosen only when the page opens or the class changes — never right after a handover, so
        that a double tap cannot hand over the next pupil too."""
        keep = self.table.current_pupil_id()
        class_id = self.class_picker.class_id()
        if not class_id:
            self.model.set_rows([])
            self.bar.show_error(no_class_text())
            self._show_pupil()
            return
        day = self.back_entry.day()
        rows = attempt(self.bar, lambda: attendance.class_day(self.ctx, class_id, day))
        self.model.set_rows(rows or [])
        if not self.table.select_pupil(keep) and first_in_line:
            ids = self.proxy.pupil_ids()
            self.table.select_pupil(ids[0] if ids else None)
        self.alerts.set_scope(class_id, day.isoformat() if day else None)
        count = self.alerts.open_count()
        self.alerts_title.setText(
            self.tr("⚠ 延迟接走 %1 人：请联系家长").replace("%1", str(count))
            if count
            else self.tr("延迟接走提醒：无")
        )
        self.alerts.setVisible(count > 0)
        # without alerts the card keeps its buttons at the top
        self.card_layout.setStretch(self.card_layout.count() - 1, 0 if count else 1)
        rows_ = self.model.rows()
        here = sum(r["state"] == "present" for r in rows_)
        extended = sum(r["state"] == "extended_care" for r in rows_)
        gone = sum(r["state"] in ("handed_over", "self_leave") for r in rows_)
        self.summary.setText(
            self.tr("在校 %1 · 延时托管 %2 · 已离校 %3")
            .replace("%1", str(here)).replace("%2", str(extended)).replace("%3", str(gone))
        )  # fmt: skip
        self.queue_label.setText(self.tr("还没接走：%1 人").replace("%1", str(here + extended)))
        self._show_pupil()

    def selected(self) -> dict[str, Any] | None:
        pupil_id = self.table.current_pupil_id()
        return self.model.find(pupil_id) if pupil_id else None

    def _show_pupil(self) -> None:
        for button in self.adult_buttons:
            self.adults_grid.removeWidget(button)
            button.deleteLater()
        self.adult_buttons = []
        row = self.selected()
        here = row is not None and row["state"] in STILL_HERE
        for w in (self.adults_title, self.override_button):
            w.setVisible(here)
        self.record_button.setVisible(row is not None)
        self.self_button.setVisible(here and bool(row and row["self_leave_permitted"]))
        self.extended_button.setVisible(here and bool(row and row["state"] == "present"))
        if row is None:
            waiting = bool(self.proxy.pupil_ids())
            self.pupil_name.setText(
                self.tr("请点下一位学生，或扫卡") if waiting else self.tr("没有待交接的学生")
            )
            self.pupil_info.setText("")
            return
        self.pupil_name.setText(str(row["name"]))
        info = f"{row['class']} · {row['national_id']} · {label(row['state_label'])}"
        if row["state"] == "extended_care":
            info += self.tr("（%1 起）").replace("%1", hhmm(row["extended_at"]))
        if row["self_leave_permitted"]:
            info += self.tr(" · 有自行离校同意书")
        self.pupil_info.setText(info)
        if not here:
            return
        adults = [a for a in row["adults"] if a["can_pickup"]]
        for i, adult in enumerate(adults):
            button = AdultButton(adult)
            button.clicked.connect(lambda _=False, a=adult: self.hand_over(a))
            self.adults_grid.addWidget(button, i // 2, i % 2)
            self.adult_buttons.append(button)

    # -- actions -----------------------------------------------------------------------------

    def scan_entered(self) -> None:
        """Enter: a scanned card (学籍号) or the single match chooses the pupil."""
        text = self.scan.text().strip()
        if not text:
            return
        row = self.model.by_scan(self.ctx, text, self.class_picker.class_id())
        if row is None:
            ids = self.proxy.pupil_ids()
            row = self.model.find(ids[0]) if len(ids) == 1 else None
            if row is None:
                self.bar.show_error(
                    self.tr("“%1”：本班待交接的学生中没有找到唯一的一位，请多输入几个字或点选。")
                    .replace("%1", text)
                )  # fmt: skip
                self.scan.selectAll()  # the next scan replaces it
                return
        self.scan.clear()
        if row["state"] not in STILL_HERE:
            self.bar.show_error(
                self.tr("%1 已不在校：%2").replace("%1", row["name"])
                .replace("%2", f"{label(row['state_label'])} {hhmm(row['left_at'])}")
            )  # fmt: skip
            return
        self.table.select_pupil(str(row["id"]))
        self.bar.show_ok(self.tr("请核对来接 %1 的人，再点他的名字。").replace("%1", row["name"]))

    def _sign_out(self, row: dict[str, Any], message: str, **how: Any) -> bool:
        """Record the way out; a refusal is shown in the page's message line."""
        result = attempt(self.bar, lambda: self._record_sign_out(row, message, **how))
        if result is None:
            self.refresh()
        return result is not None

    def _record_sign_out(self, row: dict[str, Any], message: str, **how: Any) -> Recorded:
        """Record the way out, or raise the service's refusal (a dialog shows it at its field)."""
        at = self.back_entry.at()
        result = attendance.sign_out(self.ctx, str(row["id"]), at, **how)
        publish(Changed.day(self.day()), self)
        text = message.replace("%t", hhmm(result["left_at"]) or hhmm(self.ctx.now_iso()))
        self.bar.show_ok(text)
        self.undo.offer(result["event_ids"], text)
        self.table.select_pupil(None)  # the next pupil is chosen by a tap of its own
        self.refresh()
        self.scan.setFocus()
        return result

    def hand_over(self, adult: dict[str, Any]) -> bool:
        row = self.selected()
        if row is None:
            return False
        text = self.tr("%1 已交给 %2（%3），%t。").replace("%1", row["name"])
        text = text.replace("%2", adult["name"]).replace("%3", adult["relation"])
        return self._sign_out(row, text, adult_id=adult["id"])

    def self_leave(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return self._sign_out(
            row, self.tr("%1 自行离校，%t。").replace("%1", row["name"]), self_leave=True
        )

    def to_extended_care(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return self._sign_out(
            row, self.tr("%1 转入延时托管，%t。").replace("%1", row["name"]), extended=True
        )

    def open_record(self) -> PupilDayDialog | None:
        pupil_id = self.table.current_pupil_id()
        return open_pupil_day(self, self.ctx, pupil_id, self.back_entry.day(), self.refresh)

    def open_override(self) -> OverrideDialog | None:
        row = self.selected()
        if row is None:
            return None
        if not allowed(self.ctx.actor.role, Action.DUTY):
            self.bar.show_error(
                self.tr(
                    "名单外的人不能由班主任放行：请今天的带班领导（或校长）来核实，"
                    "由带班领导在本页点“名单外的人…”登记后放行。"
                )
            )
            return None
        dialog = OverrideDialog(row, lambda values: self.apply_override(row, values), self)
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def apply_override(self, row: dict[str, Any], override: attendance.Override) -> None:
        """Hand over to the adult the duty leader let go; raises the service's refusal."""
        text = self.tr("%1 已交给名单外的 %2（%3），已记录放行理由，%t。")
        text = text.replace("%1", row["name"]).replace("%2", override.name.strip())
        self._record_sign_out(row, text.replace("%3", override.relation.strip()),
                              override=override)  # fmt: skip
