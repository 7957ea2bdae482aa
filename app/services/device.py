"""This PC's identity, kept in the per-user config folder (not in the database file)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from app.store.local_identity import APP_NAME, config_dir, device_id


def data_dir() -> Path:
    return Path(os.environ.get("APP_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("APP_DB")
    return Path(env) if env else data_dir() / "school.sqlite"


__all__ = ["APP_NAME", "config_dir", "data_dir", "default_db_path", "device_id"]
