"""备份与恢复: back up now, back up encrypted to a USB stick or folder, restore with a preview.

Every service call runs off the GUI thread through the dialog's runner on the GUI's own
connection (``operations.Access.EXCLUSIVE``: a restore replaces what that connection holds, a
key import changes its seals); the dialog is modal and disables its buttons while one runs, so
nothing else touches the database meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_file import KdfParams, is_encrypted_backup
from after_school_desk.services.care import maintenance, secure_backup
from after_school_desk.ui import file_dialogs, storage_failure
from after_school_desk.ui.file_chooser import file_chooser
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.operations import Access, Changed, ProgressFn, Runner
from after_school_desk.ui.seal_box import SealBox


def preview_lines(info: dict[str, Any]) -> list[str]:
    """What a backup holds, for the person about to restore it."""
    last = str(info.get("last_change") or "—").replace("T", " ")[:19]
    school = str(info.get("school") or QCoreApplication.translate("BackupDialog", "（未设置）"))
    return [
        QCoreApplication.translate("BackupDialog", "学校：%1").replace("%1", school),
        QCoreApplication.translate("BackupDialog", "学生：%1 人，教职工：%2 人")
        .replace("%1", str(info.get("pupils", 0)))
        .replace("%2", str(info.get("staff", 0))),
        QCoreApplication.translate("BackupDialog", "最后修改：%1").replace("%1", last),
        QCoreApplication.translate("BackupDialog", "修改记录：%1 条").replace(
            "%1", str(info.get("audit_rows", 0))
        ),
    ]


class BackupDialog(QDialog):
    """Principal and admin (Action.SETUP_SCHOOL). ``restored`` is emitted after a restore."""

    restored = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ctx.require(Action.SETUP_SCHOOL)
        self.ctx = ctx
        self.kdf_params: KdfParams | None = None  # tests use cheaper parameters
        self.last_backup: Path | None = None
        self.last_info: dict[str, Any] | None = None
        self.previewed: Path | None = None
        self.allow_other_school = False  # the person confirmed another school's backup
        self.setModal(True)
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(820, 560)

        # -- back up on this PC --
        local_box = QGroupBox(self.tr("备份到这台电脑"))
        local_hint = QLabel(
            self.tr("程序每天第一次启动时自动备份一次。要做重要修改前，可以先手动备份。")
        )
        local_hint.setWordWrap(True)
        local_hint.setProperty("role", "hint")
        self.backup_now_button = QPushButton(self.tr("立即备份"))
        self.backup_now_button.setProperty("primary", True)
        self.backup_now_button.clicked.connect(self.backup_now)
        local_row = QHBoxLayout(local_box)
        local_row.addWidget(local_hint, 1)
        local_row.addWidget(self.backup_now_button)

        # -- encrypted backup to a folder / USB stick --
        usb_box = QGroupBox(self.tr("加密备份到U盘或其他文件夹"))
        usb_hint = QLabel(
            self.tr(
                "备份文件用学校的备份口令加密，U盘丢了别人也打不开。口令请记在安全的地方："
                "忘记口令就无法恢复。"
            )
        )
        usb_hint.setWordWrap(True)
        usb_hint.setProperty("role", "hint")
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("请选择U盘或文件夹"))
        self.folder_button = QPushButton(self.tr("选择文件夹…"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypted_button = QPushButton(self.tr("加密备份"))
        self.encrypted_button.clicked.connect(self.backup_encrypted)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(QLabel(self.tr("再输一遍")))
        pass_row.addWidget(self.passphrase_again, 1)
        pass_row.addWidget(self.encrypted_button)
        usb_form = QFormLayout()
        usb_form.addRow(self.tr("保存到"), folder_row)
        usb_form.addRow(self.tr("备份口令"), pass_row)
        usb_layout = QVBoxLayout(usb_box)
        usb_layout.addWidget(usb_hint)
        usb_layout.addLayout(usb_form)

        # -- restore --
        restore_box = QGroupBox(self.tr("从备份恢复"))
        restore_hint = QLabel(
            self.tr(
                "先查看备份里有什么，确认后再恢复。恢复前程序会先把现在的数据备份一份，"
                "万一选错了还能找回来。"
            )
        )
        restore_hint.setWordWrap(True)
        restore_hint.setProperty("role", "hint")
        self.file_edit, self.file_button, file_row = file_chooser(
            self.tr("请选择备份文件（.sqlite 或加密的 .kfbak）"),
            self.tr("选择文件…"),
            self.choose_file,
        )
        self.restore_passphrase_label = QLabel(self.tr("备份口令"))
        self.restore_passphrase = QLineEdit()
        self.restore_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.restore_passphrase.setPlaceholderText(self.tr("加密备份才需要"))
        restore_form = QFormLayout()
        restore_form.addRow(self.tr("备份文件"), file_row)
        restore_form.addRow(self.restore_passphrase_label, self.restore_passphrase)
        self.preview_button = QPushButton(self.tr("查看备份内容"))
        self.preview_button.clicked.connect(self.preview_restore)
        self.restore_button = QPushButton(self.tr("用这份备份恢复…"))
        self.restore_button.clicked.connect(self.confirm_and_restore)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        restore_buttons = QHBoxLayout()
        restore_buttons.addWidget(self.preview_label, 1)
        restore_buttons.addWidget(self.preview_button)
        restore_buttons.addWidget(self.restore_button)
        restore_layout = QVBoxLayout(restore_box)
        restore_layout.addWidget(restore_hint)
        restore_layout.addLayout(restore_form)
        restore_layout.addLayout(restore_buttons)

        # -- status --
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.hide()  # shown while a job runs
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        # a failure concerns the backup file chosen (a wrong passphrase, a damaged copy) and is
        # said in the dialog's own line, as a refusal
        self.runner = Runner(self, self._on_failure, storage_alarm=False)
        self.runner.busy.connect(self._on_busy)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(local_box)
        layout.addWidget(usb_box)
        layout.addWidget(restore_box)
        self.seal_box = SealBox(ctx, self._run)
        layout.addWidget(self.seal_box)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        for edit in (self.folder_edit, self.passphrase, self.passphrase_again):
            edit.textChanged.connect(self._update_buttons)
        self.file_edit.textChanged.connect(self._file_changed)
        self.restore_passphrase.textChanged.connect(self._file_changed)
        self._file_changed()

    # -- choosing files ---------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("选择保存备份的U盘或文件夹"))
        if folder:
            self.folder_edit.setText(folder)

    def choose_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("选择备份文件"),
            self.tr("备份文件 (*.sqlite *.kfbak);;所有文件 (*)"),
            fallback=self.ctx.store.path.parent / "backups",
        )
        if path:
            self.file_edit.setText(path)

    def restore_path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text) if text else None

    def restore_is_encrypted(self) -> bool:
        path = self.restore_path()
        return path is not None and is_encrypted_backup(path)

    def _file_changed(self) -> None:
        self.previewed = None
        self.last_info = None
        self.preview_label.clear()
        encrypted = self.restore_is_encrypted()
        self.restore_passphrase_label.setVisible(encrypted)
        self.restore_passphrase.setVisible(encrypted)
        self._update_buttons()

    # -- state ------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.runner.running()

    def _update_buttons(self) -> None:
        idle = not self.is_running()
        has_folder = bool(self.folder_edit.text().strip())
        has_pass = bool(self.passphrase.text()) and bool(self.passphrase_again.text())
        has_file = self.restore_path() is not None
        needs_pass = self.restore_is_encrypted() and not self.restore_passphrase.text()
        self.backup_now_button.setEnabled(idle)
        self.encrypted_button.setEnabled(idle and has_folder and has_pass)
        self.preview_button.setEnabled(idle and has_file and not needs_pass)
        self.restore_button.setEnabled(idle and self.previewed is not None)
        for w in (
            self.folder_button,
            self.file_button,
            self.close_button,
            *self.seal_box.buttons(),
        ):
            w.setEnabled(idle)

    def _run(
        self,
        busy_text: str,
        job: Callable[[ServiceContext], Any],
        done: Callable[[Any], None],
        changes: Changed | None = None,
    ) -> None:
        if self.is_running():
            return
        show_error(self.error, "")
        self.status.setText(busy_text)

        def work(ctx: ServiceContext, _progress: ProgressFn) -> Any:
            return job(ctx)

        def finish(result: Any) -> None:
            done(result)
            self._update_buttons()  # what the result enables (a previewed backup: 恢复)

        self.runner.start(self.ctx, work, access=Access.EXCLUSIVE, on_done=finish, changes=changes)

    def _on_failure(self, text: str) -> None:
        self.status.clear()
        show_error(self.error, text)

    def _on_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self._update_buttons()

    # -- back up ----------------------------------------------------------------------------

    def backup_now(self) -> None:
        self._run(self.tr("正在备份…"), maintenance.backup, self._backed_up)

    def backup_encrypted(self) -> None:
        first, second = self.passphrase.text(), self.passphrase_again.text()
        if first != second:
            show_error(self.error, self.tr("两次输入的备份口令不一样，请重新输入。"))
            return
        try:
            secure_backup.check_passphrase(first)
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.error, exc.message)
            return
        folder = Path(self.folder_edit.text().strip())
        params = self.kdf_params
        self._run(
            self.tr("正在加密备份，请稍候…"),
            lambda ctx: secure_backup.backup_encrypted(ctx, folder, first, params),
            self._backed_up,
        )

    def _backed_up(self, path: object) -> None:
        assert isinstance(path, Path)
        self.last_backup = path
        self.status.setText(self.tr("备份完成：") + str(path))

    # -- restore ----------------------------------------------------------------------------

    def preview_restore(self) -> None:
        path = self.restore_path()
        if path is None:
            return
        if self.restore_is_encrypted():
            passphrase = self.restore_passphrase.text()
            job: Callable[[ServiceContext], Any] = lambda ctx: secure_backup.preview_encrypted(  # noqa: E731
                ctx, path, passphrase
            )
        else:
            job = lambda _ctx: maintenance.preview(path)  # noqa: E731
        self._run(self.tr("正在读取备份…"), job, lambda info: self._previewed(path, info))

    def _previewed(self, path: Path, info: object) -> None:
        assert isinstance(info, dict)
        self.previewed = path
        self.last_info = info
        self.status.setText(self.tr("备份检查正常，内容见上方。确认无误后请点“用这份备份恢复…”。"))
        self.preview_label.setText("\n".join(preview_lines(info)))

    def confirm_restore(self) -> bool:
        """Asked before anything is replaced (tests replace this method)."""
        text = "\n".join(
            [
                self.tr("现在的数据会被这份备份替换："),
                *preview_lines(self.last_info or {}),
                "",
                self.tr("恢复前会先自动备份现在的数据。确定恢复吗？"),
            ]
        )
        answer = QMessageBox.question(self, self.tr("确认恢复"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.confirm_other_school()

    def confirm_other_school(self) -> bool:
        """A backup of another school replaces this school's records only when asked twice."""
        self.allow_other_school = False
        current = maintenance.current_school(self.ctx)
        other = maintenance.other_school(current, self.last_info or {})
        if other is None:
            return True
        text = "\n".join(
            [
                self.tr("这份备份是另一所学校的：") + str((self.last_info or {}).get("school")),
                self.tr("现在的数据是：") + other,
                "",
                self.tr("恢复后现在这所学校的数据会被替换（恢复前会自动备份）。确实要用它吗？"),
            ]
        )
        answer = QMessageBox.warning(
            self,
            self.tr("另一所学校的备份"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.allow_other_school = answer == QMessageBox.StandardButton.Yes
        return self.allow_other_school

    def confirm_and_restore(self) -> None:
        if self.previewed is not None and self.confirm_restore():
            self.restore()

    def restore(self) -> None:
        path = self.previewed
        if path is None:
            return
        other = self.allow_other_school
        if is_encrypted_backup(path):
            passphrase = self.restore_passphrase.text()
            job: Callable[[ServiceContext], Any] = lambda ctx: secure_backup.restore_encrypted(  # noqa: E731
                ctx, path, passphrase, allow_other_school=other
            )
        else:
            job = lambda ctx: maintenance.restore(  # noqa: E731
                ctx, path, allow_other_school=other
            )
        self._run(self.tr("正在恢复，请不要关闭程序…"), job, self._restored, Changed.whole_file())

    def _restored(self, info: object) -> None:
        assert isinstance(info, dict)
        self.previewed = None
        self.preview_label.clear()
        kept = info.get("safety_backup") or info.get("kept_aside")
        self.status.setText(
            self.tr("恢复完成。恢复前的数据已备份到：") + str(kept)
            if kept
            else self.tr("恢复完成（恢复前的数据库是空的）。")
        )
        self.restored.emit(info)

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.is_running():
            return  # the database is busy: wait for the job to finish
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            event.ignore()
            return
        super().closeEvent(event)
