"""``python -m app bench``: the figures of issues 7 and 20, measured in one run, each judged
against its target (``TARGETS``, the one table of them).

Builds a large demo school in a temporary folder, then measures a sign-in and a handover through
the service layer, each right after a bare SQLite commit (the floor, so both meet the disk in the
same state), the duty board, a class list, start-up to the main window (warm, and cold after the
OS page cache is emptied), peak memory and the file size. Every figure is a median (and p99 where
named) of many repetitions. With ``--gui`` (``after_school_desk.ui.bench_gui``, imported only then: this module
never loads Qt) the same school is driven through the real window: taps, page openings.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base import school_days
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.base.school_file import open_school_file
from after_school_desk.services.care.measuring import Floor, archive_sizes, checkpoint
from after_school_desk.services.daily import attendance, duty_board
from after_school_desk.services.daily.answers import PupilDayView
from after_school_desk.services.sample import demo
from after_school_desk.services.sample.demo_history import fill_history

BENCH_DEVICE = "00000000-0000-4000-8000-00000000b001"
Progress = Callable[[str], None]


@dataclass
class BenchOptions:
    pupils: int = 3000
    years: float = 5.0
    repetitions: int = 300
    folder: Path | None = None
    startup_runs: int = 5
    gui: bool = False
    gui_taps: int = 40
    cold_runs: int = 3


@dataclass(frozen=True)
class Target:
    """One line of the bench's table: a figure (its ``--json`` name), what it is in words, its
    unit, and its limit (``None``: shown, not judged). A figure over its limit fails the run."""

    key: str
    label: str
    unit: str
    limit: float | None = None


# The targets (issues 7 and 20), in the order the table shows them. ``page_open_ms`` holds one
# entry per page; each page's first opening (the tap to the page painted) is judged; a page that
# reads in the background shows when its data arrived beside it (``first_loaded``).
# ``report_preview_s``: 报表's 打印… with this month's whole-school ledger, to the preview's first
# page painted (reading the month and making the first pages in the background included);
# ``report_preview_whole_s``: to the whole ledger in the preview, ready to print (the ledger
# PDF's own target).
TARGETS: tuple[Target, ...] = (
    Target("commit_ms_p50", "空白提交（基准线，中位数）", "ms"),
    Target("signin_ms_p50", "签到（服务层，中位数）", "ms"),
    Target("signin_over_commit", "签到 ÷ 空白提交", "×", 2.0),
    Target("signout_ms_p50", "交接（服务层，中位数）", "ms"),
    Target("signout_over_commit", "交接 ÷ 空白提交", "×", 2.0),
    Target("board_ms_p50", "值班看板（服务层，中位数）", "ms", 100.0),
    Target("class_day_ms_p50", "班级名单（服务层，中位数）", "ms"),
    Target("ledger_pdf_s", "全校月度台账 PDF", "s", 15.0),
    Target("direct_report_s", "直报（本月）", "s", 1.0),
    Target("direct_report_sealed_month_s", "直报（已封存的月份）", "s", 1.0),
    Target("startup_s", "启动到主窗口", "s", 2.0),
    Target("cold_startup_s", "冷启动到主窗口（清空磁盘缓存后）", "s", 3.0),
    Target("tap_signin_ms_p50", "签到点按到画面更新（中位数）", "ms"),
    Target("tap_signin_ms_p95", "签到点按到画面更新（p95）", "ms", 50.0),
    Target("tap_handover_ms_p50", "交接点按到画面更新（中位数）", "ms"),
    Target("tap_handover_ms_p95", "交接点按到画面更新（p95）", "ms", 50.0),
    Target(
        "tap_handover_during_check_ms_p95", "交接点按（同时在核对防篡改印记，p95）", "ms", 100.0
    ),
    Target("tamper_check_s", "每日核对全部记录（另一个进程，窗口照常用）", "s"),
    Target("board_refresh_ms_p50", "值班看板点“刷新”到画面（中位数）", "ms"),
    Target("page_open_ms", "第一次打开页面", "ms", 200.0),
    Target("report_preview_s", "台账预览（第一页）", "s", 5.0),
    Target("report_preview_whole_s", "台账预览（全部页面，可以打印）", "s", 15.0),
    Target("sync_write_class_day_ms", "多台电脑：班级电脑写出一个班一天的同步文件", "ms"),
    Target("sync_apply_class_day_ms", "多台电脑：学校主机收进一个班一天的记录", "ms", 1000.0),
    Target("rss_mb", "程序内存峰值", "MB"),
    Target("db_mb", "数据库文件大小", "MB"),
)


@dataclass(frozen=True)
class Verdict:
    key: str
    label: str
    value: str  # as shown
    target: str  # as shown ("—": not judged)
    ok: bool | None  # None: not judged (no limit, or not measured in this run)


def _shown(value: float, unit: str) -> str:
    text = f"{value:.2f}" if unit in ("s", "×") else f"{value:.1f}"
    return f"{text}{unit}" if unit == "×" else f"{text} {unit}"


def _limit_text(target: Target) -> str:
    return "—" if target.limit is None else "≤ " + _shown(target.limit, target.unit)


def verdicts(figures: dict[str, Any]) -> list[Verdict]:
    """Every figure of ``TARGETS`` next to its target, judged (missing figures: not measured)."""
    result = []
    for t in TARGETS:
        value = figures.get(t.key)
        if t.key == "page_open_ms":
            for key, page in (value or {}).items():
                first, second = float(page["first"]), float(page["second"])
                loaded = float(page.get("first_loaded", first))
                ok = None if t.limit is None else first <= t.limit
                shown = f"{first:.0f} ms（再次 {second:.0f}"
                if loaded > first:  # a page that reads in the background: when its data came
                    shown += f"；数据 {loaded:.0f}"
                shown += "）"
                result.append(
                    Verdict(f"page_open_ms.{key}", f"{t.label}：{page['label']}", shown,
                            _limit_text(t), ok)
                )  # fmt: skip
            continue
        if value is None:
            if t.key in figures or t.limit is not None:
                result.append(Verdict(t.key, t.label, "未测", _limit_text(t), None))
            continue
        ok = None if t.limit is None else float(value) <= t.limit
        result.append(Verdict(t.key, t.label, _shown(float(value), t.unit), _limit_text(t), ok))
    return result


def missed(figures: dict[str, Any]) -> list[str]:
    """The figures over their targets (empty: the run passes)."""
    return [v.key for v in verdicts(figures) if v.ok is False]


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)  # a Chinese character: two columns


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def render_table(figures: dict[str, Any]) -> str:
    """The one-screen table: figure, value, target, ✓ or ✗, and the verdict below."""
    rows = verdicts(figures)
    marks = {True: "✓", False: "✗", None: ""}
    cells = [("指标", "数值", "目标", "")]
    cells += [(v.label, v.value, v.target, marks[v.ok]) for v in rows]
    widths = [max(_width(c[i]) for c in cells) for i in range(3)]
    lines = [
        f"学校：{figures.get('pupils')} 名学生，{figures.get('years')} 年历史"
        f"（{figures.get('history_days')} 个服务日）"
    ]
    for c in cells:
        lines.append("  ".join(_pad(c[i], widths[i]) for i in range(3)) + "  " + c[3])
    bad = [v.label for v in rows if v.ok is False]
    if bad:
        lines.append(f"✗ {len(bad)} 项未达到目标：" + "；".join(bad))
    else:
        judged = sum(v.ok is not None for v in rows)
        lines.append(f"✓ 全部 {judged} 项达到目标。")
    return "\n".join(lines)


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
    store = open_school_file(path, create=True, lock=False)
    actor = Actor(login="bench", role=Role.SYSTEM, display_name="基准测试")
    return ServiceContext(store=store, actor=actor, device_id=BENCH_DEVICE, clock=FixedClock(now))


def _next_service_day(ctx: ServiceContext, start: date) -> date:
    cal = school_days.school_calendar(ctx.store.conn)
    day = start
    while not cal.status(day).service:
        day += timedelta(days=1)
    return day


def _build(path: Path, pupils: int, months: int, today: date) -> tuple[float, int]:
    """A demo school with ``months`` of history (0: only the last week, "week 1")."""
    ctx = _context(path, datetime.combine(today, datetime.min.time(), CHINA_TZ).replace(hour=12))
    try:
        start = time.perf_counter()
        # processes beside this one compress the sealed months (the same school, sooner); a
        # bundled program (frozen) cannot start them
        frozen = getattr(sys, "frozen", False)
        workers = min(2, os.cpu_count() or 1) if months and not frozen else 0
        result = demo.create_demo(ctx, pupils=pupils, seed=1, months=months, workers=workers)
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
        by_class: dict[str, list[PupilDayView]] = {}
        for r in rows:
            by_class.setdefault(r["class_id"], []).append(r)
        class_ids = list(by_class)
        class_day = [
            _timed(partial(attendance.class_day, ctx, c, day))
            for c in (class_ids * (1 + 30 // max(1, len(class_ids))))[:30]
        ]
        board = [_timed(lambda: duty_board.board(ctx, day)) for _ in range(15)]
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
    ctx: ServiceContext, pupil_ids: list[str], known: Mapping[str, Mapping[str, Any]]
) -> dict[str, str]:
    from after_school_desk.services.school import pupils as pupil_service

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
            [sys.executable, "-m", "after_school_desk", "--db", str(path)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline()  # "shown": the main window is on screen
        times.append(time.perf_counter() - start)
        # the first start of a day makes the daily backup and checks the seals before it exits
        # (the window is up long before: only the exit waits): minutes on a 6,000-pupil file
        child.communicate(timeout=900)
        if line.strip() != "shown" or child.returncode != 0:
            raise RuntimeError(f"the program did not start (exit {child.returncode})")
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return times, child_peak


def _drop_caches() -> bool:
    """Empty the OS page cache where the machine allows it (root on Linux)."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
    except OSError:
        return False
    return True


def _program_files(db_path: Path) -> list[Path]:
    """What a start reads from disk: the database, Python's library, Qt (PySide6, shiboken6),
    the program, the system's fonts."""
    import importlib.util
    import sysconfig

    roots = [Path(sysconfig.get_paths()["stdlib"]), Path(__file__).parent, Path("/usr/share/fonts")]
    for name in ("PySide6", "shiboken6"):
        spec = importlib.util.find_spec(name)  # found, not imported
        if spec is not None and spec.submodule_search_locations:
            roots.extend(Path(p) for p in spec.submodule_search_locations)
    files = [p for p in db_path.parent.glob(db_path.name + "*") if p.is_file()]
    for root in roots:
        if root.is_dir():
            files.extend(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return files


def _evict(files: list[Path]) -> bool:
    """Ask the OS to drop these files' cached pages (Linux and other POSIX systems)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return False
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass
        finally:
            os.close(fd)
    return True


def _read_large_file(folder: Path, mb: int = 2048) -> None:
    """The last resort: write and read a large unrelated file, pushing others out of cache."""
    junk = folder / "evict.bin"
    block = os.urandom(1 << 20)
    try:
        with open(junk, "wb") as f:
            for _ in range(mb):
                f.write(block)
        with open(junk, "rb") as f:
            while f.read(1 << 24):
                pass
    finally:
        junk.unlink(missing_ok=True)


def _cold_startup(path: Path, runs: int) -> tuple[float, str]:
    """Start-up to the main window right after the page cache was emptied: the OS's own drop
    (root on Linux), else each file a start reads evicted, else a large unrelated file read."""
    times = []
    method = ""
    files: list[Path] | None = None
    for _ in range(runs):
        if _drop_caches():
            method = "drop_caches"
        else:
            files = files if files is not None else _program_files(path)
            if _evict(files):
                method = "fadvise"
            else:
                _read_large_file(path.parent)
                method = "large_file"
        times.extend(_startup(path, 1)[0])
    return round(statistics.median(times), 3), method


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
        say("测量冷启动（清空磁盘缓存后）…")
        cold_s, cold_method = _cold_startup(big_path, options.cold_runs)
        gui: dict[str, Any] = {}
        if options.gui:
            from after_school_desk.ui.bench_gui import gui_figures  # Qt only now, only with --gui

            gui = gui_figures(big_path, day, taps=options.gui_taps, progress=say)
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
        say("测量多台电脑同步（加入学校、一个班一天的记录写出与收进）…")
        from after_school_desk.bench_sync import sync_figures

        several = sync_figures(big_path, day, folder)
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
        "cold_startup_s": cold_s,
        "cold_start_method": cold_method,
        **gui,
        "rss_mb": round(child_rss, 1),
        "bench_process_rss_mb": round(own_rss, 1),
        "db_mb": round(db_mb, 1),
        **sealing,
        **several,
        "build_s": round(build_s, 1),
    }


def _sealing_figures(path: Path) -> dict[str, Any]:
    """How much of the history is sealed, and what a sealed event costs on disk."""
    sealed, payload_bytes, live = archive_sizes(path)
    return {
        "events_sealed": sealed,
        "events_live": live,
        "sealed_bytes_per_event": round(payload_bytes / max(sealed, 1), 1),
    }


def _report_seconds(path: Path, day: date, which: str) -> float:
    """The whole-school monthly ledger PDF or the direct report, timed in-process."""
    from after_school_desk.services.month import reports

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
