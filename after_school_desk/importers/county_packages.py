"""Reading the county's folder of monthly packages (报送包): every ``*.json`` in the folder and
its sub-folders, as the rules in ``after_school_desk/domain/county.py`` judge them.

Symbolic links to folders are not followed (a link back up would never end); a file larger
than any package (``MAX_BYTES``) or one that cannot be read is reported as damaged, never
skipped in silence.
"""

from __future__ import annotations

import os
from pathlib import Path

from after_school_desk.domain.county import Package, Problem, read_package

MAX_BYTES = 2 * 1024 * 1024  # a package is a few kilobytes


def package_files(folder: Path) -> list[Path]:
    """Every ``.json`` file under ``folder``, in name order (hidden folders left out)."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root) / f
            for f in sorted(files)
            if f.lower().endswith(".json") and not f.startswith(".")
        )
    return found


def read_folder(folder: Path) -> list[Package | Problem]:
    """Each package file under ``folder``: the package, or why it cannot be used. A file is
    named by its path under ``folder``; the folders it lies in (``folder`` itself first) go
    with it, since a folder named for a month says which month was meant."""
    found: list[Package | Problem] = []
    for path in package_files(folder):
        rel = path.relative_to(folder)
        name = rel.as_posix()
        folders = (folder.resolve().name, *rel.parent.parts)
        try:
            if path.stat().st_size > MAX_BYTES:
                found.append(Problem(name, "damaged", "文件太大，不是课后服务台的报送包。"))
                continue
            data = path.read_bytes()
        except OSError as exc:
            found.append(Problem(name, "damaged", f"无法读取这个文件（{exc.strerror or exc}）。"))
            continue
        found.append(read_package(name, data, folders))
    return found
