"""Start-up with a bad or busy file: each case its own plain-language message, nothing changed.

Every case runs the real program (``python -m app … check``) in a separate process.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from after_school_desk.store.connection import open_store
from tests.reliability.conftest import Report

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _cli(
    db: Path, shell_prefix: str = "", command: str = "check"
) -> subprocess.CompletedProcess[str]:
    """``python -m app --db DB check``; with a prefix, run in a private mount namespace."""
    cmd = [sys.executable, "-m", "after_school_desk", "--db", str(db), command]
    if shell_prefix:
        cmd = ["unshare", "-m", "sh", "-c", shell_prefix + shlex.join(cmd)]
    return subprocess.run(
        cmd, cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=60, check=False
    )


def _good(db: Path) -> None:
    open_store(db, create=True).close()


def _not_ours(db: Path) -> None:
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.commit()
    other.close()


def _truncated(db: Path) -> None:
    _good(db)
    db.write_bytes(db.read_bytes()[:60])


def _random_bytes(db: Path) -> None:
    db.write_bytes(os.urandom(8192))


def _newer(db: Path) -> None:
    with open_store(db, create=True) as store:
        store.conn.execute("PRAGMA user_version = 999")


def _damaged(db: Path) -> None:
    with open_store(db, create=True) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * len(data[4096 * 2 : 4096 * 6])
    db.write_bytes(bytes(data))


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "not ours": (_not_ours, "是其他程序的数据库"),
    "truncated": (_truncated, "不是 SQLite 数据库文件，或已被截断"),
    "random bytes": (_random_bytes, "不是课后服务台的数据库"),
    "newer schema": (_newer, "由更新版本的课后服务台建立"),
    "damaged pages": (_damaged, "请从备份恢复"),
}


@contextmanager
def _second_copy(db: Path) -> Iterator[None]:
    """Another running program holding the database open."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from after_school_desk.store.connection import open_store\n"
         f"s = open_store({str(db)!r}); print('ready', flush=True); sys.stdin.read(); s.close()"],
        cwd=ROOT, env=ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def _read_only_run(db: Path) -> subprocess.CompletedProcess[str] | None:
    """Run the program on a read-only file: a read-only bind mount as root, chmod otherwise."""
    if os.name == "posix" and os.geteuid() == 0:
        if shutil.which("unshare") is None:
            return None
        folder = shlex.quote(str(db.parent))
        done = _cli(db, f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && ")
        return None if "mount:" in done.stderr else done
    db.chmod(0o444)
    try:
        return _cli(db)
    finally:
        db.chmod(0o644)


def test_each_bad_start_gets_its_own_message(tmp_path: Path, reliability_report: Report) -> None:
    messages: dict[str, str] = {}
    for i, (name, (make, expected)) in enumerate(CASES.items()):
        db = tmp_path / f"case{i}" / "school.sqlite"
        db.parent.mkdir()
        make(db)
        before = db.read_bytes()
        done = _cli(db)
        assert done.returncode == 2, (name, done.stderr)
        assert expected in done.stderr and "Traceback" not in done.stderr, (name, done.stderr)
        assert db.read_bytes() == before, f"{name}: the file was changed"
        messages[name] = done.stderr.splitlines()[0]

    db = tmp_path / "locked" / "school.sqlite"
    db.parent.mkdir()
    _good(db)
    with _second_copy(db):
        done = _cli(db, command="archive")  # a writer; check reads beside it (read_policy)
        beside = _cli(db)
    assert done.returncode == 2 and "正在被另一个课后服务台窗口使用" in done.stderr, done.stderr
    assert beside.returncode == 0 and "Traceback" not in beside.stderr, beside.stderr
    messages["locked by another copy"] = done.stderr.splitlines()[0]

    db = tmp_path / "readonly" / "school.sqlite"
    db.parent.mkdir()
    _good(db)
    done_ro = _read_only_run(db)
    if done_ro is not None:
        assert done_ro.returncode == 2 and "只读" in done_ro.stderr, done_ro.stderr
        assert "Traceback" not in done_ro.stderr
        messages["read-only"] = done_ro.stderr.splitlines()[0]

    plain = [m.replace(str(tmp_path), "") for m in messages.values()]
    assert len(set(plain)) == len(plain), "two different problems got the same message"
    reliability_report(
        "start-up with bad files",
        {"cases": len(messages), "tracebacks": 0, "files_changed": 0},
        "each case refused with its own message: " + ", ".join(messages),
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_explained(tmp_path: Path) -> None:
    db = tmp_path / "ro" / "school.sqlite"
    db.parent.mkdir()
    _good(db)
    db.parent.chmod(0o555)
    try:
        done = _cli(db)
    finally:
        db.parent.chmod(0o755)
    assert done.returncode == 2 and "只读" in done.stderr
