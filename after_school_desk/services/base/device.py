"""This PC's identity, kept in the per-user config folder (not in the database file)."""

from __future__ import annotations

import os
from pathlib import Path

from after_school_desk import os_paths
from after_school_desk.store.local_identity import APP_NAME, config_dir, device_id


def data_dir() -> Path:
    """The data folder in use (``APP_DATA_DIR``, else a folder moved with ``data-folder set``,
    else this system's default): after_school_desk/os_paths.py."""
    return os_paths.data_dir()


def default_db_path() -> Path:
    env = os.environ.get("APP_DB")
    return Path(env) if env else data_dir() / "school.sqlite"


__all__ = ["APP_NAME", "config_dir", "data_dir", "default_db_path", "device_id"]
