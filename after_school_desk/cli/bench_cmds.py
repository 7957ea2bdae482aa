"""bench: speed and size figures on a generated large school, each next to its target; exit 1
when a figure misses its target."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from after_school_desk.cli.output import emit_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help="性能基准：生成大规模学校并测量（默认 3000 名学生、5 年历史），未达标时退出码为 1",
    )
    p.add_argument("--pupils", type=int, default=3000)
    p.add_argument("--years", type=float, default=5.0)
    p.add_argument("--repetitions", type=int, default=300)
    p.add_argument("--startup-runs", type=int, default=5)
    p.add_argument("--cold-runs", type=int, default=3, help="冷启动测量次数（默认 3）")
    p.add_argument("--gui", action="store_true", help="同时测量界面：点按、打开页面（不显示窗口）")
    p.add_argument("--taps", type=int, default=40, help="--gui：签到、交接各点按几次（默认 40）")
    p.add_argument("--dir", help="临时文件夹所在位置（默认系统临时文件夹）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_bench, db_mode="none")


def cmd_bench(args: argparse.Namespace, _ctx: object) -> int:
    from after_school_desk.bench import BenchOptions, run_bench

    if args.gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window on the screen
    options = BenchOptions(
        pupils=args.pupils,
        years=args.years,
        repetitions=args.repetitions,
        folder=Path(args.dir) if args.dir else None,
        startup_runs=args.startup_runs,
        gui=args.gui,
        gui_taps=args.taps,
        cold_runs=args.cold_runs,
    )
    figures = run_bench(options, progress=lambda msg: print(msg, file=sys.stderr, flush=True))
    code = report(figures, as_json=args.json)
    if args.gui:
        # Qt's objects of the measured window, torn down by the interpreter's own exit after a
        # run this long, could abort the process (a crash instead of the verdict's exit status):
        # the figures are out, so leave at once with the verdict.
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    return code


def report(figures: dict[str, object], as_json: bool) -> int:
    """Print the figures (the table, or JSON with the targets missed); 1 when any is missed."""
    from after_school_desk.bench import missed, render_table

    over = missed(figures)
    if as_json:
        emit_json({**figures, "targets_missed": over})
    else:
        print(render_table(figures))
    return 1 if over else 0
