"""check, backup and restore: keeping the records safe."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.roles import Action, Role
from app.errors import StorageError
from app.services import archive, school_settings
from app.services.context import Actor, ServiceContext
from app.store import audit, event_archive, month_store
from app.store import backup as backup_store
from app.store.connection import open_store

KEEP_AUTOMATIC = 14
MAINTENANCE = Actor(login="system:maintenance", role=Role.SYSTEM, display_name="自动维护")


@dataclass
class CheckReport:
    integrity: list[str]
    audit_broken_at: int | None
    audit_head: str
    summary: dict[str, Any]
    snapshots: int = 0  # month-close snapshots verified

    @property
    def ok(self) -> bool:
        return not self.integrity and self.audit_broken_at is None

    def lines(self) -> list[str]:
        out = [
            f"学校：{self.summary['school']}，学生 {self.summary['pupils']} 人，审计记录 {self.summary['audit_rows']} 条"
        ]
        out.append("数据库完整性：正常" if not self.integrity else "数据库完整性：发现问题")
        out.extend(f"  {p}" for p in self.integrity[:20])
        if self.audit_broken_at is None:
            out.append(f"审计链：完整（链头 {self.audit_head[:16]}…）")
        else:
            out.append(f"审计链：从第 {self.audit_broken_at} 条记录起被改动过！")
        if self.snapshots and not any(p.startswith("月结快照") for p in self.integrity):
            out.append(f"月结快照：{self.snapshots} 份，校验值均相符")
        return out


def check(ctx: ServiceContext) -> CheckReport:
    conn = ctx.store.conn
    return CheckReport(
        integrity=backup_store.integrity_problems(conn)
        + event_archive.verify(conn)
        + month_store.verify(conn),
        audit_broken_at=audit.verify_chain(conn),
        audit_head=audit.head(conn),
        summary=backup_store.describe(conn),
        snapshots=len(month_store.snapshots(conn)),
    )


def backup(ctx: ServiceContext, folder: Path | None = None, reason: str = "manual") -> Path:
    """A verified copy in ``folder`` (default: the backups folder beside the live file)."""
    ctx.require(Action.SETUP_SCHOOL)
    automatic = folder is None
    if folder is not None:
        target_dir = folder
    elif reason == "manual":  # 立即备份: the folder chosen in 学校设置, if any
        target_dir = school_settings.backup_folder(ctx)
    else:
        target_dir = school_settings.default_backup_folder(ctx.store.path)
    stamp = ctx.clock.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{ctx.store.path.stem}-{reason}-{stamp}.sqlite"
    try:
        written = backup_store.write_backup(ctx.store.conn, target)
    except OSError as exc:
        raise StorageError(f"无法写入备份到 {target_dir}：{exc.strerror or exc}") from exc
    if automatic:
        _rotate(target_dir, ctx.store.path.stem, reason)
    return written


def _rotate(folder: Path, stem: str, reason: str) -> None:
    old = sorted(folder.glob(f"{stem}-{reason}-*.sqlite"))
    for path in old[:-KEEP_AUTOMATIC]:
        path.unlink(missing_ok=True)


def preview(path: Path) -> dict[str, Any]:
    conn = backup_store.open_backup_read_only(path)
    try:
        problems = backup_store.integrity_problems(conn)
        info = backup_store.describe(conn)
    finally:
        conn.close()
    if problems:
        raise StorageError(f"备份 {path} 已损坏，不能用来恢复：" + "；".join(problems[:3]))
    return info


def restore(ctx: ServiceContext, path: Path) -> dict[str, Any]:
    """Back up the current state, then replace it with the backup at ``path``."""
    ctx.require(Action.SETUP_SCHOOL)
    info = preview(path)
    safety = backup(ctx, reason="before-restore")
    source = backup_store.open_backup_read_only(path)
    try:
        backup_store.restore_into(ctx.store.conn, source)
    finally:
        source.close()
    with ctx.write() as conn:
        ctx.audit(conn, "restore", "database", None, None,
                  {"from": str(path), "safety_backup": str(safety), **info})  # fmt: skip
    return {**info, "safety_backup": str(safety)}


def daily_backup_target(ctx: ServiceContext) -> Path | None:
    """Where today's automatic backup goes, or None when today's exists already."""
    folder = ctx.store.path.parent / "backups"
    today = ctx.clock.now().strftime("%Y%m%d")
    if any(folder.glob(f"{ctx.store.path.stem}-daily-{today}-*.sqlite")):
        return None
    return folder / f"{ctx.store.path.stem}-daily-{ctx.clock.now():%Y%m%d-%H%M%S}.sqlite"


def write_daily_backup(db_path: Path, target: Path) -> Path:
    """Today's backup, read through its own connection: safe beside the running program."""
    written = backup_store.write_backup_of_file(db_path, target)
    _rotate(target.parent, db_path.stem, "daily")
    return written


def backup_if_due(ctx: ServiceContext) -> Path | None:
    """The automatic daily backup, made at the first start of each day."""
    target = daily_backup_target(ctx)
    return write_daily_backup(ctx.store.path, target) if target is not None else None


def seal_due_beside(ctx: ServiceContext, db_path: Path) -> archive.SealReport:
    """Seal the finished months on a connection of its own (for a worker thread beside the
    GUI); each class-month is one short transaction, so the person at the PC hardly waits."""
    store = open_store(db_path, lock=False, scan=False)
    try:
        return archive.seal_due(dataclasses.replace(ctx, store=store, actor=MAINTENANCE))
    except sqlite3.OperationalError:
        # the database stayed busy (a long import at the same moment): what was sealed stays
        # sealed, the rest waits for the next start-up; not worth troubling anyone about
        return archive.SealReport(0, 0, [])
    finally:
        store.close()


def start_up_check(db_path: Path) -> list[str]:
    """The start-up quick_check, run beside the program on its own connection."""
    return backup_store.scan_file(db_path)


def newest_good_backup(db_path: Path) -> tuple[Path, dict[str, Any]] | None:
    """The newest backup beside ``db_path`` that passes its own integrity check."""
    folder = db_path.parent / "backups"
    candidates = sorted(
        folder.glob(f"{db_path.stem}-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for path in candidates:
        try:
            return path, preview(path)
        except StorageError:
            continue
    return None


def move_aside(db_path: Path, stamp: str) -> Path:
    """Move a damaged file and its -wal/-shm out of the way, keeping them for inspection."""
    folder = db_path.parent / "damaged"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}-{stamp}{db_path.suffix}"
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            src.replace(Path(str(target) + suffix))
    return target


def recover_from_backup(db_path: Path, backup_path: Path, stamp: str) -> Path:
    """Replace a damaged live file with a verified backup; the damaged file is kept aside."""
    preview(backup_path)
    aside = move_aside(db_path, stamp)
    part = db_path.with_name(db_path.name + ".part")
    backup_store.copy_verified(backup_path, part)
    part.replace(db_path)
    return aside
