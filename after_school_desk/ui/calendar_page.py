"""校历: the month's days as a grid of large buttons (service day, day off with its name, make-up
working day, holiday), the chosen day's details and what may be done with it, and the dialogs
for the holiday notice, days off, a new term and the service times. Changes are published
(``calendar``); the page re-reads when another page's change concerns the calendar."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar
from after_school_desk.ui.calendar_dialogs import (
    DaysOffDialog,
    NoticeDialog,
    TermDialog,
    WindowsDialog,
)
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.labels import weekday
from after_school_desk.ui.operations import Changed, follow
from after_school_desk.ui.style import MIN_TARGET

COLOURS = {
    "service": "#dff3e0",
    "holiday": "#f9d6d5",
    "school_off": "#fde2c8",
    "makeup": "#dbe8f7",
    "none": "#eeeeee",
}


def day_category(row: Mapping[str, Any]) -> str:
    """service / holiday / school_off / makeup / none: the colour of a day in the grid."""
    kind = row.get("kind")
    if kind in ("statutory", "substitute"):
        return "holiday"
    if kind == "school_off":
        return "school_off"
    if kind == "makeup_workday" and row.get("in_term"):
        return "makeup"
    return "service" if row.get("service") else "none"


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


class CalendarPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.clock.now().date()
        self.today = today
        self.year, self.month = today.year, today.month
        self.selected: date = today
        self.rows: dict[str, Mapping[str, Any]] = {}
        self.dialog: QDialog | None = None

        title = QLabel(self.tr("校历"))
        title.setProperty("role", "title")
        self.prev_button = QPushButton(self.tr("◀ 上个月"))
        self.next_button = QPushButton(self.tr("下个月 ▶"))
        self.today_button = QPushButton(self.tr("本月"))
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(self.go_today)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.prev_button)
        head.addWidget(self.month_label)
        head.addWidget(self.next_button)
        head.addWidget(self.today_button)
        head.addStretch(1)

        self.notice_button = QPushButton(self.tr("录入节假日通知…"))
        self.days_off_button = QPushButton(self.tr("设为放假…"))
        self.windows_button = QPushButton(self.tr("服务时间…"))
        self.term_button = QPushButton(self.tr("添加学期…"))
        self.notice_button.clicked.connect(self.open_notice)
        self.days_off_button.clicked.connect(self.open_days_off)
        self.windows_button.clicked.connect(self.open_windows)
        self.term_button.clicked.connect(self.open_term)
        tools = QHBoxLayout()
        for button in (
            self.notice_button,
            self.days_off_button,
            self.windows_button,
            self.term_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)

        self.year_status = QLabel()
        self.year_status.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "绿色：课后服务日　红色：法定节假日/调休　橙色：学校放假　蓝色：调休上班日　灰色：无服务"
            )
        )
        self.legend.setProperty("role", "hint")
        self.legend.setWordWrap(True)

        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        for col in range(7):
            head_label = QLabel(self.tr("星期%1").replace("%1", weekday(col)))
            head_label.setStyleSheet("font-weight: bold;")
            head_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.setColumnStretch(col, 1)
            self.grid.addWidget(head_label, 0, col)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.day_buttons: list[QPushButton] = []
        for cell in range(42):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(MIN_TARGET + 12)
            button.setMinimumWidth(96)
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            button.clicked.connect(lambda _c=False, i=cell: self.pick(i))
            self.group.addButton(button)
            self.day_buttons.append(button)
            self.grid.addWidget(button, 1 + cell // 7, cell % 7)

        self.day_detail = QLabel()
        self.day_detail.setWordWrap(True)
        self.day_detail.setStyleSheet("font-size: 17px;")
        self.clear_off_button = QPushButton(self.tr("取消学校放假"))
        self.makeup_on_button = QPushButton(self.tr("调休上班日开展课后服务"))
        self.makeup_off_button = QPushButton(self.tr("调休上班日不开展"))
        self.clear_off_button.clicked.connect(self.clear_day_off)
        self.makeup_on_button.clicked.connect(lambda: self.set_makeup(True))
        self.makeup_off_button.clicked.connect(lambda: self.set_makeup(False))
        day_actions = QHBoxLayout()
        day_actions.addWidget(self.clear_off_button)
        day_actions.addWidget(self.makeup_on_button)
        day_actions.addWidget(self.makeup_off_button)
        day_actions.addStretch(1)
        detail_box = QFrame()
        detail_box.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.day_detail)
        detail_layout.addLayout(day_actions)

        self.windows_summary = QLabel()
        self.windows_summary.setWordWrap(True)
        self.windows_summary.setProperty("role", "hint")
        self.bar = MessageBar()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addLayout(tools)
        layout.addWidget(self.year_status)
        layout.addLayout(self.grid)
        layout.addWidget(self.legend)
        layout.addWidget(detail_box)
        layout.addWidget(self.windows_summary)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.bar)
        self.refresh()
        self.follower = follow(self, lambda c: c.calendar or c.everything, self.refresh)

    # -- the month grid -------------------------------------------------------------------

    def go(self, by: int) -> None:
        self.year, self.month = shift_month(self.year, self.month, by)
        self.selected = date(self.year, self.month, 1)
        self.bar.clear_message()
        self.refresh()

    def go_today(self) -> None:
        self.year, self.month, self.selected = self.today.year, self.today.month, self.today
        self.refresh()

    def show_month(self, year: int, month: int, day: int = 1) -> None:
        self.year, self.month = year, month
        self.selected = date(year, month, day)
        self.refresh()

    def first_cell(self) -> int:
        return date(self.year, self.month, 1).weekday()

    def button_for(self, day: date) -> QPushButton:
        """The grid button of a day of the month shown."""
        return self.day_buttons[self.first_cell() + day.day - 1]

    def refresh(self) -> None:
        month_rows = attempt(self.bar, lambda: calendar.month_view(self.ctx, self.year, self.month))
        self.rows = {r["date"]: r for r in month_rows or []}
        self.month_label.setText(
            self.tr("%1年%2月").replace("%1", str(self.year)).replace("%2", str(self.month))
        )
        first = self.first_cell()
        for cell, button in enumerate(self.day_buttons):
            day_number = cell - first + 1
            key = f"{self.year:04d}-{self.month:02d}-{day_number:02d}"
            row = self.rows.get(key) if day_number >= 1 else None
            button.setVisible(row is not None)
            button.setProperty("day", key if row else "")
            if row is None:
                continue
            category = day_category(row)
            button.setProperty("category", category)
            button.setText(f"{day_number}\n{self.short_label(row)}")
            button.setToolTip(str(row["reason"]))
            button.setStyleSheet(
                f"QPushButton {{ background: {COLOURS[category]}; padding: 2px; }}"
                " QPushButton:checked { border: 3px solid #1f5fa8; font-weight: bold; }"
            )
        self.year_status.setText(self.year_text())
        self.windows_summary.setText(self.windows_text())
        if self.selected.year != self.year or self.selected.month != self.month:
            self.selected = date(self.year, self.month, 1)
        self.button_for(self.selected).setChecked(True)
        self.show_detail()

    def short_label(self, row: Mapping[str, Any]) -> str:
        category = day_category(row)
        if category in ("holiday", "school_off"):
            name = str(row.get("name") or "")
            return name if len(name) <= 5 else name[:4] + "…"
        if category == "makeup":
            return self.tr("调休上班") if row["service"] else self.tr("调休上班·停")
        if row["service"]:
            return f"{row['start']}–{row['end']}"
        return ""

    def year_text(self) -> str:
        years = {int(y["year"]): y for y in calendar.holiday_years(self.ctx)}
        known = years.get(self.year)
        if known is None:
            return self.tr("%1 年的节假日安排还没有载入，请录入国务院通知。").replace(
                "%1", str(self.year)
            )
        if not known["confirmed"]:
            return self.tr(
                "⚠ %1 年的节假日安排尚未确认（按固定规则推算），国务院通知发布后请录入。"
            ).replace("%1", str(self.year))
        return self.tr("%1 年的节假日安排已确认。").replace("%1", str(self.year))

    def windows_text(self) -> str:
        labels = {"all": self.tr("平时"), "summer": self.tr("夏季"), "winter": self.tr("冬季")}
        stages = {"": "", "primary": self.tr("小学"), "junior": self.tr("初中"),
                  "senior": self.tr("高中")}  # fmt: skip
        parts = []
        for stage, stage_label in stages.items():  # the whole school's, then each stage's own
            for season, week in calendar.windows(self.ctx, stage).items():
                if week:
                    days = "、".join(
                        self.tr("周%1 %2–%3")
                        .replace("%1", weekday(wd - 1))
                        .replace("%2", a)
                        .replace("%3", b)
                        for wd, (a, b) in sorted(week.items())
                    )
                    parts.append(f"{stage_label}{labels[season]}：{days}")
        return self.tr("课后服务时间　") + "；".join(parts)

    # -- the chosen day -------------------------------------------------------------------

    def pick(self, cell: int) -> None:
        day_number = cell - self.first_cell() + 1
        self.selected = date(self.year, self.month, day_number)
        self.bar.clear_message()
        self.show_detail()

    def selected_row(self) -> Mapping[str, Any]:
        return self.rows.get(self.selected.isoformat(), {})

    def show_detail(self) -> None:
        row = self.selected_row()
        day_name = weekday(self.selected.weekday())
        text = self.tr("%1 星期%2：%3").replace("%1", self.selected.isoformat())
        text = text.replace("%2", day_name).replace("%3", str(row.get("reason") or ""))
        if row.get("service") and row.get("start"):
            text += (
                self.tr("（%1–%2）").replace("%1", str(row["start"])).replace("%2", str(row["end"]))
            )
        self.day_detail.setText(text)
        is_makeup = row.get("kind") == "makeup_workday"
        self.clear_off_button.setEnabled(row.get("source") == "school")
        self.makeup_on_button.setEnabled(is_makeup and not row.get("service"))
        self.makeup_off_button.setEnabled(is_makeup and bool(row.get("service")))

    def clear_day_off(self) -> None:
        day = self.selected.isoformat()
        cleared = attempt(
            self.bar, lambda: calendar.clear_days_off(self.ctx, day, day), Changed(calendar=True)
        )
        if cleared is not None:
            self.refresh()
            self.bar.show_ok(self.tr("%1 已恢复为平常安排。").replace("%1", day))

    def set_makeup(self, service: bool) -> None:
        day = self.selected.isoformat()

        def change() -> bool:
            calendar.set_makeup_service(self.ctx, day, service)
            return True

        done = attempt(self.bar, change, Changed(calendar=True))
        if done is not None:
            self.refresh()
            message = (
                self.tr("%1 调休上班，开展课后服务。")
                if service
                else self.tr("%1 调休上班，不开展课后服务。")
            )
            self.bar.show_ok(message.replace("%1", day))

    # -- dialogs ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.open()

    def _dialog_saved(self, dialog: QDialog) -> None:
        self.refresh()
        text = getattr(dialog, "result_text", "")
        if text:
            self.bar.show_ok(text)

    def open_notice(self) -> None:
        self._open(NoticeDialog(self.ctx, self.year, self))

    def open_days_off(self) -> None:
        self._open(DaysOffDialog(self.ctx, self.selected, self))

    def open_windows(self) -> None:
        self._open(WindowsDialog(self.ctx, self))

    def open_term(self) -> None:
        terms = calendar.terms(self.ctx)
        start = self.today.replace(day=1)
        if terms:
            end = date.fromisoformat(terms[-1]["end_date"])
            year, month = shift_month(end.year, end.month, 1)
            start = date(year, month, 1)
        self._open(TermDialog(self.ctx, start, self))
