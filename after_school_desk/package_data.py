"""Where the program's own files are: the schema migrations (``db/``) and the resources
(``resources/``: stylesheet, translations, policy profiles and their texts).

Three layouts, tried in this order:

- a PyInstaller bundle: ``sys._MEIPASS/db`` and ``sys._MEIPASS/resources``
  (``build_spec/after_school_desk.spec`` puts them there);
- an installed package (``pip install .``): ``after_school_desk/db`` and ``after_school_desk/resources`` inside the package
  (``[tool.setuptools.package-dir]`` and ``package-data`` of ``pyproject.toml`` copy the two
  folders there; ``tests/unit/test_package_data.py`` builds the wheel and checks);
- the source tree (and an editable install): ``db/`` and ``resources/`` beside ``app/``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

Folder = Literal["db", "resources"]

PACKAGE = Path(__file__).resolve().parent


def folder(name: Folder) -> Path:
    """The folder ``db`` or ``resources`` of this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    installed = PACKAGE / name
    if installed.is_dir():
        return installed
    return PACKAGE.parent / name
