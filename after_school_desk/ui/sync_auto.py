"""The automatic sync of the main window, and the words for the other PCs' last contact
(the 同步 page and the duty board use them; docs/several-pcs.md)."""

from __future__ import annotations

import html
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QWidget,
)

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import storage
from after_school_desk.services.pcs import sync
from after_school_desk.ui.day_common import hhmm
from after_school_desk.ui.operations import (
    Access,
    Changed,
    Job,
    ProgressFn,
    Runner,
    exclusive_running,
)

T = TypeVar("T")

AUTO_SYNC_MS = 60_000  # the main window syncs every minute while a sync folder is set
LAN_SYNC_MS = (
    10_000  # … and every 10 s while it runs Syncthing (after_school_desk/ui/lan_runner.py)
)
FIRST_SYNC_MS = 5_000  # the first time soon after the window opened (after the start-up checks)
WAIT_MS = 250  # a button pressed during the automatic sync starts when that has ended
LATE_MINUTES = 15  # the duty board marks a PC not heard of for longer, in service hours
# A journal does not say which days it touched: the recent weeks (a back entry from the paper
# hand-over sheet is for a day of this month or the last) stand for them.
RECENT_DAYS = 62

# The school's basic records (the register, only the hub writes them), as a refusal names them.
ENTITY_WORDS = {
    "school": QT_TRANSLATE_NOOP("SyncPage", "学校信息"),
    "school_hub": QT_TRANSLATE_NOOP("SyncPage", "学校主机"),
    "term": QT_TRANSLATE_NOOP("SyncPage", "学期"),
    "holiday_year": QT_TRANSLATE_NOOP("SyncPage", "节假日安排"),
    "calendar_day": QT_TRANSLATE_NOOP("SyncPage", "校历"),
    "service_window": QT_TRANSLATE_NOOP("SyncPage", "服务时段"),
    "grade": QT_TRANSLATE_NOOP("SyncPage", "年级"),
    "staff": QT_TRANSLATE_NOOP("SyncPage", "教职工信息"),
    "class": QT_TRANSLATE_NOOP("SyncPage", "班级信息"),
    "pupil": QT_TRANSLATE_NOOP("SyncPage", "学生信息"),
    "pupil_adult": QT_TRANSLATE_NOOP("SyncPage", "接送人信息"),
    "app_user": QT_TRANSLATE_NOOP("SyncPage", "用户账号"),
    "enrolment": QT_TRANSLATE_NOOP("SyncPage", "报名记录"),
    "fee_standard": QT_TRANSLATE_NOOP("SyncPage", "收费标准"),
    "subsidy_rate": QT_TRANSLATE_NOOP("SyncPage", "补助标准"),
    "waiver": QT_TRANSLATE_NOOP("SyncPage", "减免记录"),
    "charge": QT_TRANSLATE_NOOP("SyncPage", "应收记录"),
    "payment": QT_TRANSLATE_NOOP("SyncPage", "收费记录"),
    "refund": QT_TRANSLATE_NOOP("SyncPage", "退费记录"),
    "ledger_entry": QT_TRANSLATE_NOOP("SyncPage", "收支台账记录"),
    "pupil_consent": QT_TRANSLATE_NOOP("SyncPage", "监护人同意书"),
    "pupil_departure": QT_TRANSLATE_NOOP("SyncPage", "学生离校记录"),
    "duty_unavailable": QT_TRANSLATE_NOOP("SyncPage", "值班不便日"),
    "duty_roster": QT_TRANSLATE_NOOP("SyncPage", "值班表"),
    "month_snapshot": QT_TRANSLATE_NOOP("SyncPage", "月结快照"),
    "month_reopening": QT_TRANSLATE_NOOP("SyncPage", "重新打开月份记录"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


# --- what a sync brought, in words ---------------------------------------------------------


def arrivals(ctx: ServiceContext) -> Changed:
    """What the other PCs' journals may have changed: their daily records of the recent weeks,
    and the register, money, people and calendar the hub keeps (never a whole-file re-read: a
    form being filled in stays as it is)."""
    today = ctx.clock.now().date()
    days = frozenset((today - timedelta(days=n)).isoformat() for n in range(RECENT_DAYS))
    return Changed(
        pupils=True, money=True, people=True, calendar=True, school=True, attendance_days=days
    )


def brought_something(result: sync.SyncResult) -> bool:
    return bool(result.records or sum(result.applied.values()))


def arrival_notice(ctx: ServiceContext) -> Callable[[sync.SyncResult], Changed]:
    """The notice a sync's result calls for: ``arrivals`` when it applied anything."""
    return lambda result: arrivals(ctx) if brought_something(result) else Changed()


def minutes_since(instant: str | None, now: datetime) -> int | None:
    if not instant:
        return None
    try:
        then = datetime.fromisoformat(instant)
    except ValueError:
        return None
    if (then.tzinfo is None) != (now.tzinfo is None):
        then, now = then.replace(tzinfo=None), now.replace(tzinfo=None)
    return max(0, int((now - then).total_seconds() // 60))  # another PC's clock may be ahead


def ago_words(minutes: int) -> str:
    if minutes < 1:
        return _tr("刚刚")
    if minutes < 60:
        return _tr("%1 分钟前").replace("%1", str(minutes))
    if minutes < 24 * 60:
        return _tr("%1 小时前").replace("%1", str(minutes // 60))
    return _tr("%1 天前").replace("%1", str(minutes // (24 * 60)))


def when_words(instant: str | None, now: datetime) -> str:
    """``16:42（14 分钟前）``; another day's with its date first; '' when never."""
    minutes = minutes_since(instant, now)
    if instant is None or minutes is None:
        return ""
    shown = hhmm(instant)
    if instant[:10] != now.date().isoformat():
        shown = f"{instant[5:10]} {shown}"
    return _tr("%1（%2）").replace("%1", shown).replace("%2", ago_words(minutes))


def peer_words(peer: sync.Peer, now: datetime) -> str:
    """``一年级(1)班电脑：最后同步 16:42（14 分钟前）`` (that PC's clock when it last wrote)."""
    when = when_words(peer.clock, now)
    if not when:
        return _tr("%1：还没有同步过").replace("%1", peer.name)
    return _tr("%1：最后同步 %2").replace("%2", when).replace("%1", peer.name)


def peers_line(status: sync.SyncStatus, now: datetime, watching: bool) -> str:
    """The duty board's line, rich text: every other PC's last sync, in red when older than
    ``LATE_MINUTES`` while ``watching`` (service hours). '' while the PC is alone."""
    if len(status.peers) < 2:
        return ""
    parts = []
    for peer in status.peers:
        if peer.is_self or peer.retired:
            continue
        text = html.escape(peer_words(peer, now))
        minutes = minutes_since(peer.clock, now)
        if watching and (minutes is None or minutes > LATE_MINUTES):
            text = f'<span style="color: #b3261e; font-weight: bold;">{text}</span>'
        parts.append(text)
    return "　·　".join(parts)


def result_words(result: sync.SyncResult, names: dict[str, str]) -> list[str]:
    """The summary (the service's words) and one line per journal that has to wait."""
    return [
        result.summary,
        *(
            _tr("%1 的第 %2 个同步文件暂不能收进：%3")
            .replace("%1", names.get(w.device_id, w.device_id[:8]))
            .replace("%2", str(w.seq))
            .replace("%3", w.reason)
            for w in result.waiting
        ),
    ]


# --- one sync at a time, and what the last one said ------------------------------------------


@dataclass
class Attempt:
    """A sync of one file: when (this PC's clock), its result or the failure in words."""

    at: str
    result: sync.SyncResult | None
    error: str = ""
    automatic: bool = False


class SyncNews(QObject):
    """The latest sync of each open file (by path), whoever ran it; ``updated`` names the path."""

    updated = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last: dict[str, Attempt] = {}

    def note(self, path: Path, attempt: Attempt) -> None:
        self.last[str(path)] = attempt
        self.updated.emit(str(path))

    def of(self, path: Path) -> Attempt | None:
        return self.last.get(str(path))


_news: SyncNews | None = None
_SYNCING: weakref.WeakSet[Runner] = weakref.WeakSet()  # the runners that sync (GUI thread)


def news() -> SyncNews:
    global _news
    if _news is None:
        _news = SyncNews(QCoreApplication.instance())
    return _news


def syncing() -> bool:
    """A sync (the page's or the automatic one) is running: another waits for it."""
    return any(r.running() for r in list(_SYNCING))


def folder_job(job: Callable[[ServiceContext], T], words: str) -> Job[T]:
    """``job`` for a runner; a file of the sync folder or the USB stick that cannot be read or
    written is said in ``words`` (%1: what the system said), not as an unexpected error."""

    def run(ctx: ServiceContext, _progress: ProgressFn) -> T:
        try:
            return job(ctx)
        except OSError as exc:
            if storage.explain(exc) is not None:  # a full or failing disk: the storage alarm
                raise
            what = exc.strerror or type(exc).__name__
            where = f"：{exc.filename}" if exc.filename else ""
            raise AppError(words.replace("%1", what + where)) from exc

    return run


def folder_words() -> str:
    return _tr(
        "读写同步文件夹或U盘时出错（%1）。请确认U盘已插好、共享文件夹连得上，"
        "并且这台电脑可以写入它。"
    )


class AutoSync(QObject):
    """The main window's sync every minute while a sync folder is set.

    Off the GUI thread on a connection of its own; never while another sync runs, while an
    exclusive operation holds the file, or in read-only mode. What arrived is published
    (``arrivals``); the outcome, a failure too, goes to ``news`` (the sync page and the duty
    board say it). An unexpected error pauses it (one friendly dialog, not one a minute) until
    a sync from the page succeeds."""

    def __init__(
        self,
        ctx_of: Callable[[], ServiceContext],
        owner: QWidget,
        *,
        interval_ms: int = AUTO_SYNC_MS,
        first_ms: int = FIRST_SYNC_MS,
    ) -> None:
        super().__init__(owner)
        self.ctx_of = ctx_of
        self.interval_ms = interval_ms
        self.paused = False
        self.runner = Runner(owner, self._say, storage_alarm=False)
        self.runner.failed.connect(self._failed)
        _SYNCING.add(self.runner)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(first_ms)
        news().updated.connect(self._heard)

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def tick(self) -> bool:
        """Start a sync if one may run now; True when it started."""
        if self.timer.interval() != self.interval_ms:
            self.timer.setInterval(self.interval_ms)
        ctx = self.ctx_of()
        if self.paused or syncing() or exclusive_running() or ctx.store.read_only_reason:
            return False
        if sync.folder_of(ctx) is None:
            return False
        path = ctx.store.path

        def done(result: sync.SyncResult) -> None:
            news().note(path, Attempt(ctx.now_iso(), result, automatic=True))

        return self.runner.start(
            ctx,
            folder_job(sync.now, folder_words()),
            access=Access.BESIDE,
            changes=arrival_notice(ctx),
            on_done=done,
        )

    def _say(self, text: str) -> None:
        ctx = self.ctx_of()
        news().note(ctx.store.path, Attempt(ctx.now_iso(), None, text, automatic=True))

    def _failed(self, exc: object) -> None:
        if not isinstance(exc, BaseException) or isinstance(exc, AppError):
            return
        if storage.explain(exc) is None:  # the program's: the dialog said it once
            self.paused = True
            ctx = self.ctx_of()
            words = _tr("自动同步出错，已暂停。请在“同步”页点“立即同步”再试。")
            news().note(ctx.store.path, Attempt(ctx.now_iso(), None, words, automatic=True))

    @Slot(str)
    def _heard(self, path: str) -> None:
        attempt = news().last.get(path)
        if self.paused and attempt is not None and not attempt.automatic and not attempt.error:
            self.paused = False


# --- the page ------------------------------------------------------------------------------
