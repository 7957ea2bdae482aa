"""The layers below app/ui never load Qt, and only app/store holds SQL (docs/ARCHITECTURE.md,
"Layers")."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app

LAYERS = ["domain", "services", "store", "reports", "importers"]


def modules_of(layer: str) -> list[str]:
    root = Path(app.__file__).parent / layer
    return [f"app.{layer}.{m.name}" for m in pkgutil.walk_packages([str(root)])]


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
    assert out.stdout.strip() == "", f"Qt loaded below app/ui: {out.stdout}"


def test_no_sql_outside_store() -> None:
    root = Path(app.__file__).parent
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
