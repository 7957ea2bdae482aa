"""profile list / show / copy / text / edit / use / history: the regional policy profiles and
their clauses; the school's own copies live in its database, and which profile the school
follows from which day (``use ID --from DATE``, ``history``)."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.domain.profile_summary import rules_summary
from after_school_desk.domain.profiles import Profile
from after_school_desk.errors import InputFileError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.device import default_db_path
from after_school_desk.services.school import profile_history, profiles


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "profile",
        help="地区政策配置：profile list | show ID | copy FROM NEW_ID | use ID --from DATE | history",
    )
    psub = p.add_subparsers(dest="profile_command", metavar="ACTION")
    ls = psub.add_parser("list", help="列出可用的政策配置")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list, db_mode="none")
    show = psub.add_parser("show", help="显示一个政策配置的全部规则及出处")
    show.add_argument("profile_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show, db_mode="none")
    copy = psub.add_parser("copy", help="复制一个政策配置，供本县调整")
    copy.add_argument("from_id", metavar="FROM")
    copy.add_argument("new_id", metavar="NEW_ID")
    copy.add_argument("--name", required=True, help="新配置的名称")
    copy.set_defaults(handler=cmd_copy, db_mode="existing")
    text = psub.add_parser(
        "text", help="输出一个政策配置的 TOML 原文（修改后用 profile edit 保存）"
    )
    text.add_argument("profile_id", metavar="ID")
    text.set_defaults(handler=cmd_text, db_mode="existing")
    edit = psub.add_parser("edit", help="用修改好的 TOML 文件替换本校副本的规则")
    edit.add_argument("profile_id", metavar="ID")
    edit.add_argument("file", metavar="FILE", help="修改后的 TOML 文件")
    edit.set_defaults(handler=cmd_edit, db_mode="existing")
    use = psub.add_parser("use", help="学校从某日起执行这个政策配置")
    use.add_argument("profile_id", metavar="ID")
    use.add_argument("--from", dest="effective_from", metavar="DATE",
                     help="生效日期 YYYY-MM-DD（默认今天）")  # fmt: skip
    use.set_defaults(handler=cmd_use, db_mode="existing")
    history = psub.add_parser("history", help="学校执行过的政策配置（生效日期、配置、记录人）")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=cmd_history, db_mode="existing")
    p.set_defaults(handler=cmd_list, db_mode="none", json=False)


@contextlib.contextmanager
def _school(
    args: argparse.Namespace, ctx: ServiceContext | None
) -> Iterator[ServiceContext | None]:
    """The school's file when there is one (its own profiles are listed too); none: only the
    built-in profiles (a PC of the county's bureau has no school file)."""
    if ctx is not None:
        yield ctx
        return
    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    if not path.is_file():
        yield None
        return
    from after_school_desk.cli import open_logged_in  # (the package imports this module)

    opened = open_logged_in(path, args, "profile list", lock=False)
    try:
        yield opened
    finally:
        opened.store.close()


def cmd_list(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    with _school(args, ctx) as school:
        entries = profiles.list_profiles(school)
    if getattr(args, "json", False):
        emit_json(
            [{"id": e.id, "name": e.name, "region": e.region, "year": e.year,
              "builtin": e.builtin} for e in entries]
        )  # fmt: skip
    else:
        emit_table(
            ["编号", "名称", "地区", "年份", "来源"],
            [[e.id, e.name, e.region, e.year,
              "内置" if e.builtin else ("本校（数据库）" if e.stored else "本机文件夹")]
             for e in entries],
        )  # fmt: skip
    return 0


def profile_json(profile: Profile) -> dict[str, Any]:
    return {
        "id": profile.id,
        "name": profile.name,
        "title": profile.title,
        "region": profile.region,
        "year": profile.year,
        "base": profile.base,
        "copied_from": profile.copied_from or None,
        "rules": rules_summary(profile),
    }


def cmd_show(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    with _school(args, ctx) as school:
        profile = profiles.load_profile(args.profile_id, school)
    if args.json:
        emit_json(profile_json(profile))
        return 0
    emit_lines(f"{profile.name}（{profile.id}）", f"文本：《{profile.title}》")
    if profile.base:
        emit_lines(f"未规定的规则按“{profile.base}”执行（已并入下表）。")
    for rule in rules_summary(profile):
        value = rule["value"]
        if isinstance(value, list):
            value = "、".join(str(v) for v in value)
        scope = f"［{rule['scope']}］" if rule.get("scope") and rule["scope"] != "全体" else ""
        clause = rule["clause"]
        emit_lines(
            f"- {rule['label']}{scope}：{value}",
            f"    出处：《{clause['title']}》{clause['section']}：“{clause['quote']}”",
        )
        if clause["note"]:
            emit_lines(f"    说明：{clause['note']}")
    return 0


def cmd_copy(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    profile = profiles.copy_profile(_required(ctx), args.from_id, args.new_id, args.name)
    emit_lines(
        f"已复制“{args.from_id}”为“{profile.id}”（{profile.name}），保存在学校数据库中。",
        f"修改：profile text {profile.id} > 文件，改好后 profile edit {profile.id} 文件；"
        f"执行：profile use {profile.id} --from 日期。",
    )
    return 0


def _required(ctx: ServiceContext | None) -> ServiceContext:
    assert ctx is not None  # (db_mode "existing": the school's file is open)
    return ctx


def cmd_text(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    emit_lines(profiles.profile_text(_required(ctx), args.profile_id).rstrip("\n"))
    return 0


def cmd_edit(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"无法读取文件 {args.file}：{exc}") from None
    profile = profiles.edit_profile(_required(ctx), args.profile_id, text)
    emit_lines(f"已保存“{profile.id}”（{profile.name}）的修改。")
    return 0


def cmd_use(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    c = _required(ctx)
    profile = profile_history.set_school_profile(c, args.profile_id, args.effective_from)
    day = args.effective_from or c.clock.now().date().isoformat()
    emit_lines(f"学校自 {day} 起执行“{profile.name}”（{profile.id}）。")
    return 0


def cmd_history(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    found = profile_history.profile_history(_required(ctx))
    if args.json:
        emit_json(found)
        return 0
    emit_table(
        ["生效日期", "编号", "名称", "记录人", "状态"],
        [[r["effective_from"] or "学校设置时", r["profile_id"], r["profile_name"],
          r["recorded_by"], "现用" if r["in_force"] else ("待生效" if r["pending"] else "")]
         for r in found],
    )  # fmt: skip
    return 0
