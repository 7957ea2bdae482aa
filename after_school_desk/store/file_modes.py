"""Who may read the school's files: on POSIX, the PC account that runs the program only.

Folders 0700, files 0600: the data folder, the database with its ``-wal``, ``-shm`` and
``.lock``, the backups and damaged copies beside it, the log folder and the per-user settings
folder. New files get these modes from the ``umask`` set at program start
(``restrict_new_files``); ``tighten`` fixes what an older version (or another tool) left
group- or world-readable (a school created with 755/644 is fixed on the next start).

On Windows this does nothing: the per-user profile folders the program uses
(``%LOCALAPPDATA%``) are readable by that Windows account only, and ``os.chmod`` there can
only set the read-only flag.

Never touched: a folder the person chose that the program does not own (the folder of a
``--db`` file outside the data folder, a USB stick or shared folder given to ``backup --to``)
— only the program's own files inside it are made private.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("after_school_desk.store.file_modes")

PRIVATE_DIR = 0o700  # at most
PRIVATE_FILE = 0o600  # at most: the owner's own bits are kept as they are
PRIVATE_UMASK = 0o077
DB_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
# folders the program keeps beside the database file: everything inside is its own
OWN_SUBFOLDERS = ("backups", "damaged")


def applies() -> bool:
    """Whether file modes mean anything here (POSIX); on Windows every call is a no-op."""
    return os.name == "posix"


def restrict_new_files() -> None:
    """At program start: files and folders created from now on are private (umask 077)."""
    if applies():
        os.umask(PRIVATE_UMASK)


def private_file(path: Path) -> bool:
    """Take away every right of group and others on one file (0644 → 0600, 0444 → 0400);
    a symlink, a folder or a missing file is left alone. True if changed."""
    return _chmod(Path(path), PRIVATE_FILE, want_dir=False)


def private_dir(path: Path) -> bool:
    """The same for one folder (0755 → 0700), not its content. True if changed."""
    return _chmod(Path(path), PRIVATE_DIR, want_dir=True)


def private_tree(folder: Path) -> list[Path]:
    """A folder the program owns, with everything in it (symlinks are not followed)."""
    folder = Path(folder)
    changed: list[Path] = []
    if not applies() or not folder.is_dir() or folder.is_symlink() or not _may_own(folder):
        return changed
    if private_dir(folder):
        changed.append(folder)
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs:
            if private_dir(Path(root, name)):
                changed.append(Path(root, name))
        for name in files:
            if private_file(Path(root, name)):
                changed.append(Path(root, name))
    return changed


def tighten(db_path: Path, *own_folders: Path) -> list[Path]:
    """Make the database file and its companions, the backups and damaged copies beside it,
    and each of ``own_folders`` (the data, log and settings folders, with all they hold:
    backups, logs, the tamper-seal keys …) private.

    The database's own folder is made private only when it is one of ``own_folders`` or
    inside one (the default data folder); a folder chosen with ``--db`` elsewhere keeps its
    mode. A folder that cannot be the program's own (``/``, a home folder or above it, a
    shared sticky folder such as ``/tmp``) is never changed, whatever the environment says.
    Returns what was changed (empty on Windows or when all was private already).
    """
    if not applies():
        return []
    db_path = Path(db_path).expanduser().absolute()
    changed: list[Path] = []
    for folder in own_folders:
        changed += private_tree(Path(folder).expanduser())
    owned = any(_within(db_path.parent, Path(f)) for f in own_folders)
    if owned and _may_own(db_path.parent) and private_dir(db_path.parent):
        changed.append(db_path.parent)
    for suffix in DB_COMPANIONS:
        companion = Path(str(db_path) + suffix)
        if private_file(companion):
            changed.append(companion)
    for name in OWN_SUBFOLDERS:
        changed += private_tree(db_path.parent / name)
    if changed:
        log.info("file modes tightened: %d files or folders were readable by others", len(changed))
    return changed


def _may_own(folder: Path) -> bool:
    """Whether ``folder`` can be a folder of the program's own (never /, home, /tmp …)."""
    try:
        resolved = folder.resolve()
        st = resolved.stat()
    except OSError:
        return False
    if st.st_mode & stat.S_ISVTX or resolved == Path(resolved.anchor):
        return False
    home = Path.home().resolve()
    return resolved != home and resolved not in home.parents


def loose(paths: Iterable[Path]) -> list[Path]:
    """Those of ``paths`` that others than the owner may read, write or enter (for checks)."""
    return [p for p in paths if p.exists() and stat.S_IMODE(p.stat().st_mode) & 0o077]


def _within(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.expanduser().resolve())
    except (ValueError, OSError):
        return False
    return True


def _chmod(path: Path, mode: int, *, want_dir: bool) -> bool:
    if not applies():
        return False
    try:
        st = path.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(st.st_mode) or stat.S_ISDIR(st.st_mode) != want_dir:
        return False
    if want_dir is False and not stat.S_ISREG(st.st_mode):
        return False
    if stat.S_IMODE(st.st_mode) & 0o077 == 0:
        return False
    try:  # only take the group's and others' bits away (a read-only file stays read-only)
        os.chmod(path, stat.S_IMODE(st.st_mode) & mode)
    except OSError as exc:  # another account's file, a read-only or FAT file system
        log.warning("could not make %s private: %s", path.name, exc.strerror or exc)
        return False
    return True
