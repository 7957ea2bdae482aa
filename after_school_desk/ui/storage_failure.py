"""A storage failure shown to the person: a blocking message that says nothing was saved, why,
and what to do; for a damaged file, read-only mode (with the window's red banner) and the offer
to restore the newest good backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from after_school_desk import logs
from after_school_desk.errors import (
    DamagedDatabase,
    DatabaseLocked,
    DiskError,
    DiskFull,
    ReadOnlyDatabase,
    StorageError,
    WritesRefused,
)
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance, storage
from after_school_desk.ui import diagnostics

log = logging.getLogger("after_school_desk.ui.storage")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StorageFailure", text)


@dataclass
class Session:
    """What a storage failure may act on: the open file, the window's banner, and how to ask
    the program to restart on a restored backup. Registered by ``run_gui``."""

    ctx: ServiceContext
    show_banner: Callable[[str], None] | None = None
    request_recovery: Callable[[], None] | None = None


current: Session | None = None


def register(session: Session | None) -> None:
    global current
    current = session


def _reason_and_advice(exc: StorageError) -> tuple[str, str]:
    if isinstance(exc, DiskFull):
        return (
            _tr("原因：电脑的磁盘已满。"),
            _tr("请清理磁盘空间（删除不用的文件、清空回收站）后，再点一次刚才的按钮。"),
        )
    if isinstance(exc, WritesRefused):
        return (
            _tr("原因：数据库文件没有通过完整性检查，程序处于只读模式，不再保存任何修改。"),
            _tr("请在“备份与恢复”中从最近的备份恢复，或联系县里的信息技术人员。"),
        )
    if isinstance(exc, DamagedDatabase):
        return (
            _tr("原因：数据库文件已损坏。"),
            _tr(
                "程序已切换为只读模式，避免把记录写进损坏的文件。"
                "请在“备份与恢复”中从最近的备份恢复，或联系县里的信息技术人员。"
            ),
        )
    if isinstance(exc, ReadOnlyDatabase):
        return (
            _tr("原因：数据库文件或它所在的文件夹是只读的。"),
            _tr("请检查文件的权限，或请信息技术人员把它放到本机可以写入的文件夹。"),
        )
    if isinstance(exc, DatabaseLocked) or "占用" in exc.message:
        return (
            _tr("原因：数据库文件正被其他程序占用。"),
            _tr("请稍等片刻，再点一次刚才的按钮。"),
        )
    if isinstance(exc, DiskError):
        return (
            _tr("原因：读写磁盘时出错。"),
            _tr(
                "请确认磁盘连接正常后，再点一次刚才的按钮。"
                "如果反复出现，请先在“备份与恢复”中做一份备份，再联系县里的信息技术人员。"
            ),
        )
    return (
        _tr("原因：数据库出错。"),
        _tr("请再点一次刚才的按钮；如果反复出现，请联系县里的信息技术人员。"),
    )


def failure_text(exc: StorageError) -> str:
    reason, advice = _reason_and_advice(exc)
    return "\n\n".join([_tr("这次操作没有保存，之前保存的记录不受影响。"), reason, advice])


def enter_read_only(reason: str = storage.READ_ONLY_TEXT) -> None:
    """Refuse every write from now on and show the red banner."""
    session = current
    if session is None:
        return
    storage.enter_read_only(session.ctx, reason)
    if session.show_banner is not None:
        session.show_banner(reason)


def _backup_exists() -> bool:
    session = current
    if session is None or session.request_recovery is None:
        return False
    try:
        return maintenance.newest_good_backup(session.ctx.store.path) is not None
    except (OSError, StorageError):
        return False


def report(exc: StorageError, parent: QWidget | None = None) -> None:
    """The blocking message for a failed write (or read). Logged without personal data."""
    log.error("storage failure shown: %s", type(exc).__name__)
    damaged = isinstance(exc, DamagedDatabase | WritesRefused)
    if isinstance(exc, DamagedDatabase):
        enter_read_only()
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("没有保存"), failure_text(exc), parent=parent)
    box.setDetailedText("\n".join([*exc.lines(), "", _tr("日志文件：") + str(logs.log_file())]))
    restore = None
    if damaged and _backup_exists():
        restore = box.addButton(_tr("从备份恢复…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("只查看"), QMessageBox.ButtonRole.RejectRole)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    diagnostics.exec_box(box)
    if restore is not None and box.clickedButton() is restore:
        request_recovery()


def alarm(exc: Exception, parent: QWidget | None = None) -> None:
    """For dialogs that show a refusal beside their fields: a storage failure among the
    refusals also gets the blocking message (nothing was saved, what to do)."""
    if isinstance(exc, StorageError):
        report(exc, parent.window() if parent is not None else None)


def file_failed_check(problems: list[str], parent: QWidget | None = None) -> None:
    """The start-up check found damage: read-only mode, the banner, and the recovery offer."""
    log.error("start-up check failed: %d problem(s)", len(problems))
    enter_read_only()
    text = "\n\n".join(
        [
            _tr("启动检查发现数据库文件有损坏。"),
            _tr("为了不把记录写进损坏的文件，程序现在只能查看，不能保存任何修改。"),
            _tr("请从最近的备份恢复，或联系县里的信息技术人员。"),
        ]
    )
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("数据库检查发现问题"), text, parent=parent)
    box.setDetailedText("\n".join(problems[:20]))
    restore = None
    if _backup_exists():
        restore = box.addButton(_tr("从备份恢复…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("只查看"), QMessageBox.ButtonRole.RejectRole)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    diagnostics.exec_box(box)
    if restore is not None and box.clickedButton() is restore:
        request_recovery()


def records_tampered(lines: list[str], parent: QWidget | None = None) -> None:
    """The daily check of the tamper seals found records changed behind the program's back."""
    log.error("tamper check: %d line(s) of findings", len(lines))
    text = "\n\n".join(
        [
            _tr("每日核对发现：有记录在课后服务台之外被改动、删除或添加，或者无法核对。"),
            _tr(
                "程序可以照常使用。请不要删除任何文件，并尽快告诉校长；"
                "校长可在“备份与恢复 → 检查全部记录”查看是哪些记录。"
            ),
        ]
    )
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("记录核对发现问题"), text, parent=parent)
    box.setDetailedText("\n".join(lines[:40]))
    box.addButton(QMessageBox.StandardButton.Ok)
    diagnostics.exec_box(box)


def request_recovery() -> None:
    session = current
    if session is not None and session.request_recovery is not None:
        log.info("recovery from a backup requested")
        session.request_recovery()
