"""Verified backups with SQLite's backup API, integrity checks, and restore into the live file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from app.errors import NewerSchema, NotOurFile, StorageError
from app.store import cache, migrate
from app.store.connection import APPLICATION_ID, SQLITE_HEADER


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def integrity_problems(conn: sqlite3.Connection, full: bool = True) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    found = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    problems = [] if found == ["ok"] else found
    for r in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"外键错误：表 {r[0]} 第 {r[1]} 行引用的 {r[2]} 不存在")
    return problems


def write_backup(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the live database to ``target`` (temp file, verify, fsync, rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    _copy_checked(conn, part, "备份文件校验失败，未保存：")
    os.replace(part, target)
    _fsync_dir(target.parent)
    return target


def _copy_checked(source: sqlite3.Connection, target: Path, failure: str) -> None:
    """Copy through the backup API into a rollback-journal file, check it, fsync it."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        problems = integrity_problems(dest)
    finally:
        dest.close()
    if problems:
        target.unlink(missing_ok=True)
        raise StorageError(failure + "；".join(problems[:3]))
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def open_backup_read_only(path: Path) -> sqlite3.Connection:
    """Open a backup file for inspection, refusing files that are not ours or are newer."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StorageError(f"无法读取备份文件 {path}：{exc.strerror}") from exc
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise NotOurFile(f"{path} 不是课后服务台的备份文件。")
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise NotOurFile(f"{path} 不是课后服务台的备份文件（是其他程序的数据库）。")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > migrate.schema_version():
        conn.close()
        raise NewerSchema(f"备份 {path} 来自更新版本的程序（结构版本 {version}），请先升级程序。")
    return conn


def describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """What a database holds: school, counts and the last change, for a restore preview."""
    school = conn.execute("SELECT name, county FROM school LIMIT 1").fetchone()
    last = conn.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return {
        "school": school["name"] if school else None,
        "county": school["county"] if school else None,
        "pupils": conn.execute("SELECT COUNT(*) FROM pupil").fetchone()[0],
        "staff": conn.execute("SELECT COUNT(*) FROM staff").fetchone()[0],
        "audit_rows": conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0],
        "last_change": last["at"] if last else None,
        "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
    }


def restore_into(live: sqlite3.Connection, source: sqlite3.Connection) -> None:
    """Replace the live database's content with ``source`` and bring it to the current schema."""
    source.backup(live)
    cache.clear(live)
    migrate.apply(live)
    live.execute(f"PRAGMA user_version = {migrate.schema_version()}")


def copy_verified(source: Path, target: Path) -> None:
    """Copy a backup file to ``target`` through the backup API and check the copy."""
    src = open_backup_read_only(source)
    try:
        _copy_checked(src, target, "恢复出的文件未通过校验：")
    finally:
        src.close()


def scan_file(path: Path) -> list[str]:
    """``quick_check`` on a separate read-only connection (the program may go on meanwhile)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    finally:
        conn.close()
    return [] if found == ["ok"] else found


def write_backup_of_file(path: Path, target: Path) -> Path:
    """A verified backup made through a separate read-only connection to ``path``."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return write_backup(conn, target)
    finally:
        conn.close()


def free_bytes(conn: sqlite3.Connection) -> tuple[int, int]:
    """(size of the file's pages, of which free) in bytes."""
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    return pages * page, free * page


def compact(conn: sqlite3.Connection) -> None:
    """Rewrite the file without its free pages (VACUUM; needs the file to itself for a while)."""
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
