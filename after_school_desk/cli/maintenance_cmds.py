"""check, backup, restore, archive."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path

from after_school_desk.cli.output import emit_json, emit_lines
from after_school_desk.domain.roles import Action
from after_school_desk.errors import (
    DamagedDatabase,
    InputFileError,
    NewerSchema,
    NotOurFile,
    StorageError,
)
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.device import default_db_path
from after_school_desk.services.base.school_file import is_encrypted_backup
from after_school_desk.services.care import archive, maintenance, secure_backup
from after_school_desk.services.care.answers import BackupInfo, RestoreResult


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


HIDDEN_DETAILS = (
    "（另有 {n} 行细节没有显示：它们指出具体的记录和学生，只显示给登录的校长或系统管理员，"
    "请加 --user 登录名 再运行 check。）"
)


def cmd_check(args: argparse.Namespace, ctx: ServiceContext) -> int:
    """Runs without a log-in (docs/cli-login.md): then it shows the verdict and the counts
    only; the findings, which name records and pupils, need a log-in that may read the audit."""
    report = maintenance.check(ctx)
    details = ctx.actor.may(Action.VIEW_AUDIT)
    findings = [*report.integrity, *report.seals.problems, *report.seals.unnamed, *report.to_review]
    if args.json:
        emit_json({"ok": report.ok, "integrity": report.integrity if details else None,
                   "integrity_problems": len(report.integrity),
                   "seal_problems": report.seals.problems if details else None,
                   "seal_problem_count": len(report.seals.problems),
                   "seal_records": report.seals.records,
                   "seal_unverifiable": report.seals.unverifiable,
                   "to_review": report.to_review if details else None,
                   "to_review_count": len(report.to_review),
                   "audit_broken_at": report.audit_broken_at, "audit_head": report.audit_head,
                   **report.summary})  # fmt: skip
    elif details:
        emit_lines(*report.lines())
    else:
        named = {f"  {finding}" for finding in findings}
        lines = [line for line in report.lines() if line not in named]
        hidden = len(report.lines()) - len(lines)
        emit_lines(*lines, *([HIDDEN_DETAILS.format(n=hidden)] if hidden else []))
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
        emit_lines(f"已备份、校验并用学校口令加密：{path}", *_beside_note(ctx))
        return 0
    path = maintenance.backup(ctx, Path(args.to) if args.to else None)
    emit_lines(f"已备份并校验：{path}", *_beside_note(ctx))
    return 0


BESIDE_BACKUP = (
    "这份备份是在课后服务台窗口打开时做的：包含做备份那一刻已保存的全部记录，已通过完整性检查。"
)


def _beside_note(ctx: ServiceContext) -> list[str]:
    """Made beside the running program (read_policy): said so; nothing was written to the
    school's file (a backup writes no audit row in any case)."""
    return [BESIDE_BACKUP] if ctx.store.beside_lock_holder else []


def _preview_lines(info: BackupInfo) -> list[str]:
    return [
        f"备份内容：{info['school']}（{info['county']}），学生 {info['pupils']} 人，"
        f"教职工 {info['staff']} 人，最后修改 {info['last_change']}"
    ]


def _restore_report(source: Path, info: RestoreResult) -> list[str]:
    lines = [
        f"已从 {source} 恢复：{info['school']}，学生 {info['pupils']} 人，最后修改 {info['last_change']}"
    ]
    if info.get("safety_backup"):
        lines.append(f"恢复前的数据已备份到：{info['safety_backup']}")
    if info.get("kept_aside"):
        lines.append(f"恢复前的数据库文件（已损坏或无法打开）原样保留在：{info['kept_aside']}")
    return lines


def _open_live(
    db_path: Path, args: argparse.Namespace
) -> tuple[ServiceContext | None, StorageError | None]:
    """The live file opened by a logged-in principal or administrator, or why it cannot be
    opened (restore then works on the file itself, with no log-in: nobody can log in to a file
    that cannot be opened — docs/cli-login.md)."""
    from after_school_desk.cli import open_logged_in

    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, None
    try:
        return open_logged_in(db_path, args, "restore"), None
    except (DamagedDatabase, NotOurFile, NewerSchema) as exc:
        return None, exc


def cmd_restore(args: argparse.Namespace, _ctx: ServiceContext | None) -> int:
    source = Path(args.file)
    db_path = Path(args.db) if args.db else default_db_path()
    db_path = db_path.expanduser().resolve()
    with contextlib.ExitStack() as stack:
        plain = source
        secret: str | None = None
        if is_encrypted_backup(source):
            secret = _passphrase(args.passphrase_env, "学校的备份口令：")
            if secret is None:
                raise InputFileError(
                    f"{source.name} 是加密备份，请用 --passphrase-env 指定口令所在的环境变量。"
                )
            plain = stack.enter_context(secure_backup.decrypted(db_path, source, secret))
        emit_lines(*_preview_lines(maintenance.preview(plain)))
        if args.preview:  # what a backup holds: counts, no names (its file is readable anyway)
            return 0
        ctx, problem = _open_live(db_path, args)  # a healthy live file: log in first
        if ctx is not None:
            stack.callback(ctx.store.close)
            info = maintenance.restore(ctx, plain, allow_other_school=args.other_school)
        else:
            if problem is not None:
                emit_lines(*problem.lines(), "现在的数据库文件将原样移到 damaged 文件夹保留。")
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            info = maintenance.restore_file(
                db_path, plain, stamp, allow_other_school=args.other_school
            )
            from after_school_desk.cli import open_context

            # nobody could log in: recorded as the PC account (cli:<user>), with no rights
            after = open_context(db_path, create=False)
            try:
                aside = Path(info["kept_aside"]) if info["kept_aside"] else None
                maintenance.record_restore(after, source, info, None, aside)
            finally:
                after.store.close()
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
