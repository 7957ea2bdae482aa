"""The layers below after_school_desk/ui never load Qt, and only after_school_desk/store holds SQL (docs/ARCHITECTURE.md,
"Layers")."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import after_school_desk

LAYERS = ["domain", "services", "store", "reports", "importers"]


def modules_of(layer: str) -> list[str]:
    root = Path(after_school_desk.__file__).parent / layer
    return [m.name for m in pkgutil.walk_packages([str(root)], f"after_school_desk.{layer}.")]


def test_every_lower_module_imports_without_qt() -> None:
    names = [name for layer in LAYERS for name in modules_of(layer)]
    assert len(names) >= 10, names
    script = (
        "import importlib, sys\n"
        f"names = {names!r}\n"
        "for n in names: importlib.import_module(n)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt loaded below after_school_desk/ui: {out.stdout}"


def test_no_sql_outside_store() -> None:
    root = Path(after_school_desk.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).parts
        if rel[0] == "store":
            continue
        text = path.read_text(encoding="utf-8")
        for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", ".execute("):
            if keyword in text:
                offenders.append(f"{path.relative_to(root)}: {keyword.strip()}")
    assert offenders == []


FACES = ["ui", "cli", "bench.py", "bench_sync.py", "__main__.py"]


def store_imports(path: Path) -> list[str]:
    """Every import of after_school_desk.store in ``path``, function-local ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            named = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            named = [a.name for a in node.names]
        else:
            continue
        if any(
            n == "after_school_desk.store" or n.startswith("after_school_desk.store.")
            for n in named
        ):
            found.append(f"{path.name}:{node.lineno}")
        elif isinstance(node, ast.ImportFrom) and node.module == "after_school_desk":
            found += [f"{path.name}:{node.lineno}" for a in node.names if a.name == "store"]
    return found


def test_the_faces_reach_storage_only_through_services() -> None:
    root = Path(after_school_desk.__file__).parent
    files = [
        p
        for face in FACES
        for p in ([root / face] if face.endswith(".py") else (root / face).rglob("*.py"))
    ]
    assert len(files) > 50
    offenders = [hit for path in files for hit in store_imports(path)]
    assert offenders == []


def test_store_imports_are_seen_in_every_form(tmp_path: Path) -> None:
    sample = tmp_path / "face.py"
    sample.write_text(
        "from after_school_desk import store\nimport after_school_desk.store.backup\n"
        "def f():\n    from after_school_desk.store.connection import open_store\n"
        "from after_school_desk.services.base import school_file\n"
    )
    assert store_imports(sample) == ["face.py:1", "face.py:2", "face.py:4"]
