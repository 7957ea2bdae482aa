"""值班安排: the principal's duty roster. A month grid shows each service day's duty leader
(带班领导); the principal generates the term's rotation, assigns a leader to a tapped day, swaps
two days, marks leaders unavailable on weekdays, and sets each class's supervising teacher
(班级看护). Duty leaders and others see it read-only. Changes are published as ``people``
(who is on duty) for the duty board; the page re-reads when shown and when staff, the
calendar or another page's roster change."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty
from after_school_desk.services.daily.answers import DutyLeader
from after_school_desk.ui.class_supervision_panel import ClassSupervisionPanel
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.duty_calendar import DutyCalendar
from after_school_desk.ui.duty_roster_dialogs import GenerateRosterDialog
from after_school_desk.ui.labels import weekday
from after_school_desk.ui.operations import Changed, follow
from after_school_desk.ui.style import MIN_TARGET

SIDE_WIDTH = 270
ROSTER = Changed(people=True)  # what a change of the roster tells the other pages


def _shift_month(month: str, step: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:]) - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Refill a dropdown, keeping the chosen item when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, key in items:
        combo.addItem(label, key)
    found = combo.findData(current)
    combo.setCurrentIndex(found if found >= 0 else 0 if items else -1)
    combo.blockSignals(False)


class DutyRosterPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = allowed(ctx.actor.role, Action.MANAGE_ROSTER_DUTY)
        today = ctx.clock.now().date()
        self.today = today.isoformat()
        self.month = f"{today.year:04d}-{today.month:02d}"
        self.selected = ""
        self.selected_day: Mapping[str, Any] | None = None
        self.leaders: list[DutyLeader] = []
        self.generate_dialog: GenerateRosterDialog | None = None

        title = QLabel(self.tr("值班安排"))
        title.setProperty("role", "title")
        self.prev_button = QPushButton(self.tr("‹ 上月"))
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-size: 20px; font-weight: bold; padding: 0 8px;")
        self.next_button = QPushButton(self.tr("下月 ›"))
        self.generate_button = QPushButton(self.tr("生成本学期值班表"))
        self.generate_button.setProperty("primary", True)
        self.bar = MessageBar()
        self.calendar = DutyCalendar()

        # the tapped day: its leader, assigning another, swapping
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        self.day_label.setStyleSheet("font-size: 17px;")
        self.leader_combo = QComboBox()
        self.assign_button = QPushButton(self.tr("安排带班"))
        self.assign_button.setProperty("primary", True)
        self.swap_button = QPushButton(self.tr("交换…"))
        self.swap_button.setCheckable(True)
        # leaders' unavailable weekdays
        self.unavailable_combo = QComboBox()
        self.weekday_boxes: dict[int, QCheckBox] = {}
        for wd in range(1, 8):
            box = QCheckBox(self.tr("周%1").replace("%1", weekday(wd - 1)))
            box.setMinimumHeight(MIN_TARGET)
            box.setStyleSheet("QCheckBox { spacing: 4px; }")
            box.setEnabled(self.can_manage)
            self.weekday_boxes[wd] = box
        self.save_unavailable_button = QPushButton(self.tr("保存不能值班的日子"))
        self.leaders_label = QLabel()
        self.leaders_label.setWordWrap(True)
        self.leaders_label.setProperty("role", "hint")
        for widget in (self.prev_button, self.next_button, self.generate_button,
                       self.leader_combo, self.assign_button, self.swap_button,
                       self.unavailable_combo, self.save_unavailable_button):  # fmt: skip
            widget.setMinimumHeight(MIN_TARGET)
        for combo in (self.leader_combo, self.unavailable_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        side = QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.day_label)
        side_layout.addWidget(self.leader_combo)
        side_layout.addWidget(self.assign_button)
        side_layout.addWidget(self.swap_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        side_layout.addWidget(line)
        side_layout.addWidget(QLabel(self.tr("不能值班的星期")))
        side_layout.addWidget(self.unavailable_combo)
        boxes = QGridLayout()
        boxes.setHorizontalSpacing(2)
        for wd, box in self.weekday_boxes.items():
            boxes.addWidget(box, (wd - 1) // 4, (wd - 1) % 4)
        side_layout.addLayout(boxes)
        side_layout.addWidget(self.save_unavailable_button)
        side_layout.addWidget(self.leaders_label)
        side_layout.addStretch(1)
        if not self.can_manage:
            readonly = QLabel(self.tr("只读：值班安排由校长负责。"))
            readonly.setWordWrap(True)
            readonly.setProperty("role", "hint")
            side_layout.insertWidget(1, readonly)
            for widget in (self.leader_combo, self.assign_button, self.swap_button,
                           self.save_unavailable_button, self.generate_button):  # fmt: skip
                widget.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.prev_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.generate_button)
        # the frame first (scroll area, tabs), then the tabs built into it: each widget's style
        # is worked out again whenever it, or a box holding it, moves under a new parent
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        self.tabs = QTabWidget()
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 40px; padding: 0 18px; }")
        layout.addWidget(self.tabs, 1)
        roster_tab = QWidget()
        self.tabs.addTab(roster_tab, self.tr("带班领导"))
        roster_layout = QHBoxLayout(roster_tab)
        roster_layout.addWidget(self.calendar, 1)
        roster_layout.addWidget(side)
        self.supervision = ClassSupervisionPanel(ctx, self.bar, self.can_manage)
        self.tabs.addTab(self.supervision, self.tr("班级看护"))

        self.prev_button.clicked.connect(lambda: self.show_month(_shift_month(self.month, -1)))
        self.next_button.clicked.connect(lambda: self.show_month(_shift_month(self.month, 1)))
        self.generate_button.clicked.connect(self.open_generate)
        self.calendar.day_tapped.connect(self.day_tapped)
        self.assign_button.clicked.connect(self.assign)
        self.swap_button.toggled.connect(self.toggle_swap)
        self.unavailable_combo.currentIndexChanged.connect(lambda _i: self._show_unavailable())
        self.save_unavailable_button.clicked.connect(self.save_unavailable)
        self.refresh()
        self.follower = follow(
            self,
            lambda c: c.people or c.calendar or c.everything,
            self.refresh,
            on_show=True,
            fresh=True,
        )

    # -- showing ------------------------------------------------------------------------------

    def show_month(self, month: str) -> None:
        self.month = month
        self.refresh()

    def refresh(self) -> None:
        days = attempt(self.bar, lambda: duty.roster_month(self.ctx, self.month)) or []
        self.calendar.set_days(days, self.selected)
        if self.selected in self.calendar.days:
            self.selected_day = self.calendar.days[self.selected]
        year, month = self.month.split("-")
        self.month_label.setText(
            self.tr("%1年%2月").replace("%1", year).replace("%2", str(int(month)))
        )
        self.leaders = duty.duty_leaders(self.ctx)
        items = [(self._leader_label(m), str(m["staff_id"])) for m in self.leaders]
        _fill(self.leader_combo, items)
        _fill(self.unavailable_combo, items)
        self.leaders_label.setText("\n".join(self._unavailable_text(m) for m in self.leaders))
        self._show_unavailable()
        self._show_day()

    def _leader_label(self, member: DutyLeader) -> str:
        if member["role"] == "principal":
            return self.tr("%1（校长）").replace("%1", str(member["name"]))
        return str(member["name"])

    def _weekdays_text(self, weekdays: list[int]) -> str:
        return "、".join(self.tr("周%1").replace("%1", weekday(wd - 1)) for wd in weekdays)

    def _unavailable_text(self, member: DutyLeader) -> str:
        if not member["unavailable"]:
            return self.tr("%1：每天都能值班").replace("%1", str(member["name"]))
        return (
            self.tr("%1：%2不能值班")
            .replace("%1", str(member["name"]))
            .replace("%2", self._weekdays_text(member["unavailable"]))
        )

    def _day_text(self, day: str) -> str:
        d = date.fromisoformat(day)
        return (
            self.tr("%1月%2日 星期%3")
            .replace("%1", str(d.month))
            .replace("%2", str(d.day))
            .replace("%3", weekday(d.weekday()))
        )

    def _show_day(self) -> None:
        day = self.selected_day
        has_day = day is not None
        self.assign_button.setEnabled(has_day and self.leader_combo.count() > 0)
        self.swap_button.setEnabled(has_day and bool(day and day["leader"]))
        if day is None:
            self.day_label.setText(self.tr("点日历上的一天，查看或安排带班领导。"))
            return
        sources = {"generated": self.tr("自动轮换"), "manual": self.tr("手工安排"),
                   "swap": self.tr("对调")}  # fmt: skip
        if day["leader"]:
            text = (
                self.tr("%1：%2 带班（%3）")
                .replace("%2", str(day["leader"]))
                .replace("%3", sources.get(str(day["source"]), ""))
            )
            found = self.leader_combo.findData(day["staff_id"])
            if found >= 0:
                self.leader_combo.setCurrentIndex(found)
        else:
            text = self.tr("%1：还没有安排带班领导")
        self.day_label.setText(text.replace("%1", self._day_text(str(day["date"]))))

    def _show_unavailable(self) -> None:
        staff_id = self.unavailable_combo.currentData()
        member = next((m for m in self.leaders if m["staff_id"] == staff_id), None)
        blocked = set(member["unavailable"]) if member else set()
        for wd, box in self.weekday_boxes.items():
            box.setChecked(wd in blocked)
        self.save_unavailable_button.setEnabled(member is not None)

    # -- acting -------------------------------------------------------------------------------

    def day_tapped(self, day: str) -> None:
        if self.swap_button.isChecked():
            self.finish_swap(day)
            return
        self.selected = day
        self.selected_day = self.calendar.days.get(day)
        self.calendar.select(day)
        self._show_day()

    def assign(self) -> bool:
        if not self.selected:
            self.bar.show_error(self.tr("请先点日历上的一天。"))
            return False
        staff_id = str(self.leader_combo.currentData() or "")
        day = self.selected
        done = attempt(self.bar, lambda: duty.assign(self.ctx, day, staff_id), ROSTER)
        if done is None:
            return False
        self.bar.show_ok(
            self.tr("%1 由 %2 带班。")
            .replace("%1", self._day_text(day))
            .replace("%2", str(done["leader_name"]))
        )
        self.refresh()
        return True

    def toggle_swap(self, checked: bool) -> None:
        if not checked:
            return
        day = self.selected_day
        if day is None or not day["leader"]:
            self.swap_button.setChecked(False)
            self.bar.show_error(self.tr("请先点一个已安排带班领导的日子，再点“交换”。"))
            return
        self.bar.show_ok(
            self.tr("请点要与 %1（%2）对调的另一天；再点“交换”取消。")
            .replace("%1", self._day_text(str(day["date"])))
            .replace("%2", str(day["leader"]))
        )

    def finish_swap(self, other: str) -> bool:
        first = self.selected
        self.swap_button.setChecked(False)
        if other == first:
            self.bar.show_ok(self.tr("已取消交换。"))
            return False

        def swap() -> bool:
            duty.swap(self.ctx, first, other)
            return True

        if attempt(self.bar, swap, ROSTER) is None:
            return False
        self.refresh()
        after = self.calendar.days
        text = self.tr("已对调：%1 由 %2 带班，%3 由 %4 带班。")
        text = text.replace("%1", self._day_text(first)).replace("%3", self._day_text(other))
        for key, day in (("%2", first), ("%4", other)):
            text = text.replace(key, str(after[day]["leader"]) if day in after else "")
        self.bar.show_ok(text)
        return True

    def save_unavailable(self) -> bool:
        staff_id = str(self.unavailable_combo.currentData() or "")
        weekdays = {wd for wd, box in self.weekday_boxes.items() if box.isChecked()}
        done = attempt(self.bar, lambda: duty.set_unavailable(self.ctx, staff_id, weekdays), ROSTER)
        if done is None:
            return False
        self.refresh()
        member = next(m for m in self.leaders if m["staff_id"] == staff_id)
        self.bar.show_ok(
            self._unavailable_text(member) + self.tr("。重新生成值班表时会避开这些日子。")
        )
        return True

    def open_generate(self) -> GenerateRosterDialog | None:
        term = duty.roster_term(self.ctx)
        if term is None:
            self.bar.show_error(self.tr("还没有设置学期，无法生成值班表。"))
            return None
        start, end = max(term["start"], self.today), term["end"]
        counts = duty.roster_counts(self.ctx, start, end)
        if not counts["generated"] + counts["manual"]:
            self.generate(start, end, keep_manual=True)
            return None
        dialog = GenerateRosterDialog(start, end, counts, self)
        dialog.accepted.connect(lambda: self.generate(start, end, dialog.keep_manual()))
        self.generate_dialog = dialog
        dialog.open()
        return dialog

    def generate(self, start: str, end: str, keep_manual: bool) -> bool:
        result = attempt(
            self.bar,
            lambda: duty.generate_roster(self.ctx, start, end, keep_manual=keep_manual),
            ROSTER,
        )
        if result is None:
            return False
        self.refresh()
        counts = "、".join(
            self.tr("%1 %2 天").replace("%1", name).replace("%2", str(n))
            for name, n in result["counts"].items()
        )
        text = self.tr("已排好 %1 至 %2 的 %3 个服务日：%4。")
        for key, value in (("%1", start), ("%2", end), ("%3", result["days"]), ("%4", counts)):
            text = text.replace(key, str(value))
        if result["unassigned"]:
            missing = self.tr("其中 %1 天没有人能值班（都在不能值班的星期）：%2")
            missing = missing.replace("%1", str(len(result["unassigned"])))
            self.bar.show_error(text + missing.replace("%2", "、".join(result["unassigned"])))
        else:
            self.bar.show_ok(text)
        return True
