"""Where the program's resources (stylesheet, translations) live, also inside a bundle or an
installed package (``app/package_data.py``)."""

from __future__ import annotations

from pathlib import Path

from app import package_data


def resources_dir() -> Path:
    return package_data.folder("resources")
