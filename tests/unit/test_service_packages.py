"""after_school_desk/services is a few capability packages, each on its own floor (docs/ARCHITECTURE.md,
"Services"): a module imports from its own package or the floors below, never above, and no
two modules import each other, even through a function-local import."""

from __future__ import annotations

import ast
from pathlib import Path

import after_school_desk

SERVICES = Path(after_school_desk.__file__).parent / "services"
# lowest first: what each package may stand on is everything to its left
FLOORS = ["base", "school", "care", "pcs", "daily", "money", "month", "sample"]
MAX_LINES = 600


def service_modules() -> dict[str, Path]:
    return {
        f"{path.parent.name}.{path.stem}": path
        for path in sorted(SERVICES.glob("*/*.py"))
        if path.stem != "__init__"
    }


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The service modules ``path`` imports anywhere in the file, as "package.module"."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[:2] != ["after_school_desk", "services"]:
                continue
            if len(parts) == 4:
                found.add(f"{parts[2]}.{parts[3]}")
            elif len(parts) == 3:  # from after_school_desk.services.daily import attendance
                found.update(f"{parts[2]}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[:2] == ["after_school_desk", "services"] and len(parts) >= 4:
                    found.add(f"{parts[2]}.{parts[3]}")
    return found & known


def graph() -> dict[str, set[str]]:
    modules = service_modules()
    return {name: imports_of(path, set(modules)) for name, path in modules.items()}


def test_every_service_module_sits_in_a_known_package() -> None:
    loose = [p.name for p in SERVICES.glob("*.py") if p.stem != "__init__"]
    assert loose == [], "a service module belongs in one of the capability packages"
    packages = sorted(p.name for p in SERVICES.iterdir() if (p / "__init__.py").exists())
    assert packages == sorted(FLOORS)
    assert len(service_modules()) >= 50


def test_packages_import_only_their_own_floor_or_below() -> None:
    upward = [
        f"{name} imports {dep}"
        for name, deps in graph().items()
        for dep in deps
        if FLOORS.index(dep.split(".")[0]) > FLOORS.index(name.split(".")[0])
    ]
    assert upward == []


def test_no_import_loops_among_services() -> None:
    edges = graph()
    loops: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(edges[node]):
            if state.get(dep) == 1:
                loops.append([*path[path.index(dep) :], dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert loops == []


def test_the_checker_sees_a_loop_and_an_upward_import(tmp_path: Path) -> None:
    low = tmp_path / "low.py"
    low.write_text("def f():\n    from after_school_desk.services.month.reports import ledger\n")
    assert imports_of(low, {"month.reports", "base.context"}) == {"month.reports"}
    both = tmp_path / "both.py"
    both.write_text("from after_school_desk.services.base import context, nothing\n")
    assert imports_of(both, {"month.reports", "base.context"}) == {"base.context"}


def test_no_service_file_over_600_lines() -> None:
    long = {
        name: n
        for name, path in service_modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
