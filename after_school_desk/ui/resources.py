"""Where the program's resources (stylesheet, translations) live, also inside a bundle or an
installed package (``after_school_desk/package_data.py``)."""

from __future__ import annotations

from pathlib import Path

from after_school_desk import package_data


def resources_dir() -> Path:
    return package_data.folder("resources")
