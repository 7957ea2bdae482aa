"""核对记录: the tamper seals' check and the key carried between PCs, in the backup dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance, seal_keys
from after_school_desk.ui import diagnostics, file_dialogs

# the backup dialog's ``_run``: busy text, the job (given the context to use), what to do after
RunInDialog = Callable[[str, Callable[[ServiceContext], Any], Callable[[Any], None]], None]
KEY_FILTER = "防篡改密钥 (*.seal-key)"


class SealBox(QGroupBox):
    """Check every record against its seal; export or import the school's seal keys."""

    def __init__(
        self, ctx: ServiceContext, run: RunInDialog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("核对记录（防篡改）"))
        self.ctx = ctx
        self.run = run
        self.last_report: maintenance.CheckReport | None = None
        hint = QLabel(
            self.tr(
                "每条考勤、收费、减免和账号记录保存时都盖了防篡改印记。"
                "换电脑或从备份恢复后，请把原来电脑上导出的密钥导入这台电脑。"
            )
        )
        hint.setWordWrap(True)
        self.check_button = QPushButton(self.tr("检查全部记录"))
        self.check_button.clicked.connect(self.check)
        self.export_button = QPushButton(self.tr("导出密钥…"))
        self.export_button.clicked.connect(self.export_key)
        self.import_button = QPushButton(self.tr("导入密钥…"))
        self.import_button.clicked.connect(self.import_key)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        for button in (self.check_button, self.export_button, self.import_button):
            row.addWidget(button)
        self.setLayout(row)

    def buttons(self) -> list[QPushButton]:
        return [self.check_button, self.export_button, self.import_button]

    def check(self) -> None:
        self.run(self.tr("正在核对全部记录…"), maintenance.check, self._checked)

    def _checked(self, report: object) -> None:
        assert isinstance(report, maintenance.CheckReport)
        self.last_report = report
        lines = report.lines()
        if report.ok:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("检查完成"),
                              self.tr("全部记录正常，没有发现在程序之外的改动。"), parent=self)  # fmt: skip
        else:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("检查发现问题"),
                self.tr(
                    "有记录在程序之外被改动、删除或添加，或者无法核对。详细情况见下方，"
                    "请保留这台电脑的现状，并报告校长。"
                ),
                parent=self,
            )
        box.setDetailedText("\n".join(lines))
        diagnostics.exec_box(box)

    def export_key(self) -> None:
        name = file_dialogs.save_file(
            self, self.tr("导出防篡改密钥"), "school.seal-key", KEY_FILTER
        )
        if name:
            target = Path(name)
            self.run(self.tr("正在导出密钥…"), lambda ctx: seal_keys.export_key(ctx, target),
                     self._exported)  # fmt: skip

    def _exported(self, path: object) -> None:
        QMessageBox.information(
            self,
            self.tr("已导出密钥"),
            self.tr("密钥已写到 %1。请像保管公章一样保管它。").replace("%1", str(path)),
        )

    def import_key(self) -> None:
        name = file_dialogs.open_file(self, self.tr("导入防篡改密钥"), KEY_FILTER)
        if name:
            source = Path(name)
            self.run(self.tr("正在导入密钥…"), lambda ctx: seal_keys.import_key(ctx, source),
                     self._imported)  # fmt: skip

    def _imported(self, tags: object) -> None:
        assert isinstance(tags, list)
        QMessageBox.information(
            self,
            self.tr("已导入密钥"),
            self.tr("已导入 %1 把密钥。可以点“检查全部记录”核对。").replace("%1", str(len(tags))),
        )
