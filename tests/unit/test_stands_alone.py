"""The project stands on its own: no file points to notes kept outside it.

What the code relies on (the layers, the storage policy, the roles, the glossary) is written in
the project's own docs (docs/ARCHITECTURE.md and the rest of docs/), so a reader of a fresh
clone never meets a reference to a planning note that is not there.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# folders and files of the project that are read; a virtualenv or build output is not ours
TREES = ("after_school_desk", "tests", "scripts", "docs", "db", "resources", "build_spec", ".ci")
FILES = ("README.md", "pyproject.toml")
SKIPPED_DIRS = {"__pycache__", ".venv", "build", "dist"}
BINARY = {".png", ".jpg", ".jpeg", ".qm", ".xlsx", ".xls", ".pdf", ".sqlite", ".pyc", ".ttf"}
# written in two parts so that this file does not name them itself
OUTSIDE = ("DESIGN" + ".md", "../" + "shared", "/work/" + "shared")


def project_files() -> list[Path]:
    found = [ROOT / name for name in FILES if (ROOT / name).is_file()]
    for tree in TREES:
        for path in sorted((ROOT / tree).rglob("*")):
            rel = path.relative_to(ROOT).parts
            if SKIPPED_DIRS.intersection(rel) or not path.is_file():
                continue
            if path.suffix.lower() not in BINARY:
                found.append(path)
    return found


def test_no_file_points_outside_the_project() -> None:
    files = project_files()
    assert len(files) > 100, "the project's files were not found"
    offenders = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        for n, line in enumerate(text.splitlines(), 1):
            offenders.extend(
                f"{path.relative_to(ROOT)}:{n}: {needle}" for needle in OUTSIDE if needle in line
            )
    assert offenders == [], "point to docs/ARCHITECTURE.md (or docs/) instead:\n" + "\n".join(
        offenders
    )
