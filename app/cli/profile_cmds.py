"""profile list / show / copy: the regional policy profiles and their clauses."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.output import emit_json, emit_lines, emit_table
from app.domain.profile_summary import rules_summary
from app.domain.profiles import Profile
from app.services.base.context import ServiceContext
from app.services.school import profiles


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("profile", help="地区政策配置：profile list | show ID | copy FROM NEW_ID")
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
    copy.set_defaults(handler=cmd_copy, db_mode="none")
    p.set_defaults(handler=cmd_list, db_mode="none", json=False)


def cmd_list(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    entries = profiles.list_profiles()
    if getattr(args, "json", False):
        emit_json(
            [{"id": e.id, "name": e.name, "region": e.region, "year": e.year,
              "builtin": e.builtin} for e in entries]
        )  # fmt: skip
    else:
        emit_table(
            ["编号", "名称", "地区", "年份", "来源"],
            [[e.id, e.name, e.region, e.year, "内置" if e.builtin else "本机复制"]
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
    profile = profiles.load_profile(args.profile_id)
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
    profile = profiles.copy_profile(ctx, args.from_id, args.new_id, args.name)
    emit_lines(
        f"已复制“{args.from_id}”为“{profile.id}”（{profile.name}）",
        f"文件：{profiles.user_dir() / (profile.id + '.toml')}",
        "按本县文件修改后，用 profile show 检查；init --profile 即可使用。",
    )
    return 0
