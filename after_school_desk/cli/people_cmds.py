"""pupils."""

from __future__ import annotations

import argparse

from after_school_desk.cli.output import emit_json, emit_table
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pupils", help="列出学生")
    p.add_argument("--class", dest="class_name", help="只列出这个班级")
    p.add_argument("--search", default="", help="按姓名、拼音首字母（如 zs）或学籍号查找")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_pupils)


def cmd_pupils(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = pupils.list_pupils(ctx, args.class_name, args.search)
    if args.json:
        emit_json(found)
        return 0
    emit_table(
        ["学籍号", "姓名", "性别", "班级", "监护人/接送人", "标记"],
        [
            [
                p["national_id"],
                p["name"],
                p["sex"],
                p["class"],
                "；".join(
                    f"{g['name']}({g['relation']}) {g['phone'] or ''}".strip()
                    for g in p["guardians"]
                ),
                "、".join(p["flags"]),
            ]
            for p in found
        ],
    )
    return 0
