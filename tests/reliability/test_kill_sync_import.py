"""A hub killed with SIGKILL while it applies a class PC's journals: each journal is applied
whole or not at all, with its bookkeeping; the next sync takes in the rest, and applying again
changes nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from after_school_desk.services.daily import attendance
from after_school_desk.services.pcs import sync
from after_school_desk.store import sync_files, sync_journal
from tests.reliability.conftest import rounds
from tests.unit.daily_school import DAY
from tests.unit.sync_school import School, digest, seal_problems

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _class_day(school: School, pc_name: str, journals: int) -> None:
    """The class PC records its pupils' day in ``journals`` journals."""
    pc = school.pcs[pc_name]
    assert school.roster is not None
    pupils = sorted(school.roster.pupils)
    for j in range(journals):
        for i, nid in enumerate(pupils):
            if (i + j) % journals == 0:
                attendance.sign_in(pc.ctx, nid, at=f"{DAY}T16:{j % 60:02d}:00+08:00")
        sync.write_own(pc.ctx, school.folder)


def _events_of(folder: Path, device: str, upto: int) -> int:
    total = 0
    for n in range(1, upto + 1):
        _header, body = sync_files.read_journal(sync_files.journal_path(folder, device, n))
        total += sum(1 for r in body["records"] if r["t"] == "attendance_event")
    return total


def test_a_killed_import_applies_whole_journals_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(20261204)
    cut_short = 0  # rounds where the kill landed before the last journal
    for round_no in range(rounds(4)):
        school = School(tmp_path / f"r{round_no}", monkeypatch)
        hub = school.hub()
        b = school.join("class1")
        _class_day(school, "class1", journals=12)
        author = sync.me(b.ctx)
        hub_db, hub_config = hub.ctx.store.path, hub.config
        hub.ctx.store.close()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "APP_CONFIG_DIR": str(hub_config)}
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.sync_import_script",
                str(hub_db),
                str(school.folder),
                author,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        confirmed = 0
        for _ in range(rng.randint(0, 8)):
            line = proc.stdout.readline().strip()
            if line.isdigit():
                confirmed = int(line)
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        confirmed = max([confirmed, *(int(x) for x in rest.split() if x.isdigit())])
        del school.pcs["hub"]
        monkeypatch.setenv("APP_CONFIG_DIR", str(hub_config))
        from after_school_desk.store.connection import open_store

        store = open_store(hub_db, lock=False)
        try:
            applied = sync_journal.applied_seq(store.conn, author)
            assert applied >= confirmed  # nothing confirmed is lost
            events = store.conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0]
            assert events == _events_of(school.folder, author, applied)  # whole journals only
            cut_short += applied < 12
        finally:
            store.close()
        hub = school._open("hub", create=False)
        sync.now(hub.ctx)
        assert sync.now(hub.ctx).applied == {}  # applying again: nothing
        assert digest(hub) == digest(b)
        assert seal_problems(hub) == []
        school.close()
    assert cut_short > 0  # the kills did land while journals were being applied
