"""Printing: Qt's print dialog chooses the printer; the spooler gets the finished PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services.clock import FixedClock
from app.services.context import ServiceContext
from app.ui import pdf_printing, reports_page
from app.ui.reports_page import ReportsPage
from tests.unit.report_month import play_week


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
    qtbot.waitUntil(lambda: page.worker is None, timeout=20000)
    assert len(sent) == 1
    pdf, printer, copies = sent[0]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert (printer, copies) == (chosen[0], 2)
    assert "已发送到打印机" in page.status.text()
