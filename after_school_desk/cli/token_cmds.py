"""token create / list / revoke: log-ins for scripts (APP_TOKEN) instead of a typed PIN."""

from __future__ import annotations

import argparse
import sys

from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import tokens


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "token", help="脚本用的登录令牌（环境变量 APP_TOKEN）：token create | list | revoke"
    )
    tsub = p.add_subparsers(dest="token_command", metavar="ACTION")
    s = tsub.add_parser("create", help="建立令牌（只显示这一次；需校长或系统管理员用 PIN 登录）")
    s.add_argument("--name", required=True, help="令牌名称，如 nightly-backup")
    s.add_argument(
        "--as",
        dest="as_login",
        metavar="LOGIN",
        help="令牌代表的账户（默认：您自己的账户；它能做的事不能多于您）",
    )
    s.add_argument("--days", type=int, default=tokens.DEFAULT_DAYS, help="有效天数（默认 365）")
    s.set_defaults(handler=cmd_create)
    s = tsub.add_parser("list", help="全部令牌（不显示令牌本身）")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_list)
    s = tsub.add_parser("revoke", help="吊销令牌（按名称或编号）")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(handler=cmd_revoke)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)


def cmd_create(args: argparse.Namespace, ctx: ServiceContext) -> int:
    if getattr(args, "login_method", "") != "pin":
        # a token making tokens would live for ever: a person types a PIN for each new one
        raise PermissionDenied("建立令牌需要用 --user 登录名 和 PIN 登录（不能用令牌建立令牌）。")
    token, row = tokens.create_token(ctx, args.name, args.as_login, args.days)
    emit_lines(
        f"已建立令牌“{row['name']}”，代表账户 {row['acts_as']}（{row['acts_as_name']}），"
        f"有效至 {row['expires_at']}。",
        "令牌只显示这一次，请现在保存到脚本的环境变量 APP_TOKEN 中（不要写在命令行里）：",
    )
    sys.stdout.write(token + "\n")
    return 0


def cmd_list(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = tokens.list_tokens(ctx)
    if args.json:
        emit_json(found)
        return 0
    emit_table(
        ["名称", "代表账户", "状态", "有效至", "建立", "建立人", "吊销人"],
        [
            [
                t["name"],
                t["acts_as"],
                tokens.STATE_LABELS[t["state"]],
                t["expires_at"],
                t["created_at"],
                t["created_by"],
                t["revoked_by"] or "",
            ]
            for t in found
        ],
    )
    return 0


def cmd_revoke(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = tokens.revoke_token(ctx, args.name)
    emit_lines(f"已吊销令牌“{row['name']}”（代表账户 {row['acts_as']}）；它从此不能再登录。")
    return 0
