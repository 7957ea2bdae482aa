"""The kill harness's worker: ``python -m scripts.soak.kill_worker DB DEVICE SEED``.

Opens the school file as the program does, prints ``ready``, then plays the sign-in and
handover workload, printing each confirmed event id (flushed) after its commit returned.
Prints ``done`` when the term has no pupil left to sign in or hand over.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.store.connection import open_store
from scripts.soak.common import SETUP_TIME, START_DAY, context
from scripts.soak.workload import Exhausted, Workload


def main(db: str, device: str, seed: int) -> None:
    clock = FixedClock(SETUP_TIME)
    ctx = context(open_store(Path(db)), device, clock)
    print("ready", flush=True)

    def emit(event_id: str) -> None:
        print(event_id, flush=True)

    try:
        Workload(ctx, clock, random.Random(seed), emit, START_DAY).run()
    except Exhausted:
        print("done", flush=True)
    ctx.store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
