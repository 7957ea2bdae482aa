"""Work off the GUI thread, and the feed of what changed that every page follows.

One way each:

* ``Runner`` runs a service call in a worker thread: progress, cancel (a job that reports
  progress stops at its next report), errors shown in words, and on success a ``Changed``
  notice on the hub.
* ``Changed`` says what a write changed. ``publish`` puts it on the ``hub()``; a page that
  ``follow``s the hub re-reads when a notice concerns it — at once when it is visible, else when
  it is next shown. Quick writes on the GUI thread (a sign-in tap) publish the same notices, so
  the duty board and the overview hear what 签到 recorded; an import of another PC's records
  publishes there too.

The connection rule. ``ctx.store``, the GUI's own connection, is used on the GUI thread, and by
a worker thread only while a modal dialog keeps the GUI off it. Each operation names its access:

* ``Access.BESIDE``: on a connection of its own, opened in the worker and closed when the job
  ends (page loads, reports); the person keeps working meanwhile. A service that writes once on
  first use (the pickup-code secret) writes through it; SQLite orders that with the GUI's writes.
* ``Access.EXCLUSIVE``: on the GUI's connection, for the long writes that belong on it (an
  import, billing a month, backup and restore, the seal keys). The owner is a modal dialog, or
  the runner puts a modal progress dialog over the window; while it runs, followers, the duty
  board's timer and the checkpoint timer keep off the database (``exclusive_running``).
* ``Access.FILES``: the job opens what it needs by path itself (the start-up check reads a
  file that may be damaged); its context says who, when and on which PC, never its store.

Errors: a refusal (``AppError``) is said in the owner's own line; a storage failure also gets
the blocking message of ``storage_failure``; anything else the friendly dialog of
``diagnostics`` (and the log) — under tests without the program start it fails the test.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.school_file import Store, open_school_file
from after_school_desk.services.care import storage
from after_school_desk.ui import diagnostics, storage_failure

log = logging.getLogger("after_school_desk.ui.operations")

T = TypeVar("T")
ProgressFn = Callable[[int, int], None]
Job = Callable[[ServiceContext, ProgressFn], T]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


# --- what changed ------------------------------------------------------------------------


def _iso(day: date | str) -> str:
    return day if isinstance(day, str) else day.isoformat()


@dataclass(frozen=True)
class Changed:
    """What a write changed, as the pages need to know it. Empty: nothing."""

    pupils: bool = False  # the register: pupils, their adults, consents, permits, enrolments
    attendance_days: frozenset[str] = frozenset()  # ISO days whose daily records changed:
    # sign-ins, absences, leave, hand-overs, alerts and contacts, corrections, the duty day
    money: bool = False  # fee standards, charges, payments, refunds, waivers, ledger, subsidies
    calendar: bool = False  # terms, days off, make-up days, service windows
    people: bool = False  # staff, accounts, head teachers, the duty roster, class supervisors
    months: frozenset[str] = frozenset()  # "YYYY-MM" whose month close changed
    school: bool = False  # the school's settings and its policy profile
    everything: bool = False  # the whole file (a restore): everyone re-reads

    @classmethod
    def days(cls, days: Iterable[date | str | None]) -> Changed:
        return cls(attendance_days=frozenset(_iso(d) for d in days if d))

    @classmethod
    def day(cls, day: date | str | None) -> Changed:
        return cls.days([day])

    @classmethod
    def month(cls, month: str) -> Changed:
        return cls(months=frozenset({month}))

    @classmethod
    def whole_file(cls) -> Changed:
        return cls(everything=True)

    def __or__(self, other: Changed) -> Changed:
        return Changed(
            pupils=self.pupils or other.pupils,
            attendance_days=self.attendance_days | other.attendance_days,
            money=self.money or other.money,
            calendar=self.calendar or other.calendar,
            people=self.people or other.people,
            months=self.months | other.months,
            school=self.school or other.school,
            everything=self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return self != Changed()

    def touches_day(self, day: date | str | None) -> bool:
        return self.everything or (day is not None and _iso(day) in self.attendance_days)

    def touches_month(self, month: str) -> bool:
        """A day of ``month`` ("YYYY-MM") changed, or its close did."""
        return (
            self.everything
            or month in self.months
            or any(d[:7] == month for d in self.attendance_days)
        )


class ChangeHub(QObject):
    """The one place notices go through (``publish``); pages follow it (``follow``)."""

    changed = Signal(object, object)  # Changed, the widget whose action it was (or None)
    settled = Signal()  # an exclusive operation ended: pages that waited for it re-read now

    def publish(self, changes: Changed, origin: QObject | None = None) -> None:
        if changes:
            self.changed.emit(changes, origin)


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The program's hub (one per application, whatever window or page publishes)."""
    global _hub
    if _hub is None:
        _hub = ChangeHub(QCoreApplication.instance())
    return _hub


def publish(changes: Changed, origin: QObject | None = None) -> None:
    """Tell every page what an action changed. ``origin``: the widget that acted (its page
    re-reads by itself and is not told again)."""
    hub().publish(changes, origin)


def _inside(origin: object, page: QObject) -> bool:
    node = origin if isinstance(origin, QObject) else None
    while node is not None:
        if node is page:
            return True
        node = node.parent()
    return False


class Follower(QObject):
    """Keeps one page current: re-reads it when a notice concerns it (at once if the page is
    visible, else when it is next shown), and at every showing when ``on_show`` (pages whose
    data depends on the hour, or that other PCs change; a callable: what to do at a showing
    instead of ``refresh``). Never while an exclusive operation holds the GUI's connection:
    the page is marked stale and re-reads once it ends. A notice of the page's own action
    (published by the page or a widget or dialog inside it) is skipped, as the page re-read
    itself; ``own_actions=True`` hears those too (the main window, which holds every page).
    ``fresh``: the page has just read its data, so a showing before the event loop next runs
    (the window showing a page it has just built) does not read it again."""

    def __init__(
        self,
        page: QWidget,
        concerns: Callable[[Changed], bool],
        refresh: Callable[[], None],
        *,
        on_show: bool | Callable[[], None] = False,
        stale: bool = False,
        own_actions: bool = False,
        fresh: bool = False,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.fresh = fresh
        if fresh:
            QTimer.singleShot(0, self._aged)
        self.concerns = concerns
        self.refresh = refresh
        self.on_show = on_show
        self.stale = stale
        self.own_actions = own_actions
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)  # after the action's own event: a burst of notices, one read
        self.timer.timeout.connect(self._due)
        page.installEventFilter(self)
        changes = hub()
        changes.changed.connect(self._heard)
        changes.settled.connect(self._settled)

    @Slot(object, object)
    def _heard(self, changes: object, origin: object) -> None:
        if not isinstance(changes, Changed):
            return
        if not self.own_actions and _inside(origin, self.page):
            return
        if self.concerns(changes):
            self.request()

    def request(self) -> None:
        """Re-read as soon as the page may: after the current event when it is in view and the
        connection is free, else when it is next shown or the operation has ended."""
        if self.page.isVisible() and not exclusive_running():
            self.timer.start()
        else:
            self.stale = True

    def poll(self) -> None:
        """Re-read now if the page may (a page's own timer), else as ``request`` says."""
        if self.page.isVisible() and not exclusive_running():
            self._due()
        else:
            self.stale = True

    @Slot()
    def _aged(self) -> None:
        self.fresh = False

    @Slot()
    def _settled(self) -> None:
        if self.stale:
            self.request()

    @Slot()
    def _due(self) -> None:
        self.timer.stop()
        if exclusive_running() or not self.page.isVisible():
            self.stale = True
            return
        self.stale = False
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the event's type first: this runs for every event of the page, also while a collected
        # page is torn down, when this object's attributes may already be gone (no Show then)
        showing = event.type() == QEvent.Type.Show and watched is self.page
        if showing and self.fresh and not self.stale:
            self.fresh = False  # read a moment ago, when the page was built
        elif showing and (self.on_show or self.stale):
            if exclusive_running():
                self.stale = True  # read once the operation ends (``settled``)
            else:
                self.timer.stop()
                self.stale = False
                (self.on_show if callable(self.on_show) else self.refresh)()
        return False


def follow(
    page: QWidget,
    concerns: Callable[[Changed], bool],
    refresh: Callable[[], None],
    *,
    on_show: bool | Callable[[], None] = False,
    stale: bool = False,
    own_actions: bool = False,
    fresh: bool = False,
) -> Follower:
    """Subscribe ``page`` to the hub (see ``Follower``); ``stale``: read at the first showing;
    ``fresh``: just read, no second read when shown at once."""
    return Follower(
        page,
        concerns,
        refresh,
        on_show=on_show,
        stale=stale,
        own_actions=own_actions,
        fresh=fresh,
    )


# --- running ---------------------------------------------------------------------------


class Access(enum.Enum):
    BESIDE = "beside"  # a connection of its own
    EXCLUSIVE = "exclusive"  # the GUI's connection, behind a modal dialog
    FILES = "files"  # the job opens what it needs by path


class Cancelled(Exception):
    """Raised inside the job by the progress callback once cancel was asked for."""


def error_text(exc: BaseException) -> str:
    """An operation's failure in words: a refusal's own lines, a storage failure explained,
    else that something unexpected went wrong (the details go to the dialog and the log)."""
    if isinstance(exc, AppError):
        return "\n".join(exc.lines())
    found = storage.explain(exc)
    if found is not None:
        return "\n".join(found.lines())
    return _tr("程序出现意外错误，这次操作没有完成。")


_exclusive = 0  # exclusive operations running (GUI thread only)
_LIVE: set[_Worker] = set()  # kept until their thread ends, even if the page has gone


def exclusive_running() -> bool:
    """An operation is using the GUI's connection: the GUI thread must keep off it."""
    return _exclusive > 0


def stop_all() -> None:
    """Cancel every running operation and wait for its thread (before the store closes)."""
    for worker in list(_LIVE):
        worker.cancel()
    for worker in list(_LIVE):
        worker.wait()


def open_beside(path: Path, read_only_reason: str | None) -> Store:
    """A connection of the worker's own to the open file, in the read-only mode the GUI is in.
    (Opened like ``maintenance.seal_due_beside`` opens its own.)"""
    store = open_school_file(path, lock=False, scan=False)
    if read_only_reason is not None:
        store.set_read_only(read_only_reason)
    return store


@dataclass(frozen=True)
class _Request(Generic[T]):
    ctx: ServiceContext
    job: Job[T]
    access: Access
    changes: Changed | Callable[[T], Changed] | None
    on_done: Callable[[T], None] | None
    busy_text: str
    title: str


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, request: _Request[Any]) -> None:
        super().__init__()
        self.request = request
        self._path = request.ctx.store.path
        self._read_only = request.ctx.store.read_only_reason
        self._cancel = threading.Event()
        self.outcome: tuple[str, Any] = ("cancelled", None)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def _call(self) -> Any:
        request = self.request
        if request.access is not Access.BESIDE:
            return request.job(request.ctx, self._progress)
        store = open_beside(self._path, self._read_only)
        try:
            return request.job(dataclasses.replace(request.ctx, store=store), self._progress)
        finally:
            store.close()

    def run(self) -> None:
        try:
            result = self._call()
        except Cancelled:
            self.outcome = ("cancelled", None)
        except Exception as exc:  # handed to the GUI thread, which says it
            self.outcome = ("failed", exc)
        else:
            self.outcome = ("done", result)  # finished before cancel could stop it: report it


def _release(worker: _Worker) -> None:
    worker.wait()
    _LIVE.discard(worker)
    worker.deleteLater()


class Runner(QObject):
    """Runs one operation at a time for ``owner`` (a page or dialog).

    ``say_error`` shows a failure's words where the owner shows its messages (``None``: the
    owner has no line; a refusal then gets a message box titled ``error_title``; a storage
    failure or an unexpected error has its own box either way; ``storage_alarm=False``: the
    owner's work is on other files, whose failures its own line says — the backup dialog's
    wrong passphrase is no failure of the open database). ``latest_only``: a newer request
    cancels the running one and starts once it has stopped, so only the latest page load ever
    arrives; otherwise a request while one runs is refused (``start`` returns False).
    """

    progressed = Signal(int, int)  # done, total
    busy = Signal(bool)
    succeeded = Signal(object)  # the job's result (after ``on_done``)
    failed = Signal(object)  # the exception (after its words were shown)
    cancelled = Signal()

    def __init__(
        self,
        owner: QWidget,
        say_error: Callable[[str], None] | None,
        *,
        latest_only: bool = False,
        error_title: str = "",
        storage_alarm: bool = True,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.say_error = say_error
        self.latest_only = latest_only
        self.error_title = error_title
        self.storage_alarm = storage_alarm
        self._worker: _Worker | None = None
        self._pending: _Request[Any] | None = None
        self._modal: QProgressDialog | None = None

    def running(self) -> bool:
        return self._worker is not None

    def cancelling(self) -> bool:
        return self._worker is not None and self._worker.is_cancelling()

    def start(
        self,
        ctx: ServiceContext,
        job: Job[T],
        *,
        access: Access = Access.BESIDE,
        changes: Changed | Callable[[T], Changed] | None = None,
        on_done: Callable[[T], None] | None = None,
        busy_text: str = "",
        title: str = "",
    ) -> bool:
        """Run ``job(ctx', progress)`` in a worker; ``ctx'`` is ``ctx`` over the connection
        ``access`` gives. On success: ``on_done(result)``, ``succeeded``, then ``changes`` (or
        ``changes(result)``) published. ``busy_text`` and ``title``: the words of the modal
        progress dialog an exclusive operation gets when its owner is not a modal dialog."""
        request = _Request(ctx, job, access, changes, on_done, busy_text, title)
        if self._worker is not None:
            if not self.latest_only:
                return False
            self._pending = request
            self._worker.cancel()
            return True
        self._launch(request)
        return True

    def cancel(self) -> None:
        self._pending = None
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        """Block until the running operation's thread ends (its outcome still arrives)."""
        if self._worker is not None:
            self._worker.wait()

    def _launch(self, request: _Request[Any]) -> None:
        global _exclusive
        worker = _Worker(request)
        self._worker = worker
        _LIVE.add(worker)
        worker.finished.connect(lambda w=worker: _release(w))  # even when the owner is gone
        worker.progressed.connect(self.progressed)
        worker.finished.connect(self._finished)
        if request.access is Access.EXCLUSIVE:
            _exclusive += 1
            if not self.owner.window().isModal():
                self._show_modal(request.busy_text, request.title)
        self.busy.emit(True)
        worker.start()

    def _show_modal(self, text: str, title: str) -> None:
        """The GUI keeps off its connection: a window-modal progress dialog over the owner."""
        dialog = QProgressDialog(text, "", 0, 0, self.owner)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(title or text)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._modal = dialog
        self.progressed.connect(self._modal_progress)

    @Slot(int, int)
    def _modal_progress(self, done: int, total: int) -> None:
        if self._modal is not None and total > 0:
            self._modal.setRange(0, total)
            self._modal.setValue(min(done, total))

    @Slot()
    def _finished(self) -> None:
        global _exclusive
        worker = self.sender()
        if worker is not self._worker or not isinstance(worker, _Worker):
            return
        self._worker = None
        request = worker.request
        exclusive = request.access is Access.EXCLUSIVE
        if exclusive:
            _exclusive -= 1
            if self._modal is not None:
                self.progressed.disconnect(self._modal_progress)
                self._modal.close()
                self._modal.deleteLater()
                self._modal = None
        try:
            pending, self._pending = self._pending, None
            if pending is not None:  # replaced by a newer request: this outcome is stale
                self._launch(pending)
                return
            self.busy.emit(False)
            kind, value = worker.outcome
            if kind == "done":
                self._done(request, value)
            elif kind == "cancelled":
                self.cancelled.emit()
            else:
                self._failed(value)
        finally:
            if exclusive and not exclusive_running():
                hub().settled.emit()

    def _done(self, request: _Request[Any], result: Any) -> None:
        if request.on_done is not None:
            request.on_done(result)
        self.succeeded.emit(result)
        changes = request.changes(result) if callable(request.changes) else request.changes
        if changes:
            publish(changes, self.owner)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        found = storage.explain(exc)
        if self.say_error is not None:
            self.say_error(text)
        self.failed.emit(exc)
        if found is not None:
            if self.storage_alarm or self.say_error is None:
                storage_failure.alarm(found, self.owner)
        elif not isinstance(exc, AppError):
            diagnostics.report_unexpected(exc, self.owner.window())
        elif self.say_error is None:
            title = self.error_title or _tr("没有完成")
            box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.owner)
            diagnostics.exec_box(box)
