"""What every printed report shares: the CJK font, paragraph styles, table styles, and a
document whose pages carry the school, the title and "第 x 页 / 共 y 页"."""

from __future__ import annotations

import functools
import weakref
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
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen import canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether, Spacer
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag
from reportlab.platypus.tables import CellStyle, _calc_pc

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


class CellParagraph(Paragraph):
    """A table cell's Paragraph, wrapped once per width: a grid measures its rows and then
    draws them, and reportlab's cell drawing wraps the Paragraph again at the same width
    (the lines do not depend on the height offered)."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        # (a width too narrow to take any text is not kept: reportlab's answer is no fit)
        self._wrapped_for = availWidth if availWidth >= rl_config._FUZZ else None
        return size

    @classmethod
    def plain(cls, text: str, style: ParagraphStyle) -> CellParagraph:
        """``CellParagraph(text, style)`` for a text without markup that reportlab's cleaning
        leaves as it is: its one fragment made from the style's, not parsed (reportlab's
        parser costs a large ledger's thousands of wrapped cells more than wrapping them)."""
        if not text:
            return cls(text, style, frags=[])  # the parser finds no fragment in no text
        if not _NOT_PLAIN.isdisjoint(text) or cleanBlockQuotedText(text) != text:
            return cls(text, style)
        template = _PLAIN_FRAGS.get(style)
        if template is None:
            parsed = Paragraph(_SAMPLE, style).frags
            if len(parsed) != 1 or getattr(parsed[0], "text", None) != _SAMPLE:
                return cls(text, style)
            template = _PLAIN_FRAGS[style] = dict(parsed[0].__dict__)
        frag = ParaFrag()
        frag.__dict__.update(
            {k: list(v) if isinstance(v, list) else v for k, v in template.items()}
        )
        frag.text = text
        return cls(text, style, frags=[frag])


_SAMPLE = "样"  # any text the parser takes whole, to learn a style's fragment from
# a style's fragment, as the parser makes it for plain text
_PLAIN_FRAGS: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, Any]] = (
    weakref.WeakKeyDictionary()
)
_NOT_PLAIN = frozenset("<>&\n\r\t")  # markup, or whitespace a Paragraph would fold


def cell_text(text: str, style: ParagraphStyle, col_width: float) -> str | Paragraph:
    """``text`` for a table cell of a column ``col_width`` wide: the Paragraph that wraps it,
    or the plain string when that Paragraph would be one unwrapped line anyway. The string
    draws the same (same place, font and size, provided the cell's FONTNAME, FONTSIZE and
    LEADING are the style's, as ``table``'s defaults are for the "cell" style) at a small
    part of a Paragraph's cost. Empty text stays a Paragraph (it takes no line)."""
    if not text:
        return CellParagraph.plain(text, style)
    if text != text.strip() or "  " in text or not _NOT_PLAIN.isdisjoint(text):
        return CellParagraph(text, style)
    if stringWidth(text, style.fontName, style.fontSize) > col_width - 2 * CELL_PADDING - 0.5:
        return CellParagraph.plain(text, style)  # (a margin: never near where it would wrap)
    return text


class GridTable(Table):
    """A report grid: each row measured once, and plain text cells drawn straight.

    reportlab measures a table's rows again at every wrap and split (a class's grid spreads
    over pages, and each page's part is measured twice more), wrapping each Paragraph in them
    afresh; here a row's height, once known, is kept (it does not depend on the room left).
    A row is measured as reportlab measures it; rows under a row span are left to reportlab.
    Cells that are plain text draw at the place and through the canvas operators reportlab's
    own cell drawing uses (an empty one draws nothing)."""

    _argH: list[float | None]
    _rowHeights: list[float | None]
    _curcellstyle: Any

    def _calc_height(
        self, availHeight: float, availWidth: float, H: Any = None, W: Any = None
    ) -> None:
        widths = tuple(W if W else _calc_pc(self._argW, availWidth))
        given: list[float | None] | None = getattr(self, "_given_heights", None)
        if given is None:
            given = self._given_heights = list(self._argH)
        elif getattr(self, "_heights_for", None) != widths:  # other column widths: measure anew
            self._argH = list(given)
        if None in self._argH:
            self._argH = self._rowHeights = self._measured(list(widths))
            self._heights_for = widths
        super()._calc_height(availHeight, availWidth, H, W)
        if None in self._argH and None not in self._rowHeights:
            self._argH = list(self._rowHeights)  # the spanned rows too, from now on

    def _calcSpanRanges(self) -> None:
        # worked out at every wrap and split, cell by cell: once is enough while the spans
        # and the table's size stay as they are
        key = (tuple(self._spanCmds), self._nrows, self._ncols)
        if getattr(self, "_spans_for", None) != key:
            super()._calcSpanRanges()
            self._spans_for = key

    def _measured(self, widths: list[float]) -> list[float | None]:
        """Row heights as reportlab's ``_calc_height`` finds them (its cell width check left
        out: by default reportlab lets a cell's content overflow), None for rows it must do
        (rows under a span)."""
        spanned: set[int] = set()
        if self._spanCmds:
            for x0, y0, x1, y1 in filter(None, self._spanRanges.values()):
                if x0 != x1 or y0 != y1:
                    spanned.update(range(y0, y1 + 1))
        minimum = self._minRowHeights
        canv: Any = getattr(self, "canv", None)
        heights: list[float | None] = list(self._argH)
        for i, (row, row_styles) in enumerate(
            zip(self._cellvalues, self._cellStyles, strict=False)
        ):
            if heights[i] is not None or i in spanned:
                continue
            h: float = 0
            for j, (v, s, w) in enumerate(zip(row, row_styles, widths, strict=False)):
                if isinstance(v, (tuple, list, Flowable)):
                    v = row[j] = self._cellListProcess(v, w, None)
                    saved = None
                    if canv:
                        saved = canv._fontname, canv._fontsize, canv._leading
                        canv._fontname, canv._fontsize, canv._leading = (
                            s.fontname, s.fontsize, s.leading or 1.2 * s.fontsize)  # fmt: skip
                    t = self._listCellGeom(v, w or self._listValueWidth(v), s)[1]
                    if saved:
                        canv._fontname, canv._fontsize, canv._leading = saved
                else:
                    lines = 1 if v is None else (v if type(v) is str else str(v)).count("\n") + 1
                    t = (s.leading or 1.2 * s.fontsize) * lines
                t += s.bottomPadding + s.topPadding
                if t > h:
                    h = t
            heights[i] = max(minimum[i], h) if minimum else h
        return heights

    def draw(self) -> None:
        canv = self.canv
        if (
            self._renderCB
            or getattr(self, "_shadow", None)
            or getattr(self, "_cornerRadii", None)
            or not isinstance(canv, TableCanvas)
            or not canv.bottomup
        ):
            super().draw()
            return
        # reportlab's Table.draw, less what a grid has not (a render callback, a shadow)
        canv.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._makeRoundedCornersClip()  # (none: notes that there is none)
        self._drawBkgrnd()
        self._draw_cells(canv)
        self._drawLines()
        canv.restoreState()
        if self._roundingRectDef:
            self._restoreRoundingObscuredLines()

    def _draw_cells(self, canv: TableCanvas) -> None:
        """Every cell, as reportlab's ``_drawCell`` would draw it: a cell of one line of text
        written here, through the canvas's operator cache (``TableCanvas._draw_at``), an empty
        one not at all, any other by ``_drawCell``."""
        if self._spanCmds:
            rects = self._spanRects
            places = [[rects[j, i] for j in range(self._ncols)] for i in range(self._nrows)]
        else:
            xs, ws = self._colpositions[:-1], self._colWidths
            places = [[(x, y, w, h) for x, w in zip(xs, ws, strict=False)]
                      for y, h in zip(self._rowpositions[1:], self._rowHeights, strict=False)]  # fmt: skip
        text_ops, numbers, code = canv._text_ops, canv._numbers, canv._code
        plain, number = canv._plain, canv._number
        cur: Any = None
        for row, row_styles, row_places in zip(
            self._cellvalues, self._cellStyles, places, strict=False
        ):
            for value, s, place in zip(row, row_styles, row_places, strict=False):
                if place is None:  # under a span
                    continue
                kind = type(value)
                if kind is str:
                    if not value:
                        continue  # nothing to write
                    v = value
                else:
                    v = str(value) if kind is int else ""
                just, valign = s.alignment, s.valign
                if (
                    not v
                    or "\n" in v
                    or s.href
                    or s.destination
                    or s.direction
                    or s.shaping
                    or just not in _ALIGN_FACTORS
                    or valign not in ("MIDDLE", "TOP", "BOTTOM")
                ):
                    self._curcellstyle = cur
                    x0, y0, w, h = place
                    self._drawCell(value, s, (x0, y0), (w, h))
                    cur = self._curcellstyle
                    continue
                if s is not cur:
                    if cur is None or (s.color is not cur.color and s.color != cur.color):
                        canv.setFillColor(s.color)
                    if (
                        cur is None
                        or s.leading != cur.leading
                        or s.fontname != cur.fontname
                        or s.fontsize != cur.fontsize
                    ):
                        canv.setFont(s.fontname, s.fontsize, s.leading)
                    cur = s
                x0, y0, w, h = place
                align = _ALIGN_FACTORS[just]
                if align == 0.0:
                    x = x0 + s.leftPadding
                elif align == 0.5:
                    x = x0 + (w + s.leftPadding - s.rightPadding) * 0.5
                else:
                    x = x0 + w - s.rightPadding
                leading, fontsize = s.leading, s.fontsize
                if valign == "MIDDLE":  # reportlab's arithmetic, for one line (n = 1)
                    y = y0 + (s.bottomPadding + h - s.topPadding + 1 * leading) / 2.0 - fontsize
                elif valign == "TOP":
                    y = y0 + h - s.topPadding - fontsize
                else:
                    y = y0 + s.bottomPadding + 1 * leading - fontsize
                found = text_ops.get((canv._fontname, canv._fontsize, canv._leading, v))
                width, ops = found if found is not None else plain(v)
                left = x - align * width
                a = numbers.get(left)
                b = numbers.get(y)
                code.append(f"BT 1 0 0 1 {a if a is not None else number(left)} "
                            f"{b if b is not None else number(y)} Tm {ops} T* ET")  # fmt: skip
        self._curcellstyle = cur


_ALIGN_FACTORS = {"LEFT": 0.0, "CENTRE": 0.5, "CENTER": 0.5, "RIGHT": 1.0}


def table(
    rows: list[list[Any]],
    widths: Sequence[float] | None = None,
    font_size: float = 7.5,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    cells = grid_cells(font_size, len(rows), len(rows[0]) if rows else 0)
    # the cells as reportlab's normalizeData leaves them (None as ""), without its call a cell
    data = [["" if v is None else v for v in row] for row in rows]
    t = GridTable(
        data,
        colWidths=list(widths) if widths else None,
        repeatRows=header_rows,
        cellStyles=cells,
        normalizedData=1,
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
    name = cell.__name__  # (reportlab names each cell by its place; nothing reads the name)
    return [[cell(name) for _j in range(ncols)] for _i in range(nrows)]


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
        return CellParagraph(escape(text), _sized(style, size))
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
        return CellParagraph("<br/>".join(escape(line) for line in best[1]), _sized(style, best[0]))
    return CellParagraph(escape(text), _sized(style, size if one_line else min_size))


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
        # (font, text) -> the text's runs in the font's subsets: (subset's PDF name, escaped)
        self._runs: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def _plain(self, text: str) -> tuple[float, str]:
        """Width and operators of ``text`` in the current font, as a fresh text object would
        write them (the font's subset assignment happens on first use, as it would)."""
        key = (self._fontname, self._fontsize, self._leading, text)
        found = self._text_ops.get(key)
        if found is None:
            ops = self._subset_ops(text)
            if ops is None:
                ops = PDFTextObject(self)._formatText(text)
            found = (self.stringWidth(text, self._fontname, self._fontsize), ops)
            self._text_ops[key] = found
        return found

    def _subset_ops(self, text: str) -> str | None:
        """What ``PDFTextObject._formatText`` writes for a plain string in a TrueType font (a
        fresh text object: each run in a subset of the font selects it at the current size and
        leading), from the text's runs found once per font rather than once per size (a name
        is printed in several grids of different sizes); None for other fonts."""
        font = getFont(self._fontname)
        if not getattr(font, "_dynamicFont", False) or type(text) is not str:
            return None
        runs = self._runs.get((self._fontname, text))
        if runs is None:
            doc = self._doc
            runs = self._runs[(self._fontname, text)] = [
                (font.getSubsetInternalName(subset, doc), self._escape(chunk))
                for subset, chunk in font.splitString(text, doc)
            ]
        size = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
        return " ".join(f"{name} {size} ({chunk}) Tj" for name, chunk in runs)

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
