"""Apply the class PC's journals to the hub's file one by one, printing each journal's number
once its transaction has committed (the kill test reads these confirmations)."""

from __future__ import annotations

import sys
from pathlib import Path

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.pcs import sync
from after_school_desk.store import school_store, sync_files, sync_journal
from after_school_desk.store.connection import open_store


def main(db: str, folder: str, author: str) -> None:
    store = open_store(Path(db), lock=False)
    actor = Actor(login="test:hub", role=Role.SYSTEM, display_name="hub")
    device = store.ring.device if store.ring else "hub"
    ctx = ServiceContext(store=store, actor=actor, device_id=device)
    school = (school_store.school(store.conn) or {}).get("id")
    print("ready", flush=True)
    result = sync.SyncResult()
    while True:
        n = sync_journal.applied_seq(store.conn, author) + 1
        path = sync_files.journal_path(Path(folder), author, n)
        if not path.exists():
            break
        problem = sync._apply_one(ctx, path, school, result)
        if problem:
            print(f"problem {problem}", flush=True)
            break
        print(n, flush=True)
    print("end", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
