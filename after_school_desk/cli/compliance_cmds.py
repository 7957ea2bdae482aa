"""compliance: where the month's records break the school's policy profile."""

from __future__ import annotations

import argparse

from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import compliance


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compliance", help="合规检查：本月记录中不符合政策配置的地方")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_compliance)


def cmd_compliance(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = compliance.check_month(ctx, args.month)
    if args.json:
        emit_json(result)
        return 0
    found = result["violations"]
    emit_lines(
        f"{result['month']} 合规检查（{result['profile_name']}），检查了 {result['days_checked']} 个服务日：",
        "没有发现问题。" if not found else f"发现 {len(found)} 处问题：",
    )
    if found:
        emit_table(
            ["日期", "问题", "说明", "依据", "记录"],
            [[v["day"], v["label"], v["message"], v["citation"], v["record_ref"]] for v in found],
        )
    listed = result.get("listed") or []
    if listed:
        emit_lines(f"需核查的记录 {len(listed)} 条（不计为不符合）：")
        emit_table(
            ["日期", "事项", "说明", "依据", "记录"],
            [[v["day"], v["label"], v["message"], v["citation"], v["record_ref"]] for v in listed],
        )
    manual = result.get("manual") or []
    if manual:
        emit_lines(
            f"无法从记录核对、需人工确认的事项 {len(manual)} 项（在月度台账第四部分签字确认）："
        )
        emit_table(["事项", "依据"], [[m["statement"], m["citation"]] for m in manual])
    return 0
