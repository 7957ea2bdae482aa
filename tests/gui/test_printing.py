"""Printing: Qt's print dialog chooses the printer; the spooler gets the finished PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.clock import FixedClock
from app.services.context import ServiceContext
from app.ui import pdf_printing, reports_page
from app.ui.reports_page import ReportsPage
from tests.gui.modal_answer import ModalAnswer, answer_modal
from tests.unit.report_month import play_week

LEFT = Qt.MouseButton.LeftButton


def test_lp_command_carries_printer_and_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_printing.sys, "platform", "linux")
    monkeypatch.setattr(pdf_printing.shutil, "which", lambda name: "/usr/bin/lp")
    command = pdf_printing.print_command(Path("/tmp/a.pdf"), "办公室打印机", 2)
    assert command == ["/usr/bin/lp", "-n", "2", "-d", "办公室打印机", "/tmp/a.pdf"]
    monkeypatch.setattr(pdf_printing.shutil, "which", lambda name: None)
    assert "CUPS" in (pdf_printing.send_pdf(Path("/tmp/a.pdf"), "x") or "")


def test_spooler_refusal_is_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_printing.sys, "platform", "linux")
    monkeypatch.setattr(pdf_printing.shutil, "which", lambda name: "/usr/bin/lp")

    def refuse(command: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 1, "", "lp: The printer is not responding.")

    problem = pdf_printing.send_pdf(Path("/tmp/a.pdf"), "HP", 1, run=refuse)
    assert problem is not None and "not responding" in problem


def test_print_builds_the_pdf_and_sends_it_to_the_chosen_printer(
    qtbot: QtBot,
    school_ctx: ServiceContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    play_week(school_ctx, clock)
    sent: list[tuple[Path, str, int]] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["HP-教务处"]))
    monkeypatch.setattr(
        reports_page, "send_pdf", lambda pdf, name, copies: sent.append((pdf, name, copies))
    )
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)

    chosen: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setCopyCount(2)
        chosen.append(dialog.printer().printerName())
        return int(QDialog.DialogCode.Accepted)

    page.run_print_dialog = accept  # type: ignore[method-assign]
    page.kind.setCurrentIndex(page.kind.findData("roster"))
    page.print_report()
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    assert len(sent) == 1
    pdf, printer, copies = sent[0]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert (printer, copies) == (chosen[0], 2)
    assert "已发送到打印机" in page.status.text()


def _click_in_box(qtbot: QtBot, button_text: str, seen: list[str]) -> ModalAnswer:
    """Answer the message box by tapping the button labelled ``button_text``."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()}\n{box.informativeText()}")
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, LEFT)

    return answer_modal(act)


def test_print_without_a_printer_says_so_and_saves_nothing(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    play_week(school_ctx, clock)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("handover-sheet"))
    seen: list[str] = []
    answer = _click_in_box(qtbot, "不打印", seen)
    qtbot.mouseClick(page.print_button, LEFT)
    answer.check()
    assert "这台电脑没有安装打印机" in seen[0] and "保存为 PDF" in seen[0]
    assert not page.runner.running() and page.last_output is None  # nothing was built
    assert "没有安装打印机" in page.status.text()
    assert "已保存" not in page.status.text()


def test_print_without_a_printer_can_save_the_pdf_instead(
    qtbot: QtBot,
    school_ctx: ServiceContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    play_week(school_ctx, clock)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("handover-sheet"))
    page.day.setDate(QDate(2026, 11, 4))
    page.class_box.setCurrentIndex(page.class_box.findData("一年级(1)班"))
    asked: list[str] = []

    def ask(name: str, filters: str) -> str:
        asked.append(filters)
        return str(tmp_path / name)

    page.ask_save_path = ask  # type: ignore[method-assign]
    answer = _click_in_box(qtbot, "保存为 PDF…", [])
    qtbot.mouseClick(page.print_button, LEFT)
    answer.check()
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    out = tmp_path / "交接单_一年级(1)班_2026-11-04.pdf"
    assert asked == ["PDF 文件 (*.pdf)"]
    assert page.last_output == out and out.read_bytes()[:5] == b"%PDF-"
    assert page.status.text() == f"已保存：{out}"


def test_a_printer_gone_after_the_pdf_was_built_offers_to_keep_it(
    qtbot: QtBot, school_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    built = tmp_path / "report-tmp" / "值班表.pdf"
    built.parent.mkdir()
    built.write_bytes(b"%PDF-1.4 test")
    page.ask_save_path = lambda name, filters: str(tmp_path / "kept.pdf")  # type: ignore[method-assign]
    answer = _click_in_box(qtbot, "保存为 PDF…", [])
    page.send_to_printer(built)
    answer.check()
    assert (tmp_path / "kept.pdf").read_bytes() == built.read_bytes()
    assert page.status.text() == f"已保存：{tmp_path / 'kept.pdf'}"


def test_closing_the_print_dialog_does_not_claim_a_saved_file(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    play_week(school_ctx, clock)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["HP"]))
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.run_print_dialog = lambda dialog: int(QDialog.DialogCode.Rejected)  # type: ignore[method-assign]
    page.kind.setCurrentIndex(page.kind.findData("roster"))
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    assert page.status.text() == "没有打印。"
    assert page.last_output is None
