"""The sync folder's files: each PC's journals and the hub's snapshot (docs/several-pcs.md).

    <folder>/journals/<device id>/00000001.journal   one PC's journals, numbered without gaps
    <folder>/snapshot/school.sqlite                   the hub's copy a new PC starts from

A journal is compressed JSON, ``{"header": …, "body": …}``, with the SHA-256 of its body in
the header. It is written once (to a temporary name, flushed, then renamed) and never changed:
whatever moves the folder's files (a shared folder, a synchronising tool, a USB stick) moves
whole files, and a damaged one is found by its hash and read again later.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FORMAT = "after-school-desk/journal"
VERSION = 1
SNAPSHOT = "school.sqlite"


class BadJournal(Exception):
    """A journal file that cannot be read (damaged, half copied, not ours)."""


def journal_dir(folder: Path, device: str) -> Path:
    return folder / "journals" / device


def journal_path(folder: Path, device: str, seq: int) -> Path:
    return journal_dir(folder, device) / f"{seq:08d}.journal"


def snapshot_path(folder: Path) -> Path:
    return folder / "snapshot" / SNAPSHOT


def devices(folder: Path) -> list[str]:
    root = folder / "journals"
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def journal_numbers(folder: Path, device: str) -> Iterator[int]:
    root = journal_dir(folder, device)
    if not root.is_dir():
        return
    for p in root.glob("*.journal"):
        if p.stem.isdigit():
            yield int(p.stem)


def _body_hash(body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_journal(path: Path, header: dict[str, Any], body: dict[str, Any]) -> Path:
    header = {**header, "format": FORMAT, "version": VERSION, "sha256": _body_hash(body)}
    data = gzip.compress(
        json.dumps({"header": header, "body": body}, ensure_ascii=False).encode("utf-8"),
        mtime=0,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.part")
    with open(temp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)
    return path


def read_journal(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        raw = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
        header, body = raw["header"], raw["body"]
    except (OSError, EOFError, ValueError, KeyError, TypeError, gzip.BadGzipFile) as exc:
        raise BadJournal(f"{path.name}：文件不完整或已损坏（{exc.__class__.__name__}）") from exc
    if header.get("format") != FORMAT:
        raise BadJournal(f"{path.name}：不是本程序的同步文件")
    if header.get("sha256") != _body_hash(body):
        raise BadJournal(f"{path.name}：内容与校验码不符（复制不完整或被改动过）")
    return header, body


# --- presence: each PC's note that it synced, rewritten at every sync ------------------------


def presence_path(folder: Path, device: str) -> Path:
    return folder / "presence" / f"{device}.json"


def write_presence(folder: Path, device: str, note: dict[str, Any]) -> None:
    """This PC's last sync (its clock, its name): the others show it as its last contact even
    when it had nothing new to send. Only this PC writes its own note."""
    path = presence_path(folder, device)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.part")
    temp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
    os.replace(temp, path)


def presences(folder: Path) -> dict[str, dict[str, Any]]:
    root = folder / "presence"
    found: dict[str, dict[str, Any]] = {}
    if not root.is_dir():
        return found
    for path in root.glob("*.json"):
        try:
            note = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # half copied: the next sync rewrites it
        if isinstance(note, dict) and isinstance(note.get("clock"), str):
            found[path.stem] = note
    return found
