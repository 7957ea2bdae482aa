"""check, backup and restore: keeping the records safe."""

from __future__ import annotations

import dataclasses
import glob
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from after_school_desk.domain.money import yuan
from after_school_desk.domain.roles import Action, Role
from after_school_desk.errors import DiskFull, StorageError, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.clock import Clock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.care import archive
from after_school_desk.services.care.answers import (
    BackupInfo,
    CurrentSchool,
    RestoreResult,
    backup_info,
)
from after_school_desk.services.school import school_settings
from after_school_desk.store import audit, event_archive, money_store, month_store, schema_check
from after_school_desk.store import backup as backup_store
from after_school_desk.store import seals as seals_store
from after_school_desk.store.connection import open_store
from after_school_desk.store.instance_lock import InstanceLock

KEEP_AUTOMATIC = 14
MAINTENANCE = Actor(login="system:maintenance", role=Role.SYSTEM, display_name="自动维护")


@dataclass
class CheckReport:
    integrity: list[str]
    audit_broken_at: int | None
    audit_head: str
    summary: BackupInfo
    snapshots: int = 0  # month-close snapshots verified
    seals: seals_store.SealReport = dataclasses.field(default_factory=seals_store.SealReport)
    # records to look at, not damage: a receipt number used on two PCs before they met
    to_review: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            not self.integrity
            and self.audit_broken_at is None
            and not self.seals.problems
            and not self.seals.unverifiable
        )

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
        out.extend(seal_lines(self.seals))
        if self.to_review:
            out.append(f"需要核对：{len(self.to_review)} 处")
            out.extend(f"  {p}" for p in self.to_review[:20])
        return out


def seal_lines(report: seals_store.SealReport) -> list[str]:
    """What the tamper seals say, for people."""
    out = []
    if report.problems:
        out.append(f"防篡改印记：发现 {len(report.problems)} 处问题（记录在程序之外被改动）")
        out.extend(f"  {p}" for p in report.problems)
    else:
        out.append(f"防篡改印记：{report.records} 条记录全部相符")
    if report.unverifiable:
        tags = "、".join(sorted(report.missing_keys)) or "（未知）"
        out.append(
            f"  另有 {report.unverifiable} 条记录的印记用的是本机没有的密钥（{tags}），无法核对："
            "请从原来的电脑导入密钥文件（命令行 key import）。"
            "如果本校从没换过电脑或密钥，这些记录是在程序之外被改动的。"
        )
        out.extend(f"  {p}" for p in report.unnamed)
    return out


def check(ctx: ServiceContext) -> CheckReport:
    conn = ctx.store.conn
    return CheckReport(
        integrity=backup_store.integrity_problems(conn)
        + schema_check.problems(conn)
        + event_archive.verify(conn)
        + month_store.verify(conn),
        audit_broken_at=audit.verify_chain(conn),
        seals=seals_store.verify(conn, seals_store.read_witness(seals_store.recorded_tag(conn))),
        audit_head=audit.head(conn),
        summary=backup_info(backup_store.describe(conn)),
        snapshots=len(month_store.snapshots(conn)),
        to_review=_receipts_twice(conn),
    )


def _receipts_twice(conn: sqlite3.Connection) -> list[str]:
    return [
        f"收据号 {r['receipt_no']} 登记了不止一次：{r['paid_on']} {r['name']} {yuan(r['amount_fen'])}"
        "（请对照收据存根核对）"
        for r in money_store.receipts_used_twice(conn)
    ]


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
    target = _unused(target_dir / f"{ctx.store.path.stem}-{reason}-{stamp}.sqlite")
    try:
        written = backup_store.write_backup(ctx.store.conn, target)
    except OSError as exc:
        raise StorageError(
            t("无法写入备份到 {folder}：{reason}", folder=target_dir, reason=exc.strerror or exc)
        ) from exc
    if automatic:
        _rotate(target_dir, ctx.store.path.stem, reason)
    return written


def _unused(path: Path) -> Path:
    """``path``, or ``path`` with -2, -3 … when a file of that name exists already: a backup
    never replaces another one (two in the same second are two files)."""
    candidate, n = path, 1
    while candidate.exists() or Path(str(candidate) + ".part").exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _rotate(folder: Path, stem: str, reason: str) -> None:
    """Keep the newest ``KEEP_AUTOMATIC`` automatic backups of each school.

    Keyed by the school each file holds, not by its name: a new school set up beside the old
    one (or a test school) never pushes the real school's backups out."""
    by_school: dict[str, list[Path]] = {}
    for path in sorted(folder.glob(f"{glob.escape(stem)}-{reason}-*.sqlite")):
        key = backup_store.school_id_of_file(path) or "?"
        by_school.setdefault(key, []).append(path)
    for paths in by_school.values():
        for path in paths[:-KEEP_AUTOMATIC]:
            path.unlink(missing_ok=True)


class OtherSchoolBackup(ValidationError):
    """The backup holds another school than the live file: asked first, or --other-school."""


def preview(path: Path) -> BackupInfo:
    """What a backup holds, after checking it whole (integrity, audit chain, archives)."""
    return backup_info(backup_store.verify_backup(path))


def current_school(ctx: ServiceContext) -> CurrentSchool | None:
    """The school the open database holds (id, name), or None."""
    found = backup_store.school_of(ctx.store.conn)
    if found is None:
        return None
    return {"id": str(found["id"]), "name": None if found["name"] is None else str(found["name"])}


_live_school = current_school


def _holds_nothing(ctx: ServiceContext) -> bool:
    return backup_store.holds_nothing(ctx.store.conn)


def other_school(current: CurrentSchool | None, info: Mapping[str, object]) -> str | None:
    """The live school's name when the backup holds another school, else None."""
    if current is None or not current.get("id") or current["id"] == info.get("school_id"):
        return None
    return str(current.get("name") or "另一所学校")


def _refuse_other_school(current: CurrentSchool | None, info: BackupInfo) -> None:
    name = other_school(current, info)
    if name is not None:
        raise OtherSchoolBackup(
            t(
                "这份备份是另一所学校的（{backup}），现在的数据是“{live}”的。"
                "没有恢复。确实要用它替换，请确认（命令行加 --other-school）。",
                backup=info["school"], live=name,
            )
        )  # fmt: skip


def restore(ctx: ServiceContext, path: Path, *, allow_other_school: bool = False) -> RestoreResult:
    """Keep the current state, then replace it with the verified backup at ``path``.

    The current state is kept as a verified backup; when the live file is too damaged for
    that, as a byte-for-byte copy in ``damaged/``. Either is kept, never replaced."""
    ctx.require(Action.SETUP_SCHOOL)
    info = preview(path)
    if not allow_other_school:
        _refuse_other_school(_live_school(ctx), info)
    safety: Path | None = None
    kept: Path | None = None
    try:
        if _holds_nothing(ctx):  # a new, empty file (the school's file was missing)
            pass
        else:
            safety = backup(ctx, reason="before-restore")
    except DiskFull:
        raise
    except (StorageError, sqlite3.DatabaseError):  # the live file is damaged: keep it as it is
        stamp = ctx.clock.now().strftime("%Y%m%d-%H%M%S")
        kept = _unused(ctx.store.path.parent / "damaged" / f"{ctx.store.path.stem}-{stamp}"
                       f"{ctx.store.path.suffix}")  # fmt: skip
        try:
            backup_store.copy_files_aside(ctx.store.path, kept)
        except OSError as exc:
            raise StorageError(
                t(
                    "无法保存现在的数据（{reason}），为了不丢失任何东西，没有恢复。",
                    reason=exc.strerror or exc,
                )
            ) from exc
    source = backup_store.open_backup_read_only(path)
    try:
        backup_store.restore_into(ctx.store.conn, source)
        problems = backup_store.scan_file(ctx.store.path)
    except sqlite3.Error as exc:
        raise StorageError(
            t(
                "恢复没有完成（{error}）。现在的数据已保存在 {kept}。"
                "请关闭程序后用命令行 restore 恢复，或重新打开程序按提示恢复。",
                error=exc,
                kept=safety or kept,
            )
        ) from exc
    finally:
        source.close()
    if problems:
        raise StorageError(
            t(
                "恢复后的数据库未通过检查：{problems}。现在的数据已保存在 {kept}。",
                problems="；".join(problems[:3]), kept=safety or kept,
            )
        )  # fmt: skip
    record_restore(ctx, path, info, safety, kept)
    return {**info, "safety_backup": str(safety) if safety else None,
            "kept_aside": str(kept) if kept else None}  # fmt: skip


def record_restore(
    ctx: ServiceContext, path: Path, info: BackupInfo, safety: Path | None, kept: Path | None
) -> None:
    if ctx.store.ring is not None:  # the restored file may have been sealed with another key
        seals_store.rebind(ctx.store.conn, ctx.store.ring)
    with ctx.write() as conn:
        ctx.audit(conn, "restore", "database", None, None,
                  {"from": str(path), "safety_backup": str(safety) if safety else None,
                   "kept_aside": str(kept) if kept else None, **info})  # fmt: skip
    # the school knowingly went back to an earlier state: this PC's note of the heads follows
    seals_store.write_witness(ctx.store.conn, reset=True)


def restore_file(
    db_path: Path, path: Path, stamp: str, *, allow_other_school: bool = False
) -> RestoreResult:
    """Restore while the live file cannot be opened (missing, empty, truncated, damaged or not
    ours): the backup is verified, the live file and its -wal/-shm are moved to ``damaged/``
    (never deleted) and the backup copied in its place. The caller then opens the file and
    records the restore (``record_restore``)."""
    info = preview(path)
    if not allow_other_school and db_path.exists():
        current = backup_store.school_id_of_file(db_path)
        _refuse_other_school({"id": current, "name": None} if current else None, info)
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        present = any(Path(str(db_path) + s).exists() for s in ("", "-wal", "-shm"))
        aside = move_aside(db_path, stamp) if present else None
        part = db_path.with_name(db_path.name + ".part")
        backup_store.copy_verified(path, part)
        part.replace(db_path)
        backup_store.fsync_dir(db_path.parent)
    except OSError as exc:
        raise StorageError(
            t("恢复没有完成：{reason}（{file}）", reason=exc.strerror or exc, file=exc.filename)
        ) from exc
    finally:
        lock.release()
    return {**info, "safety_backup": None, "kept_aside": str(aside) if aside else None}


def recovery_hint(db_path: Path) -> list[str]:
    """For a live file that cannot be opened: the newest good backup and how to restore it."""
    found = newest_good_backup(db_path)
    if found is None:
        return []
    path, info = found
    return [
        f"旁边有一份完好的备份：{path.name}（{info['school']}，学生 {info['pupils']} 人，"
        f"最后修改 {info['last_change']}）。",
        f'用它恢复：python -m app --db "{db_path}" restore "{path}"',
    ]


def daily_backup_target(ctx: ServiceContext) -> Path | None:
    """Where today's automatic backup goes, or None when today's exists already."""
    folder = ctx.store.path.parent / "backups"
    today = ctx.clock.now().strftime("%Y%m%d")
    if any(folder.glob(f"{glob.escape(ctx.store.path.stem)}-daily-{today}-*.sqlite")):
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


def tamper_findings(db_path: Path) -> list[str]:
    """The tamper seals' findings, read on a connection of its own (beside the GUI, once a
    day): nothing when every record matches its seal."""
    conn = backup_store.connect_read_only(db_path)
    try:
        report = seals_store.verify(conn, seals_store.read_witness(seals_store.recorded_tag(conn)))
    finally:
        conn.close()
    return seal_lines(report) if report.problems or report.unverifiable else []


def seal_due_beside(ctx: ServiceContext, db_path: Path) -> archive.SealReport:
    """Seal the finished months on a connection of its own (for a worker thread beside the
    GUI); each class-month is one short transaction, so the person at the PC hardly waits."""
    return seal_due_in(db_path, ctx.device_id, ctx.clock)


def sealing_due(db_path: Path, clock: Clock) -> bool:
    """Whether a finished month waits to be sealed (read on a connection of its own): the
    process that seals is started only then, about once a month."""
    conn = backup_store.connect_read_only(db_path)
    try:
        return event_archive.any_due(conn, archive.cutoff(clock.now().date()).isoformat())
    finally:
        conn.close()


def seal_due_in(db_path: Path, device_id: str, clock: Clock) -> archive.SealReport:
    """``seal_due_beside`` from plain values (on which PC, when), for a process of its own
    (``apart.run_apart``): the program seals a month at its first start after the month's
    end, a minute's Python work on a large school that would otherwise slow every tap."""
    store = open_store(db_path, lock=False, scan=False)
    try:
        return archive.seal_due(ServiceContext(store, MAINTENANCE, device_id, clock))
    except sqlite3.OperationalError:
        # the database stayed busy (a long import at the same moment): what was sealed stays
        # sealed, the rest waits for the next start-up; not worth troubling anyone about
        return archive.SealReport(0, 0, [])
    finally:
        store.close()


def start_up_check(db_path: Path, *, deep: bool = False) -> list[str]:
    """The start-up check, run beside the program on its own connection: quick_check and the
    schema; ``deep`` (the first start of the day, before the daily backup) the full
    integrity_check, which also finds an index that no longer matches its table."""
    return backup_store.scan_file(db_path, full=deep)


def newest_good_backup(db_path: Path) -> tuple[Path, BackupInfo] | None:
    """The newest backup beside ``db_path`` that passes its own integrity check."""
    folder = db_path.parent / "backups"
    candidates = sorted(
        folder.glob(f"{glob.escape(db_path.stem)}-*.sqlite"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for path in candidates:
        try:
            info = preview(path)
        except StorageError:
            continue
        if info.get("school_id"):  # a copy of an empty file restores nothing
            return path, info
    return None


def move_aside(db_path: Path, stamp: str) -> Path:
    """Move a damaged file and its -wal/-shm out of the way, keeping them for inspection."""
    folder = db_path.parent / "damaged"
    folder.mkdir(parents=True, exist_ok=True)
    target = _unused(folder / f"{db_path.stem}-{stamp}{db_path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            src.replace(Path(str(target) + suffix))
    backup_store.fsync_dir(folder)
    return target


def recover_from_backup(db_path: Path, backup_path: Path, stamp: str) -> Path | None:
    """Replace a damaged or missing live file with a verified backup (the person saw which
    school it holds); the damaged file is kept aside. Where it was moved, if anywhere."""
    result = restore_file(db_path, backup_path, stamp, allow_other_school=True)
    return Path(result["kept_aside"]) if result["kept_aside"] else None
