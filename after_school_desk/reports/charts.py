"""Charts for the ledger cover and the principal's overview (reportlab.graphics, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from after_school_desk.reports.fonts import cjk_font
from after_school_desk.reports.ledger_data import DailyFigures, followup_histogram, short_class_name

BLUE = colors.HexColor("#4A7EBB")
GREY = colors.HexColor("#C8D3DF")
ORANGE = colors.HexColor("#E08A3C")
RED = colors.HexColor("#C0504D")


def _frame(width: float, height: float, title: str) -> Drawing:
    d = Drawing(width, height)
    d.add(String(width / 2, height - 12, title, fontName=cjk_font(), fontSize=9,
                 textAnchor="middle"))  # fmt: skip
    return d


def _empty(d: Drawing, width: float, height: float) -> Drawing:
    d.add(String(width / 2, height / 2, "本月暂无数据", fontName=cjk_font(), fontSize=8,
                 textAnchor="middle", fillColor=colors.grey))  # fmt: skip
    return d


def _bars(
    width: float,
    height: float,
    title: str,
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    fills: Sequence[colors.Color],
) -> Drawing:
    d = _frame(width, height, title)
    if not labels:
        return _empty(d, width, height)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 30, 22, width - 40, height - 42
    c.data = [list(s) for s in series]
    c.categoryAxis.categoryNames = list(labels)
    c.categoryAxis.labels.fontName = cjk_font()
    c.categoryAxis.labels.fontSize = 5.5
    c.valueAxis.labels.fontSize = 6
    c.valueAxis.valueMin = 0
    top = max((max(s) for s in series if s), default=0)
    c.valueAxis.valueMax = max(1, top * 1.1)
    c.barSpacing = 0.5
    c.groupSpacing = 2
    for i, fill in enumerate(fills):
        c.bars[i].fillColor = fill
        c.bars[i].strokeColor = None
    d.add(c)
    return d


def daily_participation(days: Sequence[DailyFigures], width: float, height: float) -> Drawing:
    """Per service day: pupils enrolled (light) and present (dark)."""
    return _bars(width, height, "每日参加人数（浅色：应到，深色：实到）",
                 [d.date[8:] for d in days],
                 [[d.enrolled for d in days], [d.present for d in days]], [GREY, BLUE])  # fmt: skip


def late_pickups(days: Sequence[DailyFigures], width: float, height: float) -> Drawing:
    return _bars(width, height, "每日延迟接走人次（橙）与延时托管人次（红）",
                 [d.date[8:] for d in days],
                 [[d.late_pickups for d in days], [d.extended for d in days]],
                 [ORANGE, RED])  # fmt: skip


def absences_followup(
    days: Sequence[DailyFigures], minutes: Sequence[int], open_count: int, width: float,
    height: float,
) -> Drawing:  # fmt: skip
    """How fast guardians were reached after an absence (minutes, in buckets)."""
    histogram = followup_histogram(minutes, open_count)
    d = _bars(width, height, "缺席跟进用时（人次）", [label for label, _ in histogram],
              [[n for _, n in histogram]], [RED])  # fmt: skip
    total = sum(d_.absent for d_ in days)
    d.add(String(width - 6, height - 24, f"本月缺席 {total} 人次", fontName=cjk_font(),
                 fontSize=7, textAnchor="end"))  # fmt: skip
    return d


def class_attendance(rates: Sequence[tuple[str, float]], width: float, height: float) -> Drawing:
    """Attendance rate per class (present days / enrolled days), in percent."""
    d = _frame(width, height, "各班出勤率（%）")
    if not rates:
        return _empty(d, width, height)
    crowded = len(rates) > 14
    c = VerticalBarChart()
    c.x, c.y = 30, 30 if crowded else 22
    c.width, c.height = width - 40, height - c.y - 20
    c.data = [[round(r * 100, 1) for _, r in rates]]
    c.categoryAxis.categoryNames = [short_class_name(n) for n, _ in rates]
    c.categoryAxis.labels.fontName = cjk_font()
    c.categoryAxis.labels.fontSize = 5 if crowded else 6
    if crowded:
        c.categoryAxis.labels.angle = 90
        c.categoryAxis.labels.boxAnchor = "e"
        c.categoryAxis.labels.dy = -7
    c.valueAxis.valueMin = min(80, min(r * 100 for _, r in rates) // 10 * 10)
    c.valueAxis.valueMax = 100
    c.valueAxis.labels.fontSize = 6
    c.bars[0].fillColor = BLUE
    c.bars[0].strokeColor = None
    c.barSpacing = 0.5
    c.groupSpacing = 1.5
    d.add(c)
    return d
