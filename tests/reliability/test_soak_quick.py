"""``scripts/soak.sh --quick`` runs every harness end to end (1/50 of the full counts).

The quick run exercises the harness code in CI: the kill driver and its worker, the power-cut
shim under the sign-in/handover workload, the byte-flip classification and the roster fuzz. The
counts it must reach and the invariants the program holds today are asserted here; the byte
flips' findings (damaged files still written into, silent changes, crashes at open) are the
soak's verdict, reported, not asserted — the full run's figures are in the README.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import Report

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]


def test_quick_soak_runs_every_harness(tmp_path: Path, reliability_report: Report) -> None:
    pytest.importorskip("apsw")
    env = {**os.environ, "PYTHON": sys.executable}
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "soak.sh"), "--quick", "--workdir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode in (0, 1), out[-4000:]  # 2: the harness itself broke
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["harness_errors"] == []
    assert (proc.returncode == 1) == bool(summary["failures"]), out[-4000:]
    assert "== summary" in proc.stdout
    counts = {h: r["counts"] for h, r in summary["results"].items()}
    targets = summary["targets"]
    assert targets == {"kill": 20, "powercut": 4, "flips": 20, "fuzz": 200}

    kill = counts["kill"]
    assert kill["kills"] == targets["kill"]
    assert kill["confirmed_writes"] > 0
    for key in ("lost_writes", "integrity_failures", "check_failures", "worker_crashes"):
        assert kill.get(key, 0) == 0, (key, summary["results"]["kill"]["failures"])

    cut = counts["powercut"]
    assert cut["cuts"] == targets["powercut"] and cut["confirmed_writes"] > 0
    assert cut["control_cuts"] >= 2
    for key in ("lost_writes", "integrity_failures", "check_failures", "workload_errors"):
        assert cut.get(key, 0) == 0, (key, summary["results"]["powercut"]["failures"])

    flips = counts["flips"]
    outcomes = ("refused_at_open", "flagged_writes_refused", "flagged_write_accepted",
                "harmless", "silent_change", "crash")  # fmt: skip
    assert sum(flips.get(o, 0) for o in outcomes) == flips["flips"] == targets["flips"]

    fuzz = counts["fuzz"]
    assert fuzz["files"] == targets["fuzz"]
    assert fuzz.get("refused", 0) > 0 and fuzz.get("imported", 0) > 0
    for key in ("crash", "partial_import", "hang", "preview_differs"):
        assert fuzz.get(key, 0) == 0, (key, summary["results"]["fuzz"]["failures"])

    reliability_report(
        "soak --quick",
        {
            "kills": kill["kills"],
            "cuts": cut["cuts"],
            "flips": flips["flips"],
            "roster_files": fuzz["files"],
            "lost": kill.get("lost_writes", 0) + cut.get("lost_writes", 0),
            "flip_failures": sum(
                flips.get(o, 0) for o in ("flagged_write_accepted", "silent_change", "crash")
            ),
        },
        "exit 1 (findings)" if proc.returncode else "exit 0",
    )
