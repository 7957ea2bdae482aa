"""The bench's several-PCs figures (docs/several-pcs.md): a class PC joined from the hub's
snapshot signs in and hands over one class; its journal is written into the sync folder and
applied on the hub. Each copy has its own identity (its own settings folder), as two PCs do;
the school's seal key is shared."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from after_school_desk.domain.roles import Role
from after_school_desk.services.base import device
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.base.school_file import open_school_file
from after_school_desk.services.care.measuring import key_folder
from after_school_desk.services.daily import attendance
from after_school_desk.services.pcs import sync


@contextlib.contextmanager
def _as_pc(config: Path) -> Iterator[None]:
    """Open files as the PC whose settings folder is ``config`` (its identity)."""
    saved = {k: os.environ.get(k) for k in ("APP_CONFIG_DIR", "APP_KEY_DIR")}
    keys = key_folder()
    os.environ["APP_CONFIG_DIR"] = str(config)
    os.environ["APP_KEY_DIR"] = str(keys)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _ctx(path: Path, config: Path, now: datetime) -> ServiceContext:
    with _as_pc(config):
        store = open_school_file(path, lock=False)
    actor = Actor(login="bench", role=Role.SYSTEM, display_name="基准测试")
    device = store.ring.device if store.ring else "bench"
    return ServiceContext(store=store, actor=actor, device_id=device, clock=FixedClock(now))


def sync_figures(school: Path, after: date, work: Path) -> dict[str, Any]:
    """Join, then one class's day (the first service day after ``after``, a day the bench has
    not touched) on the class PC: its journal written, then applied on the hub."""
    from after_school_desk.bench import _next_service_day

    probe = _ctx(school, work / "probe-config", datetime.now(CHINA_TZ))
    try:
        day = _next_service_day(probe, after + timedelta(days=1))
    finally:
        probe.store.close()
    at = datetime.combine(day, datetime.min.time(), CHINA_TZ).replace(hour=15)
    hub_path, folder = work / "hub.sqlite", work / "sync"
    shutil.copyfile(school, hub_path)
    hub = _ctx(hub_path, work / "hub-config", at)
    try:
        sync.set_folder(hub, folder, "办公室电脑")
        start = time.perf_counter()
        sync.make_hub(hub)
        snapshot_s = time.perf_counter() - start
        with _as_pc(work / "class-config"):
            start = time.perf_counter()
            sync.join(folder, work / "class.sqlite", device.device_id())
            join_s = time.perf_counter() - start
        pc = _ctx(work / "class.sqlite", work / "class-config", at)
        try:
            sync.set_folder(pc, folder, "一年级(1)班电脑")
            sync.now(pc)
            sync.now(hub)
            class_id = attendance.day_list(pc, day)[0]["class_id"]
            pc.clock.set(at.replace(hour=16))  # type: ignore[attr-defined]
            attendance.sign_in_all(pc, class_id, day.isoformat())
            for i, r in enumerate(attendance.class_day(pc, class_id, day.isoformat())):
                pickup = [a for a in r.get("adults", []) if a["can_pickup"]]
                if pickup and r["state"] == "present":
                    when = at.replace(hour=17, minute=30) + timedelta(seconds=i)
                    attendance.sign_out(pc, r["national_id"], at=when, adult_id=pickup[0]["id"])
            start = time.perf_counter()
            written = sync.write_own(pc, folder)
            write_ms = (time.perf_counter() - start) * 1000
            result = sync.SyncResult()
            start = time.perf_counter()
            sync.apply_others(hub, folder, result)
            apply_ms = (time.perf_counter() - start) * 1000
        finally:
            pc.store.close()
    finally:
        hub.store.close()
    return {
        "sync_snapshot_s": round(snapshot_s, 2),
        "sync_join_s": round(join_s, 2),
        "sync_class_day_records": result.records if written else 0,
        "sync_write_class_day_ms": round(write_ms, 1),
        "sync_apply_class_day_ms": round(apply_ms, 1),
    }
