"""A writer for the kill test: adds staff through the service layer forever.

Run as ``python -m tests.reliability.writer_script DB``. After each confirmed commit it prints
the new row's id and flushes, so the parent knows exactly which writes were acknowledged.
"""

from __future__ import annotations

import sys
from datetime import datetime

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import staff
from after_school_desk.store.connection import open_store


def main(db: str) -> None:
    store = open_store(db, create=True)
    actor = Actor(login="test:writer", role=Role.SYSTEM, display_name="写入进程")
    clock = FixedClock(datetime.fromisoformat("2026-11-02T15:30:00+08:00"))
    ctx = ServiceContext(store=store, actor=actor, device_id="writer", clock=clock)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        row = staff.add_staff(ctx, f"老师{n:05d}", "teacher", phone="13800138000")
        print(row["id"], flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
