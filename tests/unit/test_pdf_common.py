"""The shortcuts the large reports take through reportlab print what reportlab would."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from after_school_desk.reports.fonts import cjk_font
from after_school_desk.reports.pdf_common import TableCanvas, cell_text, styles, table

TEXTS = ["√", "迟", "17:42自", "母亲王芳 15次、祖父王大 3次", "", "a (b) \\ c", "√"]


def _operators(cls: type[canvas.Canvas]) -> list[str]:
    c = cls(BytesIO(), pagesize=A4, invariant=1)
    for size, leading in ((7.5, 9.5), (5.5, 7.5)):
        c.setFont(cjk_font(), size, leading)
        for i, text in enumerate(TEXTS):
            c.drawCentredString(100.25 + i, 200 - i * 9.5, text)
            c.drawString(12.5, 300.125 - i, text)
            c.drawRightString(500, 1e-9 * i, text)
    c.setFont("Helvetica", 9)
    c.drawString(10, 10, "plain latin")
    c.drawString(10, 20, "spaced", charSpace=1)  # not the plain case: reportlab's own path
    return list(c._code)


def test_table_canvas_writes_the_same_operators_as_reportlab() -> None:
    assert _operators(TableCanvas) == _operators(canvas.Canvas)


def _row_heights(cells: list[object], widths: list[float]) -> list[float]:
    t = table([["头", "头"], cells], widths)
    t.wrap(800, 600)
    return list(t._rowHeights)


def test_cell_text_is_a_plain_string_only_where_a_paragraph_would_be_one_line() -> None:
    cell = styles()["cell"]
    short = "16:40 电话母亲王芳已联系到"
    assert cell_text(short, cell, 200) == short
    long_text = "；".join([short] * 8)
    for text in (long_text, "", "a <b>bold</b>", "two  spaces", " edge", "R&D", "line\nbreak"):
        assert isinstance(cell_text(text, cell, 200), Paragraph), text
    # where it is plain, the row is as tall as with the Paragraph
    assert _row_heights(["2026-11-02", cell_text(short, cell, 200)], [60, 200]) == _row_heights(
        ["2026-11-02", Paragraph(short, cell)], [60, 200]
    )
