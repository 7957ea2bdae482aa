"""Moving the data folder to another folder of this PC (``data-folder set``, the settings
dialog): every database in it is copied with the backup API and checked, the ``backups``,
``damaged`` and ``profiles`` folders are copied file by file, and only then does the setting
name the new folder (``after_school_desk/os_paths.py``). The old folder is left as it was; the person deletes
it once the program runs from the new one. Any failure leaves the new folder as it was found
and the setting unchanged.

The live file must sit on a local disk (docs/ARCHITECTURE.md, storage policy): a folder on a
network share or on a removable drive (USB stick, memory card) is refused where the system
says so — Windows' drive type, Linux's file-system type of the mount (network file systems,
and FAT/exFAT, which on these PCs is a stick or a card). A folder that cannot be written, or
that already holds files, or whose disk has no room for the copy, is refused too.

What a move would copy (``copy_plan``), the room on a disk (``free_bytes``) and the disk's
name (``disk_of``) are here too, for the screen that shows the data folder before a move.
"""

from __future__ import annotations

import contextlib
import ntpath
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from after_school_desk import os_paths
from after_school_desk.errors import DatabaseLocked, StorageError, ValidationError
from after_school_desk.i18n import t
from after_school_desk.store import backup
from after_school_desk.store.instance_lock import InstanceLock

COPIED_FOLDERS = ("backups", "damaged", "profiles")
# files Windows, macOS and file managers put into any folder; they do not make it "not empty"
IGNORED_NAMES = {"desktop.ini", "thumbs.db", ".ds_store", ".directory"}
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "davfs", "9p"}
REMOVABLE_FS = {"vfat", "msdos", "exfat", "fuseblk.exfat"}
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4  # GetDriveTypeW
RESERVE_BYTES = 50 * 1024 * 1024  # room left on the new disk after the copy: the file grows


@dataclass
class MoveResult:
    target: Path
    databases: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)


def _windows_drive_type(path: Path) -> int:  # pragma: no cover - calls Windows itself
    import ctypes

    anchor = ntpath.splitdrive(str(path))[0] + "\\"
    return int(ctypes.windll.kernel32.GetDriveTypeW(anchor))  # type: ignore[attr-defined]


def _mount_fs_type(path: Path, mounts: str = "/proc/self/mounts") -> str:
    """The file-system type of the mount holding ``path`` (longest mount point), or ''."""
    return _mount_of(path, mounts)[1]


def _mount_of(path: Path, mounts: str = "/proc/self/mounts") -> tuple[str, str]:
    """(mount point, file-system type) of the mount holding ``path``, or ('', '')."""
    best, kind = "", ""
    try:
        lines = Path(mounts).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return "", ""
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return best, kind


def location_problem(
    target: Path,
    platform: str | None = None,
    drive_type: Callable[[Path], int] | None = None,
    fs_type: Callable[[Path], str] | None = None,
) -> str | None:
    """Why ``target`` is on a network share or a removable drive, in Chinese; None if local."""
    share = t(
        "数据文件夹不能放在网络共享文件夹上（断网或对方电脑关机时会损坏数据）。"
        "请选本机硬盘上的文件夹。"
    )
    stick = t("数据文件夹不能放在 U 盘或存储卡上（拔出时会损坏数据）。U 盘只用来存放备份。")
    if os_paths.is_windows(platform):
        if str(target).startswith(("\\\\", "//")):
            return share
        drive = (drive_type or _windows_drive_type)(target)
        return {DRIVE_REMOTE: share, DRIVE_REMOVABLE: stick}.get(drive)
    fs = (fs_type or _mount_fs_type)(target)
    if fs in NETWORK_FS or fs.startswith("fuse.smb"):
        return share
    if fs in REMOVABLE_FS:
        return stick
    return None


def _existing_parent(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def target_problem(current: Path, target: Path, platform: str | None = None) -> str | None:
    """Why the data folder cannot move from ``current`` to ``target``, in Chinese; or None."""
    if not target.is_absolute():
        return t("请写出完整的文件夹路径（{target} 不是完整路径）。", target=target)
    here, there = current.resolve(), target.resolve()
    if here == there:
        return t("{target} 就是现在的数据文件夹，不用移动。", target=target)
    if here in there.parents or there in here.parents:
        return t("新的数据文件夹不能在现在的数据文件夹里面，现在的也不能在新的里面。")
    if target.exists() and not target.is_dir():
        return t("{target} 是一个文件，不是文件夹。", target=target)
    if target.is_dir():
        others = sorted(p.name for p in target.iterdir() if p.name.lower() not in IGNORED_NAMES)
        if others:
            shown = "、".join(others[:3]) + ("…" if len(others) > 3 else "")
            return t(
                "文件夹 {target} 里已经有别的文件（{names}）。"
                "请选一个空文件夹，或在它里面新建一个文件夹。",
                target=target,
                names=shown,
            )
    problem = location_problem(_existing_parent(target), platform)
    if problem:
        return problem
    return space_problem(current, target) or _write_problem(target)


def size_text(size: int) -> str:
    """A size as people read it: ``512 KB``, ``3.2 MB``, ``120.5 GB``."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024)) if size else 0} KB"
    if size < 1024**3:
        return f"{size / 1024**2:.1f} MB"
    return f"{size / 1024**3:.1f} GB"


def _tree_size(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not _lock_files("", [path.name]):
            with contextlib.suppress(OSError):
                total += path.stat().st_size
    return total


def database_bytes(db: Path) -> int:
    """A database's size with what an open program still holds in its ``-wal`` file."""
    total = 0
    for path in (db, db.with_name(db.name + "-wal")):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def copy_plan(current: Path) -> list[tuple[str, int]]:
    """What a move of ``current`` copies: each database and folder, with its size in bytes."""
    if not current.is_dir():
        return []
    plan = [(db.name, database_bytes(db)) for db in sorted(current.glob("*.sqlite"))]
    plan += [(n, _tree_size(current / n)) for n in COPIED_FOLDERS if (current / n).is_dir()]
    return plan


def free_bytes(path: Path) -> int | None:
    """The room left on the disk holding ``path`` (or the nearest folder above that exists)."""
    try:
        return shutil.disk_usage(_existing_parent(path)).free
    except OSError:
        return None


def disk_of(path: Path, platform: str | None = None) -> str:
    """The disk ``path`` is on, as the person knows it: ``D:\\`` on Windows, else the mount
    point (``/``, ``/data``)."""
    if os_paths.is_windows(platform):
        drive = ntpath.splitdrive(str(path))[0]
        return drive + "\\" if drive else str(path)
    return _mount_of(_existing_parent(path))[0] or "/"


def space_problem(current: Path, target: Path) -> str | None:
    """Why the disk of ``target`` has no room for the copy of ``current``, or None."""
    needed = sum(size for _name, size in copy_plan(current))
    room = free_bytes(target)
    if needed == 0 or room is None or room >= needed + RESERVE_BYTES:
        return None
    return t(
        "{disk} 上只剩 {free}，放不下学校的数据（{needed}，还要留些余量）。"
        "请先腾出空间，或选别的磁盘。",
        disk=disk_of(target),
        free=size_text(room),
        needed=size_text(needed),
    )


def _write_problem(target: Path) -> str | None:
    created = not target.exists()
    probe = target / ".after-school-desk-probe"
    try:
        target.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
        return t(
            "无法在 {target} 里写入文件（{why}）。请选一个这个电脑账户有写入权限的本机文件夹。",
            target=target,
            why=exc.strerror or exc,
        )
    finally:
        if created:
            with contextlib.suppress(OSError):
                target.rmdir()  # only if still empty; made again by the move
    return None


def move_data_folder(current: Path, target: Path, platform: str | None = None) -> MoveResult:
    """Copy the data folder ``current`` to ``target``, check the copies, then make ``target``
    the data folder (the setting file). Raises ValidationError (a refused folder),
    DatabaseLocked (the program is open on a database of the folder) or StorageError."""
    target = Path(os.path.abspath(target.expanduser()))
    problem = target_problem(current, target, platform)
    if problem:
        raise ValidationError(problem)
    databases = sorted(current.glob("*.sqlite")) if current.is_dir() else []
    locks: list[InstanceLock] = []
    result = MoveResult(target)
    made_target = not target.exists()
    try:
        for db in databases:
            lock = InstanceLock(db)
            try:
                lock.acquire()
            except DatabaseLocked as exc:
                raise DatabaseLocked(
                    t(
                        "{name} 正在被课后服务台使用。请先关闭课后服务台的窗口，再移动数据文件夹。",
                        name=db.name,
                    )
                ) from exc
            locks.append(lock)
        target.mkdir(parents=True, exist_ok=True)
        for db in databases:
            result.databases.append(db.name)  # before the copy: a failed check undoes it too
            _copy_database(db, target / db.name)
        for name in COPIED_FOLDERS:
            if (current / name).is_dir():
                shutil.copytree(current / name, target / name, ignore=_lock_files)
                result.folders.append(name)
        os_paths.write_data_folder_setting(target)
    except BaseException:
        _undo(target, result, made_target)
        raise
    finally:
        for lock in locks:
            lock.release()
            with contextlib.suppress(OSError):
                lock.path.unlink()
    return result


def _lock_files(_folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n.endswith((".lock", "-shm", "-wal", ".part"))]


def _copy_database(source: Path, copy: Path) -> None:
    try:
        backup.write_backup_of_file(source, copy)
    except OSError as exc:
        raise StorageError(
            t("复制 {name} 到 {folder} 没有成功（{why}）。", name=source.name, folder=copy.parent,
              why=exc)
        ) from exc  # fmt: skip
    problems = backup.scan_file(copy, full=True)
    if not problems and backup.school_id_of_file(source) != backup.school_id_of_file(copy):
        problems = [t("复制出的文件与原文件不是同一所学校")]
    if problems:
        raise StorageError(
            t("复制出的 {name} 没有通过检查，数据文件夹没有移动：{problems}", name=copy.name,
              problems="；".join(problems[:3]))
        )  # fmt: skip


def _undo(target: Path, result: MoveResult, made_target: bool) -> None:
    """Take away what the move put into ``target`` (it was empty or new before)."""
    with contextlib.suppress(OSError):
        if made_target:
            shutil.rmtree(target)
            return
        for name in result.databases + result.folders:
            item = target / name
            if item.is_dir():
                shutil.rmtree(item)
            else:
                item.unlink(missing_ok=True)
        for leftover in target.glob("*.part"):
            leftover.unlink()
