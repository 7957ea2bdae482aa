"""At start-up: a damaged, missing or empty database file is not the end of the school's
records. The newest backup that passes its own checks is offered, never the first-run wizard
first; the file that was there is kept (moved to ``damaged/``), never deleted."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from after_school_desk.errors import StorageError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.care.answers import BackupInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def _backup_lines(backup: Path, info: BackupInfo) -> list[str]:
    return [
        _tr("找到一份完好的备份：") + backup.name,
        _tr("学校：") + str(info["school"]) + _tr("，学生 ") + str(info["pupils"]) + _tr(" 人"),
        _tr("最后修改：") + str(info["last_change"]),
    ]


def offer_recovery(db_path: Path, problem: StorageError) -> bool:
    """Ask whether to replace the damaged file with the newest good backup; True when done."""
    found = maintenance.newest_good_backup(db_path)
    if found is None:
        return False
    backup, info = found
    text = "\n".join(
        [
            *problem.lines(),
            "",
            *_backup_lines(backup, info),
            "",
            _tr("用这份备份恢复吗？损坏的文件会移到 damaged 文件夹保留，不会删除。"),
        ]
    )
    answer = QMessageBox.question(None, _tr("数据库文件已损坏"), text)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    maintenance.recover_from_backup(db_path, backup, stamp)
    return True


def offer_instead_of_setup(ctx: ServiceContext) -> bool:
    """The database holds no school (missing, emptied, or set up only half-way) but good backups
    lie beside it: offer the newest before the first-run wizard. True when restored."""
    found = maintenance.newest_good_backup(ctx.store.path)
    if found is None:
        return False
    backup, info = found
    text = "\n".join(
        [
            _tr("数据库文件是空的或不存在，但旁边有学校的备份。"),
            "",
            *_backup_lines(backup, info),
            "",
            _tr("用这份备份恢复吗？选“否”则重新建立一所新学校。"),
        ]
    )
    answer = QMessageBox.question(None, _tr("从备份恢复学校"), text)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        maintenance.restore(ctx, backup, allow_other_school=True)
    except StorageError as exc:
        QMessageBox.critical(None, _tr("恢复没有成功"), "\n".join(exc.lines()))
        return False
    return True
