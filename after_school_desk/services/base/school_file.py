"""The school's file as the faces (the GUI, the command line, the benchmark) open and guard it.

Everything above after_school_desk/services reaches storage only through a service; opening the file comes
before any service context exists, so these few entry points live here rather than behind a
``ServiceContext``. What each does is the store's (after_school_desk/store/connection.py, file_modes.py,
instance_lock.py, sqlite_errors.py, crypto_backup.py); docs/ARCHITECTURE.md, "Storage policy".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from after_school_desk.errors import StorageError
from after_school_desk.store import crypto_backup, file_modes
from after_school_desk.store.connection import Store as Store
from after_school_desk.store.connection import open_beside, open_store
from after_school_desk.store.crypto_backup import KdfParams as KdfParams
from after_school_desk.store.instance_lock import InstanceLock as InstanceLock
from after_school_desk.store.sqlite_errors import storage_error_from


def open_school_file(
    path: Path, *, create: bool = False, lock: bool = True, scan: bool = True
) -> Store:
    """The school's file, opened, migrated and checked (``scan=False``: the GUI checks it on a
    second connection once its window is up). ``lock=False``: the caller holds the one-copy
    lock, or opens a second connection beside the program's own."""
    return open_store(path, create=create, lock=lock, scan=scan)


def restrict_new_files() -> None:
    """Files and folders the program creates from now on: this PC account's only (POSIX)."""
    file_modes.restrict_new_files()


def tighten_file_modes(db_path: Path, *folders: Path) -> None:
    """The database, its backups and the program's folders readable by this account only."""
    file_modes.tighten(db_path, *folders)


def storage_error(exc: sqlite3.Error, db_path: Path) -> StorageError:
    """A failed write or read of the file, said in words (disk full, read-only, damaged …)."""
    return storage_error_from(exc, db_path)


def is_encrypted_backup(path: Path) -> bool:
    """Whether ``path`` is a backup encrypted with the school's passphrase."""
    return crypto_backup.is_encrypted(path)


def open_school_file_beside(path: Path) -> Store:
    """The school's file for reading only, beside the program that holds its one-copy lock
    (the GUI): no lock, no migration, every write refused (``Store.beside_lock_holder``)."""
    return open_beside(path)
