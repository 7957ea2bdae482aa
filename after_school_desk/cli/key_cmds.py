"""key export / import: the school's tamper-seal keys, carried between the school's PCs."""

from __future__ import annotations

import argparse
from pathlib import Path

from after_school_desk.cli.output import emit_lines
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import seal_keys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("key", help="防篡改密钥：key export 文件（带到另一台电脑）| key import 文件")
    ksub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    s = ksub.add_parser("export", help="把本校的防篡改密钥写到一个文件（如 U 盘），妥善保管")
    s.add_argument("file")
    s.set_defaults(handler=cmd_export)
    s = ksub.add_parser("import", help="从文件导入本校的防篡改密钥（换电脑或从备份恢复之后）")
    s.add_argument("file")
    s.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace, ctx: ServiceContext) -> int:
    path = seal_keys.export_key(ctx, Path(args.file))
    emit_lines(
        f"已把防篡改密钥写到 {path}。",
        "请像保管公章一样保管它：有了它就能为改动过的记录重新盖印。",
    )
    return 0


def cmd_import(args: argparse.Namespace, ctx: ServiceContext) -> int:
    tags = seal_keys.import_key(ctx, Path(args.file))
    emit_lines(
        f"已导入 {len(tags)} 把防篡改密钥（{'、'.join(tags)}）。可以运行 check 核对全部记录。"
    )
    return 0
