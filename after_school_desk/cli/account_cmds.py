"""Log-in accounts from the terminal.

Listing accounts, adding one and setting a new PIN need a log-in with the right to manage
accounts (principal or administrator: ``--user LOGIN`` or ``APP_TOKEN``); the change is audited
under that account. The one exception is the first account of a school that has none (after
``init`` without ``--principal``): it may be made without a log-in, and must be a principal or
an administrator. PINs are typed at a hidden prompt, twice, never on the command line (which
other users and the shell history could see).
"""

from __future__ import annotations

import argparse
import getpass
import os

from after_school_desk.cli.chinese_argparse import choice
from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.domain.roles import ROLE_LABELS, Action, Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="列出登录账户")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_users)
    p = sub.add_parser(
        "reset-pin", help="为登录账户设置新 PIN（需校长或系统管理员登录；见 docs/accounts.md）"
    )
    p.add_argument("login", help="登录名")
    p.add_argument("--enable", action="store_true", help="同时重新启用已停用的账户")
    p.set_defaults(handler=cmd_reset_pin)
    p = sub.add_parser("user-add", help="新建登录账户（例如学校还没有系统管理员时）")
    p.add_argument("login", help="登录名")
    p.add_argument("--name", default="", help="显示名称，如 王老师")
    p.add_argument(
        "--role",
        default=Role.ADMIN.value,
        **choice(
            {r.value: ROLE_LABELS[r] for r in users.ACCOUNT_ROLES},
            "角色（默认 admin）",
            {"老师": "teacher", "教师": "teacher", "管理员": "admin"},
        ),
    )
    p.set_defaults(handler=cmd_user_add)


def _new_pin() -> str:
    try:
        pin = getpass.getpass("新 PIN：")
        again = getpass.getpass("再输入一次新 PIN：")
    except EOFError:
        raise ValidationError(
            "没有读到新 PIN（没有终端可以输入）：请在终端里运行。什么也没有改。"
        ) from None
    if again != pin:
        raise ValidationError("两次输入的 PIN 不一致，什么也没有改。")
    return pin


FIRST_ROLES = (Role.PRINCIPAL.value, Role.ADMIN.value)


def first_pin() -> str:
    """The PIN of a school's first account (nobody logs in to make it): typed twice at a
    terminal, or ``APP_PIN`` for a script."""
    pin = os.environ.get("APP_PIN")
    return pin if pin is not None else _new_pin()


def cmd_users(args: argparse.Namespace, ctx: ServiceContext) -> int:
    # users.list_users checks nothing (the start-up asks it whether any account exists)
    ctx.require(Action.MANAGE_USERS)
    found = users.list_users(ctx)
    if args.json:
        emit_json(found)
        return 0
    emit_table(
        ["登录名", "显示名称", "角色", "教职工", "状态"],
        [
            [
                u["login"],
                u["display_name"],
                u["role_label"],
                u["staff_name"] or "",
                "正常" if u["active"] else "已停用",
            ]
            for u in found
        ],
    )
    return 0


def cmd_reset_pin(args: argparse.Namespace, ctx: ServiceContext) -> int:
    user = users.find_user(ctx, args.login)
    users.reset_pin(ctx, user["id"], _new_pin())
    lines = [f"已为 {user['login']}（{user['display_name']}）设置新 PIN，错误次数已清零。"]
    if args.enable and not user["active"]:
        users.set_user_active(ctx, user["id"], True)
        lines.append("账户已重新启用。")
    elif not user["active"]:
        lines.append("注意：这个账户仍是停用状态；加 --enable 可同时启用。")
    emit_lines(*lines)
    return 0


def cmd_user_add(args: argparse.Namespace, ctx: ServiceContext) -> int:
    if ctx.actor.user_id is None:  # the school's first account, made without a log-in
        if args.role not in FIRST_ROLES:
            raise ValidationError(
                "学校还没有任何登录账户：第一个账户必须是校长或系统管理员"
                "（--role principal 或 --role admin）。什么也没有改。"
            )
        pin = first_pin()
    else:
        pin = _new_pin()
    row = users.create_user(ctx, args.login, args.name, args.role, pin)
    emit_lines(f"已新建登录账户 {row['login']}（{users.role_label(row['role'])}）。")
    return 0
