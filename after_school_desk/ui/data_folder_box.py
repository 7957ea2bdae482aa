"""数据文件夹: where the school's file, its backups and policy profiles are, how big they are,
the room on their disk, and moving them to another disk of this PC (菜单 设置 → 数据文件夹…, or
学校设置 → 数据位置; principal and admin, Action.SETUP_SCHOOL).

No program may hold the file while it moves: the service refuses then, this program too. So
the box checks the chosen folder while the window is still open — every refusal but that one
is said in the box and changes nothing — asks, and then asks the running session to end
(``register_session``): after_school_desk/ui/app.py closes the window and the file as it does before a
recovery, ``move_while_closed`` copies, checks and switches in a worker thread under a small
progress window, and the program opens the file from the new folder (from the old one when the
move failed), the same person still logged in, and shows this box again with the result.
docs/data-folder.md says why this way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import data_folder
from after_school_desk.services.care.data_folder import FolderInfo, MoveResult, size_text
from after_school_desk.ui import diagnostics, file_dialogs
from after_school_desk.ui.day_common import MessageBar
from after_school_desk.ui.operations import error_text
from after_school_desk.ui.style import MIN_TARGET

log = logging.getLogger("after_school_desk.ui.data_folder_box")

# exit code of the event loop when the person chose to move the data folder
RESTART_FOR_MOVE = 76

CONTEXT = "DataFolderBox"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class MoveOutcome:
    """After a move: the school's file to open now, and what to tell the person."""

    school_file: Path
    ok: bool
    message: str


# the running session's "end, move to this folder, open again" (app.py registers it)
_session_restart: Callable[[Path], None] | None = None


def register_session(restart: Callable[[Path], None] | None) -> None:
    global _session_restart
    _session_restart = restart


def _names() -> dict[str, str]:
    return {
        "backups": _tr("自动备份 backups"),
        "damaged": _tr("损坏文件 damaged"),
        "profiles": _tr("政策配置 profiles"),
    }


def _size(size: int | None) -> str:
    """``3.2 MB``, never broken between the number and its unit."""
    return size_text(size or 0).replace(" ", "\u00a0")


def plan_text(plan: list[tuple[str, int]]) -> str:
    """``school.sqlite（3.2 MB）、自动备份 backups（40.1 MB）``: what a move copies."""
    names = _names()
    return "、".join(f"{names.get(n, n)}（{_size(size)}）" for n, size in plan)


class DataFolderBox(QDialog):
    """Shows the data folder and moves it. ``chosen``: the folder the person confirmed (the
    session then ends and the move runs); ``outcome``: a move's result, shown on opening."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        outcome: MoveOutcome | None = None,
    ) -> None:
        super().__init__(parent)
        ctx.require(Action.SETUP_SCHOOL)
        self.ctx = ctx
        self.open_file: Path = ctx.store.path
        self.chosen: Path | None = None
        self.info: FolderInfo | None = None
        self.movable = False
        self._busy = False
        self.setModal(True)
        self.setWindowTitle(self.tr("数据文件夹"))

        intro = QLabel(
            self.tr(
                "学校的数据文件、每天的自动备份和政策配置都放在数据文件夹里。"
                "可以把它移到这台电脑的另一个磁盘（例如 D 盘）；"
                "不能放在 U 盘、存储卡或网络共享文件夹里。"
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")

        self.folder_edit = self._path_field()
        self.source_label = QLabel()
        self.file_edit = self._path_field()
        self.file_size_label = QLabel()
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.free_label = QLabel()
        where = QGroupBox(self.tr("现在的位置"))
        form = QFormLayout(where)
        form.addRow(self.tr("数据文件夹"), self.folder_edit)
        form.addRow("", self.source_label)
        form.addRow(self.tr("学校数据文件"), self.file_edit)
        form.addRow(self.tr("文件大小"), self.file_size_label)
        form.addRow(self.tr("移动时复制"), self.plan_label)
        form.addRow(self.tr("所在磁盘剩余空间"), self.free_label)

        how = QLabel(
            self.tr(
                "移动时窗口会先关闭，程序把数据复制到新文件夹并逐一检查，检查通过后才改用新文件夹，"
                "然后自动重新打开，不用重新登录。旧文件夹里的数据原样保留，完成后的提示会写明哪些可以删除。"
            )
        )
        how.setWordWrap(True)
        how.setProperty("role", "hint")

        self.bar = MessageBar()
        self.change_button = QPushButton(self.tr("更改数据文件夹…"))
        self.change_button.setProperty("primary", True)
        self.change_button.clicked.connect(self.choose)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.change_button, self.close_button):
            button.setMinimumHeight(MIN_TARGET)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(how)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(860, self.sizeHint().height())
        self.load()
        if outcome is not None:
            self.show_outcome(outcome)

    @staticmethod
    def _path_field() -> QLineEdit:
        edit = QLineEdit()
        edit.setReadOnly(True)
        edit.setMinimumHeight(MIN_TARGET)
        return edit

    # -- showing ----------------------------------------------------------------------------

    def load(self) -> None:
        info = data_folder.folder_info(self.open_file)
        self.info = info
        self.folder_edit.setText(str(info.folder))
        self.source_label.setText(
            {
                "default": self.tr("（默认位置）"),
                "setting": self.tr("（已从默认位置移到这里）"),
                "APP_DATA_DIR": self.tr("（由环境变量 APP_DATA_DIR 指定）"),
            }[info.source]
        )
        self.file_edit.setText(str(self.open_file))
        self.file_size_label.setText(_size(info.school_file_bytes))
        total = _size(info.copy_bytes)
        self.plan_label.setText(
            self.tr("%1，共 %2").replace("%1", plan_text(info.plan)).replace("%2", total)
            if info.plan
            else self.tr("（数据文件夹里还没有数据）")
        )
        self.free_label.setText(
            self.tr("还剩 %1（%2）").replace("%1", _size(info.free_bytes)).replace("%2", info.disk)
            if info.free_bytes is not None
            else self.tr("%1（系统没有报告剩余空间）").replace("%1", info.disk)
        )
        self.movable = self._check_movable()
        self._update_button()

    def _check_movable(self) -> bool:
        reason = self.ctx.store.read_only_reason
        if reason:
            self.bar.show_error(
                self.tr("数据文件现在是只读的，不能移动：%1 请先从备份恢复。").replace("%1", reason)
            )
            return False
        try:
            data_folder.check_movable(self.open_file)
        except ValidationError as exc:
            self.bar.show_error(exc.message)
            return False
        return True

    def _update_button(self) -> None:
        self.change_button.setEnabled(self.movable and not self._busy and self.chosen is None)

    def show_outcome(self, outcome: MoveOutcome) -> None:
        if outcome.ok:
            self.bar.show_ok(outcome.message)
        else:
            self.bar.show_error(outcome.message)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # -- moving -----------------------------------------------------------------------------

    def ask_folder(self) -> str:
        """The folder chooser (Qt's own dialog, which tests answer), opening beside the data
        folder: the person goes from there to the other disk."""
        beside = self.info.folder.parent if self.info is not None else None
        start = str(beside) if beside is not None and beside.is_dir() else None
        return file_dialogs.choose_folder(self, self.tr("选择新的数据文件夹（空文件夹）"), start)

    def choose(self) -> None:
        """更改数据文件夹…: choose, check, confirm, then end the session for the move."""
        if self._busy or self.chosen is not None or not self.movable:
            return
        self._busy = True
        self._update_button()
        try:
            self._choose()
        finally:
            self._busy = False
            self._update_button()

    def _choose(self) -> None:
        folder = self.ask_folder()
        if not folder:
            return
        self.bar.clear_message()
        try:
            target = data_folder.check_target(Path(folder), self.open_file)
        except ValidationError as exc:
            self.bar.show_error(exc.message)
            return
        restart = _session_restart
        if restart is None:  # a box outside the program's own window
            self.bar.show_error(self.tr("这里不能移动数据文件夹，请用命令行 data-folder set。"))
            return
        if not self.confirm(target):
            return
        self.chosen = target
        log.info("data folder move confirmed")
        self.accept()
        QTimer.singleShot(0, lambda: restart(target))  # after this box has closed

    def confirm_text(self, target: Path) -> str:
        assert self.info is not None
        copied = plan_text(self.info.plan) or self.tr("（还没有数据，只改设置）")
        return "\n\n".join(
            [
                self.tr("把数据文件夹移到：\n%1").replace("%1", str(target)),
                self.tr("要复制并检查：%1。").replace("%1", copied),
                self.tr(
                    "窗口会先关闭，复制并检查完成后自动重新打开，不用重新登录。"
                    "正在填写还没有保存的内容请先保存。"
                ),
                self.tr(
                    "旧文件夹 %1 原样保留；新文件夹里的副本检查通过后，程序才改用新文件夹。"
                ).replace("%1", str(self.info.folder)),
            ]
        )

    def confirm(self, target: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("移动数据文件夹"),
            self.confirm_text(target),
            parent=self,
        )
        move = box.addButton(self.tr("移动"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")  # a path on one line
        diagnostics.exec_box(box)
        return box.clickedButton() is move


class _MoveThread(QThread):
    """The move itself, off the GUI thread (the file is closed: nothing else uses it)."""

    def __init__(self, target: Path, open_file: Path) -> None:
        super().__init__()
        self.target = target
        self.open_file = open_file
        self.result: MoveResult | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = data_folder.move_to(self.target, self.open_file)
        except Exception as exc:  # said to the person on the GUI thread
            self.error = exc


def _progress_window(target: Path) -> QProgressDialog:
    dialog = QProgressDialog()
    label = QLabel(
        _tr("正在把学校的数据复制到 %1 并逐一检查，请稍候，不要关闭电脑…").replace(
            "%1", str(target)
        )
    )
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setRange(0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(_tr("移动数据文件夹"))
    dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(560)
    return dialog


def move_while_closed(open_file: Path, target: Path) -> MoveOutcome:
    """Move the data folder while no window and no connection of this program is open: in a
    worker thread, with a progress window meanwhile. The file to open afterwards and what to
    tell the person."""
    old = open_file.parent  # the data folder: the box refuses a file opened from elsewhere
    dialog = _progress_window(target)
    worker = _MoveThread(target, open_file)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.show()
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    result, error = worker.result, worker.error
    worker.deleteLater()
    if result is None:
        log.warning("data folder not moved: %s", type(error).__name__)
        why = error_text(error) if error is not None else ""
        return MoveOutcome(
            open_file,
            False,
            _tr("数据文件夹没有移动，程序继续使用原来的文件夹 %1。\n%2")
            .replace("%1", str(old))
            .replace("%2", why),
        )
    log.info("data folder moved: %d databases, %d folders", len(result.databases),
             len(result.folders))  # fmt: skip
    names = result.databases + result.folders
    copied = "、".join(names) or _tr("（旧文件夹里还没有数据）")
    if names and data_folder.holds_settings(old):  # Windows' default: the settings stay in it
        kept = _tr(
            "旧文件夹 %1 里的数据原样保留。这个文件夹还存放着程序的设置和防篡改密钥，"
            "不要删除整个文件夹；确认一切正常后，只可以删除其中的 %2。"
        ).replace("%2", copied)
    else:
        kept = _tr("旧文件夹 %1 原样保留：确认一切正常后，可以自行删除它。")
    return MoveOutcome(
        result.target / open_file.name,
        True,
        _tr("数据文件夹已移到 %1，程序现在用的是这里的数据。复制并检查了：%2。")
        .replace("%1", str(result.target))
        .replace("%2", copied)
        + "\n"
        + kept.replace("%1", str(old)),
    )
