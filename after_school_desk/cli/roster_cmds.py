"""import-roster."""

from __future__ import annotations

import argparse
from pathlib import Path

from after_school_desk.cli.output import emit_json, emit_lines
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.roster import import_roster


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-roster",
        help="从 .xlsx、.xls 或 .csv 导入学生和监护人（学籍系统名册或班级名单；有错则整份不导入）",
    )
    p.add_argument("file", help="名册文件")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告结果，不写入数据库")
    p.add_argument("--json", action="store_true", help="以 JSON 输出导入结果")
    p.set_defaults(handler=cmd_import_roster)


def cmd_import_roster(args: argparse.Namespace, ctx: ServiceContext) -> int:
    report = import_roster(ctx, Path(args.file), dry_run=args.dry_run)
    if args.json:
        emit_json(report.as_dict())
    else:
        emit_lines(*report.summary_lines())
    return 0
