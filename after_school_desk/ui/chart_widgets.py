"""Simple bar charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

One widget, BarChart: a title, a legend, a value axis with a few grid lines and one or more
series of bars per category. Crowded category labels turn vertical and thin out; hovering a
bar shows its exact values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BLUE = "#4A7EBB"
GREY = "#C8D3DF"
ORANGE = "#E08A3C"
RED = "#C0504D"


@dataclass(frozen=True)
class Series:
    label: str
    values: list[float]
    colour: str


def resized(font: QFont, delta: float, bold: bool = False) -> QFont:
    """``font`` made ``delta`` points larger (or smaller); works for pixel-sized fonts too."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(max(7.0, font.pointSizeF() + delta))
    else:
        result.setPixelSize(max(9, round(font.pixelSize() + delta * 4 / 3)))
    result.setBold(bold)
    return result


def axis_steps(low: float, high: float) -> int:
    """How many grid intervals make round labels (10, 20 … rather than 12.5)."""
    span = high - low
    if 0 < span <= 5 and span == int(span):
        return int(span)
    for steps in (4, 5, 2):
        tick = span / steps
        if abs(tick - round(tick)) < 1e-9 and tick >= 1:
            return steps
    return 4


def nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 5 × 10^n)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


class BarChart(QWidget):
    """Grouped vertical bars: ``set_data(labels, series)``; ``tooltips`` name each category."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.tooltips: list[str] = []
        self.value_min = 0.0
        self.value_max: float | None = None
        self.suffix = ""
        self.note = ""
        self.empty_text = self.tr("本月暂无数据")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_data(
        self,
        labels: list[str],
        series: list[Series],
        *,
        tooltips: list[str] | None = None,
        value_min: float = 0.0,
        value_max: float | None = None,
        suffix: str = "",
        note: str = "",
    ) -> None:
        self.labels = list(labels)
        self.series = list(series)
        self.tooltips = list(tooltips or [])
        self.value_min = value_min
        self.value_max = value_max
        self.suffix = suffix
        self.note = note
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    # --- geometry ----------------------------------------------------------------------

    def top_value(self) -> float:
        if self.value_max is not None:
            return self.value_max
        highest = max((v for s in self.series for v in s.values), default=0.0)
        return nice_top(highest)

    def crowded(self) -> bool:
        """Labels too wide for their slot are drawn vertically."""
        if not self.labels:
            return False
        widest = max(self.fontMetrics().horizontalAdvance(label) for label in self.labels)
        return self.plot_rect(False).width() / len(self.labels) < widest + 8

    def plot_rect(self, crowded: bool | None = None) -> QRectF:
        """Where the bars go: room for the title and legend above, the axes left and below."""
        if crowded is None:
            crowded = self.crowded()
        widest = max((len(label) for label in self.labels), default=2)
        bottom = 12 + (7 * widest + 6 if crowded else 18)
        top = 28 + (18 if len(self.series) > 1 or self.note_below() else 0)
        return QRectF(
            44, top, max(10.0, self.width() - 56), max(10.0, self.height() - top - bottom)
        )

    def note_below(self) -> bool:
        """Whether the note goes under the title, right of the legend: beside the centred title
        it would run into it (a narrow chart, a long title)."""
        if not self.note:
            return False
        base = QFont(self.font())
        title = QFontMetrics(resized(base, 1, bold=True)).horizontalAdvance(self.title)
        note = QFontMetrics(resized(base, -1)).horizontalAdvance(self.note)
        return (self.width() + title) / 2 + 12 > self.width() - 8 - note

    def slot_width(self) -> float:
        return self.plot_rect().width() / max(len(self.labels), 1)

    def category_at(self, x: float) -> int | None:
        plot = self.plot_rect()
        if not self.labels or not plot.left() <= x <= plot.right():
            return None
        index = int((x - plot.left()) // self.slot_width())
        return index if 0 <= index < len(self.labels) else None

    def y_of(self, value: float, plot: QRectF) -> float:
        span = max(self.top_value() - self.value_min, 1e-9)
        share = (min(max(value, self.value_min), self.top_value()) - self.value_min) / span
        return plot.bottom() - share * plot.height()

    # --- drawing -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        base = QFont(self.font())
        p.setFont(resized(base, 1, bold=True))
        p.setPen(QColor("#222222"))
        p.drawText(QRectF(0, 4, self.width(), 22), Qt.AlignmentFlag.AlignCenter, self.title)
        p.setFont(resized(base, -1))
        if self.note:
            y = 26 if self.note_below() else 4
            p.drawText(QRectF(0, y, self.width() - 8, 22),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.note)  # fmt: skip
        if not self.labels or not self.series:
            p.setPen(QColor("#888888"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        self._legend(p)
        plot = self.plot_rect()
        self._axis(p, plot)
        self._bars(p, plot)
        self._labels(p, plot)
        p.end()

    def _legend(self, p: QPainter) -> None:
        if len(self.series) < 2:
            return
        x = 48.0
        for s in self.series:
            p.fillRect(QRectF(x, 30, 12, 12), QColor(s.colour))
            p.setPen(QColor("#333333"))
            width = p.fontMetrics().horizontalAdvance(s.label)
            p.drawText(QRectF(x + 16, 26, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, s.label)
            x += width + 36

    def _axis(self, p: QPainter, plot: QRectF) -> None:
        steps = axis_steps(self.value_min, self.top_value())
        for i in range(steps + 1):
            value = self.value_min + (self.top_value() - self.value_min) * i / steps
            y = self.y_of(value, plot)
            p.setPen(QColor("#E2E2E2") if i else QColor("#888888"))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#555555"))
            text = f"{value:g}"
            p.drawText(QRectF(0, y - 8, plot.left() - 4, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip

    def _bars(self, p: QPainter, plot: QRectF) -> None:
        slot = self.slot_width()
        gap = max(1.0, slot * 0.15)
        bar_w = max(1.0, (slot - 2 * gap) / len(self.series))
        for i in range(len(self.labels)):
            for k, s in enumerate(self.series):
                if i >= len(s.values):
                    continue
                x = plot.left() + i * slot + gap + k * bar_w
                y = self.y_of(s.values[i], plot)
                p.fillRect(QRectF(x, y, max(1.0, bar_w - 1), plot.bottom() - y), QColor(s.colour))

    def _labels(self, p: QPainter, plot: QRectF) -> None:
        slot = self.slot_width()
        crowded = self.crowded()
        every = max(1, math.ceil(14 / slot)) if crowded else 1
        p.setPen(QColor("#333333"))
        for i, label in enumerate(self.labels):
            if i % every:
                continue
            cx = plot.left() + (i + 0.5) * slot
            if crowded:
                p.save()
                p.translate(cx + 5, plot.bottom() + 4)
                p.rotate(-90)
                p.drawText(QRectF(-200, -10, 200, 14),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
                p.restore()
            else:
                p.drawText(QRectF(cx - slot / 2, plot.bottom() + 2, slot, 16),
                           Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip

    # --- hover -------------------------------------------------------------------------

    def tooltip_for(self, index: int) -> str:
        head = self.tooltips[index] if index < len(self.tooltips) else self.labels[index]
        values = [
            f"{s.label}：{s.values[index]:g}{self.suffix}" if s.label else
            f"{s.values[index]:g}{self.suffix}"
            for s in self.series
            if index < len(s.values)
        ]  # fmt: skip
        return "\n".join([head, *values])

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            index = self.category_at(e.x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(e.globalPos(), self.tooltip_for(index), self)
            return True
        return super().event(e)
