"""Opening the database file under the storage policy (docs/ARCHITECTURE.md, "Storage policy").

WAL, synchronous=FULL, foreign keys, a busy timeout, ``BEGIN IMMEDIATE`` writes, our own
``application_id``, refusal of foreign and newer files, a backup before migrating, and one
running program per file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from after_school_desk.errors import (
    DamagedDatabase,
    DatabaseLocked,
    NewerSchema,
    NotOurFile,
    ReadOnlyDatabase,
    StorageError,
    WritesRefused,
)
from after_school_desk.store import (
    cache,
    local_identity,
    migrate,
    schema_check,
    seal_key,
    seals,
    sqlite_errors,
)
from after_school_desk.store.cache import CachingConnection
from after_school_desk.store.instance_lock import InstanceLock

APPLICATION_ID = 0x4B484657  # "KHFW", 课后服务
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CHECKPOINT_MODES = ("PASSIVE", "FULL", "RESTART", "TRUNCATE")

log = logging.getLogger("after_school_desk.store")


class Store:
    """An open database file: its connection plus our transaction policy."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: InstanceLock | None,
        ring: seals.SealRing | None = None,
    ) -> None:
        self.path = path
        self._conn = conn
        self._lock = lock
        self.ring = ring  # the key and PC identity this connection seals records with
        self.unclean_exit = bool(lock and lock.unclean_exit)
        # read-only mode: why every write is refused (the file failed its checks), else None
        self.read_only_reason: str | None = None
        # opened for reading beside the program that holds the one-copy lock (open_beside)
        self.beside_lock_holder = False
        self.commits = 0  # committed write transactions since opening (for the checkpoint timer)

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def set_read_only(self, reason: str) -> None:
        """From now on every ``write()`` is refused with ``reason`` (nothing reaches the file)."""
        if self.read_only_reason is None:
            log.warning("read-only mode: every write is refused from now on")
        self.read_only_reason = reason

    def checkpoint(self, mode: str = "PASSIVE") -> tuple[int, int, int]:
        """Copy the -wal file's committed pages into the main file.

        Returns SQLite's (busy, pages in the log, pages checkpointed); ``TRUNCATE`` also empties
        the -wal file. Skipped (all zero) inside a transaction.
        """
        mode = mode.upper()
        if mode not in CHECKPOINT_MODES:
            raise ValueError(f"unknown checkpoint mode {mode}")
        if self.conn.in_transaction:
            return (0, 0, 0)
        seals.write_witness(self.conn)
        row = self.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        result = (int(row[0]), int(row[1]), int(row[2]))
        log.debug("checkpoint %s: busy=%d log=%d checkpointed=%d", mode, *result)
        return result

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One unit of work: ``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back on any error."""
        if self.read_only_reason is not None:
            raise WritesRefused(self.read_only_reason)
        conn = self.conn
        if conn.in_transaction:
            raise RuntimeError("nested write transaction")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            _log_failed_write(exc)
            raise
        try:
            yield conn
        except BaseException as exc:
            _rollback(conn)
            refused = sqlite_errors.refusal_from(exc)
            if refused is not None:  # not the school's hub: a refusal in words, no failure
                raise refused from exc
            if isinstance(exc, sqlite3.Error):
                _log_failed_write(exc)
            raise
        try:
            conn.execute("COMMIT")
        except BaseException as exc:
            # a failed COMMIT (disk full, I/O error) may leave the transaction open
            _rollback(conn)
            if isinstance(exc, sqlite3.Error):
                _log_failed_write(exc)
            raise
        self.commits += 1

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.commits and not self.conn.in_transaction:  # read-only users note nothing
                seals.write_witness(self.conn)
            self.conn.close()
        log.info("database closed")
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _log_failed_write(exc: sqlite3.Error) -> None:
    """A refused write in the log: SQLite's error code and text (never the row's values)."""
    if isinstance(exc, sqlite3.IntegrityError):
        return  # a rule said no (a constraint or a guard trigger): the caller explains it
    code = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
    log.error("write failed and was rolled back: %s (%s)", code, exc)


def _rollback(conn: sqlite3.Connection) -> None:
    cache.clear(conn)  # it may hold what the rolled-back transaction wrote
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyDatabase(
            f"数据库文件 {path} 或它所在的文件夹是只读的，课后服务台无法在这里保存记录。"
            "请把文件复制到本机可以写入的文件夹（或取消只读属性）后再打开。"
        )


def _check_header(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise NotOurFile(
            f"文件 {path} 不是课后服务台的数据库（不是 SQLite 数据库文件，或已被截断）。"
            "请选择正确的文件，或从备份恢复。"
        )
    app_id = int.from_bytes(head[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise NotOurFile(
            f"文件 {path} 是其他程序的数据库（application_id={app_id:#x}），课后服务台不会打开它。"
        )


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    target = path.as_uri() + "?mode=ro" if read_only else str(path)
    conn = sqlite3.connect(
        target,
        isolation_level=None,
        check_same_thread=False,
        factory=CachingConnection,
        uri=read_only,
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _apply_pragmas(conn: sqlite3.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageError(f"无法把数据库 {path} 切换到 WAL 日志模式（得到 {mode}）。")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [r[0] for r in rows]


def _backup_before_migration(conn: sqlite3.Connection, path: Path) -> Path:
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-before-migration-{stamp}.sqlite"
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("backup before migration written: %s", target.name)
    return target


def open_store(
    path: Path | str, *, create: bool = False, lock: bool = True, scan: bool = True
) -> Store:
    """Open (and if ``create``, create) the database file, migrating it to the current schema.

    Raises a ``StorageError`` subclass with a plain-language message for files that are not
    ours, newer than this program, damaged, or in use by another running copy.

    ``scan``: run the full ``integrity_check`` (it also finds an index that no longer matches
    its table, at about the cost of ``quick_check``) and compare the schema with the
    migrations' now. Its cost grows with the file (a second or so after years of records), so
    the GUI opens with ``scan=False`` and runs its checks on a second connection once the window
    is up (``backup.scan_file``). After an unclean exit the full ``integrity_check`` always runs
    before anything else.
    """
    path = Path(path).expanduser().resolve()
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StorageError(
            f"找不到数据库文件 {path}。请先用 init 建立学校，或用 demo 生成演示学校。"
        )
    if exists:
        _check_header(path)
        _check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        instance = InstanceLock(path) if lock else None
        if instance is not None:
            instance.acquire()
    except OSError as exc:
        raise StorageError(
            f"无法在文件夹 {path.parent} 中打开数据库（{exc.strerror or exc}）。"
            "请检查这个文件夹是否存在、是否可以写入。"
        ) from exc
    try:
        ring = seals.SealRing(local_identity.device_id())
        conn = _connect(path)
        seals.register(conn, ring)
        try:
            unclean = bool(instance and instance.unclean_exit)
            _prepare(
                conn,
                path,
                ring,
                fresh=not exists,
                check="full" if unclean or scan else "",
            )
        except BaseException:
            conn.close()
            raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # a damaged schema may not even decode: SQLite's own message then is not UTF-8
        if instance is not None:
            instance.release()
        raise DamagedDatabase(
            f"数据库文件 {path} 已损坏，无法打开（{exc}）。请从备份恢复。"
        ) from exc
    except BaseException:
        if instance is not None:
            instance.release()
        raise
    log.info("database opened (%s, %d bytes)", path.name, path.stat().st_size)
    store = Store(path, conn, instance, ring)
    if scan:  # the GUI compares the schema beside the open window (backup.scan_file)
        changed = schema_check.problems(conn)
        if changed:
            log.error("schema differs from this program's: %d entr(ies)", len(changed))
            store.set_read_only(schema_refusal(path, changed))
    return store


BESIDE_REFUSAL = (
    "这个命令只能读取：数据库文件正在被另一个课后服务台窗口使用，现在不能保存任何改动，"
    "什么也没有写入。请关闭图形界面后再试，或使用只读命令（见 docs/cli-login.md）。"
)


def open_beside(path: Path | str) -> Store:
    """The file opened for reading only, beside the program that holds its one-copy lock.

    WAL lets a reader run beside the writer. Nothing that opening normally writes happens: no
    lock taken (and no unclean-exit note in it), no migration, no ``application_id``, no seal
    key made or noted; the connection is SQLite's read-only one (``mode=ro``) and the Store is
    in read-only mode, so a write is refused with ``BESIDE_REFUSAL``. A file this program would
    have to migrate first is refused (the migration needs the lock).
    """
    path = Path(path).expanduser().resolve()
    if not (path.exists() and path.stat().st_size > 0):
        raise StorageError(
            f"找不到数据库文件 {path}。请先用 init 建立学校，或用 demo 生成演示学校。"
        )
    _check_header(path)
    ring = seals.SealRing(local_identity.device_id())
    try:
        conn = _connect(path, read_only=True)
        seals.register(conn, ring)
        try:
            _prepare_beside(conn, path, ring)
        except BaseException:
            conn.close()
            raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedDatabase(
            f"数据库文件 {path} 已损坏，无法打开（{exc}）。请从备份恢复。"
        ) from exc
    log.info("database opened for reading beside its program (%s)", path.name)
    store = Store(path, conn, None, ring)
    store.beside_lock_holder = True
    store.read_only_reason = BESIDE_REFUSAL  # read-only mode, as set_read_only without its warning
    return store


def _prepare_beside(conn: sqlite3.Connection, path: Path, ring: seals.SealRing) -> None:
    """``_prepare`` for a reader beside the lock holder: the same refusals, no writes."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotOurFile(f"文件 {path} 是其他程序的数据库，课后服务台不会打开它。")
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if ok != "ok":
        log.error("integrity_check failed at open: %s", ok)
        raise DamagedDatabase(f"数据库文件 {path} 未通过完整性检查（{ok}）。请从备份恢复。")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    current = migrate.schema_version()
    if version > current:
        raise NewerSchema(
            f"数据库 {path} 由更新版本的课后服务台建立（结构版本 {version}，本程序支持到 {current}）。"
            "请安装新版本程序后再打开，文件未做任何改动。"
        )
    if version < current:
        raise DatabaseLocked(
            f"数据库文件 {path} 需要先升级到本程序的结构（版本 {version} → {current}），"
            "升级要写入文件，而它正在被另一个课后服务台窗口使用。"
            "请关闭那个窗口后再运行这个命令，文件未做任何改动。"
        )
    # a schema that differs is no reason to refuse here: the store takes no writes anyway,
    # and ``check`` names the differences
    tag = seals.recorded_tag(conn)
    ring.key = seal_key.load(tag) if tag else None  # never a new key: nothing is sealed
    ring.missing_tag = tag if ring.key is None else None


def schema_refusal(path: Path, changed: list[str]) -> str:
    return (
        f"数据库文件 {path} 的结构被改动或损坏（{'；'.join(changed[:3])}）。"
        "为了不把记录写进这样的文件，现在只能查看，不能保存。请从备份恢复。"
    )


def _prepare(
    conn: sqlite3.Connection, path: Path, ring: seals.SealRing, *, fresh: bool, check: str
) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = _user_tables(conn)
    if app_id == 0 and tables:
        raise NotOurFile(f"文件 {path} 是其他程序的数据库，课后服务台不会打开它。")
    # quick_check at start (or deferred by the caller); the full integrity_check after an
    # unclean exit.
    pragma = {"full": "integrity_check", "quick": "quick_check"}.get(check)
    ok = conn.execute(f"PRAGMA {pragma}").fetchone()[0] if pragma else "ok"
    if ok != "ok":
        log.error("%s failed at open: %s", pragma, ok)
        raise DamagedDatabase(f"数据库文件 {path} 未通过完整性检查（{ok}）。请从备份恢复。")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    current = migrate.schema_version()
    if version > current:
        raise NewerSchema(
            f"数据库 {path} 由更新版本的课后服务台建立（结构版本 {version}，本程序支持到 {current}）。"
            "请安装新版本程序后再打开，文件未做任何改动。"
        )
    _apply_pragmas(conn, path)
    if app_id == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    ring.bind(seals.recorded_tag(conn))
    if version < current:
        if not fresh and tables:
            _backup_before_migration(conn, path)
        log.info("migrating the schema from version %d to %d", version, current)
        migrate.apply(conn)
        conn.execute(f"PRAGMA user_version = {current}")
        log.info("migration to schema version %d done", current)
    seals.record_tag(conn, ring)
