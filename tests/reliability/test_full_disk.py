"""A full disk gives a clear message and no damage: simulated always, a real tmpfs when possible."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.store import connection
from after_school_desk.store.connection import open_store
from tests.reliability.conftest import Report

ROOT = Path(__file__).resolve().parents[2]
FULL = "磁盘已满，这次修改没有保存"


def test_full_database_simulated_with_max_page_count(
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    reliability_report: Report,
    cli_login: Callable[..., str],
) -> None:
    with open_store(db_path, create=True) as store:
        limit = store.conn.execute("PRAGMA page_count").fetchone()[0] + 3
    cli_login(db_path)
    real_connect = connection._connect

    def small_disk(path: Path) -> sqlite3.Connection:
        conn = real_connect(path)
        conn.execute(f"PRAGMA max_page_count = {limit}")
        return conn

    monkeypatch.setattr(connection, "_connect", small_disk)
    confirmed: list[str] = []
    code = 0
    for n in range(500):
        name = f"老师{n:04d}" + "长" * 34  # the longest name allowed (40): pages fill quickly
        code = main(["--db", str(db_path), "staff", "add", name, "--role", "teacher"])
        if code != 0:
            break
        confirmed.append(name)
    err = capsys.readouterr().err
    assert code == 2 and FULL in err and "Traceback" not in err
    assert confirmed, "the disk filled before anything could be written"
    monkeypatch.undo()
    with open_store(db_path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = [r[0] for r in store.conn.execute("SELECT name FROM staff ORDER BY name")]
    assert present == confirmed
    reliability_report(
        "full disk (SQLITE_FULL via max_page_count)",
        {"confirmed_writes": len(confirmed), "refused_writes": 1, "lost": 0},
        "clear message, file intact",
    )


def _tmpfs_possible() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt && true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _tmpfs_possible(), reason="needs root to mount a tmpfs in a namespace")
def test_real_full_disk_on_a_tiny_tmpfs(tmp_path: Path, reliability_report: Report) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    script = (
        f"mount -t tmpfs -o size=2m tmpfs {mount} && "
        f"{sys.executable} -m tests.reliability.full_disk_script {mount}"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 2, result
    assert FULL in result["message"] and "Traceback" not in result["message"]
    assert result["check"] == 0, result["check_err"]
    assert result["confirmed"], "the disk filled before anything could be written"
    assert sorted(result["present"]) == sorted(result["confirmed"])
    reliability_report(
        "full disk (2 MB tmpfs)",
        {"confirmed_writes": len(result["confirmed"]), "refused_writes": 1, "lost": 0},
        "clear message, check passes after space is freed",
    )
