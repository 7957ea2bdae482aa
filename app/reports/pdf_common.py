"""What every printed report shares: the CJK font, paragraph styles, table styles, and a
document whose pages carry the school, the title and "第 x 页 / 共 y 页"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether, Spacer

from app.reports.fonts import cjk_font

Progress = Callable[[int, int], None]
GRID_GREY = colors.HexColor("#888888")
HEAD_FILL = colors.HexColor("#E8EEF4")


def styles() -> dict[str, ParagraphStyle]:
    font = cjk_font()
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7, leading=9),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontSize=22, leading=30, alignment=1),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, alignment=1),
        "h1": ParagraphStyle(
            "h1", parent=base, fontSize=14, leading=20, spaceBefore=4, spaceAfter=6
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4
        ),
    }


def grid_style(
    font_size: float = 7.5, header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = ()
) -> TableStyle:
    font = cjk_font()
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ]
    cmds.extend(extra)
    return TableStyle(cmds)


def table(
    rows: list[list[Any]],
    widths: Sequence[float] | None = None,
    font_size: float = 7.5,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    t = Table(rows, colWidths=list(widths) if widths else None, repeatRows=header_rows)
    t.setStyle(grid_style(font_size, header_rows, extra))
    return t


def signature_block(labels: Sequence[str], st: dict[str, ParagraphStyle]) -> Flowable:
    """Lines to sign on, e.g. ["带班领导", "校长"], with a date line each."""
    cells = [
        [
            Paragraph(
                f"{label}（签字）：____________________　　日期：______年____月____日", st["base"]
            )
        ]
        for label in labels
    ]
    t = Table(cells, hAlign="LEFT")
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 10)]))
    return KeepTogether([Spacer(1, 6 * mm), t])


def numbered_canvas(header: str, footer_left: str) -> type[canvas.Canvas]:
    """A canvas class that prints the header and "第 x 页 / 共 y 页" once all pages are known."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            font = cjk_font()
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(12 * mm, height - 8 * mm, header)
            self.drawString(12 * mm, 6 * mm, footer_left)
            self.drawRightString(width - 12 * mm, 6 * mm,
                                 f"第 {self._pageNumber} 页 / 共 {total} 页")  # fmt: skip
            self.setStrokeColor(GRID_GREY)
            self.setLineWidth(0.3)
            self.line(12 * mm, height - 9.5 * mm, width - 12 * mm, height - 9.5 * mm)
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    out: Path | BytesIO,
    story: list[Flowable],
    *,
    title: str,
    header: str,
    footer: str,
    wide: bool = True,
    progress: Progress | None = None,
) -> None:
    """Write ``story`` as an A4 PDF (landscape when ``wide``), reproducible byte for byte.

    ``progress(done, total)`` is called as flowables are laid out (it may raise to cancel)."""
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        out if isinstance(out, BytesIO) else str(out),
        pagesize=size,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=13 * mm,
        bottomMargin=12 * mm,
        title=title,
        author=header,
        creator="课后服务台",
        invariant=1,
    )
    if progress is not None:
        doc.setProgressCallBack(_layout_progress(progress))
    doc.build(story, canvasmaker=numbered_canvas(header, footer))


def _layout_progress(progress: Progress) -> Callable[[str, int], None]:
    total = [1]
    last = [-1]

    def callback(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(1, int(value))
        elif kind == "PROGRESS":
            step = int(value) * 100 // total[0]
            if step != last[0]:
                last[0] = step
                progress(min(int(value), total[0]), total[0])

    return callback


def frame_width(wide: bool = True) -> float:
    size = landscape(A4) if wide else A4
    return float(size[0] - 24 * mm)
