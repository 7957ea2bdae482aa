"""What every printed report shares: the CJK font, paragraph styles, table styles, and a
document whose pages carry the school, the title and "第 x 页 / 共 y 页"."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

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
from reportlab.platypus.tables import CellStyle

from after_school_desk.reports.fonts import cjk_font

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
    font_size: float = 7.5,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
    cells_preset: bool = False,
) -> TableStyle:
    """A grid table's style. ``cells_preset``: the cells' font, size, leading, alignment and
    paddings are already what ``grid_cells`` gives them (the commands setting them left out)."""
    cmds: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY)]
    if not cells_preset:
        font = cjk_font()
        cmds = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), font_size),
            ("LEADING", (0, 0), (-1, -1), font_size + 2),
            *cmds,
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
    cells = grid_cells(font_size, len(rows), len(rows[0]) if rows else 0)
    t = Table(
        rows, colWidths=list(widths) if widths else None, repeatRows=header_rows, cellStyles=cells
    )
    t.setStyle(grid_style(font_size, header_rows, extra, cells_preset=True))
    return t


@functools.cache
def _grid_cell(font_size: float) -> type[CellStyle]:
    """The cell style of a grid at ``font_size``, as grid_style's commands would set it."""
    return type(
        f"GridCell{font_size}",
        (CellStyle,),
        {"fontname": cjk_font(), "fontsize": font_size, "leading": font_size + 2,
         "valign": "MIDDLE", "topPadding": 1.5, "bottomPadding": 1.5,
         "leftPadding": CELL_PADDING, "rightPadding": CELL_PADDING},
    )  # fmt: skip


def grid_cells(font_size: float, nrows: int, ncols: int) -> list[list[CellStyle]]:
    """A grid's cells already in its font, size, alignment and paddings: a month's ledger has
    about 150,000 cells, and each command setting one of these for every cell costs reportlab
    a pass over all of them."""
    cell = _grid_cell(font_size)
    return [[cell(repr((i, j))) for j in range(ncols)] for i in range(nrows)]


SEAL_LABEL = "学校（盖章）"


def signature_parts(
    labels: Sequence[str], st: dict[str, ParagraphStyle], *, seal: bool = False
) -> list[Flowable]:
    """Lines to sign on, e.g. ["带班领导", "校长"], with a date line each; ``seal`` adds the
    school's stamp (学校（盖章）) at the right, with room for the stamp and a date under it."""
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
    parts: list[Flowable] = [Spacer(1, 6 * mm), t]
    if seal:
        stamp = Table([[Paragraph(SEAL_LABEL, st["base"])], [""],
                       [Paragraph("______年____月____日", st["base"])]],
                      colWidths=[45 * mm], rowHeights=[None, 16 * mm, None],
                      hAlign="RIGHT")  # fmt: skip
        parts += [Spacer(1, 2 * mm), stamp]
    return parts


def signature_block(
    labels: Sequence[str], st: dict[str, ParagraphStyle], *, seal: bool = False
) -> Flowable:
    """``signature_parts`` kept together on one page."""
    return KeepTogether(signature_parts(labels, st, seal=seal))


def _height(f: Flowable, canv: Any, width: float, height: float) -> float:
    """A flowable's height (a KeepTogether's own, not the height it asks for to force a split)."""
    _, h = f.wrapOn(canv, width, height)
    return float(getattr(f, "_H", h)) if isinstance(f, KeepTogether) else float(h)


class KeepWithLastRows(Flowable):
    """A table and what follows it (a signature block), laid out so that the follower never
    starts a page on its own: when it does not fit after the table's last row, the table is
    split earlier and its last rows (under the repeated header) go over with it."""

    def __init__(self, body: Table, follower: Flowable) -> None:
        super().__init__()
        self.body = body
        self.follower = follower

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # always taller than the room, so that the frame asks ``split`` how to place it
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canv = self.canv  # the frame sets it for the split
        _, body_h = self.body.wrapOn(canv, availWidth, availHeight)
        tail_h = _height(self.follower, canv, availWidth, availHeight)
        if body_h + tail_h <= availHeight:
            return [self.body, self.follower]
        if body_h <= availHeight:  # the table fits, the follower does not: take rows over
            parts = self.body.splitOn(canv, availWidth, availHeight - tail_h)
        else:
            parts = self.body.splitOn(canv, availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], KeepWithLastRows(parts[1], self.follower)]
        if getattr(self, "_postponed", False):  # a fresh page cannot take a row and the
            return [self.body, self.follower]  # follower either: print them as they come
        return []  # to the next page

    def draw(self) -> None:  # never drawn whole: ``wrap`` always asks for a split
        raise AssertionError("KeepWithLastRows is always split")


def fit_size(text: str, font: str, size: float, width: float, min_size: float) -> float:
    """The largest font size from ``size`` down to ``min_size`` (half points) at which ``text``
    is at most ``width`` wide; ``min_size`` when none is."""
    s = size
    while s > min_size and stringWidth(text, font, s) > width:
        s -= 0.5
    return max(s, min_size)


def name_cell(
    text: str, style: ParagraphStyle, col_width: float, min_size: float = 5.0
) -> str | Paragraph:
    """A person's name for a table cell ``col_width`` wide: as it is when it fits, else in a
    smaller font (down to ``min_size``), else wrapped over lines at ``min_size`` — never cut
    and never over the next cell. A name with "·" (阿卜杜热合曼·买买提艾力) breaks after it."""
    room = col_width - 2 * CELL_PADDING - 0.5
    if not text or stringWidth(text, style.fontName, style.fontSize) <= room:
        return cell_text(text, style, col_width)
    size = fit_size(text, style.fontName, style.fontSize, room, min_size)
    one_line = stringWidth(text, style.fontName, size) <= room
    if one_line and size >= 0.75 * style.fontSize:
        return Paragraph(escape(text), _sized(style, size))
    # else two lines, broken after the "·" that best balances them (else in the middle), in
    # the largest size at which both fit, when that is larger than one line's; else wrapped
    # wherever it must at ``min_size``
    best: tuple[float, list[str]] | None = None
    cuts = [i + 1 for i, ch in enumerate(text) if ch == "·" and 0 < i < len(text) - 1]
    for cut in cuts or [(len(text) + 1) // 2]:
        lines = [text[:cut], text[cut:]]
        fits = min(fit_size(line, style.fontName, style.fontSize, room, min_size)
                   for line in lines)  # fmt: skip
        if all(stringWidth(line, style.fontName, fits) <= room for line in lines) and (
            best is None or fits > best[0]
        ):
            best = (fits, lines)
    if best is not None and (not one_line or best[0] > size):
        return Paragraph("<br/>".join(escape(line) for line in best[1]), _sized(style, best[0]))
    return Paragraph(escape(text), _sized(style, size if one_line else min_size))


def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                          leading=size * style.leading / style.fontSize)  # fmt: skip


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


class Section(Flowable):
    """A mark with no size: from the page it lands on, the page header names ``text`` (a class),
    with "（续）" on the pages after that one, until the next mark ("" names nothing). Put it
    right after the section's heading, so that it lands on the heading's page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv._section = (self.text, self.canv.getPageNumber())


def section_label(state: tuple[str, int] | None, page: int) -> str:
    """What the header says of the section a page is in (see Section)."""
    if not state or not state[0]:
        return ""
    text, first = state
    return text if first == page else f"{text}（续）"


def numbered_canvas(header: str, footer_left: str, whole: bool = True) -> type[canvas.Canvas]:
    """A canvas class that prints the header and "第 x 页 / 共 y 页" once all pages are known
    (``whole=False``: the first pages of a longer document, shown while the rest is made:
    "第 x 页" only, the total not being known yet)."""

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
                self._section = None  # a page before any Section mark names none
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
            section = section_label(getattr(self, "_section", None), self._pageNumber)
            if section:
                self.setFont(font, 9)
                self.drawRightString(width - 12 * mm, height - 8 * mm, section)
                self.setFont(font, 8)
            self.drawString(12 * mm, 6 * mm, footer_left)
            number = f"第 {self._pageNumber} 页"
            self.drawRightString(width - 12 * mm, 6 * mm,
                                 f"{number} / 共 {total} 页" if whole else number)  # fmt: skip
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
    whole: bool = True,
) -> None:
    """Write ``story`` as an A4 PDF (landscape when ``wide``), reproducible byte for byte.

    ``progress(done, total)`` is called as flowables are laid out (it may raise to cancel).
    ``whole=False``: the story is the first part of a longer document (no page total)."""
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
    doc.build(story, canvasmaker=numbered_canvas(header, footer, whole))


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
