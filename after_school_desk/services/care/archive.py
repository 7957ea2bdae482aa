"""Sealing finished months of the attendance log into compressed archives.

Housekeeping, like the daily backup: it changes no figure anywhere (every reader merges the
archives with the live rows) and so needs no permission; the program runs it at start-up
and the demo history runs it as the months go by. A month is sealed once it ended
``ARCHIVE_AFTER_DAYS`` days ago, when its ledger and direct report are done; corrections made
later are still recorded as usual and folded into the archive at the next sealing.

Each class-month is one short transaction, so sealing beside a working program never holds
the database for long.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store import backup as backup_store
from after_school_desk.store import event_archive

ARCHIVE_AFTER_DAYS = 7
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SealReport:
    class_months: int
    events_moved: int
    months: list[str]

    def lines(self) -> list[str]:
        if not self.class_months:
            return ["没有需要归档的考勤记录。"]
        return [
            f"已归档 {len(self.months)} 个月（{self.months[0]} 至 {self.months[-1]}）、"
            f"{self.class_months} 个班级月的考勤记录共 {self.events_moved} 条；"
            "报表与查询结果不变。"
        ]


def cutoff(today: date) -> date:
    """Months that ended before this date minus the waiting period are due."""
    return (today - timedelta(days=ARCHIVE_AFTER_DAYS)).replace(day=1)


def seal_due(
    ctx: ServiceContext, today: date | None = None, progress: Progress | None = None
) -> SealReport:
    """Seal every class-month that ended at least ``ARCHIVE_AFTER_DAYS`` days before today."""
    day = today or ctx.clock.now().date()
    before = cutoff(day).isoformat()
    due = event_archive.due_class_months(ctx.store.conn, before)
    moved = 0
    for done, (class_id, month) in enumerate(due, start=1):
        with ctx.write() as conn:
            sealed = event_archive.seal(
                conn, class_id, month, ctx.now_iso(), ctx.actor.login, ctx.device_id
            )
            ctx.audit(conn, "attendance.seal", "attendance_archive", None, None,
                      {"class_id": class_id, "month": month, "moved": sealed.moved,
                       "events": sealed.events, "sha256": sealed.sha256})  # fmt: skip
        moved += sealed.moved
        if progress:
            progress(done, len(due))
    return SealReport(len(due), moved, sorted({m for _c, m in due}))


def compact(ctx: ServiceContext) -> tuple[int, int]:
    """Give the space sealing freed back to the disk: (file bytes before, after).

    Sealing frees the pages of the live rows, and the next weeks' records reuse them, so a
    school never needs this, except once after upgrading a file that held years of live rows.
    It rewrites the whole file, so it runs from the command line with the program closed."""
    ctx.require(Action.SETUP_SCHOOL)
    before, _free = backup_store.free_bytes(ctx.store.conn)
    backup_store.compact(ctx.store.conn)
    after, _free = backup_store.free_bytes(ctx.store.conn)
    return before, after
