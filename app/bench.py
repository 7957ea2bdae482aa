"""``python -m app bench``: the figures of issue 7, measured in one run.

Builds a large demo school in a temporary folder, then measures a sign-in and a handover through
the service layer, each right after a bare SQLite commit (the floor, so both meet the disk in the
same state), the duty board, a class list, start-up to the main window, peak memory and the file
size. Every figure is a median (and p99 where named) of many repetitions.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from app.domain.roles import Role
from app.errors import ValidationError
from app.services import attendance, calendar, demo, duty
from app.services.clock import CHINA_TZ, FixedClock
from app.services.context import Actor, ServiceContext
from app.services.demo_history import fill_history
from app.store.bench_floor import Floor, checkpoint
from app.store.connection import open_store

BENCH_DEVICE = "00000000-0000-4000-8000-00000000b001"
Progress = Callable[[str], None]


@dataclass
class BenchOptions:
    pupils: int = 3000
    years: float = 5.0
    repetitions: int = 300
    folder: Path | None = None
    startup_runs: int = 5


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 3)


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _context(path: Path, now: datetime) -> ServiceContext:
    store = open_store(path, create=True, lock=False)
    actor = Actor(login="bench", role=Role.SYSTEM, display_name="基准测试")
    return ServiceContext(store=store, actor=actor, device_id=BENCH_DEVICE, clock=FixedClock(now))


def _next_service_day(ctx: ServiceContext, start: date) -> date:
    cal = calendar.school_calendar(ctx.store.conn)
    day = start
    while not cal.status(day).service:
        day += timedelta(days=1)
    return day


def _build(path: Path, pupils: int, months: int, today: date) -> tuple[float, int]:
    """A demo school with ``months`` of history (0: only the last week, "week 1")."""
    ctx = _context(path, datetime.combine(today, datetime.min.time(), CHINA_TZ).replace(hour=12))
    try:
        start = time.perf_counter()
        result = demo.create_demo(ctx, pupils=pupils, seed=1, months=months)
        days = result.history_days
        if months == 0:
            days = fill_history(ctx, today - timedelta(days=7), today - timedelta(days=1), seed=1)
        checkpoint(ctx.store.conn)
        return time.perf_counter() - start, days
    finally:
        ctx.store.close()


def _paired(floor: Floor, floor_samples: list[float], action: Callable[[], object]) -> float:
    """Time ``action`` right after one bare commit, so that both meet the disk alike."""
    floor_samples.append(floor.commit_ms())
    return _timed(action)


def _day_figures(path: Path, day: date, reps: int) -> dict[str, Any]:
    """Sign-ins and handovers on ``day`` (after the history), each paired with a bare commit
    just before it, then board and class lists."""
    at = datetime.combine(day, datetime.min.time(), CHINA_TZ)
    ctx = _context(path, at.replace(hour=16, minute=5))
    floor = Floor(path.parent)
    commits: list[float] = []
    try:
        rows = attendance.day_list(ctx, day)
        chosen = [r for r in rows if r["state"] == "not_arrived"][:reps]
        signin = [
            _paired(floor, commits, partial(attendance.sign_in, ctx, r["id"])) for r in chosen
        ]
        by_class: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_class.setdefault(r["class_id"], []).append(r)
        class_ids = list(by_class)
        class_day = [
            _timed(partial(attendance.class_day, ctx, c, day))
            for c in (class_ids * (1 + 30 // max(1, len(class_ids))))[:30]
        ]
        board = [_timed(lambda: duty.board(ctx, day)) for _ in range(15)]
        assert isinstance(ctx.clock, FixedClock)
        ctx.clock.set(at.replace(hour=17, minute=55))
        views = (
            {r["id"]: r for r in attendance.class_day(ctx, class_ids[0], day)} if class_ids else {}
        )
        adults = _first_adults(ctx, [r["id"] for r in chosen], views)
        signout = [
            _paired(
                floor, commits, partial(attendance.sign_out, ctx, r["id"], adult_id=adults[r["id"]])
            )
            for r in chosen
            if r["id"] in adults
        ]
    finally:
        ctx.store.close()
        floor.close()
    return {"signin": signin, "signout": signout, "board": board, "class_day": class_day,
            "commit": commits}  # fmt: skip


def _first_adults(
    ctx: ServiceContext, pupil_ids: list[str], known: dict[str, dict[str, Any]]
) -> dict[str, str]:
    from app.services import pupils as pupil_service

    result = {}
    for pid in pupil_ids:
        view = known.get(pid)
        adults = view["adults"] if view else pupil_service.pupil_detail(ctx, pid)["adults"]
        allowed = [a["id"] for a in adults if a["can_pickup"]]
        if allowed:
            result[pid] = allowed[0]
    return result


def _startup(path: Path, runs: int) -> tuple[list[float], float]:
    env = dict(os.environ)
    env.update(
        {"QT_QPA_PLATFORM": "offscreen", "APP_EXIT_WHEN_SHOWN": "1",
         "APP_AUTOLOGIN": "principal:123456"}
    )  # fmt: skip
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "app", "--db", str(path)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline()  # "shown": the main window is on screen
        times.append(time.perf_counter() - start)
        child.communicate(timeout=120)
        if line.strip() != "shown" or child.returncode != 0:
            raise RuntimeError(f"the program did not start (exit {child.returncode})")
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return times, child_peak


def run_bench(options: BenchOptions, progress: Progress | None = None) -> dict[str, Any]:
    say = progress or (lambda _msg: None)
    months = max(1, round(options.years * 12))
    folder_ctx = tempfile.TemporaryDirectory(dir=options.folder)
    with folder_ctx as tmp:
        folder = Path(tmp)
        today = date(2026, 11, 24)
        week1_path = folder / "week1.sqlite"
        big_path = folder / "large.sqlite"
        say(f"生成第一周的学校（{options.pupils} 名学生）…")
        _build(week1_path, options.pupils, 0, today)
        say(f"生成 {options.years:g} 年历史的学校（{options.pupils} 名学生）…")
        build_s, history_days = _build(big_path, options.pupils, months, today)
        probe = _context(big_path, datetime.combine(today, datetime.min.time(), CHINA_TZ))
        try:
            day = _next_service_day(probe, today)
        finally:
            probe.store.close()
        say("测量签到、交接（每次之前做一次空白提交作基准线）、看板、班级名单…")
        week1 = _day_figures(week1_path, day, options.repetitions)
        large = _day_figures(big_path, day, options.repetitions)
        say("测量启动时间…")
        startup, child_rss = _startup(big_path, options.startup_runs)
        db_mb = big_path.stat().st_size / 1048576
        say("测量月度台账与直报…")
        ledger_s = _report_seconds(big_path, day, "ledger")
        direct_s = _report_seconds(big_path, day, "direct")
        sealed_day = date(day.year - 1, 11, 15)  # a month that lives in the sealed archive
        try:  # None when the generated history does not reach back to that month
            sealed_direct_s: float | None = _report_seconds(big_path, sealed_day, "direct")
        except ValidationError:
            sealed_direct_s = None
        sealing = _sealing_figures(big_path)
    own_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "pupils": options.pupils,
        "years": options.years,
        "history_days": history_days,
        "repetitions": options.repetitions,
        "commit_ms_p50": _median(large["commit"]),
        "commit_week1_ms_p50": _median(week1["commit"]),
        "signin_ms_p50": _median(large["signin"]),
        "signin_ms_p99": _p(large["signin"], 0.99),
        "signin_over_commit": round(_median(large["signin"]) / _median(large["commit"]), 2),
        "signout_ms_p50": _median(large["signout"]),
        "signout_ms_p99": _p(large["signout"], 0.99),
        "signout_over_commit": round(_median(large["signout"]) / _median(large["commit"]), 2),
        "signin_week1_ms_p50": _median(week1["signin"]),
        "signout_week1_ms_p50": _median(week1["signout"]),
        "board_ms_p50": _median(large["board"]),
        "class_day_ms_p50": _median(large["class_day"]),
        "ledger_pdf_s": ledger_s,
        "direct_report_s": direct_s,
        "direct_report_sealed_month_s": sealed_direct_s,
        "startup_s": round(statistics.median(startup), 3),
        "rss_mb": round(child_rss, 1),
        "bench_process_rss_mb": round(own_rss, 1),
        "db_mb": round(db_mb, 1),
        **sealing,
        "build_s": round(build_s, 1),
    }


def _sealing_figures(path: Path) -> dict[str, Any]:
    """How much of the history is sealed, and what a sealed event costs on disk."""
    from app.store import event_archive

    store = open_store(path, lock=False, scan=False)
    try:
        sealed, payload_bytes, live = event_archive.size_figures(store.conn)
    finally:
        store.close()
    return {
        "events_sealed": sealed,
        "events_live": live,
        "sealed_bytes_per_event": round(payload_bytes / max(sealed, 1), 1),
    }


def _report_seconds(path: Path, day: date, which: str) -> float:
    """The whole-school monthly ledger PDF or the direct report, timed in-process."""
    from app.services import reports

    at = datetime.combine(day, datetime.min.time(), CHINA_TZ).replace(hour=20)
    ctx = _context(path, at)
    month = day.strftime("%Y-%m")
    try:
        start = time.perf_counter()
        if which == "ledger":
            reports.ledger_pdf(ctx, month, path.parent / "ledger.pdf")
        else:
            reports.direct_report(ctx, month)
        return round(time.perf_counter() - start, 2)
    finally:
        ctx.store.close()
