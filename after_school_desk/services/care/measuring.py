"""What the benchmark (after_school_desk/bench.py) measures below the services: the bare SQLite commit it
compares every write with, the file's checkpoint between runs, and how much of the history the
archive holds. Nothing here is used by the program itself."""

from __future__ import annotations

from pathlib import Path

from after_school_desk.store import event_archive, seal_key
from after_school_desk.store.bench_floor import Floor as Floor
from after_school_desk.store.bench_floor import checkpoint as checkpoint
from after_school_desk.store.connection import open_store


def archive_sizes(path: Path) -> tuple[int, int, int]:
    """(events sealed into archives, their compressed bytes, events still live) of the file."""
    store = open_store(path, lock=False, scan=False)
    try:
        return event_archive.size_figures(store.conn)
    finally:
        store.close()


def key_folder() -> Path:
    """The folder of this PC's seal keys (a benchmark PC copies it to play a second PC)."""
    return seal_key.key_dir()
