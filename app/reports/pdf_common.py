"""What every printed report shares: the CJK font, paragraph styles, table styles, and a
document whose pages carry the school, the title and "第 x 页 / 共 y 页"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether, Spacer

from app.reports.fonts import cjk_font

Progress = Callable[[int, int], None]
GRID_GREY = colors.HexColor("#888888")
HEAD_FILL = colors.HexColor("#E8EEF4")
CELL_PADDING = 2  # a grid cell's left and right padding


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
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ]
    cmds.extend(extra)
    return TableStyle(cmds)


_NOT_PLAIN = frozenset("<>&\n\r\t")  # markup, or whitespace a Paragraph would fold


def cell_text(text: str, style: ParagraphStyle, col_width: float) -> str | Paragraph:
    """``text`` for a table cell of a column ``col_width`` wide: the Paragraph that wraps it,
    or the plain string when that Paragraph would be one unwrapped line anyway. The string
    draws the same (same place, font and size, provided the cell's FONTNAME, FONTSIZE and
    LEADING are the style's, as ``table``'s defaults are for the "cell" style) at a small
    part of a Paragraph's cost. Empty text stays a Paragraph (it takes no line)."""
    if (
        not text
        or text != text.strip()
        or "  " in text
        or not _NOT_PLAIN.isdisjoint(text)
        or stringWidth(text, style.fontName, style.fontSize)
        > col_width - 2 * CELL_PADDING - 0.5  # a margin: never near where it would wrap
    ):
        return Paragraph(text, style)
    return text


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


class TableCanvas(canvas.Canvas):
    """A canvas that writes plain strings the way reportlab does, from a cache.

    A month's ledger draws ~150,000 table cells from a few hundred distinct strings ("√",
    "17:42", a name …) at a few hundred distinct positions; reportlab would measure, encode
    and format every one of them afresh. The operators written are the same, byte for byte.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (font, size, leading, text) -> (width, text-showing operators)
        self._text_ops: dict[tuple[str, float, float, str], tuple[float, str]] = {}
        self._numbers: dict[float, str] = {}  # coordinate -> as fp_str writes it

    def _plain(self, text: str) -> tuple[float, str]:
        """Width and operators of ``text`` in the current font, as a fresh text object would
        write them (the font's subset assignment happens on first use, as it would)."""
        key = (self._fontname, self._fontsize, self._leading, text)
        found = self._text_ops.get(key)
        if found is None:
            ops = PDFTextObject(self)._formatText(text)
            found = (self.stringWidth(text, self._fontname, self._fontsize), ops)
            self._text_ops[key] = found
        return found

    def _number(self, value: float) -> str:
        found = self._numbers.get(value)
        if found is None:
            found = self._numbers[value] = fp_str(value)
        return found

    def _draw_at(self, x: float, y: float, text: Any, align: float) -> bool:
        """drawString and friends without mode, spacing, direction or shaping (what table
        cells use); False when reportlab's own path should draw it."""
        if not self.bottomup or not isinstance(text, str):
            return False
        width, ops = self._plain(text)
        origin = f"{self._number(x - align * width)} {self._number(y)}"
        self._code.append(f"BT 1 0 0 1 {origin} Tm {ops} T* ET")
        return True

    def drawString(self, x: float, y: float, text: Any, *args: Any, **kw: Any) -> None:
        if args or kw or not self._draw_at(x, y, text, 0.0):
            super().drawString(x, y, text, *args, **kw)

    def drawCentredString(self, x: float, y: float, text: Any, *args: Any, **kw: Any) -> None:
        if args or kw or not self._draw_at(x, y, text, 0.5):
            super().drawCentredString(x, y, text, *args, **kw)

    def drawRightString(self, x: float, y: float, text: Any, *args: Any, **kw: Any) -> None:
        if args or kw or not self._draw_at(x, y, text, 1.0):
            super().drawRightString(x, y, text, *args, **kw)

    def save(self) -> None:
        # streams compressed but not ASCII85-wrapped: reportlab's pure-Python encoder took
        # a tenth of a large ledger's time, and a binary PDF is a quarter smaller
        was = rl_config.useA85
        rl_config.useA85 = 0
        try:
            super().save()
        finally:
            rl_config.useA85 = was


def numbered_canvas(header: str, footer_left: str) -> type[canvas.Canvas]:
    """A canvas class that prints the header and "第 x 页 / 共 y 页" once all pages are known."""

    class NumberedCanvas(TableCanvas):
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
