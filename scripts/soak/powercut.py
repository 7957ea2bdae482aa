"""Simulated power cuts during sign-ins and handovers (``tests/reliability/powercut_vfs.py``).

Each cut: a copy of the small school (mid-dismissal) is written by the sign-in and handover
workload through the real services, ``Store.write`` and the program's pragmas, on an apsw
connection routed through ``PowerCutVFS``. A first run without a cut counts the file writes the
workload makes; the second run is cut at a random one of them (checkpoints included). The
files are rebuilt as a disk could hold them (unsynced writes kept or dropped at random, the
-shm gone), then the program opens the file itself: every confirmed event id must be there,
``PRAGMA integrity_check`` ok and ``check`` OK.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import apsw

from after_school_desk.errors import AppError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.care import maintenance
from after_school_desk.store import connection
from after_school_desk.store.connection import Store, open_store
from scripts.soak.apsw_conn import ApswConnection
from scripts.soak.common import (
    SETUP_TIME,
    START_DAY,
    Progress,
    ShardResult,
    context,
    copy_school,
    pc_settings,
)
from scripts.soak.workload import Workload
from tests.reliability.powercut_vfs import PowerCut, PowerCutVFS

DEVICE = "soak-powercut"


def run_shard(template: Path, folder: Path, cuts: int, seed: int, controls: int = 0) -> ShardResult:
    """``cuts`` cuts under the program's storage policy, then ``controls`` cuts with
    ``synchronous=OFF``, where the harness must see writes vanish or the file break (a harness
    that cannot see a loss proves nothing)."""
    result = ShardResult("powercut")
    started = time.monotonic()
    rng = random.Random(seed)
    progress = Progress(folder.name, cuts + controls)
    for k in range(cuts + controls):
        progress.tick(k)
        control = k >= cuts
        name = f"{'control' if control else 'cut'}-{seed}-{k}"
        synchronous = "OFF" if control else None
        commits = rng.randint(3, 40)
        workload_seed = rng.randrange(1 << 30)
        counted = copy_school(template, folder / "count.sqlite")
        pc_settings(template, folder / "settings")
        vfs = PowerCutVFS(f"{name}-count", 0, random.Random(0))
        try:
            done, error, _ = _play(counted, vfs, commits, workload_seed, synchronous)
        finally:
            vfs.unregister()
        if error or len(done) == 0:
            result.add("harness_errors")
            result.fail(f"{name}: the workload failed without a cut: {error}", "harness_error")
            continue
        total = vfs.writes
        path = copy_school(template, folder / f"{name}.sqlite")
        pc_settings(template, folder / "settings")
        vfs = PowerCutVFS(name, rng.randint(1, total), rng)
        try:
            confirmed, error, before_cut = _play(path, vfs, commits, workload_seed, synchronous)
            if error and before_cut:
                result.add("workload_errors")
                result.fail(
                    f"{name}: the workload failed before the cut: {error}", "workload_error"
                )
            dropped = vfs.rebuild_after_cut()
        finally:
            vfs.unregister()
        if control:
            result.add("control_cuts")
            seen = not _verify(path, confirmed, ShardResult("control"), name)
            result.add("control_losses_seen", int(seen))
            _remove(path)
            continue
        result.add("cuts")
        result.add("dropped_unsynced_writes", dropped)
        result.add("file_writes_before_cuts", vfs.writes)
        result.add("confirmed_writes", len(confirmed))
        if _verify(path, confirmed, result, name):
            _remove(path)  # only the files that failed are kept, with their PC's settings
        else:
            shutil.copytree(folder / "settings", folder / f"{name}.settings")

    result.seconds = time.monotonic() - started
    return result


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


class _ThroughVFS:
    """``sqlite3`` as ``after_school_desk.store.connection`` sees it while the program opens the file, except
    that ``connect`` gives an apsw connection through the power-cut VFS (dressed as sqlite3's).
    So the program's own open runs unchanged: header and schema checks, its pragmas, the SQL
    functions it registers (the tamper seals), whatever it prepares on a new connection."""

    def __init__(self, vfs_name: str) -> None:
        self.vfs_name = vfs_name
        self.opened: list[Any] = []

    def connect(self, database: object, *_args: Any, **_kwargs: Any) -> ApswConnection:
        raw = apsw.Connection(str(database), vfs=self.vfs_name)
        self.opened.append(raw)
        return ApswConnection(raw)

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)


def open_through(path: Path, vfs: PowerCutVFS) -> tuple[Store, list[Any]]:
    """The program's ``open_store`` on ``path``, its connection routed through ``vfs``."""
    shim = _ThroughVFS(vfs.vfs_name)
    real = connection.sqlite3
    connection.sqlite3 = shim  # type: ignore[assignment]
    try:
        return open_store(path, lock=False, scan=False), shim.opened
    finally:
        connection.sqlite3 = real


def _play(
    path: Path, vfs: PowerCutVFS, commits: int, seed: int, synchronous: str | None = None
) -> tuple[list[str], str, bool]:
    """The workload through the VFS until ``commits`` commits or the cut: (the confirmed event
    ids, the error that stopped it, whether that error came before the power went off)."""
    confirmed: list[str] = []
    opened: list[Any] = []
    error = ""
    before_cut = False
    try:
        store, opened = open_through(path, vfs)
        if synchronous:
            store.conn.execute(f"PRAGMA synchronous = {synchronous}")
        clock = FixedClock(SETUP_TIME)
        ctx = context(store, DEVICE, clock)
        Workload(ctx, clock, random.Random(seed), confirmed.append, START_DAY, commits).run()
    except (PowerCut, sqlite3.Error, apsw.Error, AppError) as exc:
        error = f"{type(exc).__name__}: {exc}"
        before_cut = not vfs.dead
    finally:
        vfs.dead = vfs.cut_at > 0 or vfs.dead  # nothing reaches the disk after the cut
        for raw in opened:
            with contextlib.suppress(PowerCut, sqlite3.Error, apsw.Error):
                raw.close(True)
    return confirmed, error, before_cut


def _verify(path: Path, confirmed: list[str], result: ShardResult, what: str) -> bool:
    try:
        store = open_store(path)
    except AppError as exc:
        result.add("refused_after_cut")
        result.fail(f"{what}: the program refuses the file after the cut: {exc.message}", "refused")
        return False
    ok = True
    try:
        conn = store.conn
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            ok = False
            result.add("integrity_failures")
            result.fail(f"{what}: integrity_check: {integrity[:3]}", "integrity")
        report = maintenance.check(context(store, DEVICE))
        if not report.ok:
            ok = False
            result.add("check_failures")
            result.fail(f"{what}: check: {report.lines()[1:4]}", "check")
        marks = ",".join("?" * len(confirmed))
        sql = f"SELECT id FROM attendance_event WHERE id IN ({marks})"
        present = {str(r[0]) for r in conn.execute(sql, confirmed)} if confirmed else set()
        lost = [i for i in confirmed if i not in present]
        if lost:
            ok = False
            result.add("lost_writes", len(lost))
            result.fail(
                f"{what}: {len(lost)} confirmed events missing, e.g. {lost[:3]}", "lost_writes"
            )
        result.add("verifications")
    finally:
        store.close()
    return ok
