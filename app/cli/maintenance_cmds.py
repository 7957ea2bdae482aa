"""check, backup, restore, archive."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.output import emit_json, emit_lines
from app.errors import DamagedDatabase, InputFileError, NewerSchema, NotOurFile, StorageError
from app.services import archive, maintenance, secure_backup
from app.services.context import ServiceContext
from app.services.device import default_db_path
from app.store import crypto_backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="检查数据库完整性和审计链")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("backup", help="做一份经过校验的备份")
    p.add_argument("--to", help="备份到这个文件夹（如 U 盘）；默认数据文件夹下的 backups")
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="用环境变量 VAR 中的学校口令加密备份（拿出本机的备份应当加密）",
    )
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="从备份恢复（先显示备份内容，并自动备份当前数据）")
    p.add_argument("file")
    p.add_argument("--passphrase-env", metavar="VAR", help="加密备份的口令所在的环境变量")
    p.add_argument("--preview", action="store_true", help="只显示备份的内容，不恢复")
    p.add_argument(
        "--other-school",
        action="store_true",
        help="备份是另一所学校的，也确定要用它替换现在的数据",
    )
    # opens the live file itself: restore must work when it is missing, damaged or not ours
    p.set_defaults(handler=cmd_restore, db_mode="none")
    p = sub.add_parser(
        "archive",
        help=f"把结束满 {archive.ARCHIVE_AFTER_DAYS} 天的月份的考勤记录压缩归档（程序启动时也会自动做）",
    )
    p.add_argument(
        "--compact",
        action="store_true",
        help="归档后把空出的空间还给磁盘（重写整个文件；升级后做一次即可，需先关闭程序）",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_archive)


def cmd_check(args: argparse.Namespace, ctx: ServiceContext) -> int:
    report = maintenance.check(ctx)
    if args.json:
        emit_json({"ok": report.ok, "integrity": report.integrity,
                   "audit_broken_at": report.audit_broken_at, "audit_head": report.audit_head,
                   **report.summary})  # fmt: skip
    else:
        emit_lines(*report.lines())
    return 0 if report.ok else 1


def _passphrase(var: str | None, prompt: str) -> str | None:
    if var:
        value = os.environ.get(var)
        if value is None:
            raise InputFileError(f"环境变量 {var} 没有设置，读不到学校的备份口令。")
        return value
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def cmd_backup(args: argparse.Namespace, ctx: ServiceContext) -> int:
    if args.passphrase_env:
        if not args.to:
            raise InputFileError("加密备份需要用 --to 指定保存的文件夹（如 U 盘）。")
        secret = _passphrase(args.passphrase_env, "")
        assert secret is not None
        path = secure_backup.backup_encrypted(ctx, Path(args.to), secret)
        emit_lines(f"已备份、校验并用学校口令加密：{path}")
        return 0
    path = maintenance.backup(ctx, Path(args.to) if args.to else None)
    emit_lines(f"已备份并校验：{path}")
    return 0


def _preview_lines(info: dict[str, Any]) -> list[str]:
    return [
        f"备份内容：{info['school']}（{info['county']}），学生 {info['pupils']} 人，"
        f"教职工 {info['staff']} 人，最后修改 {info['last_change']}"
    ]


def _restore_report(source: Path, info: dict[str, Any]) -> list[str]:
    lines = [
        f"已从 {source} 恢复：{info['school']}，学生 {info['pupils']} 人，最后修改 {info['last_change']}"
    ]
    if info.get("safety_backup"):
        lines.append(f"恢复前的数据已备份到：{info['safety_backup']}")
    if info.get("kept_aside"):
        lines.append(f"恢复前的数据库文件（已损坏或无法打开）原样保留在：{info['kept_aside']}")
    return lines


def _open_live(db_path: Path) -> tuple[ServiceContext | None, StorageError | None]:
    """The live file opened as usual, or why it cannot be (restore then works on the file)."""
    from app.cli import open_context

    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, None
    try:
        return open_context(db_path, create=False), None
    except (DamagedDatabase, NotOurFile, NewerSchema) as exc:
        return None, exc


def cmd_restore(args: argparse.Namespace, _ctx: ServiceContext | None) -> int:
    source = Path(args.file)
    db_path = Path(args.db) if args.db else default_db_path()
    db_path = db_path.expanduser().resolve()
    with contextlib.ExitStack() as stack:
        plain = source
        secret: str | None = None
        if crypto_backup.is_encrypted(source):
            secret = _passphrase(args.passphrase_env, "学校的备份口令：")
            if secret is None:
                raise InputFileError(
                    f"{source.name} 是加密备份，请用 --passphrase-env 指定口令所在的环境变量。"
                )
            plain = stack.enter_context(secure_backup.decrypted(db_path, source, secret))
        emit_lines(*_preview_lines(maintenance.preview(plain)))
        if args.preview:
            return 0
        ctx, problem = _open_live(db_path)
        if ctx is not None:
            try:
                info = maintenance.restore(ctx, plain, allow_other_school=args.other_school)
            finally:
                ctx.store.close()
        else:
            if problem is not None:
                emit_lines(*problem.lines(), "现在的数据库文件将原样移到 damaged 文件夹保留。")
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            info = maintenance.restore_file(
                db_path, plain, stamp, allow_other_school=args.other_school
            )
            from app.cli import open_context

            ctx = open_context(db_path, create=False)
            try:
                aside = Path(info["kept_aside"]) if info["kept_aside"] else None
                maintenance.record_restore(ctx, source, info, None, aside)
            finally:
                ctx.store.close()
    emit_lines(*_restore_report(source, info))
    return 0


def cmd_archive(args: argparse.Namespace, ctx: ServiceContext) -> int:
    report = archive.seal_due(ctx)
    sizes = archive.compact(ctx) if args.compact else None
    if args.json:
        emit_json({"class_months": report.class_months, "events_moved": report.events_moved,
                   "months": report.months,
                   "file_bytes": None if sizes is None else {"before": sizes[0],
                                                             "after": sizes[1]}})  # fmt: skip
        return 0
    emit_lines(*report.lines())
    if sizes is not None:
        emit_lines(f"已整理数据库文件：{sizes[0] / 1048576:.0f} MB → {sizes[1] / 1048576:.0f} MB。")
    return 0
