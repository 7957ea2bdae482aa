"""At start-up: a damaged database file is moved aside and the newest good backup offered."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.errors import StorageError
from app.services import maintenance


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


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
            _tr("找到一份完好的备份：") + backup.name,
            _tr("学校：") + str(info["school"]) + _tr("，学生 ") + str(info["pupils"]) + _tr(" 人"),
            _tr("最后修改：") + str(info["last_change"]),
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
