"""A writer process killed with SIGKILL at random moments never loses a confirmed write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from after_school_desk.store.connection import open_store
from tests.reliability.conftest import Report, rounds

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(db: Path, confirmations: int) -> list[str]:
    """Start the writer, read ``confirmations`` acknowledged ids, then kill it mid-write."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.writer_script", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    confirmed: list[str] = []
    try:
        first = proc.stdout.readline()
        assert first.strip() == "ready", first + (proc.stderr.read() if proc.stderr else "")
        while len(confirmed) < confirmations:
            line = proc.stdout.readline()
            if not line:
                break
            confirmed.append(line.strip())
        # the writer is busy with its next transaction while the kill lands
        proc.send_signal(signal.SIGKILL)
        # ids printed before the kill landed were confirmed too
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    confirmed.extend(x for x in rest.split("\n") if x.strip())
    return confirmed


def test_sigkill_never_loses_a_confirmed_write(tmp_path: Path, reliability_report: Report) -> None:
    rng = random.Random(20261102)
    db = tmp_path / "school.sqlite"
    n = rounds(30)
    confirmed: list[str] = []
    unclean_noticed = 0
    for _ in range(n):
        confirmed += _run_and_kill(db, rng.randint(0, 25))
        with open_store(db) as store:
            unclean_noticed += int(store.unclean_exit)
            conn = store.conn
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {r[0] for r in conn.execute("SELECT id FROM staff")}
            audited = {r[0] for r in conn.execute("SELECT entity_id FROM audit")}
        lost = [i for i in confirmed if i not in present or i not in audited]
        assert not lost, f"confirmed writes lost after a kill: {lost[:5]}"
    assert unclean_noticed == n
    reliability_report(
        "SIGKILL of a writer process",
        {"kills": n, "confirmed_writes": len(confirmed), "lost": 0, "integrity_failures": 0},
        "nothing lost; every restart noticed the unclean exit",
    )
