"""This PC's identity and settings folder (per user account; not in the database file)."""

from __future__ import annotations

import uuid
from pathlib import Path

from after_school_desk.os_paths import config_dir as _config_dir

APP_NAME = "AfterSchoolDesk"


def config_dir() -> Path:
    """The per-user settings folder (APP_CONFIG_DIR overrides it, as tests do)."""
    return _config_dir()


def device_id() -> str:
    """A stable UUID for this PC and user account, created on first use."""
    folder = config_dir()
    path = folder / "device_id"
    try:
        value = path.read_text(encoding="utf-8").strip()
        if value:
            return value
    except OSError:
        pass
    value = str(uuid.uuid4())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(value, encoding="utf-8")
    except OSError:
        pass
    return value
