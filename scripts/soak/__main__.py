"""``python -m scripts.soak [--quick | --scale F] [--jobs N] [--workdir DIR] [--only …]``.

Runs the four harnesses in shards over a pool of processes, prints every count and a summary
table, writes ``summary.json`` into the work folder, and exits 0 when nothing failed, 1 when a
harness found a failure (a lost write, a crash, a silent change, a write into a file known to be
damaged, a partial import …), 2 when the harness itself broke.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from scripts.soak.common import ShardResult, isolate, quiet_logs, save_pc_settings

FULL = {"kill": 1000, "powercut": 200, "flips": 1000, "fuzz": 10_000}
QUICK_SCALE = 1 / 50
SHARD_SIZE = {"powercut": 50, "flips": 250, "fuzz": 1250}  # kill: one shard per process
HARNESSES = ("kill", "powercut", "flips", "fuzz")
# counts that must stay 0; a harness error (a bug of the harness, not of the program) exits 2
FAILURES = {
    "kill": ("lost_writes", "integrity_failures", "check_failures", "refused_after_kill",
             "worker_crashes"),
    "powercut": ("lost_writes", "integrity_failures", "check_failures", "refused_after_cut",
                 "workload_errors"),
    "flips": ("crash", "flagged_write_accepted", "silent_change"),
    "fuzz": ("crash", "partial_import", "hang", "preview_differs", "refused_other_error"),
}  # fmt: skip
TITLES = {
    "kill": "SIGKILL of a sign-in/handover worker",
    "powercut": "power cut (apsw VFS) during sign-in/handover",
    "flips": "single-byte flips of a school file",
    "fuzz": "fuzzed roster files (preview + import)",
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    scale = QUICK_SCALE if args.quick else args.scale
    wanted = [h for h in HARNESSES if not args.only or h in args.only.split(",")]
    targets = {h: max(1, round(FULL[h] * scale)) for h in wanted}
    controls = max(2, round(targets.get("powercut", 0) / 10)) if "powercut" in targets else 0
    jobs = max(1, args.jobs)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    workdir = Path(args.workdir or Path(tempfile.gettempdir()) / f"soak-{stamp}").resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    isolate(workdir)
    if args.kill_exec:
        os.environ["SOAK_KILL_EXEC"] = "1"
    quiet_logs(workdir / "logs" / "main.log")
    started = time.monotonic()
    print(f"soak: scale {scale:g} ({'quick' if args.quick else 'full' if scale == 1 else 'custom'}),"
          f" seed {args.seed}, {jobs} processes, work folder {workdir}", flush=True)  # fmt: skip
    print("soak: targets " + ", ".join(f"{h} {n:,}" for h, n in targets.items()), flush=True)

    from scripts.soak import schools

    templates = schools.make_all(workdir / "templates")
    save_pc_settings(workdir, workdir / "templates")
    print(f"soak: school files ready ({time.monotonic() - started:.1f} s)", flush=True)
    tasks = _tasks(targets, controls, jobs, args.seed, templates, workdir)
    results = {h: ShardResult(h) for h in wanted}
    broken: list[str] = []
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures: list[tuple[str, Future[ShardResult]]] = [
            (task[0], pool.submit(_run_task, *task)) for task in tasks
        ]
        for harness, future in futures:
            try:
                shard = future.result()
            except Exception as exc:  # a pool process died (killed, out of memory …)
                broken.append(f"[harness_error] a {harness} shard's process: {exc!r}")
                continue
            results[harness].merge(shard)
            broken.extend(n for n in shard.failures if n.startswith("[harness_error]"))
            print(f"soak: {harness} shard done ({_brief(shard)})", flush=True)
    elapsed = time.monotonic() - started
    verdicts = {h: _failures(h, results[h], targets[h]) for h in wanted}
    _print_details(results)
    _print_table(results, verdicts)
    summary = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "scale": scale,
        "seed": args.seed,
        "processes": jobs,
        "minutes": round(elapsed / 60, 1),
        "targets": targets,
        "results": {h: r.as_dict() for h, r in results.items()},
        "failures": {h: v for h, v in verdicts.items() if v},
        "harness_errors": broken,
    }
    (workdir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    print(f"\nsoak: {elapsed / 60:.1f} min; summary in {workdir / 'summary.json'}")
    if broken:
        print("soak: THE HARNESS BROKE (not a finding about the program):", *broken, sep="\n  ")
        return 2
    failed = any(verdicts.values())
    print("soak: FAILED" if failed else "soak: passed: nothing lost, nothing crashed")
    return 1 if failed else 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="scripts/soak.sh", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="about 1/50 of the counts (~1 minute)")
    p.add_argument("--scale", type=float, default=1.0, help="a share of the full counts")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="processes")
    p.add_argument("--workdir", help="work folder (default /tmp/soak-<time>)")
    p.add_argument("--seed", type=int, default=20261203)
    p.add_argument("--only", help="comma-separated harnesses: " + ",".join(HARNESSES))
    p.add_argument(
        "--kill-exec",
        action="store_true",
        help="start each kill worker as a new interpreter (default: forked, already imported)",
    )
    return p


Task = tuple[str, str, Path, Path, int, int, int]


def _tasks(
    targets: dict[str, int],
    controls: int,
    jobs: int,
    seed: int,
    templates: dict[str, Path],
    workdir: Path,
) -> list[Task]:
    """Shards, longest first: (harness, task name, template, folder, count, seed, controls)."""
    tasks: list[Task] = []
    school = {"kill": "kill", "powercut": "small", "flips": "small", "fuzz": "roster"}
    for harness in HARNESSES:
        total = targets.get(harness, 0)
        if not total:
            continue
        size = -(-total // jobs)  # kill: one shard per process; the others at most SHARD_SIZE
        if harness != "kill":
            size = min(size, SHARD_SIZE[harness])
        shards = [min(size, total - i) for i in range(0, total, size)]
        for n, count in enumerate(shards):
            name = f"{harness}-{n}"
            extra = controls if harness == "powercut" and n == 0 else 0
            shard_seed = seed * 1000 + HARNESSES.index(harness) * 100 + n
            tasks.append(
                (harness, name, templates[school[harness]], workdir / name, count, shard_seed,
                 extra)
            )  # fmt: skip
    return tasks


def _run_task(
    harness: str, name: str, template: Path, folder: Path, count: int, seed: int, controls: int
) -> ShardResult:
    quiet_logs(folder.parent / "logs" / f"{name}.log")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        from scripts.soak import flips, fuzz, kill, powercut

        if harness == "powercut":
            return powercut.run_shard(template, folder, count, seed, controls)
        runner: dict[str, Callable[[Path, Path, int, int], ShardResult]] = {
            "kill": kill.run_shard, "flips": flips.run_shard, "fuzz": fuzz.run_shard
        }  # fmt: skip
        return runner[harness](template, folder, count, seed)
    except Exception:
        result = ShardResult(harness)
        result.add("harness_errors")
        result.fail(f"{name}: {traceback.format_exc(limit=-6)}", "harness_error")
        return result


def _brief(shard: ShardResult) -> str:
    shown = list(shard.counts.items())[:4]
    return ", ".join(f"{k} {v:,}" for k, v in shown) + f"; {shard.seconds:.0f} s"


def _failures(harness: str, result: ShardResult, target: int) -> list[str]:
    found = [f"{key} {result.counts[key]:,}" for key in FAILURES[harness] if result.counts.get(key)]
    done = {"kill": "kills", "powercut": "cuts", "flips": "flips", "fuzz": "files"}[harness]
    if result.counts.get(done, 0) < target:
        found.append(f"only {result.counts.get(done, 0):,} {done} of {target:,}")
    if harness == "powercut":
        controls = result.counts.get("control_cuts", 0)
        if controls >= 8 and not result.counts.get("control_losses_seen"):
            found.append(f"the harness saw no loss in {controls} control cuts (synchronous=OFF)")
    return found


def _print_details(results: dict[str, ShardResult]) -> None:
    for harness, result in results.items():
        print(f"\n== {TITLES[harness]} ({harness}) ==")
        for key in sorted(result.counts, key=_order):
            print(f"  {key:<44} {result.counts[key]:>9,}")
        for key, value in sorted(result.maxima.items()):
            print(f"  {key:<44} {value:>9,}")
        print(f"  {'process seconds (all shards)':<44} {result.seconds:>9,.0f}")
        for key, (value, note) in sorted(result.extremes.items()):
            print(f"  {key}: {value:,.2f} ({note})")
        for note in result.failures:
            print(f"  ! {note}")


def _order(key: str) -> tuple[int, str]:
    return (key.count(":"), key)


def _print_table(results: dict[str, ShardResult], verdicts: dict[str, list[str]]) -> None:
    rows: list[tuple[str, str, str, str]] = []
    for harness, r in results.items():
        c = r.counts
        if harness == "kill":
            tried = f"{c.get('kills', 0):,} kills"
            found = (f"{c.get('confirmed_writes', 0):,} confirmed writes, "
                     f"{c.get('lost_writes', 0):,} lost; integrity/check failures "
                     f"{c.get('integrity_failures', 0) + c.get('check_failures', 0):,}")  # fmt: skip
        elif harness == "powercut":
            tried = f"{c.get('cuts', 0):,} cuts"
            found = (f"{c.get('confirmed_writes', 0):,} confirmed writes, "
                     f"{c.get('lost_writes', 0):,} lost; integrity/check failures "
                     f"{c.get('integrity_failures', 0) + c.get('check_failures', 0):,}; "
                     f"control (sync OFF) {c.get('control_losses_seen', 0)}/"
                     f"{c.get('control_cuts', 0)} caught")  # fmt: skip
        elif harness == "flips":
            tried = f"{c.get('flips', 0):,} flips"
            found = ", ".join(
                f"{label} {c.get(key, 0):,}"
                for key, label in (
                    ("refused_at_open", "refused at open"),
                    ("flagged_writes_refused", "flagged+refused"),
                    ("flagged_write_accepted", "flagged+WRITTEN"),
                    ("harmless", "harmless"),
                    ("silent_change", "silent change"),
                    ("crash", "crash"),
                )
            )
        else:
            m = r.maxima
            tried = f"{c.get('files', 0):,} files"
            found = (f"{c.get('refused', 0):,} refused with a message, {c.get('imported', 0):,} "
                     f"imported, {c.get('crash', 0):,} crashes, {c.get('partial_import', 0):,} "
                     f"partial, {c.get('hang', 0):,} hangs; per file at most "
                     f"{m.get('max_seconds_per_file', 0)} s and "
                     f"+{m.get('max_memory_growth_mb_per_file', 0)} MB "
                     f"(process peak {m.get('max_process_rss_mb', 0)} MB)")  # fmt: skip
        verdict = "FAILED: " + "; ".join(verdicts[harness]) if verdicts[harness] else "ok"
        rows.append((harness, tried, found, verdict))
    print("\n== summary " + "=" * 69)
    width = max(len(t) for _, t, _, _ in rows)
    for harness, tried, found, verdict in rows:
        print(f"{harness:<9} {tried:>{width}}  {found}")
        print(f"{'':<9} {'':>{width}}  -> {verdict}")


if __name__ == "__main__":
    sys.exit(main())
