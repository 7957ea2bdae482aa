"""报表: pick a month and a report, save it as PDF/XLSX/CSV, or open it for printing.

Reports are built off the GUI thread (ServiceWorker) with a progress bar and a cancel button;
the page stays modal-free but disables its own controls while a job runs.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import reports
from app.services.context import ServiceContext
from app.ui.pdf_printing import send_pdf
from app.ui.workers import ProgressFn, ServiceWorker

Job = Callable[[ServiceContext, str, Path, ProgressFn], Any]


def _ledger(ctx: ServiceContext, month: str, out: Path, progress: ProgressFn) -> Any:
    return reports.ledger_pdf(ctx, month, out, progress)


def _direct(ctx: ServiceContext, month: str, out: Path, progress: ProgressFn) -> Any:
    values = reports.direct_report(ctx, month)
    reports.write_direct(values, out)
    progress(100, 100)
    return values


def _roster(ctx: ServiceContext, month: str, out: Path, progress: ProgressFn) -> Any:
    n = reports.roster_pdf(ctx, month, out)
    progress(100, 100)
    return n


def _cards(ctx: ServiceContext, month: str, out: Path, progress: ProgressFn) -> Any:
    n = reports.pickup_cards_pdf(ctx, None, out)
    progress(100, 100)
    return n


def _finance(ctx: ServiceContext, month: str, out: Path, progress: ProgressFn) -> Any:
    reports.write_finance(reports.finance_data(ctx, month), out)
    progress(100, 100)
    return out


def _subsidy(ctx: ServiceContext, month: str, out: Path, progress: ProgressFn) -> Any:
    school = str(reports.school_of(ctx)["name"])
    reports.write_subsidy(reports.subsidy_data(ctx, month), out, school)
    progress(100, 100)
    return out


# key -> (label, file suffixes, job)
REPORTS: dict[str, tuple[str, tuple[str, ...], Job]] = {
    "ledger": (
        str(QT_TRANSLATE_NOOP("ReportsPage", "课后服务工作台账（PDF）")),
        (".pdf",),
        _ledger,
    ),
    "direct": (
        str(QT_TRANSLATE_NOOP("ReportsPage", "直报数据参考表（XLSX/CSV）")),
        (".xlsx", ".csv"),
        _direct,
    ),
    "roster": (str(QT_TRANSLATE_NOOP("ReportsPage", "带班领导值班表（PDF）")), (".pdf",), _roster),
    "finance": (
        str(QT_TRANSLATE_NOOP("ReportsPage", "收支公示及减免名单（PDF/XLSX）")),
        (".pdf", ".xlsx"),
        _finance,
    ),
    "subsidy": (
        str(QT_TRANSLATE_NOOP("ReportsPage", "教职工补助表（PDF/XLSX）")),
        (".pdf", ".xlsx"),
        _subsidy,
    ),
    "cards": (str(QT_TRANSLATE_NOOP("ReportsPage", "全校学生接送卡（PDF）")), (".pdf",), _cards),
}


class ReportsPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: ServiceWorker | None = None
        self.last_output: Path | None = None
        self._open_after = False

        self.month = QLineEdit(ctx.clock.now().strftime("%Y-%m"))
        self.month.setPlaceholderText(self.tr("YYYY-MM"))
        self.kind = QComboBox()
        for key, (label, _suffixes, _job) in REPORTS.items():
            self.kind.addItem(self.tr(label), key)
        form = QFormLayout()
        form.addRow(self.tr("月份"), self.month)
        form.addRow(self.tr("报表"), self.kind)

        self.save_button = QPushButton(self.tr("保存…"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.print_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        column = QVBoxLayout(self)
        title = QLabel(self.tr("报表"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        column.addWidget(title)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addStretch(1)

        self.save_button.clicked.connect(self.ask_and_save)
        self.print_button.clicked.connect(self.print_report)
        self.cancel_button.clicked.connect(self.cancel)

    # --- actions ---------------------------------------------------------------------

    def current_key(self) -> str:
        return str(self.kind.currentData())

    def ask_and_save(self) -> None:
        label, suffixes, _job = REPORTS[self.current_key()]
        patterns = " ".join(f"*{s}" for s in suffixes)
        name = f"{self.current_key()}-{self.month.text().strip()}{suffixes[0]}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存报表"), name, f"{label} ({patterns})"
        )
        if path:
            self.start(Path(path))

    def print_report(self) -> None:
        """Build the PDF into a temporary file, then print it on the printer chosen in Qt's print
        dialog."""
        key = self.current_key()
        if ".pdf" not in REPORTS[key][1]:
            QMessageBox.information(
                self, self.tr("打印"), self.tr("这个报表是表格文件，请保存后用表格软件打印。")
            )
            return
        folder = Path(tempfile.mkdtemp(prefix="report-"))
        self._open_after = True
        self.start(folder / f"{key}-{self.month.text().strip()}.pdf")

    def start(self, out: Path) -> None:
        key, month = self.current_key(), self.month.text().strip()
        job = REPORTS[key][2]
        suffix = out.suffix.lower()
        if suffix not in REPORTS[key][1]:
            out = out.with_suffix(REPORTS[key][1][0])
        self.worker = ServiceWorker(lambda progress: job(self.ctx, month, out, progress))
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(lambda _result: self._done(out))
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self._busy(True)
        self.status.setText(self.tr("正在生成…"))
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("正在取消…"))

    # --- worker signals --------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for w in (self.save_button, self.print_button, self.month, self.kind):
            w.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setValue(0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def _finish(self) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self._busy(False)

    def _done(self, out: Path) -> None:
        self._finish()
        self.progress.setValue(100)
        self.last_output = out
        self.status.setText(self.tr("已保存：%1").replace("%1", str(out)))
        if self._open_after:
            self._open_after = False
            self.send_to_printer(out)

    def send_to_printer(self, pdf: Path) -> None:
        """Qt's print dialog chooses the printer and copies; the spooler prints the PDF.
        Without any printer the PDF opens in the system viewer instead."""
        if not QPrinterInfo.availablePrinterNames():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if self.run_print_dialog(dialog) != QDialog.DialogCode.Accepted:
            self.status.setText(self.tr("没有打印。文件已保存：%1").replace("%1", str(pdf)))
            return
        problem = send_pdf(pdf, printer.printerName(), printer.copyCount())
        if problem:
            self.status.setText(problem)
        else:
            self.status.setText(self.tr("已发送到打印机 %1。").replace("%1", printer.printerName()))

    def run_print_dialog(self, dialog: QPrintDialog) -> int:
        return int(dialog.exec())

    def _failed(self, exc: object) -> None:
        self._finish()
        self._open_after = False
        lines = exc.lines() if hasattr(exc, "lines") else [str(exc)]
        self.status.setText("\n".join(lines))

    def _cancelled(self) -> None:
        self._finish()
        self._open_after = False
        self.progress.setValue(0)
        self.status.setText(self.tr("已取消。"))
