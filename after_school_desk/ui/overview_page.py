"""本月概况: the principal's month at a glance — key figures on top, four charts below.

The month's data is folded off the GUI thread on a connection of its own (seconds on a
3,000-pupil school); the page loads when first shown, whenever another month is picked, and
when a sign-in or another change of the month is published (at once if the page is in view,
else when it is next shown).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import overview
from after_school_desk.services.month.overview import MonthOverview
from after_school_desk.ui.chart_widgets import BLUE, GREY, ORANGE, RED, BarChart, Series
from after_school_desk.ui.day_common import MessageBar
from after_school_desk.ui.month_picker import MonthPicker
from after_school_desk.ui.operations import Changed, ProgressFn, Runner, follow


class Figure(QFrame):
    """One key figure: a big value over a caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.setStyleSheet(
            "#figure { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 6px; }"
        )
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 22px; font-weight: bold; color: #1f3b5c;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #4a5866;")
        self.caption.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: #6b7785; font-size: 12px;")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(1)
        column.addWidget(self.caption)
        column.addWidget(self.value)
        column.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class OverviewPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: MonthOverview | None = None

        title = QLabel(self.tr("本月概况"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.month = MonthPicker(ctx.clock.now().date())
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.as_of = QLabel("")
        self.as_of.setStyleSheet("color: #4a5866;")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(QLabel(self.tr("月份")))
        head.addWidget(self.month)
        head.addWidget(self.refresh_button)
        head.addWidget(self.progress)
        head.addSpacing(12)
        head.addWidget(self.as_of, 1)

        self.figures = {
            "days": Figure(self.tr("服务天数（已开展 / 计划）")),
            "participants": Figure(self.tr("参加学生")),
            "attendance": Figure(self.tr("出勤率")),
            "followed": Figure(self.tr("缺席跟进（已联系上 / 未关闭）")),
            "median": Figure(self.tr("跟进用时中位数")),
            "late": Figure(self.tr("延迟接走")),
        }
        cards = QHBoxLayout()
        for card in self.figures.values():
            cards.addWidget(card, 1)

        self.daily_chart = BarChart(self.tr("每日参加人数"))
        self.late_chart = BarChart(self.tr("每日延迟接走"))
        self.class_chart = BarChart(self.tr("各班出勤率（%）"))
        self.followup_chart = BarChart(self.tr("缺席跟进用时（从提醒到联系上家长）"))
        charts = QGridLayout()
        charts.setSpacing(8)
        charts.addWidget(self.daily_chart, 0, 0)
        charts.addWidget(self.late_chart, 0, 1)
        charts.addWidget(self.class_chart, 1, 0)
        charts.addWidget(self.followup_chart, 1, 1)

        self.message = MessageBar()
        self.loader = Runner(self, self.message.show_error, latest_only=True)
        column = QVBoxLayout(self)
        column.addLayout(head)
        column.addWidget(self.message)
        column.addLayout(cards)
        column.addLayout(charts, 1)

        self.month.month_chosen.connect(lambda _m: self.load())
        self.refresh_button.clicked.connect(self.load)
        self.loader.succeeded.connect(self.show_overview)
        self.loader.busy.connect(self._busy)
        self.loader.progressed.connect(
            lambda done, total: self.progress.setValue(done * 100 // max(total, 1))
        )
        self.follower = follow(self, self.concerns, self.load, stale=True)

    def concerns(self, changes: Changed) -> bool:
        return changes.pupils or changes.calendar or changes.touches_month(self.month.month())

    def load(self) -> None:
        month = self.month.month()
        self.message.clear_message()

        def job(ctx: ServiceContext, progress: ProgressFn) -> MonthOverview:
            return overview.month_overview(ctx, month, progress)

        self.loader.start(self.ctx, job)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.refresh_button.setEnabled(not busy)
        if busy:
            self.as_of.setText(self.tr("正在统计…"))

    # --- showing -----------------------------------------------------------------------

    def show_overview(self, data: MonthOverview) -> None:
        self.data = data
        f = self.figures
        f["days"].show_value(
            f"{data.service_days_held} / {data.service_days_planned}",
            self.tr("本月上课日 %1 天").replace("%1", str(data.school_days)),
        )
        f["participants"].show_value(self.tr("%1 人").replace("%1", str(data.participants)))
        rate = data.attendance_rate
        f["attendance"].show_value(
            "—" if rate is None else f"{rate * 100:.1f}%",
            self.tr("实到 %1 / 应到 %2 人次")
            .replace("%1", str(data.present))
            .replace("%2", str(data.expected)),
        )
        f["followed"].show_value(
            f"{data.followed_up} / {data.not_followed_up}",
            self.tr("缺席 %1 人次").replace("%1", str(data.absences)),
        )
        median = data.median_followup_minutes
        f["median"].show_value(
            "—" if median is None else self.tr("%1 分钟").replace("%1", f"{median:g}")
        )
        f["late"].show_value(
            self.tr("%1 人次").replace("%1", str(data.late_pickups)),
            self.tr("延时托管 %1 人次").replace("%1", str(data.extended_care)),
        )
        if data.service_days_held < data.service_days_planned:
            self.as_of.setText(self.tr("统计截至 %1（本月尚未结束）").replace("%1", data.as_of))
        else:
            self.as_of.setText("")
        self._charts(data)

    def _charts(self, data: MonthOverview) -> None:
        days = [d.date[8:] for d in data.daily]
        dates = [d.date for d in data.daily]
        self.daily_chart.set_data(
            days,
            [Series(self.tr("应到"), [d.enrolled for d in data.daily], GREY),
             Series(self.tr("实到"), [d.present for d in data.daily], BLUE)],
            tooltips=dates,
        )  # fmt: skip
        self.late_chart.set_data(
            days,
            [Series(self.tr("延迟接走"), [d.late_pickups for d in data.daily], ORANGE),
             Series(self.tr("延时托管"), [d.extended for d in data.daily], RED)],
            tooltips=dates,
        )  # fmt: skip
        rates = [c.rate * 100 for c in data.classes]
        floor = min(80.0, min(rates, default=100.0) // 10 * 10)
        self.class_chart.set_data(
            [c.short for c in data.classes],
            [Series("", [round(r, 1) for r in rates], BLUE)],
            tooltips=[
                self.tr("%1（%2 人）").replace("%1", c.name).replace("%2", str(c.pupils))
                for c in data.classes
            ],
            value_min=floor,
            value_max=100.0,
            suffix="%",
        )
        buckets = data.followup_buckets if data.absences or data.followup_minutes else []
        self.followup_chart.set_data(
            [self.tr(label) for label, _ in buckets],
            [Series("", [n for _, n in buckets], RED)],
            suffix=self.tr(" 人次"),
            note=self.tr("缺席 %1 人次").replace("%1", str(data.absences)),
        )
