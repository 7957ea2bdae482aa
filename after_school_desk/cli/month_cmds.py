"""month close/reopen/status/compare: month close (月结) from the command line."""

from __future__ import annotations

import argparse
import sys

from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.month_guard import when_label
from after_school_desk.services.month import month_close


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("month", help="月结：冻结某月报表数字、重新打开、查看各月状态")
    msub = p.add_subparsers(dest="month_command", metavar="ACTION")

    s = msub.add_parser("close", help="月结：该月报表按此时的数字冻结，此后不能再修改该月的记录")
    s.add_argument("month", help="YYYY-MM")
    s.set_defaults(handler=cmd_close)

    s = msub.add_parser("reopen", help="重新打开已月结的月份（须写明理由；原快照保留）")
    s.add_argument("month", help="YYYY-MM")
    s.add_argument("--reason", required=True, help="为什么要重新打开")
    s.set_defaults(handler=cmd_reopen)

    s = msub.add_parser("status", help="各月的月结状态：未月结 / 已月结 / 已重新打开")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_status)

    s = msub.add_parser("compare", help="已上报的数字与更正后的数字对照")
    s.add_argument("month", help="YYYY-MM")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_compare)

    p.set_defaults(handler=lambda args, ctx: _usage(p))


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return 2


def cmd_close(args: argparse.Namespace, ctx: ServiceContext) -> int:
    state = month_close.close_month(ctx, args.month)
    emit_lines(month_close.describe(state))
    return 0


def cmd_reopen(args: argparse.Namespace, ctx: ServiceContext) -> int:
    state = month_close.reopen_month(ctx, args.month, args.reason)
    emit_lines(month_close.describe(state))
    return 0


def cmd_status(args: argparse.Namespace, ctx: ServiceContext) -> int:
    months = month_close.month_status(ctx)
    if args.json:
        emit_json(months)
        return 0
    emit_table(
        ["月份", "状态", "版本", "结账人", "结账时间", "快照校验码", "重新打开"],
        [
            [
                m["month"],
                m["state_label"],
                m["version"] or "",
                m["closed_by"] or "",
                when_label(m["closed_at"]) if m["closed_at"] else "",
                (m["sha256"] or "")[:16],
                f"{m['reopened_by']} {when_label(m['reopened_at'])}：{m['reopen_reason']}"
                if m["reopened_at"]
                else "",
            ]
            for m in months
        ],
    )
    return 0


def cmd_compare(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = month_close.compare(ctx, args.month)
    if args.json:
        emit_json(result)
        return 0
    if result["before"] is None:
        emit_lines(f"{result['month']} 没有可对照的版本（未月结，或只月结过一次且未重新打开）。")
        return 0
    if not result["changes"]:
        emit_lines(f"{result['month']}：{result['after']}与{result['before']}的数字相同。")
        return 0
    emit_table(
        ["报表", "项目", result["before"], str(result["after"])],
        [[c["report"], c["label"], c["before_text"], c["after_text"]] for c in result["changes"]],
    )
    return 0
