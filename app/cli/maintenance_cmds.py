"""check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import emit_json, emit_lines
from app.services import maintenance
from app.services.context import ServiceContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="检查数据库完整性和审计链")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("backup", help="做一份经过校验的备份")
    p.add_argument("--to", help="备份到这个文件夹（如 U 盘）；默认数据文件夹下的 backups")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="从备份恢复（先自动备份当前数据）")
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)


def cmd_check(args: argparse.Namespace, ctx: ServiceContext) -> int:
    report = maintenance.check(ctx)
    if args.json:
        emit_json({"ok": report.ok, "integrity": report.integrity,
                   "audit_broken_at": report.audit_broken_at, "audit_head": report.audit_head,
                   **report.summary})  # fmt: skip
    else:
        emit_lines(*report.lines())
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace, ctx: ServiceContext) -> int:
    path = maintenance.backup(ctx, Path(args.to) if args.to else None)
    emit_lines(f"已备份并校验：{path}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: ServiceContext) -> int:
    info = maintenance.restore(ctx, Path(args.file))
    emit_lines(
        f"已从 {args.file} 恢复：{info['school']}，学生 {info['pupils']} 人，最后修改 {info['last_change']}",
        f"恢复前的数据已备份到：{info['safety_backup']}",
    )
    return 0
