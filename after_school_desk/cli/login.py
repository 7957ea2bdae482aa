"""Logging in on the command line: who acts, decided before a command touches the school.

- ``--user LOGIN`` (or ``APP_USER``): the PIN comes from ``APP_PIN`` when that is set (for
  scripts; less safe: the PIN sits in the environment and often in a script file), else it is
  asked at a hidden prompt, which needs a terminal. The check is the GUI's own
  (``users.log_in``): wrong PINs are counted and lock the account.
- ``APP_TOKEN``: a token made with ``token create``; it acts as its account.

``--user`` wins over ``APP_TOKEN``. The exemptions are listed in ``login_policy``.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
import sys

from after_school_desk.cli.login_policy import Exemption, exemption
from after_school_desk.domain.roles import Action
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base.context import Actor, ServiceContext, cli_actor, nobody_actor
from after_school_desk.services.school import setup, tokens, users

NEEDS_LOGIN = (
    "这个命令需要登录：请在命令前加 --user 登录名（然后输入 PIN），"
    "或为脚本设置环境变量 APP_TOKEN（见 docs/cli-login.md）。什么也没有做。"
)
NO_TERMINAL = (
    "没有可以输入 PIN 的终端：请在终端里运行，或为脚本设置环境变量 APP_PIN 或 APP_TOKEN。"
    "什么也没有做。"
)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def command_path(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The words that name the chosen command, e.g. ``"report ledger"`` or ``"pupils"``."""
    words: list[str] = []
    current: argparse.ArgumentParser | None = parser
    while current is not None:
        action = next(
            (a for a in current._actions if isinstance(a, argparse._SubParsersAction)), None
        )
        chosen = getattr(args, action.dest, None) if action is not None else None
        if action is None or not chosen:
            break
        words.append(str(chosen))
        current = action.choices.get(chosen)
    return " ".join(words)


def authenticate(ctx: ServiceContext, args: argparse.Namespace, command: str) -> ServiceContext:
    """``ctx`` acting as whoever may run ``command`` on this file, or PermissionDenied /
    ValidationError (exit status 1) before anything is written."""
    rule = exemption(command)
    if rule is Exemption.ALWAYS:
        return dataclasses.replace(ctx, actor=_if_given(ctx, args))
    if rule is Exemption.NO_SCHOOL_YET:
        school = setup.school_info(ctx)
        if school is not None:
            raise ValidationError(
                f"这个数据库里已经有学校了（{school['name']}），{command} 只能用于新的空数据库。"
                "什么也没有改。"
            )
        # a file without a school holds nothing to protect: the first-run set-up, as the
        # GUI's wizard does it
        return dataclasses.replace(ctx, actor=cli_actor(os_user()))
    if rule is Exemption.NO_ACCOUNT_YET and not users.list_users(ctx):
        return dataclasses.replace(ctx, actor=first_account_actor())
    return dataclasses.replace(ctx, actor=log_in(ctx, args))


def _if_given(ctx: ServiceContext, args: argparse.Namespace) -> Actor:
    """For a command that needs no log-in: the account if one is given and its log-in works
    (``check`` then shows its findings in full), else nobody, with a note why."""
    if not _credentials_given(args):
        return nobody_actor(os_user())
    try:
        return log_in(ctx, args)
    except PermissionDenied as exc:
        sys.stderr.write(f"登录没有成功（{exc.message}）；以下按未登录运行。\n")
        return nobody_actor(os_user())


def _credentials_given(args: argparse.Namespace) -> bool:
    return bool(
        (getattr(args, "user", None) or os.environ.get("APP_USER") or "").strip()
        or os.environ.get("APP_TOKEN", "").strip()
    )


def first_account_actor() -> Actor:
    """Making the first log-in account of a school that has none: that right only."""
    return cli_actor(os_user(), frozenset({Action.MANAGE_USERS}))


def log_in(ctx: ServiceContext, args: argparse.Namespace) -> Actor:
    """The account named by ``--user``/``APP_USER`` (with its PIN), else ``APP_TOKEN``'s.
    Sets ``args.login_method`` to ``"pin"`` or ``"token"``."""
    login = (getattr(args, "user", None) or os.environ.get("APP_USER") or "").strip()
    if login:
        pin = os.environ.get("APP_PIN")
        if pin is None:
            if not sys.stdin.isatty():
                raise PermissionDenied(NO_TERMINAL)
            pin = getpass.getpass(f"{login} 的 PIN：")
        actor = users.log_in(ctx, login, pin)
        args.login_method = "pin"
        if users.longer_secret_needed(actor, pin):
            sys.stderr.write(
                f"提醒：{users.LONGER_SECRET_NEEDED}（图形界面登录后会要求修改；"
                f"管理员也可用 reset-pin {actor.login}）\n"
            )
        return actor
    token = os.environ.get("APP_TOKEN", "").strip()
    if token:
        actor = tokens.actor_for_token(ctx, token)
        args.login_method = "token"
        return actor
    raise PermissionDenied(NEEDS_LOGIN)
