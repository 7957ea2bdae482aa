"""报表: pick a report and what it covers (month, day, class), save it as PDF/XLSX/CSV, or
print it.

Reports are built off the GUI thread on a connection of their own (``operations.Runner``) with
a progress bar and a cancel button; the page disables its own controls while a job runs.
打印… builds the PDF into a temporary folder and opens the program's own preview
(``after_school_desk.ui.pdf_preview``), which prints through Qt's print dialog or saves a copy; the temporary
folder goes when the preview closes. Without a printer on this PC the preview says so and
offers 另存为….
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Role
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import report_package
from after_school_desk.ui import file_dialogs
from after_school_desk.ui.day_common import classes_for
from after_school_desk.ui.month_close_box import MonthCloseBox
from after_school_desk.ui.operations import ProgressFn, Runner
from after_school_desk.ui.pdf_preview import PdfPreview
from after_school_desk.ui.report_kinds import (
    CLASS,
    DAY,
    FILTERS,
    MONTH,
    REPORTS,
    ReportKind,
    ReportOptions,
)

__all__ = ["REPORTS", "ReportsPage"]


class ReportsPage(QWidget):
    # the first pages of a long report being printed, and the whole's file name (sent from the
    # worker, shown at once)
    first_pages_ready = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_output: Path | None = None
        self.preview: PdfPreview | None = None
        self._preview_folder: Path | None = None  # the temporary folder of the PDF to preview
        self._preview_abandoned = False  # its preview closed while the report was being made

        self.kind = QComboBox()
        for key, report in REPORTS.items():
            self.kind.addItem(self.tr(report.label), key)
        now = ctx.clock.now()
        self.month = QLineEdit(now.strftime("%Y-%m"))
        self.month.setPlaceholderText(self.tr("YYYY-MM"))
        self.day = QDateEdit(QDate(now.year, now.month, now.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.class_box = QComboBox()
        self._classes = [str(c["name"]) for c in classes_for(ctx)]
        if ctx.actor.role != Role.TEACHER or len(self._classes) > 1:
            self.class_box.addItem(self.tr("全部班级"), "")
        for name in self._classes:
            self.class_box.addItem(name, name)
        self.form = QFormLayout()
        self.form.addRow(self.tr("报表"), self.kind)
        self.form.addRow(self.tr("月份"), self.month)
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("班级"), self.class_box)

        self.save_button = QPushButton(self.tr("保存…"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("先在程序里预览，再打印或另存为 PDF"))
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        # 报送包: the month's direct-report figures in one file for the county (docs/county.md)
        self.package_button = QPushButton(self.tr("保存报送包…"))
        self.package_button.setToolTip(
            self.tr("把本月直报数据存成一个交给县教育局的文件（只有汇总数字，没有学生姓名）")
        )
        buttons = QHBoxLayout()
        for b in (self.save_button, self.print_button, self.package_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.runner = Runner(self, self._failed)
        self.runner.progressed.connect(self._progressed)
        self.runner.busy.connect(self._busy)
        self.runner.cancelled.connect(self._cancelled)

        column = QVBoxLayout(self)
        title = QLabel(self.tr("报表"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        column.addWidget(title)
        column.addLayout(self.form)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        # 月结: the chosen month's state, closing and reopening (the principal)
        self.month_box = MonthCloseBox(ctx, self)
        column.addWidget(self.month_box)
        column.addStretch(1)

        self.kind.currentIndexChanged.connect(self._show_options)
        self.month.textChanged.connect(self._month_changed)
        self._month_changed(self.month.text())
        self.save_button.clicked.connect(self.ask_and_save)
        self.print_button.clicked.connect(self.print_report)
        self.first_pages_ready.connect(self._first_pages, Qt.ConnectionType.QueuedConnection)
        self.cancel_button.clicked.connect(self.cancel)
        self.package_button.clicked.connect(self.save_package)
        self._show_options()

    # --- choices ---------------------------------------------------------------------

    def _month_changed(self, text: str) -> None:
        month = text.strip()
        if re.fullmatch(r"\d{4}-\d{2}", month):
            self.month_box.set_month(month)

    def current_key(self) -> str:
        return str(self.kind.currentData())

    def current_report(self) -> ReportKind:
        return REPORTS[self.current_key()]

    def _show_options(self) -> None:
        needs = self.current_report().needs
        self.form.setRowVisible(self.month, MONTH in needs)
        self.form.setRowVisible(self.day, DAY in needs)
        self.form.setRowVisible(self.class_box, CLASS in needs)
        self.package_button.setVisible(MONTH in needs)

    def options(self) -> ReportOptions:
        return ReportOptions(
            month=self.month.text().strip(),
            day=self.day.date().toString("yyyy-MM-dd"),
            class_name=str(self.class_box.currentData() or ""),
            all_classes=list(self._classes),
        )

    # --- actions ---------------------------------------------------------------------

    def ask_save_path(self, name: str, filters: str) -> str:
        """The save dialog (tests replace this method); "" when cancelled."""
        return file_dialogs.save_file(self, self.tr("保存报表"), name, filters)

    def _ask_path(self, suffixes: tuple[str, ...]) -> str:
        filters = ";;".join(self.tr(FILTERS[s]) for s in suffixes)
        return self.ask_save_path(self.current_report().default_name(self.options()), filters)

    def ask_and_save(self) -> None:
        path = self._ask_path(self.current_report().suffixes)
        if path:
            self.start(Path(path))

    def print_report(self) -> None:
        """Build the PDF into a temporary folder, then show it in the preview, which prints it
        through Qt's print dialog or saves a copy. A long ledger shows its first pages while
        the rest is made."""
        report = self.current_report()
        if ".pdf" not in report.suffixes:
            QMessageBox.information(
                self, self.tr("打印"), self.tr("这个报表是表格文件，请保存后用表格软件打印。")
            )
            return
        self._drop_preview_folder()
        self._preview_folder = Path(tempfile.mkdtemp(prefix="report-"))
        self._preview_abandoned = False
        out = self._preview_folder / report.default_name(self.options(), ".pdf")
        self.start(out, first_pages=lambda part: self.first_pages_ready.emit((part, out.name)))

    def show_preview(self, pdf: Path, name: str = "", building: bool = False) -> PdfPreview | None:
        """The preview of a built PDF (``building``: its first pages), window-modal over the
        page; None when it cannot be read."""
        try:
            preview = PdfPreview(pdf, name or pdf.name, self, building=building)
        except AppError as exc:
            if building:  # the whole report still comes
                return None
            self.status.setText("\n".join(exc.lines()))
            self._drop_preview_folder()
            return None
        preview.saved.connect(self._saved_from_preview)
        preview.printed.connect(self.status.setText)
        preview.finished.connect(self._preview_closed)
        self.preview = preview
        preview.open()
        return preview

    def _first_pages(self, ready: tuple[Path, str]) -> None:
        """The first pages of the report being printed (and the whole's name, which 另存为…
        offers): shown at once, the rest to follow."""
        part, name = ready
        folder = self._preview_folder
        if folder is None or part.parent != folder or self.preview is not None:
            return
        if self._preview_abandoned or not self.runner.running():
            return
        self.show_preview(part, name, building=True)

    def _saved_from_preview(self, out: Path) -> None:
        self.last_output = out
        self.status.setText(self.tr("已保存：%1").replace("%1", str(out)))

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None
        if self.runner.running():
            # closed while the rest of the report was being made: stop making it; its
            # temporary folder goes once the worker has stopped writing into it
            self._preview_abandoned = True
            self.runner.cancel()
            self.status.setText(self.tr("预览已关闭，正在停止生成…"))
            return
        self._drop_preview_folder()

    def _close_building_preview(self) -> None:
        """Close a preview of first pages whose report will not come (failed or cancelled)."""
        preview, self.preview = self.preview, None
        if preview is not None:
            preview.finished.disconnect(self._preview_closed)
            preview.reject()
            preview.deleteLater()

    def _drop_preview_folder(self) -> None:
        folder, self._preview_folder = self._preview_folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    def start(self, out: Path, first_pages: Callable[[Path], None] | None = None) -> None:
        report, options = self.current_report(), self.options()
        if out.suffix.lower() not in report.suffixes:
            out = out.with_suffix(report.suffixes[0])
        options = dataclasses.replace(options, first_pages=first_pages)
        job = report.job

        def build(ctx: ServiceContext, progress: ProgressFn) -> object:
            return job(ctx, options, out, progress)

        if self.runner.start(self.ctx, build, on_done=lambda _result: self._done(out)):
            self.status.setText(self.tr("正在生成…"))

    # --- the county's package (报送包) ---------------------------------------------------

    def ask_school_code(self) -> str:
        """Asked once, when the school has no 学校标识码 yet (tests replace this method)."""
        code, ok = QInputDialog.getText(
            self, self.tr("学校标识码"),
            self.tr("报送包要写明学校标识码（10 位数字），县里靠它认出是哪所学校。\n"
                    "请输入本校的学校标识码（会保存到学校设置）："),
        )  # fmt: skip
        return code.strip() if ok else ""

    def ask_package_folder(self) -> str:
        return file_dialogs.choose_folder(self, self.tr("报送包保存到哪个文件夹（例如 U 盘）"))

    def save_package(self) -> None:
        """The chosen month's 报送包 into a folder, named as the county expects."""
        month = self.month.text().strip()
        if not report_package.school_code(self.ctx):
            code = self.ask_school_code()
            if not code:
                self.status.setText(self.tr("没有保存：报送包需要学校标识码。"))
                return
            try:
                report_package.set_school_code(self.ctx, code)
            except AppError as exc:
                self.status.setText("\n".join(exc.lines()))
                return
        folder = self.ask_package_folder()
        if not folder:
            return

        def build(ctx: ServiceContext, progress: ProgressFn) -> tuple[Path, list[str]]:
            out, doc = report_package.write_package(ctx, month, Path(folder))
            progress(100, 100)
            return out, report_package.summary(doc)

        if self.runner.start(self.ctx, build, on_done=self._package_saved):
            self.status.setText(self.tr("正在生成报送包…"))

    def _package_saved(self, result: tuple[Path, list[str]]) -> None:
        out, notes = result
        self.progress.setValue(100)
        self.last_output = out
        self.status.setText(
            "\n".join([self.tr("已保存报送包：%1").replace("%1", str(out)), *notes])
        )

    def cancel(self) -> None:
        if self.runner.running():
            self.runner.cancel()
            self.status.setText(self.tr("正在取消…"))

    # --- the runner's signals ---------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for w in (self.save_button, self.print_button, self.package_button, self.month,
                  self.kind, self.day):  # fmt: skip
            w.setEnabled(not busy)
        self.class_box.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setValue(0)

    def _progressed(self, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        self.progress.setValue(percent)
        if self.preview is not None and self.preview.building:
            self.preview.set_progress(percent)

    def _done(self, out: Path) -> None:
        self.progress.setValue(100)
        if self._preview_folder is not None and out.parent == self._preview_folder:
            # a temporary PDF to preview and print, not a saved file
            if self._preview_abandoned:  # its preview was closed before it was ready
                self._preview_abandoned = False
                self._drop_preview_folder()
                self.status.setText(self.tr("预览已关闭。"))
                return
            self.status.setText(self.tr("已生成，请在预览里打印或另存为。"))
            if self.preview is not None and self.preview.building:
                try:
                    self.preview.load(out)
                except AppError as exc:
                    self._close_building_preview()
                    self._drop_preview_folder()
                    self.status.setText("\n".join(exc.lines()))
                return
            self.show_preview(out)
            return
        self.last_output = out
        self.status.setText(self.tr("已保存：%1").replace("%1", str(out)))

    def _failed(self, text: str) -> None:
        self._close_building_preview()
        self._preview_abandoned = False
        self._drop_preview_folder()
        self.status.setText(text)

    def _cancelled(self) -> None:
        abandoned = self._preview_abandoned
        self._close_building_preview()
        self._preview_abandoned = False
        self._drop_preview_folder()
        self.progress.setValue(0)
        self.status.setText(self.tr("预览已关闭。") if abandoned else self.tr("已取消。"))
