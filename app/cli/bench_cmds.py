"""bench: speed and size figures on a generated large school."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.output import emit_json, emit_table


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="性能基准：生成大规模学校并测量（默认 3000 名学生、5 年历史）")
    p.add_argument("--pupils", type=int, default=3000)
    p.add_argument("--years", type=float, default=5.0)
    p.add_argument("--repetitions", type=int, default=300)
    p.add_argument("--startup-runs", type=int, default=5)
    p.add_argument("--dir", help="临时文件夹所在位置（默认系统临时文件夹）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_bench, db_mode="none")


def cmd_bench(args: argparse.Namespace, _ctx: object) -> int:
    from app.bench import BenchOptions, run_bench

    options = BenchOptions(
        pupils=args.pupils,
        years=args.years,
        repetitions=args.repetitions,
        folder=Path(args.dir) if args.dir else None,
        startup_runs=args.startup_runs,
    )
    figures = run_bench(options, progress=lambda msg: print(msg, file=sys.stderr, flush=True))
    if args.json:
        emit_json(figures)
    else:
        emit_table(["指标", "数值"], [[k, v] for k, v in figures.items()])
    return 0
