#!/usr/bin/env python3
"""Refresh the English translation: lupdate over the program's sources, then lrelease.

    .venv/bin/python scripts/update_translations.py          # update app_en.ts, build app_en.qm
    .venv/bin/python scripts/update_translations.py --check  # change nothing; exit 1 if stale

lupdate finds self.tr("…"), QCoreApplication.translate("Ctx", "…") and QT_TRANSLATE_NOOP.
Two kinds of strings it cannot see are added through a throw-away stub file of
QT_TRANSLATE_NOOP lines, whose locations are then rewritten to the real file and line:

* module helpers of the form ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
  called with a literal (``_tr("姓名")``) in the same module;
* the constants listed in EXTRA, translated at run time with ``self.tr(variable)``;
* self.tr("…") and the like inside f-strings, which lupdate's Python parser skips;
* the refusals of the services and rules, ``t("…")`` of ``after_school_desk.i18n`` (context ``Refusal``).

See docs/translations.md.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "app_en.ts"
QM = TS.with_suffix(".qm")
SOURCE_DIR = ROOT / "after_school_desk"
BIN = Path(sys.executable).parent
STUB_NAME = "_i18n_stub.py"

# (context, file, module-level name): every str constant in that assignment is a source text
# that a page passes to self.tr() at run time.
EXTRA = [
    ("OverviewPage", "after_school_desk/reports/ledger_data.py", "FOLLOWUP_BUCKETS"),
    ("OverviewPage", "after_school_desk/reports/ledger_data.py", "FOLLOWUP_OPEN_LABEL"),
]


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name) or name


def source_files() -> list[Path]:
    """Every module under after_school_desk/ that marks something for translation."""
    marks = re.compile(r"\btr\(|QCoreApplication\.translate\(|QT_TR(ANSLATE)?_NOOP")
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if marks.search(p.read_text("utf-8")))


def _helper_context(fn: ast.FunctionDef) -> str | None:
    """The context when fn is ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    if len(fn.args.args) != 1 or len(fn.body) != 1 or not isinstance(fn.body[0], ast.Return):
        return None
    call = fn.body[0].value
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) == 2
    ):
        return None
    ctx, text = call.args
    if (
        isinstance(ctx, ast.Constant)
        and isinstance(ctx.value, str)
        and isinstance(text, ast.Name)
        and text.id == fn.args.args[0].arg
    ):
        return ctx.value
    return None


Message = tuple[str, str, Path, int]  # context, source text, file, line


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _marked(node: ast.Call, cls: str) -> tuple[str, str] | None:
    """(context, text) when ``node`` is self.tr("…"), X.translate("Ctx", "…") or a NOOP."""
    func, args = node.func, node.args
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and isinstance(func, ast.Attribute) and args and cls:
        text = _literal(args[0])
        return (cls, text) if text is not None else None
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
        if isinstance(func, ast.Attribute) and name == "translate":
            owner = getattr(func.value, "id", "")
            if owner not in ("QCoreApplication", "QApplication", "QGuiApplication"):
                return None
        ctx, text = _literal(args[0]), _literal(args[1])
        return (ctx, text) if ctx is not None and text is not None else None
    return None


def marked_messages(path: Path) -> list[Message]:
    """What a careful reading of the code marks for translation, including the calls inside
    f-strings that lupdate's Python parser skips."""
    found: list[Message] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and (hit := _marked(child, cls)):
                found.append((hit[0], hit[1], path, child.lineno))
            visit(child, cls)

    visit(ast.parse(path.read_text("utf-8")), "")
    return found


def hidden_messages(files: list[Path], seen: set[tuple[str, str]]) -> list[Message]:
    """(context, source, file, line) for the strings lupdate cannot see by itself; ``seen`` is
    what lupdate found on its own."""
    found: list[Message] = []
    for path in files:
        found += [m for m in marked_messages(path) if (m[0], m[1]) not in seen]
        tree = ast.parse(path.read_text("utf-8"))
        helpers = {
            node.name: ctx
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (ctx := _helper_context(node))
        }
        if not helpers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((helpers[node.func.id], node.args[0].value, path, node.lineno))
    for ctx, rel, name in EXTRA:
        path = ROOT / rel
        tree = ast.parse(path.read_text("utf-8"))
        assigns = [
            n
            for n in tree.body
            if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
        ]
        if not assigns:
            raise SystemExit(f"{rel}: {name} not found (update EXTRA in {Path(__file__).name})")
        for node in ast.walk(assigns[0].value):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((ctx, node.value, path, node.lineno))
    return sorted(found, key=lambda m: (str(m[2]), m[3]))


_REFUSALS = re.compile(r"^from after_school_desk\.i18n import .*\bt\b", re.MULTILINE)


def refusal_messages() -> list[Message]:
    """``t("…")`` in modules that import ``t`` from after_school_desk.i18n: the services' refusals."""
    found: list[Message] = []
    for path in sorted(SOURCE_DIR.rglob("*.py")):
        text = path.read_text("utf-8")
        if not _REFUSALS.search(text):
            continue
        for node in ast.walk(ast.parse(text)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and (literal := _literal(node.args[0])) is not None
            ):
                found.append(("Refusal", literal, path, node.lineno))
    return found


def write_stub(folder: Path, messages: list[Message]) -> Path:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for ctx, text, _, _ in messages:
        args = json.dumps(ctx, ensure_ascii=False), json.dumps(text, ensure_ascii=False)
        lines.append(f"QT_TRANSLATE_NOOP({args[0]}, {args[1]})")
    stub = folder / STUB_NAME
    stub.write_text("\n".join(lines) + "\n", "utf-8")
    return stub


def relocate(ts: Path, messages: list[Message]) -> None:
    """Point the stub's locations at the real file and line."""
    text = ts.read_text("utf-8")
    pattern = re.compile(r'<location filename="[^"]*' + re.escape(STUB_NAME) + r'" line="(\d+)"/>')

    def real(match: re.Match[str]) -> str:
        _, _, path, line = messages[int(match.group(1)) - 3]
        name = os.path.relpath(path, TS.parent).replace(os.sep, "/")
        return f'<location filename="{name}" line="{line}"/>'

    ts.write_text(pattern.sub(real, text), "utf-8")


def lupdate(ts: Path, *, keep_obsolete: bool = False) -> str:
    """Merge the sources' strings into ``ts``."""
    files = source_files()
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.ts"
        args = [tool("pyside6-lupdate"), "-silent", *(str(p) for p in files), "-ts", str(plain)]
        subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
        messages = hidden_messages(files, set(read_ts(plain))) + refusal_messages()
        stub = write_stub(Path(tmp), messages)
        args = [tool("pyside6-lupdate"), "-locations", "absolute"]
        if not keep_obsolete:
            args.append("-no-obsolete")
        args += [os.path.relpath(p, ROOT) for p in files] + [str(stub), "-ts", str(ts)]
        done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    relocate(ts, messages)
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> str:
    args = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


Key = tuple[str, str]


def read_ts(ts: Path) -> dict[Key, ET.Element]:
    """(context, source) -> <translation> element."""
    out: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = translation
    return out


def problems(ts: Path = TS) -> list[str]:
    """What is wrong with the committed translation (empty when it is complete and current)."""
    found: list[str] = []
    committed = read_ts(ts)
    with tempfile.TemporaryDirectory(prefix="i18n-check-") as tmp:
        fresh_ts = Path(tmp) / ts.name
        shutil.copy(ts, fresh_ts)
        lupdate(fresh_ts)
        fresh = read_ts(fresh_ts)
    for key in sorted(fresh.keys() - committed.keys()):
        found.append(f"new in the code, not in {ts.name}: {key}")
    for key in sorted(committed.keys() - fresh.keys()):
        found.append(f"in {ts.name} but no longer in the code: {key}")
    for key, translation in sorted(committed.items()):
        kind = translation.get("type")
        if kind or not (translation.text or "").strip():
            found.append(f"{kind or 'empty'}: {key}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    opts = parser.parse_args()
    if opts.check:
        found = problems()
        print("\n".join(found) or f"{TS.name} is complete and up to date")
        return 1 if found else 0
    print(lupdate(TS), end="")
    print(lrelease(TS, QM), end="")
    unfinished = sum(1 for t in read_ts(TS).values() if t.get("type"))
    if unfinished:
        print(f"{unfinished} message(s) still need an English translation in {TS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
