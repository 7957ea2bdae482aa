"""Turning SQLite's own errors into plain-language messages (one ``StorageError`` each)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from after_school_desk.errors import (
    DamagedDatabase,
    DiskError,
    DiskFull,
    HubOnly,
    ReadOnlyDatabase,
    StorageError,
)
from after_school_desk.i18n import t

# What the register's guard (db/0010_sync.sql) raises on a PC that is not the school's hub.
HUB_ONLY = "desk:hub_only"


def refusal_from(exc: BaseException) -> HubOnly | None:
    """The register's guard refusing a write on a PC that is not the hub, in words."""
    if isinstance(exc, sqlite3.IntegrityError) and HUB_ONLY in str(exc):
        return HubOnly(
            t(
                "这台电脑不是学校主机：学校基础信息（学生、班级、教职工、账号、收费标准、减免退费、"
                "校历、值班表、月结）和报名的核准或不予核准只能在学校主机上操作，这次修改没有保存。"
                "请在学校主机上操作。"
            )
        )
    return None


def storage_error_from(exc: sqlite3.Error, path: Path | None = None) -> StorageError:
    """The user-facing error for a failed SQLite call; every write is rolled back already."""
    text = str(exc).lower()
    where = f"数据库文件 {path}" if path else "数据库文件"
    if "full" in text:
        return DiskFull(
            f"磁盘已满，这次修改没有保存；{where}没有受损。"
            "请清理磁盘空间（删除不用的文件、清空回收站）后再试。"
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(
            f"{where}是只读的，无法保存修改。"
            "请检查文件的权限，或把它复制到本机可以写入的文件夹后再打开。"
        )
    if "locked" in text or "busy" in text:
        return StorageError(f"{where}正被其他程序占用，这次修改没有保存。请稍后再试。")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedDatabase(
            f"{where}已损坏（{exc}）。这次修改没有保存。请用 check 检查，并从备份恢复。"
        )
    if "i/o" in text or "disk" in text:
        return DiskError(
            f"读写磁盘时出错，这次修改没有保存，之前保存的记录不受影响（{exc}）。"
            "请确认磁盘或 U 盘连接正常后再试；如果反复出现，请先做一份备份再用 check 检查。"
        )
    return StorageError(f"数据库出错，这次修改没有保存（{exc}）。")
