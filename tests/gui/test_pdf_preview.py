"""The program's own preview and printing of report PDFs: pages drawn by PDFium, printed through
Qt's print dialog and QPrinter, no outside viewer; without a printer it says so and saves."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from after_school_desk.errors import AppError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import reports
from after_school_desk.ui import pdf_preview
from after_school_desk.ui.pdf_pages import PdfPages, page_count, page_image
from after_school_desk.ui.pdf_preview import PdfPreview, pages_to_print, print_order
from after_school_desk.ui.reports_page import ReportsPage
from tests.gui.modal_answer import ModalAnswer, answer_modal
from tests.unit.report_month import play_week

LEFT = Qt.MouseButton.LeftButton


def dark_pixels(image: QImage, step: int = 2) -> int:
    """How many of every ``step``-th pixel are darker than mid-grey (text, lines)."""
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 128
    )


def pdf_pages_of(path: Path) -> int:
    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


@pytest.fixture
def ledger(school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path) -> Path:
    play_week(school_ctx, clock)
    out = tmp_path / "课后服务台账_2026年11月.pdf"
    reports.ledger_pdf(school_ctx, "2026-11", out)
    return out


def _has_a_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))


def _no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))


def _to_pdf_file(out: Path, setup=None):
    """A stand-in for the print dialog's exec: choose "print to a PDF file" and accept."""
    seen: list[dict[str, object]] = []

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        layout = printer.pageLayout()
        seen.append(
            {
                "pages": (dialog.minPage(), dialog.maxPage()),
                "orientation": layout.orientation().name,
                "paper": layout.pageSize().id().name,
                "full_page": printer.fullPage(),
            }
        )
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if setup is not None:
            setup(printer)
        return int(QDialog.DialogCode.Accepted)

    return accept, seen


def _click_in_box(qtbot: QtBot, button_text: str, seen: list[str]) -> ModalAnswer:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, LEFT)

    return answer_modal(act)


# --- the renderer ------------------------------------------------------------------------


def test_a_real_ledger_renders_page_by_page(ledger: Path, tmp_path: Path) -> None:
    raw = ledger.read_bytes()
    declared = len(re.findall(rb"/Type\s*/Page\b", raw))
    assert declared >= 2  # the ledger has a summary and per-class pages
    with PdfPages(ledger) as pages:
        assert len(pages) == declared == page_count(ledger)
        assert pages.is_landscape(0)  # the ledger is A4 landscape
        size = pages.size_points(0)
        assert (round(size.width()), round(size.height())) == (842, 595)
        first = pages.image(0, 72)
        assert (first.width(), first.height()) == (842, 596)  # whole pixels, rounded up
        sharp = pages.image(0, 150)
        assert abs(sharp.width() - 842 * 150 / 72) <= 1
        assert dark_pixels(first) > 200  # text and table lines, not a blank page
        assert first.pixelColor(2, 2).name() == "#ffffff"  # paper stays white
        sharp.save(str(tmp_path / "ledger_page1.png"))
    assert pages.closed
    with pytest.raises(AppError):
        pages.image(0, 72)
    huge = page_image(ledger, 0, 5000)  # capped at MAX_DPI: 300 dpi
    assert huge.width() == pytest.approx(842 * 300 / 72, abs=1)


def test_a_file_that_is_not_a_pdf_is_refused_in_words(tmp_path: Path) -> None:
    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(AppError, match="打不开这份 PDF"):
        PdfPages(bad)


# --- choosing pages ----------------------------------------------------------------------


def test_page_range_current_page_copies_and_collation(qtbot: QtBot) -> None:
    printer = QPrinter()
    assert pages_to_print(printer, 4, 2) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 4, 2) == [2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert pages_to_print(printer, 4, 0) == [1, 2]
    assert print_order([1, 2], 2, collate=True) == [1, 2, 1, 2]
    assert print_order([1, 2], 2, collate=False) == [1, 1, 2, 2]
    assert print_order([0], 0, collate=True) == [0]


# --- the preview dialog ------------------------------------------------------------------


def test_preview_shows_the_pages_and_pages_through_them(
    qtbot: QtBot, ledger: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _has_a_printer(monkeypatch)
    preview = PdfPreview(ledger, ledger.name)
    qtbot.addWidget(preview)
    preview.resize(1366, 768)
    preview.show()
    qtbot.waitExposed(preview)
    n = pdf_pages_of(ledger)
    assert preview.windowTitle() == f"预览：{ledger.name}"
    assert preview.page_label.text() == f"第 1 页，共 {n} 页"
    assert not preview.prev_button.isEnabled() and preview.next_button.isEnabled()
    assert preview.notice.isHidden()  # there is a printer: no notice
    # fit-width: the widest page fills the view's width
    viewport = preview.view.viewport().width()
    assert preview.strip.page_rect(0).width() <= viewport
    assert preview.strip.page_rect(0).width() > viewport * 0.8
    qtbot.waitUntil(lambda: not preview.view.horizontalScrollBar().isVisible())
    assert preview.print_button.isDefault()
    preview.grab().save(str(tmp_path / "preview_1366x768.png"))

    qtbot.mouseClick(preview.next_button, LEFT)
    assert preview.page_label.text() == f"第 2 页，共 {n} 页"
    assert preview.current_page() == 1
    qtbot.mouseClick(preview.prev_button, LEFT)
    assert preview.current_page() == 0

    qtbot.mouseClick(preview.actual_button, LEFT)
    assert preview.actual_button.isChecked() and not preview.fit_button.isChecked()
    assert preview.strip.scale == pytest.approx(preview.logicalDpiX() / 72)
    qtbot.mouseClick(preview.fit_button, LEFT)
    assert preview.zoom == pdf_preview.FIT_WIDTH
    qtbot.mouseClick(preview.close_button, LEFT)
    assert not preview.isVisible() and preview.pages.closed


def test_print_draws_every_page_onto_the_printer(
    qtbot: QtBot, ledger: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _has_a_printer(monkeypatch)
    preview = PdfPreview(ledger, ledger.name)
    qtbot.addWidget(preview)
    out = tmp_path / "printed.pdf"
    accept, seen = _to_pdf_file(out)
    preview.run_print_dialog = accept  # type: ignore[method-assign]
    qtbot.mouseClick(preview.print_button, LEFT)
    n = pdf_pages_of(ledger)
    # the dialog opens on the report's own paper: A4 landscape, pages 1 … n
    assert seen == [{"pages": (1, n), "orientation": "Landscape", "paper": "A4", "full_page": True}]
    assert out.stat().st_size > 10_000
    assert pdf_pages_of(out) == n
    with PdfPages(out) as sheets:  # the same sheet, the same way round
        size = sheets.size_points(0)
        assert (round(size.width()), round(size.height())) == (842, 595)
        printed = sheets.image(0, 72)
    assert dark_pixels(printed) > 200
    assert preview.status.text() == f"已打印 {n} 页到文件：{out}"


def test_print_keeps_to_the_page_range_and_copies(
    qtbot: QtBot, ledger: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _has_a_printer(monkeypatch)
    preview = PdfPreview(ledger, ledger.name)
    qtbot.addWidget(preview)
    out = tmp_path / "two.pdf"

    def second_page_twice(printer: QPrinter) -> None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        printer.setCopyCount(2)

    accept, seen = _to_pdf_file(out, second_page_twice)
    monkeypatch.setattr(QPrintDialog, "exec", accept)  # Qt's own dialog, answered at once
    qtbot.mouseClick(preview.print_button, LEFT)
    assert len(seen) == 1
    # a PDF file makes no copies itself, so the page is drawn twice
    assert pdf_pages_of(out) == 2
    assert "已打印 2 页" in preview.status.text()


def test_closing_the_print_dialog_prints_nothing(
    qtbot: QtBot, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _has_a_printer(monkeypatch)
    preview = PdfPreview(ledger, ledger.name)
    qtbot.addWidget(preview)
    printed: list[str] = []
    preview.printed.connect(printed.append)
    preview.run_print_dialog = lambda dialog: int(QDialog.DialogCode.Rejected)  # type: ignore[method-assign]
    qtbot.mouseClick(preview.print_button, LEFT)
    assert preview.status.text() == "没有打印。" and printed == []


def test_without_a_printer_it_says_so_and_offers_to_save(
    qtbot: QtBot, ledger: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _no_printer(monkeypatch)
    preview = PdfPreview(ledger, ledger.name)
    qtbot.addWidget(preview)
    words = "本机没有安装打印机：可以另存为 PDF，拿到有打印机的电脑上打印。"
    assert not preview.notice.isHidden() and preview.notice.text() == words

    dialogs: list[object] = []
    monkeypatch.setattr(pdf_preview, "QPrintDialog", lambda *a: dialogs.append(a))
    seen: list[str] = []
    answer = _click_in_box(qtbot, "不打印", seen)
    qtbot.mouseClick(preview.print_button, LEFT)
    answer.check()
    assert seen == [words] and dialogs == []
    assert preview.status.text() == words  # nothing claims a saved file
    assert not list(tmp_path.glob("*副本*"))

    asked: list[str] = []
    monkeypatch.setattr(
        pdf_preview.file_dialogs,
        "save_file",
        lambda parent, title, name, filters: asked.append(name) or str(tmp_path / "副本"),
    )
    saved: list[Path] = []
    preview.saved.connect(saved.append)
    answer = _click_in_box(qtbot, "另存为…", [])
    qtbot.mouseClick(preview.print_button, LEFT)
    answer.check()
    kept = tmp_path / "副本.pdf"
    assert asked == [ledger.name]  # the report's Chinese name is offered
    assert kept.read_bytes() == ledger.read_bytes()
    assert saved == [kept] and preview.status.text() == f"已保存：{kept}"


def test_save_as_reports_a_failure_in_words(
    qtbot: QtBot, ledger: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _has_a_printer(monkeypatch)
    preview = PdfPreview(ledger, ledger.name)
    qtbot.addWidget(preview)
    preview.ask_save_path = lambda: str(tmp_path / "没有这个文件夹" / "a.pdf")  # type: ignore[method-assign]
    qtbot.mouseClick(preview.save_button, LEFT)
    assert preview.status.text().startswith("没有保存：")
    preview.ask_save_path = lambda: ""  # type: ignore[method-assign]
    assert preview.save_as() is None


# --- from the 报表 page ------------------------------------------------------------------


def _print_from_page(qtbot: QtBot, page: ReportsPage) -> PdfPreview:
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview is not None
    return page.preview


def test_print_on_the_reports_page_opens_the_preview_and_prints(
    qtbot: QtBot,
    school_ctx: ServiceContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    play_week(school_ctx, clock)
    _has_a_printer(monkeypatch)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("roster"))
    preview = _print_from_page(qtbot, page)
    built = preview.pdf
    assert built.name == "值班表_2026年11月.pdf" and built.exists()
    assert preview.isVisible() and preview.isModal()
    assert page.last_output is None  # a temporary file is never reported as saved
    assert "已保存" not in page.status.text()

    out = tmp_path / "printed.pdf"
    accept, _seen = _to_pdf_file(out)
    preview.run_print_dialog = accept  # type: ignore[method-assign]
    qtbot.mouseClick(preview.print_button, LEFT)
    assert pdf_pages_of(out) == pdf_pages_of(built)
    assert page.status.text().startswith("已打印")
    assert page.last_output is None

    qtbot.mouseClick(preview.close_button, LEFT)
    assert page.preview is None
    assert not built.exists() and not built.parent.exists()  # the temporary folder is gone


def test_print_on_the_reports_page_without_a_printer_can_save_instead(
    qtbot: QtBot,
    school_ctx: ServiceContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    play_week(school_ctx, clock)
    _no_printer(monkeypatch)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("handover-sheet"))
    page.day.setDate(QDate(2026, 11, 4))
    page.class_box.setCurrentIndex(page.class_box.findData("一年级(1)班"))
    preview = _print_from_page(qtbot, page)
    assert not preview.notice.isHidden()
    preview.ask_save_path = lambda: str(tmp_path / preview.name)  # type: ignore[method-assign]
    answer = _click_in_box(qtbot, "另存为…", [])
    qtbot.mouseClick(preview.print_button, LEFT)
    answer.check()
    out = tmp_path / "交接单_一年级(1)班_2026-11-04.pdf"
    assert page.last_output == out and out.read_bytes()[:5] == b"%PDF-"
    assert page.status.text() == f"已保存：{out}"
    preview.reject()
    assert page.preview is None


def test_a_spreadsheet_report_is_not_previewed(
    qtbot: QtBot, school_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("direct"))
    told: list[str] = []
    monkeypatch.setattr(
        "after_school_desk.ui.reports_page.QMessageBox.information",
        lambda parent, title, text: told.append(text),
    )
    qtbot.mouseClick(page.print_button, LEFT)
    assert told and "表格文件" in told[0]
    assert page.preview is None and not page.runner.running()
