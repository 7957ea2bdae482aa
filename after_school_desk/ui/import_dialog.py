"""Importing a roster file: dry-run check or import, off the GUI thread, with progress and cancel.

The import writes through the GUI's own connection (``operations.Access.EXCLUSIVE``), so the
dialog is modal; an import publishes that the register changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui import file_dialogs
from after_school_desk.ui.file_chooser import file_chooser
from after_school_desk.ui.operations import Access, Changed, ProgressFn, Runner


def run_import(ctx: ServiceContext, path: Path, dry_run: bool, progress: ProgressFn) -> Any:
    # Imported here: the roster service may be added after this dialog.
    from after_school_desk.services.school.roster import import_roster

    return import_roster(ctx, path, dry_run=dry_run, progress=progress)


class ImportDialog(QDialog):
    """Modal: while the import uses the database, nothing else in the program may."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.imported = False
        self.setModal(True)
        self.setWindowTitle(self.tr("导入学生名册"))
        self.resize(860, 560)

        hint = QLabel(
            self.tr(
                "支持全国学籍系统导出的名册和班主任自己做的班级名单（.xlsx、.xls、.csv）。"
                "先检查不会改动任何数据；导入时有一行出错，整个文件都不会导入。"
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.path_edit, self.browse_button, file_row = file_chooser(
            self.tr("请选择名册文件"), self.tr("选择文件…"), self.choose_file
        )

        self.check_button = QPushButton(self.tr("先检查（不导入）"))
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setProperty("primary", True)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.close_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.runner = Runner(self, self.report_view.setPlainText)
        self.runner.progressed.connect(self._on_progress)
        self.runner.succeeded.connect(self._on_success)
        self.runner.failed.connect(self._on_failure)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.busy.connect(lambda _busy: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(file_row)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.report_view, 1)
        self.path_edit.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def choose_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("选择名册文件"),
            self.tr("名册文件 (*.xlsx *.xls *.csv);;所有文件 (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def is_running(self) -> bool:
        return self.runner.running()

    def _update_buttons(self) -> None:
        running = self.is_running()
        has_file = bool(self.path_edit.text().strip())
        self.check_button.setEnabled(has_file and not running)
        self.import_button.setEnabled(has_file and not running)
        self.browse_button.setEnabled(not running)
        self.path_edit.setEnabled(not running)
        self.close_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def start(self, *, dry_run: bool) -> None:
        if self.is_running():
            return
        path = Path(self.path_edit.text().strip())
        self._dry_run = dry_run
        self.report_view.clear()
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.status.setText(self.tr("正在检查…") if dry_run else self.tr("正在导入…"))

        def job(ctx: ServiceContext, progress: ProgressFn) -> Any:
            return run_import(ctx, path, dry_run, progress)

        self.runner.start(
            self.ctx,
            job,
            access=Access.EXCLUSIVE,
            changes=None if dry_run else Changed(pupils=True),
        )

    def cancel(self) -> None:
        if self.is_running():
            self.runner.cancel()
            self.status.setText(self.tr("正在取消…"))

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:  # still reading the file: how many rows is not known yet
            self.progress.setRange(0, 0)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _on_success(self, report: Any) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if self._dry_run:
            self.status.setText(self.tr("检查通过，尚未导入。确认无误后请点“导入”。"))
        else:
            self.status.setText(self.tr("导入完成。"))
            self.imported = True
        self.report_view.setPlainText("\n".join(report.summary_lines()))

    def _on_failure(self, exc: object) -> None:
        """The words are in the report view already (the runner put them there)."""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, AppError):
            self.status.setText(self.tr("文件有问题，没有导入任何数据："))
        else:
            self.status.setText(self.tr("导入时发生意外错误，没有导入任何数据："))

    def _on_cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("已取消，没有导入任何数据。"))

    def wait_for_worker(self) -> None:
        """Stop and join a running import (used when the dialog closes)."""
        self.runner.cancel()
        self.runner.wait()

    def reject(self) -> None:
        if self.is_running():
            return  # the close and Esc keys wait for the worker: use 取消 first
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            event.ignore()
            return
        super().closeEvent(event)
