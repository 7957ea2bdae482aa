"""Simulated power loss (an apsw VFS shim drops unsynced writes) loses no confirmed write.

The writer is the real ``staff.add_staff`` service over the real ``Store.write`` transaction and
the program's own pragmas, on an apsw connection routed through the shim; after each cut the
file is opened again by the program itself.
"""

from __future__ import annotations

import contextlib
import random
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

apsw = pytest.importorskip("apsw")

from after_school_desk.domain.roles import Role  # noqa: E402
from after_school_desk.errors import StorageError  # noqa: E402
from after_school_desk.services.base.clock import FixedClock  # noqa: E402
from after_school_desk.services.base.context import Actor, ServiceContext  # noqa: E402
from after_school_desk.services.school import staff  # noqa: E402
from after_school_desk.store import audit, connection, seals  # noqa: E402
from after_school_desk.store.connection import Store, open_store  # noqa: E402
from tests.reliability.conftest import Report, rounds  # noqa: E402
from tests.reliability.powercut_vfs import PowerCut, PowerCutVFS  # noqa: E402

COMMITS = 12


def _write_until_cut(path: Path, vfs: PowerCutVFS, synchronous: str | None) -> list[str]:
    conn: Any = apsw.Connection(str(path), vfs=vfs.vfs_name)
    confirmed: list[str] = []
    try:
        conn.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_MS}")
        connection._apply_pragmas(conn, path)  # the program's own storage policy
        if synchronous:
            conn.execute(f"PRAGMA synchronous = {synchronous}")
        ring = seals.SealRing("dev-pc")
        seals.register(conn, ring)
        store = Store(path, conn, None, ring)  # type: ignore[arg-type]
        actor = Actor(login="test:powercut", role=Role.SYSTEM, display_name="断电测试")
        clock = FixedClock(datetime.fromisoformat("2026-11-02T15:30:00+08:00"))
        ctx = ServiceContext(store=store, actor=actor, device_id="dev-pc", clock=clock)
        for n in range(COMMITS):
            row = staff.add_staff(ctx, f"老师{n:03d}", "teacher")
            confirmed.append(row["id"])
            if n % 5 == 4:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # checkpoints get cut too
    except (PowerCut, apsw.Error):
        pass
    finally:
        vfs.dead = True  # nothing reaches the disk after the cut, not even the close
        with contextlib.suppress(PowerCut, apsw.Error):
            conn.close(True)
    return confirmed


def _lost_after_cut(
    template: Path, tmp: Path, rng: random.Random, synchronous: str | None, k: int
) -> tuple[int, int, int, bool]:
    path = tmp / f"cut{k}.sqlite"
    shutil.copy(template, path)
    total = _count_writes(template, tmp, synchronous)
    vfs = PowerCutVFS(f"powercut{k}", rng.randint(1, total), rng)
    try:
        confirmed = _write_until_cut(path, vfs, synchronous)
        vfs.rebuild_after_cut()
    finally:
        vfs.unregister()
    try:
        with open_store(path) as store:
            conn = store.conn
            damaged = conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
            damaged = damaged or audit.verify_chain(conn) is not None
            present = {r[0] for r in conn.execute("SELECT id FROM staff")}
    except StorageError:
        damaged, present = True, set()
    lost = len([i for i in confirmed if i not in present])
    return len(confirmed), lost, vfs.writes, damaged


_WRITES: dict[str | None, int] = {}


def _count_writes(template: Path, tmp: Path, synchronous: str | None) -> int:
    if synchronous not in _WRITES:
        path = tmp / "count.sqlite"
        shutil.copy(template, path)
        vfs = PowerCutVFS("count", 0, random.Random(0))
        try:
            assert len(_write_until_cut(path, vfs, synchronous)) == COMMITS
        finally:
            vfs.unregister()
        _WRITES[synchronous] = vfs.writes
    return _WRITES[synchronous]


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "template.sqlite"
    open_store(path, create=True).close()
    _WRITES.clear()
    return path


def test_power_cut_loses_no_confirmed_write(
    template: Path, tmp_path: Path, reliability_report: Report
) -> None:
    rng = random.Random(4242)
    n = rounds(30)
    confirmed = cut_writes = 0
    for k in range(n):
        c, lost, w, damaged = _lost_after_cut(template, tmp_path, rng, None, k)
        assert not damaged, f"cut {k}: the file is damaged"
        assert lost == 0, f"cut {k}: {lost} confirmed writes lost"
        confirmed += c
        cut_writes += w
    reliability_report(
        "power cut (apsw VFS drops unsynced writes)",
        {"cuts": n, "confirmed_writes": confirmed, "writes_before_cuts": cut_writes, "lost": 0},
        "nothing lost, integrity and audit chain intact",
    )


def test_the_shim_does_catch_lost_writes_when_sync_is_off(template: Path, tmp_path: Path) -> None:
    """Control: with synchronous=OFF the same harness sees writes vanish or the file break."""
    rng = random.Random(7)
    results = [_lost_after_cut(template, tmp_path, rng, "OFF", k) for k in range(8)]
    assert any(lost > 0 or damaged for _, lost, _, damaged in results)
