"""What the soak harnesses share: the work folder, the schools they start from, a shard's result."""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.store.connection import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "roster"

# The day the soak plays (the README's run is dated 2026-12-03); the demo history ends the day
# before, the term runs on to 2027-01-20.
START_DAY = date(2026, 12, 3)
SETUP_TIME = datetime(2026, 12, 3, 15, 0, tzinfo=CHINA_TZ)
ACTOR = Actor(login="soak:duty", role=Role.SYSTEM, display_name="压力测试")

KILL_SCHOOL = "kill_school.sqlite"  # 360 pupils, a month of history: the kill workload's file
SMALL_SCHOOL = "small_school.sqlite"  # 60 pupils mid-dismissal: power cuts and byte flips
ROSTER_SCHOOL = "roster_school.sqlite"  # a school with its classes and no pupils: the fuzz

SETTINGS = "settings"  # beside the templates: the settings folder they were made with
MAX_FAILURE_NOTES = 12  # kept per kind of failure (the counts count them all)


def isolate(workdir: Path) -> None:
    """Settings, data and the device key of this run live in ``workdir`` (never the user's)."""
    os.environ["APP_CONFIG_DIR"] = str(workdir / "config")
    os.environ["APP_DATA_DIR"] = str(workdir / "data")
    os.environ.pop("APP_DB", None)
    os.environ.pop("APP_NOW", None)


def save_pc_settings(workdir: Path, templates: Path) -> Path:
    """Keep the settings folder as it stood when the school files were made (device id, seal
    keys and their witnesses): every copy of a school starts on a PC in exactly that state."""
    target = templates / SETTINGS
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(workdir / "config", target)
    return target


def pc_settings(template: Path, folder: Path) -> Path:
    """A PC of its own for one copy of a school: a fresh settings folder cloned from the one the
    templates were made with, used from now on by this process (and the workers it starts).

    Copies of one school must not share a settings folder: the seal witness there only rises,
    so the writes into one copy would make every other copy look like an older, cut-off one."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template.parent / SETTINGS, folder)
    os.environ["APP_CONFIG_DIR"] = str(folder)
    return folder


def quiet_logs(path: Path) -> None:
    """The program's log lines (refused writes, read-only mode …) go to a file, not the console."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def context(store: Store, device: str, clock: FixedClock | None = None) -> ServiceContext:
    return ServiceContext(
        store=store, actor=ACTOR, device_id=device, clock=clock or FixedClock(SETUP_TIME)
    )


def copy_school(template: Path, target: Path) -> Path:
    """A copy of a closed school file (its -wal and -shm are never carried along)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def close_clean(store: Store) -> None:
    """Leave a single, complete file behind (the -wal checkpointed into it)."""
    store.checkpoint("TRUNCATE")
    store.close()


def open_ctx(path: Path, device: str, clock: FixedClock | None = None) -> ServiceContext:
    return context(open_store(path), device, clock)


class Progress:
    """A line now and then while a shard runs (at a tenth, at most every 15 s; at least every
    two minutes)."""

    def __init__(self, name: str, total: int) -> None:
        self.name = name
        self.total = total
        self.started = self.last = time.monotonic()
        self.step = max(1, total // 10)

    def tick(self, done: int, text: str = "") -> None:
        now = time.monotonic()
        if (done % self.step == 0 and now - self.last > 15) or now - self.last > 120:
            self.last = now
            extra = f", {text}" if text else ""
            print(f"soak: {self.name} {done:,}/{self.total:,}{extra} ({now - self.started:.0f} s)",
                  flush=True)  # fmt: skip


@dataclass
class ShardResult:
    """What one shard of a harness tried and found; shards of a harness are added up."""

    harness: str
    counts: dict[str, int] = field(default_factory=dict)
    maxima: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    extremes: dict[str, tuple[float, str]] = field(default_factory=dict)  # what made a maximum

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def peak(self, key: str, value: float) -> None:
        self.maxima[key] = max(self.maxima.get(key, value), value)

    def extreme(self, key: str, value: float, note: str) -> None:
        """Keep the note of the largest ``value`` seen under ``key`` (the slowest file …)."""
        if key not in self.extremes or value > self.extremes[key][0]:
            self.extremes[key] = (value, note)

    def fail(self, note: str, kind: str = "failure") -> None:
        """A failure worth reading; notes are kept up to ``MAX_FAILURE_NOTES`` per kind."""
        if sum(1 for n in self.failures if n.startswith(f"[{kind}]")) < MAX_FAILURE_NOTES:
            self.failures.append(f"[{kind}] {note}")

    def merge(self, other: ShardResult) -> None:
        for key, n in other.counts.items():
            self.add(key, n)
        for key, value in other.maxima.items():
            self.peak(key, value)
        for key, (value, note) in other.extremes.items():
            self.extreme(key, value, note)
        for note in other.failures:
            kind = note[1 : note.index("]")] if note.startswith("[") else "failure"
            if sum(1 for n in self.failures if n.startswith(f"[{kind}]")) < MAX_FAILURE_NOTES:
                self.failures.append(note)
        self.seconds += other.seconds

    def as_dict(self) -> dict[str, Any]:
        return {
            "harness": self.harness,
            "counts": self.counts,
            "maxima": self.maxima,
            "failures": self.failures,
            "extremes": {k: note for k, (_, note) in self.extremes.items()},
            "seconds": round(self.seconds, 1),
        }
