"""Several copies of one school on one machine, as the school's PCs: each with its own
settings folder (its identity) and file, sharing the seal key and a sync folder."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.pcs import sync
from after_school_desk.services.school import enrolment
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import seals, sync_tables
from after_school_desk.store.connection import open_store
from tests.unit import daily_school


@dataclass
class Pc:
    name: str
    config: Path
    ctx: ServiceContext

    @property
    def conn(self):  # type: ignore[no-untyped-def]
        return self.ctx.store.conn


class School:
    """The PCs of one school, opened one after another in this process."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.folder = root / "share"
        self.mp = monkeypatch
        self.clock = FixedClock(datetime.fromisoformat("2026-11-02T15:30:00+08:00"))
        monkeypatch.setenv("APP_KEY_DIR", str(root / "keys"))
        self.pcs: dict[str, Pc] = {}
        self.roster: daily_school.School | None = None

    def _open(self, name: str, create: bool) -> Pc:
        config = self.root / name / "config"
        self.mp.setenv("APP_CONFIG_DIR", str(config))
        store = open_store(self.root / name / "school.sqlite", create=create, lock=False)
        device = store.ring.device if store.ring else name
        actor = Actor(login=f"test:{name}", role=Role.SYSTEM, display_name=name)
        ctx = ServiceContext(store=store, actor=actor, device_id=device, clock=self.clock)
        pc = Pc(name, config, ctx)
        self.pcs[name] = pc
        return pc

    def hub(self, name: str = "hub") -> Pc:
        pc = self._open(name, create=True)
        create_school(
            pc.ctx,
            SchoolSetup(
                name="立岗镇中心小学",
                county="贺兰县",
                term_start="2026-09-01",
                term_end="2027-01-20",
                classes_per_grade=2,
            ),
        )
        self.roster = daily_school.build(pc.ctx, per_class=4)
        for class_name in daily_school.CLASSES:
            enrolment.enroll(pc.ctx, class_name=class_name, start=daily_school.DAY, approve=True)
        self.clock.set(datetime.fromisoformat(f"{daily_school.DAY}T16:00:00+08:00"))
        sync.set_folder(pc.ctx, self.folder, name)
        sync.make_hub(pc.ctx)
        return pc

    def join(self, name: str) -> Pc:
        self.mp.setenv("APP_CONFIG_DIR", str(self.root / name / "config"))
        from after_school_desk.store.local_identity import device_id

        sync.join(self.folder, self.root / name / "school.sqlite", device_id())
        pc = self._open(name, create=False)
        sync.set_folder(pc.ctx, self.folder, name)
        return pc

    def exchange(self, rounds: int = 4) -> None:
        """Every PC syncs, round after round, until nothing moves."""
        for _ in range(rounds):
            moved = 0
            for pc in self.pcs.values():
                r = sync.now(pc.ctx)
                moved += r.written + sum(r.applied.values())
            if not moved:
                return
        raise AssertionError("the PCs did not settle")

    def close(self) -> None:
        for pc in self.pcs.values():
            pc.ctx.store.close()


def digest(pc: Pc) -> dict[str, str]:
    """A hash of every shared table's rows (without the columns each PC keeps for itself)."""
    out: dict[str, str] = {}
    for table in sync_tables.SHARED:
        skip = sync_tables.LOCAL_COLUMNS.get(table, ())
        cols = [r[1] for r in pc.conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
        key = sync_tables.key_column(table)
        rows = pc.conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} ORDER BY CAST({key} AS TEXT)"
        ).fetchall()
        text = json.dumps([list(r) for r in rows], ensure_ascii=False, default=str)
        out[table] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return out


def states(s: School, pc: Pc) -> dict[str, str]:
    """Every pupil's state on the day, as that PC derives it."""
    from after_school_desk.services.daily import attendance

    assert s.roster is not None
    out: dict[str, str] = {}
    for class_id in s.roster.class_ids.values():
        for r in attendance.class_day(pc.ctx, class_id, daily_school.DAY):
            out[r["national_id"]] = r["state"]
    return out


def seal_problems(pc: Pc) -> list[str]:
    """What that PC's check finds, with its own witness (its note of every PC's seal heads)."""
    import os

    before = os.environ.get("APP_CONFIG_DIR")
    os.environ["APP_CONFIG_DIR"] = str(pc.config)
    try:
        seals.write_witness(pc.conn)  # as the program does after a burst of writes
        return seals.verify(pc.conn, seals.read_witness(seals.recorded_tag(pc.conn))).problems
    finally:
        if before is not None:
            os.environ["APP_CONFIG_DIR"] = before
