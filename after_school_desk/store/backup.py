"""Verified backups with SQLite's backup API, integrity checks, and restore into the live file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from after_school_desk.errors import DamagedDatabase, NewerSchema, NotOurFile, StorageError
from after_school_desk.store import (
    audit,
    cache,
    event_archive,
    file_modes,
    migrate,
    schema_check,
    seals,
)
from after_school_desk.store.connection import APPLICATION_ID, SQLITE_HEADER
from after_school_desk.store.sqlite_errors import storage_error_from


class DamagedBackup(StorageError):
    """A backup file that fails its own checks (the live database is not concerned)."""


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI for ``path``, read-only, with every special character escaped.

    ``#``, ``?``, ``%``, spaces and Chinese in a folder name (``1#机房``) would otherwise end
    the path early or be read as URI parameters, and SQLite would open another, empty file."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def fsync_dir(folder: Path) -> None:
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
    try:
        part.unlink(missing_ok=True)
        _copy_checked(conn, part, "备份文件校验失败，未保存：")
        file_modes.private_file(part)  # this PC account's only, even on a --to folder
        os.replace(part, target)
    except BaseException as exc:
        # a failed backup (full disk, I/O error, a damaged source) leaves nothing behind
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(part) + suffix).unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise _backup_error(exc, target) from exc
        raise
    fsync_dir(target.parent)
    return target


def _backup_error(exc: sqlite3.Error, target: Path) -> StorageError:
    problem = storage_error_from(exc, None)
    if "full" in str(exc).lower():
        return type(problem)(
            f"磁盘已满，备份没有做成（{target.parent}），没有留下不完整的文件；"
            "数据库本身没有受影响。请清理磁盘空间后再备份。"
        )
    if isinstance(problem, DamagedDatabase):
        return DamagedDatabase(f"数据库文件已损坏，无法备份（{exc}）。请从备份恢复。")
    return StorageError(f"备份没有做成（{target}）：{exc}。没有留下不完整的文件。")


def _copy_checked(source: sqlite3.Connection, target: Path, failure: str) -> None:
    """Copy through the backup API into a rollback-journal file, check it, fsync it."""
    dest = connect_target(target)
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


def connect_target(target: Path) -> sqlite3.Connection:
    """The connection a backup is written through (tests shrink its disk)."""
    return sqlite3.connect(str(target))


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
    conn = connect_read_only(path)
    conn.row_factory = sqlite3.Row
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedBackup(f"备份文件 {path} 已损坏（{exc}），不能用来恢复。") from exc
    if version > migrate.schema_version():
        conn.close()
        raise NewerSchema(f"备份 {path} 来自更新版本的程序（结构版本 {version}），请先升级程序。")
    return conn


def describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """What a database holds: school, counts and the last change, for a restore preview."""
    school = conn.execute("SELECT id, name, county FROM school LIMIT 1").fetchone()
    last = conn.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return {
        "school_id": school["id"] if school else None,
        "school": school["name"] if school else None,
        "county": school["county"] if school else None,
        "pupils": conn.execute("SELECT COUNT(*) FROM pupil").fetchone()[0],
        "staff": conn.execute("SELECT COUNT(*) FROM staff").fetchone()[0],
        "audit_rows": conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0],
        "last_change": last["at"] if last else None,
        "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
    }


def verify_backup(path: Path) -> dict[str, Any]:
    """Open a backup read-only and check it whole: ``integrity_check``, foreign keys, the audit
    chain and every sealed archive. What it holds, or ``DamagedBackup`` naming the backup."""
    conn = open_backup_read_only(path)
    try:
        problems = integrity_problems(conn)
        if not problems:
            broken = audit.verify_chain(conn)
            if broken is not None:
                problems.append(f"审计链从第 {broken} 条记录起被改动过")
            problems += event_archive.verify(conn)
            # a record tampered with is a reason to refuse; a key this PC lacks is not (a
            # new PC restoring the school gets the key with ``key import``)
            problems += [f"防篡改印记：{p}" for p in seals.verify(conn).problems]
        info = describe(conn) if not problems else {}
    except sqlite3.DatabaseError as exc:
        problems, info = [str(exc)], {}
    finally:
        conn.close()
    if problems:
        raise DamagedBackup(
            f"备份文件 {path} 已损坏或被改动，不能用来恢复（当前数据没有任何改动）："
            + "；".join(problems[:3])
        )
    return info


def school_of(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The school a database holds (id, name), or None (none yet, or unreadable)."""
    try:
        row = conn.execute("SELECT id, name FROM school LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        return None
    return {"id": row[0], "name": row[1]} if row else None


def holds_nothing(conn: sqlite3.Connection) -> bool:
    """A new, empty database: no school and not a single audit row."""
    try:
        audit_rows = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    except sqlite3.DatabaseError:
        return False
    return audit_rows == 0 and school_of(conn) is None


def school_id_of_file(path: Path) -> str | None:
    """The school id a database file holds, or None when it cannot be read (damaged, foreign)."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT id FROM school LIMIT 1").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def copy_files_aside(db_path: Path, target: Path) -> Path:
    """Byte-for-byte copies of the live file and its -wal (for a file that is open and so
    cannot be moved; used when a damaged file cannot be backed up through SQLite)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            dst = Path(str(target) + suffix)
            with open(src, "rb") as fin, open(dst, "wb") as fout:
                while chunk := fin.read(1 << 20):
                    fout.write(chunk)
                fout.flush()
                os.fsync(fout.fileno())
    fsync_dir(target.parent)
    return target


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
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def scan_file(path: Path, *, full: bool = False) -> list[str]:
    """``quick_check`` and the schema comparison (schema_check) on a separate read-only
    connection (the program may go on meanwhile)."""
    conn = connect_read_only(path)
    try:
        pragma = "integrity_check" if full else "quick_check"
        found = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        if found == ["ok"]:
            found = schema_check.problems(conn) or found
    except UnicodeDecodeError:  # a damaged schema or message that no longer decodes
        found = ["数据库结构已损坏（无法读取）"]
    finally:
        conn.close()
    return [] if found == ["ok"] else found


def write_backup_of_file(path: Path, target: Path) -> Path:
    """A verified backup made through a separate read-only connection to ``path``."""
    conn = connect_read_only(path)
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
