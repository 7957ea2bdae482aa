"""The storage policy (docs/ARCHITECTURE.md, "Storage policy"), checked on real files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from after_school_desk.errors import (
    DamagedDatabase,
    DatabaseLocked,
    NewerSchema,
    NotOurFile,
    StorageError,
)
from after_school_desk.store import migrate
from after_school_desk.store.connection import APPLICATION_ID, open_store


def test_new_file_gets_pragmas_and_schema(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.schema_version()
        strict = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'pupil'").fetchone()[0]
        assert strict.rstrip().endswith("STRICT")


def test_missing_file_is_not_created_without_create(db_path: Path) -> None:
    with pytest.raises(StorageError, match="找不到数据库文件"):
        open_store(db_path)
    assert not db_path.exists()


def test_random_bytes_are_refused(db_path: Path) -> None:
    db_path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    with pytest.raises(NotOurFile, match="不是课后服务台的数据库"):
        open_store(db_path)


def test_truncated_file_is_refused(db_path: Path) -> None:
    with open_store(db_path, create=True):
        pass
    db_path.write_bytes(db_path.read_bytes()[:50])
    with pytest.raises(NotOurFile):
        open_store(db_path)


def test_another_programs_database_is_refused_untouched(db_path: Path) -> None:
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.commit()
    other.close()
    before = db_path.read_bytes()
    with pytest.raises(NotOurFile, match="其他程序"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_foreign_application_id_is_refused(db_path: Path) -> None:
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA application_id = 12345")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    with pytest.raises(NotOurFile, match="application_id"):
        open_store(db_path)


def test_newer_schema_is_refused(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        store.conn.execute("PRAGMA user_version = 999")
    with pytest.raises(NewerSchema, match="更新版本"):
        open_store(db_path)


def test_second_copy_is_told_the_file_is_in_use(db_path: Path) -> None:
    first = open_store(db_path, create=True)
    try:
        with pytest.raises(DatabaseLocked, match="另一个课后服务台窗口"):
            open_store(db_path)
    finally:
        first.close()
    open_store(db_path).close()  # free again once the first copy closed


def test_damaged_pages_are_reported(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 6)):
        data[i] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises((DamagedDatabase, NotOurFile)):
        open_store(db_path)


def test_failed_write_rolls_back(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        with pytest.raises(sqlite3.IntegrityError), store.write() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
            conn.execute("INSERT INTO meta (key, value) VALUES ('a', '2')")
        assert store.conn.execute("SELECT COUNT(*) FROM meta WHERE key = 'a'").fetchone()[0] == 0


def test_audit_rows_cannot_be_changed(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        with store.write() as conn:
            conn.execute(
                "INSERT INTO audit (at, actor, device_id, action, entity, prev_hash, hash)"
                " VALUES ('t', 'a', 'd', 'x', 'e', 'p', 'h')"
            )
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            store.conn.execute("UPDATE audit SET actor = 'b'")
        with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
            store.conn.execute("DELETE FROM audit")


def test_backup_is_made_before_migrating(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(db_path, create=True) as store, store.write() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('marker', 'kept')")
    newer = tmp_path / "dbdir"
    newer.mkdir()
    for f in migrate.migration_files():
        shutil.copy(f, newer / f.name)
    number = migrate.schema_version() + 1
    (newer / f"{number:04d}_test_extra.sql").write_text(
        "CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT;\n", encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "DB_DIR", newer)
    migrate.migrations.cache_clear()
    try:
        with open_store(db_path) as store:
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == number
            assert store.conn.execute("SELECT COUNT(*) FROM extra").fetchone()[0] == 0
        backups = list((db_path.parent / "backups").glob("*-before-migration-*.sqlite"))
        assert len(backups) == 1
        old = sqlite3.connect(backups[0])
        assert old.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone()[0] == "kept"
        assert old.execute("PRAGMA user_version").fetchone()[0] == number - 1
        old.close()
    finally:
        migrate.migrations.cache_clear()
