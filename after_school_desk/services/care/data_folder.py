"""Moving the data folder to another folder of this PC (``data-folder set``, the 数据文件夹
box): the current folder comes from ``after_school_desk/os_paths.py``, the copy, its check and the switch
from ``after_school_desk/store/data_move.py``. No account acts: the move copies the files this PC account can
already read, and refuses while any program (this one too) has them open, so the GUI closes its
window and its file first and opens the file from the new place afterwards (docs/data-folder.md).

``folder_info`` is what the box shows; ``check_target`` says a refusal before the window closes
(everything but the open file); ``move_to`` moves."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from after_school_desk import os_paths
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.store import data_move
from after_school_desk.store.data_move import MoveResult, move_data_folder, size_text

__all__ = [
    "FolderInfo",
    "MoveResult",
    "check_movable",
    "check_target",
    "environment_override",
    "folder_info",
    "holds_settings",
    "move_to",
    "size_text",
]


@dataclass(frozen=True)
class FolderInfo:
    """The data folder in use, as the box shows it."""

    folder: Path
    source: str  # "default", "setting" (moved before) or "APP_DATA_DIR" (set by hand)
    school_file: Path | None  # the school's file the program has open (None: none open)
    school_file_bytes: int
    plan: list[tuple[str, int]]  # what a move copies: name, bytes
    disk: str  # the disk the folder is on: "D:\\" or a mount point
    free_bytes: int | None  # room left on that disk (None: the system did not say)

    @property
    def copy_bytes(self) -> int:
        return sum(size for _name, size in self.plan)


def environment_override() -> str | None:
    """``APP_DATA_DIR`` when the person set it (not the start-up from the moved setting)."""
    value = os.environ.get("APP_DATA_DIR")
    moved = os_paths.moved_data_dir()
    if value and (moved is None or Path(value) != moved):
        return value
    return None


def folder_info(open_file: Path | None = None) -> FolderInfo:
    folder = os_paths.data_dir()
    moved = os_paths.moved_data_dir()
    source = "APP_DATA_DIR" if environment_override() else ("setting" if moved else "default")
    return FolderInfo(
        folder=folder,
        source=source,
        school_file=open_file,
        school_file_bytes=data_move.database_bytes(open_file) if open_file is not None else 0,
        plan=data_move.copy_plan(folder),
        disk=data_move.disk_of(folder),
        free_bytes=data_move.free_bytes(folder),
    )


def check_movable(open_file: Path | None = None) -> None:
    """Refuses when a move could not take effect: ``APP_DATA_DIR`` set by hand wins over the
    setting, and a file opened by name (``--db``, ``APP_DB``) outside the folder stays there."""
    value = environment_override()
    if value:
        raise ValidationError(
            t(
                "环境变量 APP_DATA_DIR 已经指定了数据文件夹（{folder}），移动后的设置不会生效。"
                "请先去掉这个环境变量。",
                folder=value,
            )
        )
    folder = os_paths.data_dir()
    if open_file is not None and open_file.resolve().parent != folder.resolve():
        raise ValidationError(
            t(
                "正在使用的数据文件 {file} 不在数据文件夹 {folder} 里（是用 --db 或 APP_DB "
                "指定的），移动数据文件夹不会带上它。",
                file=open_file,
                folder=folder,
            )
        )


def check_target(target: Path, open_file: Path | None = None) -> Path:
    """The full path the data folder would move to, or ValidationError saying why not (while
    the program still has its file open: everything but that is checked)."""
    check_movable(open_file)
    full = Path(os.path.abspath(target.expanduser()))
    problem = data_move.target_problem(os_paths.data_dir(), full)
    if problem:
        raise ValidationError(problem)
    return full


def move_to(target: Path, open_file: Path | None = None) -> MoveResult:
    """Copy the data folder in use to ``target``, check it, and use ``target`` from now on —
    in this process too: ``APP_DATA_DIR`` put there from the old setting at start-up follows.
    Raises ValidationError, DatabaseLocked (a file of the folder is open) or StorageError."""
    check_movable(open_file)
    current = os_paths.data_dir()
    result = move_data_folder(current, target)
    if os.environ.get("APP_DATA_DIR") == str(current):
        os.environ["APP_DATA_DIR"] = str(result.target)
    return result


def holds_settings(folder: Path) -> bool:
    """Whether ``folder`` also holds the program's settings, device id and tamper-seal keys
    (Windows' default data folder is the settings folder too): after a move, only the data
    copied out of it may be deleted, never the folder."""
    settings = os_paths.config_dir().resolve()
    here = folder.resolve()
    return here == settings or here in settings.parents
