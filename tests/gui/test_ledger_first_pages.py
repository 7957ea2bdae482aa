"""打印… on a whole-school ledger: its first pages are in the preview while the rest is made;
打印…/另存为… wait for the whole, which then takes their place; closing the preview early stops
the making and leaves no temporary file."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import reports
from after_school_desk.ui.pdf_pages import page_count
from after_school_desk.ui.pdf_preview import PdfPreview
from after_school_desk.ui.reports_page import ReportsPage
from tests.unit.report_month import play_week

LEFT = Qt.MouseButton.LeftButton


class Gate:
    """Holds the whole ledger back (in the worker) until the test lets it go."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open = threading.Event()
        self.parts: list[Path] = []
        real = reports.write_ledger_pdf

        def held(data: Any, out: Any, progress: Any = None, first_part: bool = False) -> None:
            if first_part:
                self.parts.append(Path(out))
            else:
                assert self.open.wait(30), "the test never let the whole ledger go"
            real(data, out, progress, first_part=first_part)

        monkeypatch.setattr(reports, "write_ledger_pdf", held)


def _print_to_first_pages(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> tuple[Gate, PdfPreview]:
    """打印… tapped, the whole ledger held back: the preview shows the first pages."""
    gate = Gate(monkeypatch)
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20000)
    preview = page.preview
    assert preview is not None and preview.building
    return gate, preview


@pytest.fixture
def page(qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock) -> ReportsPage:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("ledger"))
    page.month.setText("2026-11")
    return page


def test_the_first_pages_show_before_the_whole_ledger_then_it_takes_their_place(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate, preview = _print_to_first_pages(qtbot, page, monkeypatch)
    first = preview.page_count()
    assert gate.parts and preview.pdf == gate.parts[0] and first == page_count(gate.parts[0])
    assert preview.name == "课后服务台账_2026年11月.pdf"  # what 另存为… offers: the whole's name
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    assert "其余页面正在生成" in preview.status.text()
    assert "已生成" in preview.page_label.text()
    preview.print_pages()  # a shortcut that slipped through prints nothing yet
    assert preview.save_as() is None
    qtbot.waitUntil(lambda: preview.strip.drawn_pages() > 0)  # the first page is painted

    gate.open.set()
    qtbot.waitUntil(lambda: not preview.building, timeout=30000)
    assert page.preview is preview and preview.isVisible()  # the same window, now whole
    assert preview.pdf.name == "课后服务台账_2026年11月.pdf"
    assert preview.page_count() == page_count(preview.pdf) > first
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert "共" in preview.page_label.text() and "已生成全部" in preview.status.text()
    folder = preview.pdf.parent
    qtbot.mouseClick(preview.close_button, LEFT)
    assert page.preview is None and not folder.exists()


def test_closing_the_first_pages_stops_the_making_and_leaves_nothing(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate, preview = _print_to_first_pages(qtbot, page, monkeypatch)
    folder = preview.pdf.parent
    qtbot.mouseClick(preview.close_button, LEFT)
    assert page.preview is None
    assert folder.exists()  # the worker may still write into it: it goes once that stops
    gate.open.set()
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=30000)
    assert not folder.exists()
    assert page.preview is None  # no whole ledger pops up after the person closed it
    assert page.status.text() == "预览已关闭。"
    assert page.print_button.isEnabled()
    # and printing again works as before
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview is not None
    page.preview.reject()
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=30000)
    assert page.preview is None
