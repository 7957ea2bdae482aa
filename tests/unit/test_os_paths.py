"""Every place the program depends on the operating system, asked for Windows, Linux and macOS
on this machine: the per-user folders (``after_school_desk/os_paths.py``), the report fonts
(``after_school_desk/reports/fonts.py``), the one-instance lock (``after_school_desk/store/instance_lock.py``) and the
console encoding of the command line (``after_school_desk/cli/console.py``)."""

from __future__ import annotations

import io
import shutil
import sys
import types
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from after_school_desk import os_paths
from after_school_desk.cli import console
from after_school_desk.errors import DatabaseLocked
from after_school_desk.reports import fonts
from after_school_desk.store import instance_lock
from after_school_desk.store.instance_lock import InstanceLock

WIN_USER = r"C:\Users\张老师"
WIN_ENV = {"USERPROFILE": WIN_USER, "LOCALAPPDATA": WIN_USER + r"\AppData\Local"}


# --- folders ------------------------------------------------------------------------------------


def test_windows_folders_are_under_localappdata() -> None:
    assert str(os_paths.default_data_dir("win32", WIN_ENV)) == (
        r"C:\Users\张老师\AppData\Local\AfterSchoolDesk"
    )
    assert os_paths.default_config_dir("win32", WIN_ENV) == os_paths.default_data_dir(
        "win32", WIN_ENV
    )
    assert str(os_paths.default_log_dir("win32", WIN_ENV)) == (
        r"C:\Users\张老师\AppData\Local\AfterSchoolDesk\Logs"
    )


def test_windows_without_localappdata_uses_the_profile_folder() -> None:
    env = {"HOMEDRIVE": "D:", "HOMEPATH": r"\Users\李老师"}
    assert str(os_paths.default_data_dir("win32", env)) == (
        r"D:\Users\李老师\AppData\Local\AfterSchoolDesk"
    )


def test_linux_folders_follow_xdg_or_the_home_folder() -> None:
    home = {"HOME": "/home/张老师"}
    assert str(os_paths.default_data_dir("linux", home)) == (
        "/home/张老师/.local/share/AfterSchoolDesk"
    )
    assert str(os_paths.default_config_dir("linux", home)) == "/home/张老师/.config/AfterSchoolDesk"
    assert str(os_paths.default_log_dir("linux", home)) == (
        "/home/张老师/.local/state/AfterSchoolDesk/log"
    )
    xdg = {**home, "XDG_DATA_HOME": "/data/xdg", "XDG_CONFIG_HOME": "/cfg", "XDG_STATE_HOME": "/s"}
    assert str(os_paths.default_data_dir("linux", xdg)) == "/data/xdg/AfterSchoolDesk"
    assert str(os_paths.default_config_dir("linux", xdg)) == "/cfg/AfterSchoolDesk"
    assert str(os_paths.default_log_dir("linux", xdg)) == "/s/AfterSchoolDesk/log"


def test_macos_folders() -> None:
    env = {"HOME": "/Users/zhang"}
    assert str(os_paths.default_data_dir("darwin", env)) == (
        "/Users/zhang/Library/Application Support/AfterSchoolDesk"
    )
    assert (
        str(os_paths.default_log_dir("darwin", env)) == "/Users/zhang/Library/Logs/AfterSchoolDesk"
    )


def test_the_defaults_are_where_platformdirs_put_them_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the machine running the tests: an existing school is found where it always was."""
    for name in ("APP_DATA_DIR", "APP_CONFIG_DIR", "APP_LOG_DIR"):
        monkeypatch.delenv(name, raising=False)
    kind = {"appname": "AfterSchoolDesk", "appauthor": False}
    assert os_paths.default_data_dir() == Path(platformdirs.user_data_dir(**kind))  # type: ignore[arg-type]
    assert os_paths.default_config_dir() == Path(platformdirs.user_config_dir(**kind))  # type: ignore[arg-type]
    assert os_paths.default_log_dir() == Path(platformdirs.user_log_dir(**kind))  # type: ignore[arg-type]


def test_overrides_come_first() -> None:
    env = {**WIN_ENV, "APP_DATA_DIR": "/d", "APP_CONFIG_DIR": "/c"}
    assert os_paths.data_dir("win32", env) == Path("/d")
    assert os_paths.config_dir("win32", env) == Path("/c")
    assert os_paths.log_dir("win32", env) == Path("/d/logs")
    assert os_paths.log_dir("win32", {**env, "APP_LOG_DIR": "/l"}) == Path("/l")


def test_the_moved_data_folder_setting(tmp_path: Path) -> None:
    env: dict[str, str] = {"APP_CONFIG_DIR": str(tmp_path / "config"), "HOME": "/home/x"}
    assert os_paths.moved_data_dir("linux", env) is None
    assert os_paths.apply_data_folder_setting(env) is None and "APP_DATA_DIR" not in env
    moved = tmp_path / "新的数据文件夹"
    os_paths.write_data_folder_setting(moved, "linux", env)
    assert os_paths.data_dir("linux", env) == moved
    assert os_paths.apply_data_folder_setting(env) == moved
    assert env["APP_DATA_DIR"] == str(moved)
    # APP_DATA_DIR set by hand wins over the setting
    mine = {**env, "APP_DATA_DIR": "/elsewhere"}
    assert os_paths.apply_data_folder_setting(mine) is None and mine["APP_DATA_DIR"] == "/elsewhere"
    # a damaged setting file means the default, not a crash
    os_paths.setting_file("linux", env).write_text("{not json", encoding="utf-8")
    assert os_paths.moved_data_dir("linux", env) is None
    os_paths.write_data_folder_setting(None, "linux", env)
    assert not os_paths.setting_file("linux", env).exists()


# --- fonts --------------------------------------------------------------------------------------


def test_windows_fonts_are_looked_for_under_windir() -> None:
    found = fonts.font_candidates("win32", {"WINDIR": r"D:\Windows", **WIN_ENV})
    names = [str(p) for p in found]
    assert names[:4] == [
        r"D:\Windows\Fonts\msyh.ttc",
        r"D:\Windows\Fonts\msyh.ttf",
        r"D:\Windows\Fonts\simhei.ttf",
        r"D:\Windows\Fonts\simsun.ttc",
    ]
    assert r"C:\Users\张老师\AppData\Local\Microsoft\Windows\Fonts\msyh.ttc" in names
    assert not any(n.startswith("/usr") for n in names)
    default = fonts.font_candidates("win32", {})
    assert str(default[0]) == r"C:\Windows\Fonts\msyh.ttc"


def test_linux_fonts_and_the_override() -> None:
    found = fonts.font_candidates("linux", {"HOME": "/home/张老师", "APP_PDF_FONT": "/f/x.ttf"})
    assert found[0] == Path("/f/x.ttf")
    assert Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") in found
    assert Path("/home/张老师/.local/share/fonts/wqy-microhei.ttc") in found
    assert not any("Windows" in str(p) for p in found)


def test_the_first_usable_font_is_registered(tmp_path: Path) -> None:
    real = next((p for p in fonts.font_candidates("linux", {}) if p.is_file()), None)
    if real is None:
        pytest.skip("no CJK TrueType font on this machine")
    fake = tmp_path / "张老师的字体" / "msyh.ttc"
    fake.parent.mkdir()
    fake.write_bytes(b"not a font")
    copy = tmp_path / "张老师的字体" / ("simsun" + real.suffix)
    shutil.copyfile(real, copy)
    assert fonts.first_font([tmp_path / "missing.ttc", fake, copy]) == fonts.FONT_NAME
    assert fonts.first_font([fake]) == fonts.FALLBACK_CID


# --- one-instance lock --------------------------------------------------------------------------


class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking as Windows behaves: a second lock on the same byte fails at once."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.calls: list[tuple[int, int]] = []
        self.held: set[str] = set()

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((mode, nbytes))
        key = str(Path(f"/proc/self/fd/{fd}").resolve())
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")
            self.held.add(key)
        else:
            self.held.discard(key)


def test_the_lock_on_windows_uses_msvcrt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell the fake which file a descriptor is")
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    db = tmp_path / "张老师" / "school.sqlite"
    db.parent.mkdir()
    first = InstanceLock(db, platform="win32")
    first.acquire()
    assert fake.calls == [(FakeMsvcrt.LK_NBLCK, 1)]
    second = InstanceLock(db, platform="win32")
    with pytest.raises(DatabaseLocked, match="另一个课后服务台窗口"):
        second.acquire()
    first.release()
    assert fake.calls[-1] == (FakeMsvcrt.LK_UNLCK, 1)
    second.acquire()  # free again
    second.release()


def test_the_lock_elsewhere_uses_flock(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("fcntl is POSIX")
    lock, unlock = instance_lock.lock_functions("linux")
    assert lock.__name__ == "flock" and unlock.__name__ == "funlock"
    db = tmp_path / "school.sqlite"
    first, second = InstanceLock(db, "linux"), InstanceLock(db, "linux")
    first.acquire()
    with pytest.raises(DatabaseLocked):
        second.acquire()
    first.release()


# --- console encoding ---------------------------------------------------------------------------


class FakeStream(io.TextIOWrapper):
    def __init__(self, encoding: str, tty: bool) -> None:
        super().__init__(io.BytesIO(), encoding=encoding)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize(
    ("platform", "encoding", "tty", "wanted"),
    [
        ("win32", "cp936", True, "utf-8"),  # a console window: its wide-character API
        ("win32", "cp936", False, "gb18030"),  # a redirect on Chinese Windows
        ("win32", "gbk", False, "gb18030"),
        ("win32", "cp1252", False, "utf-8"),  # a redirect on another Windows
        ("linux", "ascii", False, "utf-8"),  # LANG=C
        ("linux", "utf-8", True, "utf-8"),
    ],
)
def test_the_encoding_each_stream_gets(
    platform: str, encoding: str, tty: bool, wanted: str
) -> None:
    stream = FakeStream(encoding, tty)
    assert console.wanted_encoding(stream, platform, {}) == wanted
    console.setup_streams([stream], platform, {})
    assert stream.encoding.replace("_", "-").lower() == wanted
    stream.write("课后服务台 𠀾 ✓\n")  # a rare character outside GBK, and one outside GB2312
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    assert raw.decode(wanted) == "课后服务台 𠀾 ✓\n"
    if wanted == "gb18030":
        assert raw.startswith("课后服务台".encode("gbk"))  # what a GBK reader expects


def test_a_cp936_stream_left_alone_replaces_instead_of_failing() -> None:
    stream = FakeStream("cp936", tty=False)
    console.setup_streams([stream], "win32", {"PYTHONIOENCODING": "cp936"})
    assert stream.encoding == "cp936"
    stream.write("王𠀾\n")
    stream.flush()
    assert stream.buffer.getvalue().decode("cp936") == "王?\n"  # type: ignore[attr-defined]


def test_missing_or_odd_streams_are_skipped() -> None:
    class NoReconfigure:
        encoding = "cp936"

    streams: list[Any] = [None, NoReconfigure()]
    console.setup_streams(streams, "win32", {})  # a windowed program has no stdout
