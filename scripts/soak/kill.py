"""SIGKILL at random moments: a worker process writes sign-ins and handovers, and is killed.

Each round starts ``scripts.soak.kill_worker`` on the shard's school file in a process of its
own (forked from the shard, which has imported the program already; ``SOAK_KILL_EXEC=1`` or
``--kill-exec``: a new interpreter each time) and kills it with SIGKILL at a random moment:
during its start-up (opening the file) or while it writes. Every event id it printed was confirmed (printed after
its commit returned). After each kill the file is opened as the program opens it, and:
every confirmed id must be in it and ``PRAGMA integrity_check`` must say ok; every
``CHECK_EVERY`` kills (and after the last) the program's own ``check`` must be OK too — what it
finds stays in the file, so a failure is found, within that many kills. A file that fails is
kept aside and the shard goes on with a fresh copy of the school (so every failure counted is a
separate one), as it does when the worker says ``done`` (the term has no pupil left).
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import IO

from after_school_desk.errors import AppError
from after_school_desk.services.care import maintenance
from after_school_desk.store.connection import open_store
from scripts.soak import kill_worker
from scripts.soak.common import ROOT, Progress, ShardResult, context, copy_school, pc_settings

BAD = ("lost_writes", "integrity_failures", "check_failures")
ID_LENGTH = 36
CHECK_EVERY = 5  # kills between the program's full ``check`` (its findings stay in the file)
KEEP_FILES = 5
STARTUP_KILLS = 0.15  # share of kills aimed at the start-up rather than the writing
START_UP_WINDOW = 0.2  # seconds (forked worker: opening the file; a new interpreter: 0.5 s)
WRITE_WINDOW = 0.12  # seconds: a kill lands this long (at most) after the worker is ready


def run_shard(template: Path, folder: Path, kills: int, seed: int) -> ShardResult:
    result = ShardResult("kill")
    started = time.monotonic()
    rng = random.Random(seed)
    generation = 0
    db = copy_school(template, folder / f"school-{generation}.sqlite")
    pc_settings(template, folder / f"settings-{generation}")
    confirmed: list[str] = []
    device = f"soak-kill-{seed}"
    kept = 0
    progress = Progress(folder.name, kills)
    for round_ in range(kills):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        ids, ended, error = _one_round(db, device, rng.randrange(1 << 30), rng, env)
        confirmed.extend(ids)
        full = round_ % CHECK_EVERY == CHECK_EVERY - 1 or round_ == kills - 1 or ended == "done"
        result.add("kills", int(ended == "killed"))
        result.add("kills_during_start_up", int(ended == "killed" and error == "start-up"))
        result.add("confirmed_writes", len(ids))
        if ended not in ("killed", "done"):
            result.add("worker_crashes")
            result.fail(
                f"kill round {round_} ({db.name}): the worker {ended}: {error}", "worker_crash"
            )
        good = _verify(db, device, confirmed, result, f"kill round {round_}", full)
        if not good and kept < KEEP_FILES:
            kept += 1
            for suffix in ("", "-wal"):
                if Path(f"{db}{suffix}").exists():
                    shutil.copyfile(
                        f"{db}{suffix}", folder / f"failed-round-{round_}.sqlite{suffix}"
                    )
        if ended == "done" or not good:  # played through, or failed: a fresh copy of the school
            result.add("schools_played_through" if good else "schools_failed")
            generation += 1
            db = copy_school(template, folder / f"school-{generation}.sqlite")
            pc_settings(template, folder / f"settings-{generation}")
            confirmed = []
        c = result.counts
        progress.tick(round_ + 1, f"{c.get('confirmed_writes', 0):,} confirmed, "
                      f"{c.get('lost_writes', 0)} lost")  # fmt: skip
    result.seconds = time.monotonic() - started
    return result


class _Worker:
    """A started worker: its stdout, SIGKILL, and how it ended."""

    def __init__(self, pid: int, stdout: IO[bytes], proc: subprocess.Popen[bytes] | None) -> None:
        self.pid = pid
        self.stdout = stdout
        self.proc = proc
        self.status: int | None = None  # -signal or exit status, once ended

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def wait(self) -> int:
        if self.status is None:
            if self.proc is not None:
                self.status = self.proc.wait(timeout=60)
            else:
                _, raw = os.waitpid(self.pid, 0)
                self.status = -os.WTERMSIG(raw) if os.WIFSIGNALED(raw) else os.WEXITSTATUS(raw)
        return self.status


def _start(db: Path, device: str, seed: int, log: Path, env: dict[str, str]) -> _Worker:
    """A fresh worker process: forked from this (already imported) process, or with
    ``SOAK_KILL_EXEC=1`` a new interpreter (slower: imports at every start)."""
    if os.environ.get("SOAK_KILL_EXEC") == "1" or not hasattr(os, "fork"):
        err = open(log, "ab")  # noqa: SIM115 - handed to the child, closed below
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "scripts.soak.kill_worker", str(db), device, str(seed)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=err,
            )
        finally:
            err.close()
        assert proc.stdout is not None
        return _Worker(proc.pid, proc.stdout, proc)
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the worker: stdout into the pipe, stderr into the log, then the workload
        code = 0
        try:
            os.close(read_end)
            os.dup2(write_end, 1)
            os.dup2(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            kill_worker.main(str(db), device, seed)
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
    os.close(write_end)
    return _Worker(pid, os.fdopen(read_end, "rb"), None)


def _one_round(
    db: Path, device: str, seed: int, rng: random.Random, env: dict[str, str]
) -> tuple[list[str], str, str]:
    """One worker life: (confirmed ids, how it ended, a note)."""
    log = db.with_suffix(".worker.log")
    worker = _start(db, device, seed, log, env)
    note = ""
    seen: list[bytes] = []
    try:
        if rng.random() < STARTUP_KILLS:
            time.sleep(rng.uniform(0.0, START_UP_WINDOW))  # in the start-up, or just after it
            note = "early"
        else:
            first = worker.stdout.readline()
            if first.strip() != b"ready":
                status = worker.wait()
                return [], f"exited with status {status} before it was ready", ""
            if rng.random() < 0.5:  # a random moment of its writing
                time.sleep(rng.uniform(0.0, WRITE_WINDOW))
            else:  # after a random number of confirmed events, a moment into the next one
                for _ in range(rng.randint(1, 60)):
                    line = worker.stdout.readline()
                    seen.append(line)
                    if not line or line.strip() == b"done":
                        break
                time.sleep(rng.uniform(0.0, 0.01))
        worker.kill()
        rest = b"".join(seen) + worker.stdout.read()
        status = worker.wait()
    finally:
        if worker.status is None:
            worker.kill()
            worker.wait()
        worker.stdout.close()
    lines = rest.decode("utf-8", "replace").split("\n")
    complete = lines[:-1]  # the last piece has no newline: not a whole line
    ids = [x for x in complete if len(x) == ID_LENGTH]
    if "done" in complete:
        return ids, "done", note
    if note == "early" and "ready" not in complete:
        note = "start-up"
    if status != -signal.SIGKILL:
        return ids, f"exited by itself with status {status} (see {log.name})", note
    return ids, "killed", note


def _verify(
    db: Path, device: str, confirmed: list[str], result: ShardResult, what: str, full: bool
) -> bool:
    """The program opens the file (integrity_check after the unclean exit); nothing is lost;
    with ``full``, its ``check`` is OK. Whether all was well."""
    before = sum(result.counts.get(k, 0) for k in BAD)
    try:
        store = open_store(db)
    except AppError as exc:
        result.add("refused_after_kill")
        result.fail(
            f"{what}: the program refuses the file after the kill: {exc.message}", "refused"
        )
        return False
    try:
        result.add("unclean_exits_noticed", int(store.unclean_exit))
        conn = store.conn
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            result.add("integrity_failures")
            result.fail(f"{what}: integrity_check: {integrity[:3]}", "integrity")
        if full:
            result.add("check_runs")
            report = maintenance.check(context(store, device))
            if not report.ok:
                result.add("check_failures")
                result.fail(f"{what}: check: {report.lines()[1:5]}", "check")
        present: set[str] = set()
        for i in range(0, len(confirmed), 500):
            chunk = confirmed[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id FROM attendance_event WHERE id IN ({marks})"
            present.update(str(r[0]) for r in conn.execute(sql, chunk))
        lost = [i for i in confirmed if i not in present]
        if lost:
            result.add("lost_writes", len(lost))
            result.fail(
                f"{what}: {len(lost)} confirmed events missing, e.g. {lost[:3]}", "lost_writes"
            )
        result.add("verifications")
    finally:
        store.close()
    return sum(result.counts.get(k, 0) for k in BAD) == before
