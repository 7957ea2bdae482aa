"""A real package: the wheel ``pip install .`` builds holds the program, its migrations and its
resources, and the ``after-school-desk`` command; the program finds its files wherever it is
installed; ``constraints.txt`` pins every direct dependency within pyproject's bounds."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from functools import cache
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from after_school_desk import package_data
from after_school_desk.services.school import profiles
from after_school_desk.store import migrate
from after_school_desk.ui import resources

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SOURCES = ("pyproject.toml", "LICENSE", "after_school_desk", "db", "resources")


def tree(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


@cache
def wheel(out: Path) -> zipfile.ZipFile:
    """The wheel of a copy of the source (the build writes nothing into the work tree)."""
    source = out / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            source.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
         "--no-build-isolation", "-q", "-w", str(out / "wheel")],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    (built,) = (out / "wheel").glob("after_school_desk-*.whl")
    return zipfile.ZipFile(built)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    return wheel(tmp_path_factory.mktemp("wheel"))


def test_the_wheel_holds_the_program_migrations_and_resources(built: zipfile.ZipFile) -> None:
    names = set(built.namelist())
    wanted = {
        f"after_school_desk/{p.relative_to(ROOT / 'after_school_desk').as_posix()}"
        for p in tree(ROOT / "after_school_desk")
    }
    wanted |= {f"after_school_desk/db/{p.name}" for p in (ROOT / "db").glob("*.sql")}
    wanted |= {
        f"after_school_desk/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
        for p in tree(ROOT / "resources")
    }
    assert len([n for n in wanted if n.startswith("after_school_desk/db/")]) >= 9
    assert "after_school_desk/resources/profiles/national.toml" in wanted
    assert sorted(wanted - names) == [], "left out of the wheel (pyproject.toml [tool.setuptools])"
    for sql in (ROOT / "db").glob("*.sql"):
        assert built.read(f"after_school_desk/db/{sql.name}") == sql.read_bytes()


def test_the_wheel_has_the_command_and_bounds(built: zipfile.ZipFile) -> None:
    info = next(n for n in built.namelist() if n.endswith(".dist-info/entry_points.txt"))
    entry = built.read(info).decode()
    assert "[console_scripts]" in entry
    assert "after-school-desk = after_school_desk.cli:console_main" in entry
    meta = built.read(info.replace("entry_points.txt", "METADATA")).decode()
    assert "License-Expression: MIT" in meta
    requires = {
        Requirement(line.split(":", 1)[1].strip()).name.lower(): line
        for line in meta.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    assert "<6" in requires["reportlab"]
    assert "<3.2" in requires["openpyxl"]


def test_the_program_finds_its_files_in_the_source_tree() -> None:
    assert migrate.DB_DIR == ROOT / "db"
    assert resources.resources_dir() == ROOT / "resources"
    assert profiles.builtin_dir() == ROOT / "resources" / "profiles"
    assert len(migrate.migration_files()) >= 9


def test_the_program_finds_its_files_when_installed_or_bundled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "site-packages" / "after_school_desk"
    (installed / "db").mkdir(parents=True)
    (installed / "resources").mkdir()
    monkeypatch.setattr(package_data, "PACKAGE", installed)
    assert package_data.folder("db") == installed / "db"
    assert package_data.folder("resources") == installed / "resources"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert package_data.folder("db") == tmp_path / "_internal" / "db"
    assert profiles.builtin_dir() == tmp_path / "_internal" / "resources" / "profiles"


def direct_dependencies() -> list[Requirement]:
    project = PYPROJECT["project"]
    return [
        Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]
    ]


def test_constraints_pin_every_direct_dependency_within_its_bounds() -> None:
    pins: dict[str, Version] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line} is not an exact pin"
            pins[name.strip().lower()] = Version(version.strip())
    for requirement in direct_dependencies():
        pinned = pins.get(requirement.name.lower())
        assert pinned is not None, f"{requirement.name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(pinned), (
            f"{requirement.name}=={pinned} ∉ {requirement}"
        )


def test_setup_installs_with_the_constraints() -> None:
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    installs = [line for line in setup.splitlines() if "pip install" in line and "-e" in line]
    assert installs and all("-c constraints.txt" in line for line in installs)
