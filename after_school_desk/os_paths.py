"""Where the program keeps its files on each operating system, and the data-folder setting.

Every function takes the platform (``sys.platform``'s value) and the environment as
parameters, defaulting to this machine's, so the tests can ask what Windows, macOS or Linux
would get without running there. The folders are the ones platformdirs gives (the program
used platformdirs before these functions existed; ``tests/unit/test_os_paths.py`` holds the two
together on the machine running the tests):

============  ==========================================  ==================================
              Windows                                      Linux (UOS, Kylin, Debian …)
============  ==========================================  ==================================
data          ``%LOCALAPPDATA%\\AfterSchoolDesk``          ``$XDG_DATA_HOME/AfterSchoolDesk``
settings      ``%LOCALAPPDATA%\\AfterSchoolDesk``          ``$XDG_CONFIG_HOME/AfterSchoolDesk``
logs          ``%LOCALAPPDATA%\\AfterSchoolDesk\\Logs``     ``$XDG_STATE_HOME/AfterSchoolDesk/log``
============  ==========================================  ==================================

(``~/.local/share``, ``~/.config`` and ``~/.local/state`` when the XDG variables are unset.)
The database's backups are always ``backups/`` beside the database file.

Overrides, strongest first: ``APP_DATA_DIR`` / ``APP_CONFIG_DIR`` / ``APP_LOG_DIR`` (tests,
portable installs); for the data folder then the setting written by ``data-folder set``
(``data_folder.json`` in the settings folder, read before the database opens); then the
defaults above.
"""

from __future__ import annotations

import contextlib
import json
import ntpath
import os
import posixpath
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path

APP_NAME = "AfterSchoolDesk"
SETTING_FILE = "data_folder.json"


def _platform(platform: str | None) -> str:
    return sys.platform if platform is None else platform


def _env(env: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if env is None else env


def is_windows(platform: str | None = None) -> bool:
    return _platform(platform) == "win32"


def join(platform: str | None, *parts: str) -> Path:
    """``parts`` joined with the separators of ``platform`` (backslashes on Windows)."""
    module = ntpath if is_windows(platform) else posixpath
    return Path(module.join(*parts))


def home(platform: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The user's home folder as the platform names it (may hold Chinese: ``C:\\Users\\张老师``)."""
    environ = _env(env)
    if is_windows(platform):
        if environ.get("USERPROFILE"):
            return environ["USERPROFILE"]
        if environ.get("HOMEDRIVE") and environ.get("HOMEPATH"):
            return environ["HOMEDRIVE"] + environ["HOMEPATH"]
    return environ.get("HOME") or str(Path.home())


def _local_appdata(platform: str | None, env: Mapping[str, str]) -> str:
    value = env.get("LOCALAPPDATA", "").strip()
    return value or str(join(platform, home(platform, env), "AppData", "Local"))


def _xdg(platform: str | None, env: Mapping[str, str], name: str, *fallback: str) -> str:
    value = env.get(name, "").strip()
    return value if value else str(join(platform, home(platform, env), *fallback))


def default_data_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The per-user data folder before any override (the database, backups, profiles)."""
    platform, environ = _platform(platform), _env(env)
    if is_windows(platform):
        return join(platform, _local_appdata(platform, environ), APP_NAME)
    if platform == "darwin":
        return join(platform, home(platform, environ), "Library", "Application Support", APP_NAME)
    return join(platform, _xdg(platform, environ, "XDG_DATA_HOME", ".local", "share"), APP_NAME)


def default_config_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The per-user settings folder before any override (device id, seal keys, this setting)."""
    platform, environ = _platform(platform), _env(env)
    if is_windows(platform) or platform == "darwin":
        return default_data_dir(platform, environ)
    return join(platform, _xdg(platform, environ, "XDG_CONFIG_HOME", ".config"), APP_NAME)


def default_log_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    platform, environ = _platform(platform), _env(env)
    if is_windows(platform):
        return join(platform, str(default_data_dir(platform, environ)), "Logs")
    if platform == "darwin":
        return join(platform, home(platform, environ), "Library", "Logs", APP_NAME)
    state = _xdg(platform, environ, "XDG_STATE_HOME", ".local", "state")
    return join(platform, state, APP_NAME, "log")


def config_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    environ = _env(env)
    if environ.get("APP_CONFIG_DIR"):
        return Path(environ["APP_CONFIG_DIR"])
    return default_config_dir(platform, environ)


def log_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    environ = _env(env)
    if environ.get("APP_LOG_DIR"):
        return Path(environ["APP_LOG_DIR"])
    if environ.get("APP_DATA_DIR"):
        return Path(environ["APP_DATA_DIR"]) / "logs"
    return default_log_dir(platform, environ)


def setting_file(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    return config_dir(platform, env) / SETTING_FILE


def moved_data_dir(
    platform: str | None = None, env: Mapping[str, str] | None = None
) -> Path | None:
    """The data folder chosen with ``data-folder set``, or None (never chosen, or the setting
    file cannot be read: then the default folder is used, as before the move)."""
    try:
        raw = setting_file(platform, env).read_text(encoding="utf-8")
        value = json.loads(raw).get("data_dir")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(value) if isinstance(value, str) and value.strip() else None


def data_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The data folder in use: ``APP_DATA_DIR``, else the moved folder, else the default."""
    environ = _env(env)
    if environ.get("APP_DATA_DIR"):
        return Path(environ["APP_DATA_DIR"])
    return moved_data_dir(platform, environ) or default_data_dir(platform, environ)


def apply_data_folder_setting(env: MutableMapping[str, str] | None = None) -> Path | None:
    """Make a moved data folder the one every part of the program uses, before the database
    opens: it becomes ``APP_DATA_DIR`` unless that is set already. The folder, or None."""
    environ: MutableMapping[str, str] = os.environ if env is None else env
    if environ.get("APP_DATA_DIR"):
        return None
    moved = moved_data_dir(env=environ)
    if moved is not None:
        environ["APP_DATA_DIR"] = str(moved)
    return moved


def write_data_folder_setting(
    folder: Path | None, platform: str | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """Record ``folder`` as the data folder (None: back to the default). Written aside and
    renamed, so a power cut leaves the old setting or the new one, never half of one."""
    path = setting_file(platform, env)
    if folder is None:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    text = json.dumps({"data_dir": str(folder)}, ensure_ascii=False, indent=1) + "\n"
    try:
        with open(part, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    return path
