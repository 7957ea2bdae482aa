"""demo: a ready-made school to try the program with."""

from __future__ import annotations

import argparse
import sys

from after_school_desk.cli.output import emit_lines, emit_table
from after_school_desk.domain.roles import ROLE_LABELS, Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.sample import demo


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="生成演示学校（同一 --seed 结果相同）")
    p.add_argument(
        "--pupils", type=int, default=360, help=f"学生数（1–{demo.MAX_PUPILS}，默认 360）"
    )
    p.add_argument("--seed", type=int, default=1, help="随机种子（默认 1）")
    p.add_argument("--months", type=int, default=0, help="生成最近几个月的历史记录（默认 0）")
    p.add_argument("--profile", default="national", help="地区政策配置（默认 national）")
    p.set_defaults(handler=cmd_demo, db_mode="create")


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total}")
        sys.stderr.flush()


def cmd_demo(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = demo.create_demo(ctx, args.pupils, args.seed, args.months, _progress, args.profile)
    emit_lines(
        f"演示学校：{result.school}",
        f"学生 {result.pupils} 人，班级 {result.classes} 个，教职工 {result.staff} 人，历史记录 {result.history_days} 天",
        "登录账号（登录名 / 姓名 / 角色 / PIN）：",
    )
    shown = [(login, name, ROLE_LABELS[Role(role)], pin) for login, name, role, pin in result.users]
    more = [("…", f"另有 {len(shown) - 6} 个账号", "", "")] if len(shown) > 6 else []
    emit_table(["登录名", "姓名", "角色", "PIN"], shown[:6] + more)
    return 0
