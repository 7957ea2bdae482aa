"""Moving the data folder (``data-folder show|set``, ``after_school_desk/store/data_move.py``), end to end
through a folder named in Chinese, and every refusal: a folder with other files, a file, a
folder that cannot be made, one inside the other, a network share or a USB stick, a database
that is open, and a copy that fails its check (which undoes the whole move)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from after_school_desk import os_paths
from after_school_desk.cli import main
from after_school_desk.errors import DatabaseLocked, StorageError, ValidationError
from after_school_desk.store import backup, data_move
from after_school_desk.store.instance_lock import InstanceLock

INIT = ["init", "--school", "张家湾小学", "--county", "贺兰县",
        "--term-start", "2026-09-01", "--term-end", "2027-01-20"]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def teacher_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PC account named 张老师 with the default data folder (no APP_DATA_DIR)."""
    home = tmp_path / "home" / "张老师"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("APP_DATA_DIR")  # restored after the test, whatever main() set
    return home


def test_a_school_moves_to_a_chinese_folder_and_opens_there(
    teacher_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os_paths.data_dir()
    assert old == teacher_home / ".local" / "share" / "AfterSchoolDesk"
    code, out, err = run(capsys, *INIT)
    assert code == 0, err
    assert (old / "school.sqlite").is_file()
    (old / "backups").mkdir(exist_ok=True)
    backup.write_backup_of_file(old / "school.sqlite", old / "backups" / "school-1.sqlite")
    (old / "profiles").mkdir()
    (old / "profiles" / "本县.toml").write_text("# 本县调整\n", encoding="utf-8")

    new = tmp_path / "D盘" / "课后服务数据"
    code, out, err = run(capsys, "data-folder", "set", str(new))
    assert code == 0, err
    assert f"数据文件夹已移到 {new}" in out and "原样保留" in out
    assert (new / "school.sqlite").is_file() and (new / "backups" / "school-1.sqlite").is_file()
    assert (new / "profiles" / "本县.toml").read_text(encoding="utf-8") == "# 本县调整\n"
    assert (old / "school.sqlite").is_file()  # the old folder is left as it was
    assert not list(new.glob("*.lock")) and not list(old.glob("*.lock"))

    code, out, _ = run(capsys, "data-folder", "show", "--json")
    shown = json.loads(out)
    assert shown["data_dir"] == str(new) and shown["source"] == "setting"
    assert shown["database_exists"] is True
    assert os.environ["APP_DATA_DIR"] == str(new)  # what the services' data_dir() reads
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "张家湾小学" in out and "正常" in out
    assert backup.school_id_of_file(new / "school.sqlite") == backup.school_id_of_file(
        old / "school.sqlite"
    )


def test_an_empty_data_folder_moves_by_the_setting_alone(
    teacher_home: Path, tmp_path: Path
) -> None:
    result = data_move.move_data_folder(os_paths.data_dir(), tmp_path / "新")
    assert result.databases == [] and result.folders == []
    assert os_paths.moved_data_dir() == tmp_path / "新"


def test_app_data_dir_set_by_hand_refuses_the_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "data-folder", "set", str(tmp_path / "新"))
    assert code == 1 and "APP_DATA_DIR" in err
    assert os_paths.moved_data_dir() is None


def test_folders_that_are_refused(tmp_path: Path) -> None:
    current = tmp_path / "数据"
    current.mkdir()
    full = tmp_path / "有文件"
    full.mkdir()
    (full / "作业.docx").write_text("x", encoding="utf-8")
    (tmp_path / "空的").mkdir()
    (tmp_path / "空的" / "desktop.ini").write_text("", encoding="utf-8")
    a_file = tmp_path / "a.txt"
    a_file.write_text("x", encoding="utf-8")
    problem = data_move.target_problem
    assert "已经有别的文件（作业.docx）" in (problem(current, full) or "")
    assert problem(current, tmp_path / "空的") is None  # desktop.ini does not count
    assert "不是文件夹" in (problem(current, a_file) or "")
    assert "无法在" in (problem(current, a_file / "子文件夹") or "")
    assert "不用移动" in (problem(current, current) or "")
    assert "里面" in (problem(current, current / "子") or "")
    assert "完整" in (problem(current, Path("相对/路径")) or "")
    assert not (tmp_path / "新").exists()
    assert problem(current, tmp_path / "新") is None
    assert not (tmp_path / "新").exists()  # the write test leaves nothing behind


def test_network_shares_and_usb_sticks_are_refused() -> None:
    where = data_move.location_problem
    target = Path("/x")
    assert "网络共享" in (where(Path(r"\\server\share\data"), "win32") or "")
    assert "网络共享" in (where(target, "win32", drive_type=lambda p: data_move.DRIVE_REMOTE) or "")
    assert "U 盘" in (where(target, "win32", drive_type=lambda p: data_move.DRIVE_REMOVABLE) or "")
    assert where(target, "win32", drive_type=lambda p: 3) is None  # DRIVE_FIXED
    assert "网络共享" in (where(target, "linux", fs_type=lambda p: "cifs") or "")
    assert "U 盘" in (where(target, "linux", fs_type=lambda p: "vfat") or "")
    assert where(target, "linux", fs_type=lambda p: "ext4") is None


def test_the_mount_table_is_read_by_the_longest_mount_point(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/张老师/U\\040盘 vfat rw 0 0\n"
        "//nas/share /mnt/nas cifs rw 0 0\n",
        encoding="utf-8",
    )
    kind = data_move._mount_fs_type
    assert kind(Path("/home/张老师"), str(mounts)) == "ext4"
    assert kind(Path("/media/张老师/U 盘/数据"), str(mounts)) == "vfat"
    assert kind(Path("/mnt/nas"), str(mounts)) == "cifs"
    assert kind(Path("/mnt/nasty"), str(mounts)) == "ext4"
    assert kind(Path("/x"), str(tmp_path / "missing")) == ""


def test_an_open_database_is_not_moved(
    teacher_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, *INIT)[0] == 0
    current = os_paths.data_dir()
    held = InstanceLock(current / "school.sqlite")
    held.acquire()  # the window is open on it
    try:
        with pytest.raises(DatabaseLocked, match="请先关闭"):
            data_move.move_data_folder(current, tmp_path / "新")
    finally:
        held.release()
    assert not (tmp_path / "新").exists() and os_paths.moved_data_dir() is None


def test_a_copy_that_fails_its_check_undoes_the_move(
    teacher_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run(capsys, *INIT)[0] == 0
    current = os_paths.data_dir()
    monkeypatch.setattr(backup, "scan_file", lambda path, full=False: ["第 3 页损坏"])
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    with pytest.raises(StorageError, match="没有通过检查"):
        data_move.move_data_folder(current, empty)
    assert list(empty.iterdir()) == [] and os_paths.moved_data_dir() is None
    with pytest.raises(StorageError):
        data_move.move_data_folder(current, tmp_path / "新的")
    assert not (tmp_path / "新的").exists()
    with pytest.raises(ValidationError):
        data_move.move_data_folder(current, current)
