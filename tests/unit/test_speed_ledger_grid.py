"""The ledger's quick paths through reportlab print what reportlab's own would: the grids that
measure each row once and write their text cells straight (``GridTable``), the cell
Paragraphs made without the markup parser and wrapped once per width (``CellParagraph``), and
the ledger's marks worked out once for its grids, rates and daily figures."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from after_school_desk.reports import pdf_common
from after_school_desk.reports.ledger_data import attendance_rate, build_ledger, daily_figures
from after_school_desk.reports.ledger_pdf import ledger_story
from after_school_desk.reports.month_facts import MARK_NOT_ENROLLED, mark
from after_school_desk.reports.pdf_common import (
    CellParagraph,
    GridTable,
    cell_text,
    name_cell,
    numbered_canvas,
    styles,
    table,
)
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month.facts import month_facts
from after_school_desk.services.sample import demo

# a text operator that writes nothing, and a font set on its own: reportlab writes both for an
# empty cell (the quick path writes no operator for it, and sets the font at the next text)
_EMPTY_TEXT = re.compile(r"BT 1 0 0 1 \S+ \S+ Tm\s+T\* ET")
_FONT_ONLY = re.compile(r"BT /\S+ \S+ Tf \S+ TL ET")


def _pages(story: list[Any]) -> list[list[str]]:
    """Each page's operators as the document's canvas has them before it is written out,
    less the ones that print nothing (see above)."""
    pages: list[list[str]] = []

    class Capture(numbered_canvas("页眉", "页脚")):  # type: ignore[misc,valid-type]
        def save(self) -> None:
            pages.extend(list(state["_code"]) for state in self._saved)

    doc = SimpleDocTemplate(BytesIO(), pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=13 * mm, bottomMargin=12 * mm,
                            invariant=1)  # fmt: skip
    doc.build(story, canvasmaker=Capture)
    return [
        [op for op in page if not _EMPTY_TEXT.fullmatch(op) and not _FONT_ONLY.fullmatch(op)]
        for page in pages
    ]


def _reportlab_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """``table`` and ``cell_text`` as they were before the quick paths: reportlab's Table, and
    Paragraphs parsed and wrapped at every call."""
    monkeypatch.setattr(pdf_common, "GridTable", Table)
    monkeypatch.setattr(CellParagraph, "wrap", Paragraph.wrap)
    monkeypatch.setattr(
        CellParagraph, "plain", classmethod(lambda cls, text, style: cls(text, style))
    )


LONG = "；".join(["16:40 电话母亲王芳已联系到（说孩子发烧在家）"] * 4)


def _grid_story() -> list[Any]:
    """Grids with what a ledger's hold: plain and wrapped text, numbers, empty cells, a
    two-line string, row spans in a two-row header, cell alignments and a long grid that goes
    over pages."""
    st = styles()
    cell = st["cell"]
    head1 = ["序号", "姓名", "一", "二", "说明", "次数"]
    head2 = ["", "", "星期一", "星期二", "", ""]
    rows: list[list[Any]] = [head1, head2]
    for i in range(1, 160):
        rows.append([i, name_cell(f"学生{i:03d}", cell, 20 * mm), "√" if i % 3 else "", "17:4" + str(i % 10),
                     cell_text(LONG if i % 7 == 0 else f"母亲{i} 15次", cell, 60 * mm),
                     "两行\n文字" if i % 11 == 0 else None])  # fmt: skip
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 4, 5)]
    first = table(rows, [10 * mm, 20 * mm, 12 * mm, 12 * mm, 60 * mm, 14 * mm], header_rows=2,
                  extra=[*spans, ("ALIGN", (2, 2), (-1, -1), "CENTER"),
                         ("ALIGN", (0, 2), (0, -1), "RIGHT"), ("VALIGN", (4, 2), (4, -1), "TOP")])  # fmt: skip
    plain = [
        ["日期", "内容"],
        *[[f"2026-11-{d:02d}", cell_text("", cell, 40 * mm)] for d in range(1, 9)],
    ]
    return [first, table(plain, [30 * mm, 40 * mm])]


def test_grids_lay_out_and_print_as_reportlabs_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    quick = _pages(_grid_story())
    assert len(quick) >= 2  # the long grid went over a page
    with monkeypatch.context() as m:
        _reportlab_only(m)
        story = _grid_story()
        assert not any(isinstance(f, GridTable) for f in story)
        plain = _pages(story)
    assert quick == plain


def test_the_ledger_prints_as_with_reportlabs_tables(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A demo school's month, every page: the same operators with and without the quick
    paths (empty cells aside, which print nothing either way)."""
    demo.create_demo(ctx, pupils=60, seed=3, months=1)
    facts = month_facts(ctx, "2026-10")
    ledger = build_ledger(facts)
    assert any(c.followups for c in ledger.classes)
    quick = _pages(ledger_story(ledger))
    with monkeypatch.context() as m:
        _reportlab_only(m)
        plain = _pages(ledger_story(ledger))
    assert len(quick) == len(plain) > 3
    assert quick == plain


@pytest.mark.parametrize(
    "text",
    ["母亲王芳 15次、祖父王大 3次", LONG, "a b", "甲\u3000乙", "x\u00a0y", "", "R&D", "<b>x</b>"],
)
def test_cell_paragraphs_made_without_the_parser_are_the_parsers(text: str) -> None:
    for style in styles().values():
        quick, parsed = CellParagraph.plain(text, style), Paragraph(text, style)
        assert [f.__dict__ for f in quick.frags] == [f.__dict__ for f in parsed.frags]
        assert (quick.text, quick.style, quick.bulletText) == (parsed.text, parsed.style, None)
        for width in (30.0, 80.0, 400.0):
            assert quick.wrap(width, 100) == parsed.wrap(width, 100)
            assert repr(quick.blPara.lines) == repr(parsed.blPara.lines)
            assert quick.wrap(width, 5) == parsed.wrap(width, 5)  # again: kept, same answer


def test_marks_worked_out_once_give_the_same_figures(ctx: ServiceContext) -> None:
    demo.create_demo(ctx, pupils=40, seed=5, months=1)
    facts = month_facts(ctx, "2026-10")
    days = [d.date for d in facts.held]
    marks = {pm.pupil_id: [mark(pm, d) for d in days] for pm in facts.pupils}
    assert any(MARK_NOT_ENROLLED in row for row in marks.values()) or facts.pupils
    assert daily_figures(facts, marks) == daily_figures(facts)
    grouped = facts.by_class()
    for pupils in grouped.values():
        assert attendance_rate(pupils, marks) == attendance_rate(pupils)


def test_a_grid_measured_again_at_other_column_widths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Row heights are kept for the column widths they were measured at: a grid without set
    widths (reportlab works them out from the room at its first wrap), wrapped in narrower and
    wider room, is as tall as reportlab's Table wrapped alike, each time."""
    cell = styles()["cell"]

    def rows() -> list[list[Any]]:
        return [["头", "头"], ["2026-11-02", Paragraph(LONG, cell)], ["2026-11-03", "短"]]

    quick = table(rows())
    with monkeypatch.context() as m:
        _reportlab_only(m)
        plain = table(rows())
    assert isinstance(quick, GridTable) and not isinstance(plain, GridTable)
    for width in (300.0, 700.0, 300.0, 120.0):
        assert quick.wrap(width, 800) == plain.wrap(width, 800)
        assert quick._rowHeights == plain._rowHeights
    assert quick._rowHeights[1] > quick._rowHeights[2]  # the long text takes several lines
