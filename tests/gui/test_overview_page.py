"""本月概况 loads the month off the GUI thread and shows the figures and the four charts."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui.chart_widgets import BarChart, Series, axis_steps, nice_top
from after_school_desk.ui.overview_page import OverviewPage
from tests.conftest import as_role
from tests.unit.report_month import play_week

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _loaded(qtbot: QtBot, page: OverviewPage) -> None:
    qtbot.waitUntil(lambda: not page.loader.running(), timeout=20000)


def test_figures_and_charts_of_the_played_week(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    play_week(school_ctx, clock)
    page = OverviewPage(school_ctx)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    assert page.month.month() == "2026-11"
    page.show()  # the first showing loads the month
    assert page.loader.running()
    _loaded(qtbot, page)
    assert page.data is not None
    f = page.figures
    assert f["days"].value.text() == f"5 / {page.data.service_days_planned}"
    assert f["participants"].value.text() == "3 人"
    assert f["attendance"].value.text() == "72.7%"  # 8 of 11 pupil-days
    assert f["followed"].value.text() == "1 / 1"
    assert f["median"].value.text() == "15 分钟"
    assert f["late"].value.text() == "1 人次"
    assert "本月尚未结束" in page.as_of.text()
    assert page.daily_chart.labels == ["02", "03", "04", "05", "06"]
    assert page.daily_chart.series[1].values == [2, 1, 2, 1, 2]  # present per day
    assert page.class_chart.labels == ["一(1)", "三(2)"]
    assert page.class_chart.series[0].values == [75.0, 66.7]
    assert page.followup_chart.series[0].values == [0, 1, 0, 0, 1]
    assert not page.daily_chart.grab().isNull()  # paints without error
    assert page.class_chart.tooltip_for(1) == "三年级(2)班（1 人）\n66.7%"


def test_another_month_and_a_refusal(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    play_week(school_ctx, clock)
    page = OverviewPage(school_ctx)
    qtbot.addWidget(page)
    page.load()
    _loaded(qtbot, page)
    page.month.choose("2026-10")
    _loaded(qtbot, page)
    assert page.data is not None and page.data.month == "2026-10"
    assert page.figures["participants"].value.text() == "0 人"
    assert page.followup_chart.labels == []  # no absences: "本月暂无数据"
    teacher = OverviewPage(as_role(school_ctx, Role.TEACHER))
    qtbot.addWidget(teacher)
    teacher.load()
    _loaded(qtbot, teacher)
    assert teacher.message.kind == "error" and "无权" in teacher.message.text()


def test_a_newer_request_replaces_the_running_one(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    play_week(school_ctx, clock)
    page = OverviewPage(school_ctx)
    qtbot.addWidget(page)
    page.load()
    page.month.choose("2026-10")  # asked while November is still loading
    _loaded(qtbot, page)
    assert page.data is not None and page.data.month == "2026-10"


def test_bar_chart_geometry(qtbot: QtBot) -> None:
    chart = BarChart("测试")
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_data(["a", "b", "c", "d"], [Series("x", [1, 2, 3, 4], "#000000")])
    assert chart.top_value() == 5.0
    plot = chart.plot_rect()
    assert chart.category_at(plot.left() + 1) == 0
    assert chart.category_at(plot.right() - 1) == 3
    assert chart.category_at(0) is None
    assert not chart.crowded()
    chart.set_data([f"{i:02d}" for i in range(40)], [Series("", [1.0] * 40, "#000000")])
    assert chart.crowded()
    assert not chart.grab().isNull()
    assert [nice_top(v) for v in (0, 3, 7, 12, 180)] == [1.0, 5.0, 10.0, 20.0, 200.0]
    assert [axis_steps(0, top) for top in (50, 200, 2, 1, 0.5)] == [5, 4, 2, 1, 4]
    assert axis_steps(80, 100) == 4
