"""What the 数据文件夹 box asks of the service (after_school_desk/services/care/data_folder.py) and the store
(after_school_desk/store/data_move.py): the folder, its sizes and its disk; a refusal said before the window
closes (a folder with files, a disk without room, APP_DATA_DIR set by hand, a file opened by
name from elsewhere); and a move inside a running program that had already moved once, which
must leave the program on the new folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from after_school_desk import os_paths
from after_school_desk.errors import StorageError, ValidationError
from after_school_desk.services.care import data_folder
from after_school_desk.store import backup, data_move
from after_school_desk.store.connection import open_store


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default data folder of a PC account (no APP_DATA_DIR), holding a school's file."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.delenv("APP_DATA_DIR")
    folder = os_paths.data_dir()
    folder.mkdir(parents=True)
    open_store(folder / "school.sqlite", create=True).close()
    (folder / "backups").mkdir()
    backup.write_backup_of_file(folder / "school.sqlite", folder / "backups" / "a.sqlite")
    (folder / "backups" / "a.sqlite.lock").write_text("", encoding="utf-8")  # never copied
    return folder


def test_the_folder_its_sizes_and_its_disk(home: Path) -> None:
    school = home / "school.sqlite"
    info = data_folder.folder_info(school)
    assert info.folder == home and info.source == "default" and info.school_file == school
    assert info.school_file_bytes == school.stat().st_size > 0
    names = [name for name, _size in info.plan]
    assert names == ["school.sqlite", "backups"]
    assert dict(info.plan)["backups"] == (home / "backups" / "a.sqlite").stat().st_size
    assert info.copy_bytes == sum(size for _n, size in info.plan)
    assert info.free_bytes is not None and info.free_bytes > 0
    assert info.disk.startswith("/")


def test_an_open_files_wal_counts_in_its_size(home: Path) -> None:
    school = home / "school.sqlite"
    store = open_store(school)
    try:
        store.conn.execute("CREATE TABLE filler (x BLOB)")
        store.conn.execute("INSERT INTO filler VALUES (zeroblob(200000))")
        wal = school.with_name("school.sqlite-wal")
        assert wal.is_file() and wal.stat().st_size > 0
        assert data_move.database_bytes(school) == school.stat().st_size + wal.stat().st_size
    finally:
        store.close()


def test_disks_and_sizes_as_people_read_them() -> None:
    assert data_move.disk_of(Path("D:/课后服务数据"), "win32") == "D:\\"
    assert data_move.disk_of(Path("C:\\Users\\张老师\\AppData\\Local"), "win32") == "C:\\"
    assert data_move.size_text(0) == "0 KB" and data_move.size_text(300) == "1 KB"
    assert data_move.size_text(3 * 1024 * 1024 + 300 * 1024) == "3.3 MB"
    assert data_move.size_text(120 * 1024**3) == "120.0 GB"


def test_refusals_said_before_the_window_closes(home: Path, tmp_path: Path) -> None:
    school = home / "school.sqlite"
    full = tmp_path / "资料"
    full.mkdir()
    (full / "作业.docx").write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError, match="已经有别的文件"):
        data_folder.check_target(full, school)
    with pytest.raises(ValidationError, match="就是现在的数据文件夹"):
        data_folder.check_target(home, school)
    with pytest.raises(ValidationError, match="不在数据文件夹"):
        data_folder.check_target(tmp_path / "新", tmp_path / "其他" / "school.sqlite")
    assert data_folder.check_target(tmp_path / "新", school) == tmp_path / "新"
    assert not (tmp_path / "新").exists()  # the check leaves nothing behind
    assert os_paths.moved_data_dir() is None


def test_app_data_dir_set_by_hand_is_refused(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_DATA_DIR", str(home))
    assert data_folder.environment_override() == str(home)
    assert data_folder.folder_info().source == "APP_DATA_DIR"
    with pytest.raises(ValidationError, match="APP_DATA_DIR"):
        data_folder.check_movable(home / "school.sqlite")
    with pytest.raises(ValidationError, match="APP_DATA_DIR"):
        data_folder.move_to(tmp_path / "新")
    assert not (tmp_path / "新").exists() and os_paths.moved_data_dir() is None


def test_a_disk_without_room_is_refused_and_nothing_changes(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    needed = sum(size for _n, size in data_move.copy_plan(home))
    monkeypatch.setattr(data_move, "free_bytes", lambda _path: needed + 1024)
    target = tmp_path / "满的盘" / "数据"
    with pytest.raises(ValidationError, match="放不下学校的数据") as refused:
        data_folder.check_target(target)
    assert data_move.size_text(needed + 1024) in refused.value.message
    with pytest.raises(ValidationError, match="放不下"):
        data_folder.move_to(target)
    assert not target.exists() and os_paths.moved_data_dir() is None
    monkeypatch.setattr(data_move, "free_bytes", lambda _path: needed + data_move.RESERVE_BYTES)
    assert data_folder.check_target(target) == target


def test_a_second_move_in_the_same_program_follows_the_setting(home: Path, tmp_path: Path) -> None:
    """A program started on a moved folder has APP_DATA_DIR from the setting (os_paths'
    apply_data_folder_setting); moving again while it runs must move it on to the new one."""
    first, second = tmp_path / "D盘" / "一", tmp_path / "E盘" / "二"
    data_folder.move_to(first, home / "school.sqlite")
    assert os_paths.apply_data_folder_setting() == first  # as the next start does
    assert os.environ["APP_DATA_DIR"] == str(first)
    assert data_folder.environment_override() is None  # set from the setting, not by hand
    assert data_folder.folder_info().source == "setting"

    result = data_folder.move_to(second, first / "school.sqlite")
    assert result.target == second and result.databases == ["school.sqlite"]
    assert os.environ["APP_DATA_DIR"] == str(second) and os_paths.data_dir() == second
    assert os_paths.moved_data_dir() == second
    assert not list(second.rglob("*.lock")) and (second / "backups" / "a.sqlite").is_file()
    assert backup.school_id_of_file(second / "school.sqlite") == backup.school_id_of_file(
        home / "school.sqlite"
    )


def test_a_failed_move_keeps_the_program_where_it_was(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "scan_file", lambda path, full=False: ["第 3 页损坏"])
    with pytest.raises(StorageError, match="没有通过检查"):
        data_folder.move_to(tmp_path / "新", home / "school.sqlite")
    assert "APP_DATA_DIR" not in os.environ and os_paths.data_dir() == home
    assert not (tmp_path / "新").exists()


def test_which_folders_hold_the_settings(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not data_folder.holds_settings(home)  # Linux: ~/.config apart from the data
    monkeypatch.setenv("APP_CONFIG_DIR", str(home))  # Windows: %LOCALAPPDATA%\AfterSchoolDesk
    assert data_folder.holds_settings(home)
    monkeypatch.setenv("APP_CONFIG_DIR", str(home / "settings"))
    assert data_folder.holds_settings(home) and not data_folder.holds_settings(tmp_path / "x")
