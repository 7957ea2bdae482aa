"""``python -m app bench --gui``: what a teacher at the touch screen feels, measured offscreen.

Called by ``after_school_desk.bench`` (imported only when ``--gui`` is given) on the same generated school as
the storage figures. The program's own main window is built as the program builds it (style,
tap guard, touch inputs), logged in as the demo principal, and driven by real clicks
(``QTest.mouseClick``) on the real buttons:

* every page of the navigation opened twice (``page_open_ms``: first and second opening), from
  the tap on its navigation button to the page shown, its background load (if any) arrived and
  the window painted. The first tap waits for the imports the window starts in the background
  (``warm_up_s``, how long they took), as a person looks at the first page before tapping;
* 签到: tap a pupil, then 到了 — the time from the tap on 到了 to the pupil's row showing them
  signed in and the window painted (``tap_signin_ms_p50/p95``);
* 放学交接: tap a pupil, then the adult's button — to the pupil gone from the list and the
  window painted (``tap_handover_ms_p50/p95``);
* 放学交接 again while the first start of the day's tamper check runs beside the window (in a
  process of its own, as the program runs it): the same taps, on pupils signed in through the
  service (``tap_handover_during_check_ms_p50/p95``; ``tamper_check_s``, how long it took);
* 值班看板: the tap on 刷新 to the board re-read and painted (``board_refresh_ms_p50``);
* 报表: the tap on 打印… with this month's ledger chosen to the first page painted in the
  program's preview (``report_preview_s``: the ledger read and its first pages made in the
  background, opened and drawn), and to the whole ledger in the preview, ready to print
  (``report_preview_whole_s``).

Only the timed tap is timed; choosing the pupil before it is a real tap too, untimed. The tap
guard (``after_school_desk.ui.tap_guard``) swallows a second press within 1 s and 60 px, so its clock here
moves 5 s at every press, as if the taps came seconds apart, as they do in a classroom.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.base.school_file import open_school_file
from after_school_desk.services.care import apart, maintenance
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui import operations, tap_guard, touch_inputs
from after_school_desk.ui.class_day_model import PUPIL_ID_ROLE
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.qt_references import keep_singletons_alive
from after_school_desk.ui.style import apply_style

Progress = Callable[[str], None]
SETTLE_TIMEOUT_S = 60.0
# the page the window starts on while the others are opened for the first time (and the one
# opened first in a second window): a small form, quick to build
QUIET_START = "settings"
SECOND_START = "roster"


class SpacedTaps:
    """The tap guard's clock: every reading is 5 s after the last (no tap is a double tap)."""

    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        self.now += 5000
        return self.now


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keep_singletons_alive()  # as the program does before Qt starts
    app = QApplication(["bench"])
    app.setApplicationName("课后服务台")
    app.setOrganizationName("AfterSchoolDesk")
    return app


def _busy(page: QWidget) -> bool:
    """A background load of the page (an ``operations.Runner`` it owns) still running."""
    return any(r.running() for r in page.findChildren(operations.Runner))


class _Paints(QObject):
    """Counts the window's paints (``UpdateRequest``: Qt painting what changed, on the window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.count += 1
        return False


def _settle(
    window: QWidget,
    page: QWidget,
    done: Callable[[], bool] = lambda: True,
    wait_loads: bool = True,
) -> None:
    """Process events until ``done()`` and (``wait_loads``) the page's background loads have
    arrived, and the window has painted what changed (Qt paints it while processing events; a
    forced paint if it did not)."""
    paints = window.findChild(_Paints) or _Paints(window)
    before = paints.count
    deadline = time.perf_counter() + SETTLE_TIMEOUT_S
    while True:
        QApplication.processEvents()
        if not (wait_loads and _busy(page)) and done():
            QApplication.processEvents()  # what the arrival queued (a follower's 0 ms timer)
            if not (wait_loads and _busy(page)):
                break
        if time.perf_counter() > deadline:
            raise RuntimeError("界面在 60 秒内没有完成更新")
        time.sleep(0.0005)
    if paints.count == before:
        window.repaint()  # nothing painted yet: paint now, synchronously


def _tap(widget: QWidget, pos: QPoint | None = None) -> None:
    if pos is None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def _tap_row(table: QTableView, pupil_id: str) -> bool:
    """Tap the pupil's row (scrolled into view first, as a finger would scroll to it)."""
    model = table.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(PUPIL_ID_ROLE) == pupil_id:
            table.scrollTo(index)
            _tap(table.viewport(), table.visualRect(index).center())
            return True
    return False


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _p(samples: list[float], q: float) -> float | None:
    if not samples:
        return None
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))], 1)


def _median(samples: list[float]) -> float | None:
    return round(statistics.median(samples), 1) if samples else None


@contextmanager
def _start_page(key: str) -> Iterator[None]:
    before = os.environ.get("APP_START_PAGE")
    os.environ["APP_START_PAGE"] = key
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("APP_START_PAGE", None)
        else:
            os.environ["APP_START_PAGE"] = before


def _window(ctx: ServiceContext, school: dict[str, Any], start: str) -> MainWindow:
    with _start_page(start):
        window = MainWindow(ctx, school)
    window.resize(1366, 768)  # the common classroom PC's screen
    window.show()
    QApplication.processEvents()
    window.repaint()
    return window


def _close(window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def _open_page(window: MainWindow, key: str) -> tuple[float, float]:
    """The tap on the page's navigation button to the page painted (shown: what the person
    sees at once), and to its background load arrived and painted (loaded; the same for pages
    that read on the GUI thread)."""
    start = time.perf_counter()
    _tap(window.nav_buttons[key])
    if key not in window.pages or window.stack.currentWidget() is not window.pages[key]:
        raise RuntimeError(f"点导航按钮没有打开页面 {key}")
    page = window.pages[key]
    _settle(window, page, wait_loads=False)
    shown = _ms(start)
    if not _busy(page):
        return shown, shown
    _settle(window, page)
    return shown, _ms(start)


def _warmed_up(window: MainWindow) -> float | None:
    """Wait for the imports the window starts in the background (``MainWindow.warm_up``), as a
    person looks at the first page before the first tap; how long they took in all."""
    window.warm_up.join(timeout=SETTLE_TIMEOUT_S)
    seconds = window.warm_up.seconds
    return None if seconds is None else round(seconds, 2)


def _page_openings(
    ctx: ServiceContext, school: dict[str, Any]
) -> tuple[dict[str, dict[str, Any]], float | None]:
    """Every page of the navigation opened for the first time, then once more; and how long
    the window's background imports took before the first tap."""
    window = _window(ctx, school, QUIET_START)
    warm_s = _warmed_up(window)
    try:
        keys = list(window.nav_buttons)
        labels = {k: b.text() for k, b in window.nav_buttons.items()}
        first = {k: _open_page(window, k) for k in keys if k != QUIET_START}
        second = {k: _open_page(window, k) for k in keys}
    finally:
        _close(window)
    if QUIET_START in keys:  # its first opening: in a window that started elsewhere
        other = _window(ctx, school, SECOND_START if SECOND_START != QUIET_START else keys[0])
        _warmed_up(other)
        try:
            first[QUIET_START] = _open_page(other, QUIET_START)
        finally:
            _close(other)
    return {
        k: {
            "label": labels[k],
            "first": round(first[k][0], 1),
            "first_loaded": round(first[k][1], 1),
            "second": round(second[k][0], 1),
            "second_loaded": round(second[k][1], 1),
        }
        for k in keys
    }, warm_s


def _sign_in_taps(window: MainWindow, taps: int) -> tuple[list[float], list[str]]:
    """Tap a pupil not yet arrived, then 到了; class after class until ``taps`` are done."""
    _open_page(window, "sign_in")
    page: Any = window.pages["sign_in"]
    times: list[float] = []
    signed: list[str] = []
    for i in range(page.class_picker.count()):
        if len(times) >= taps:
            break
        page.class_picker.setCurrentIndex(i)
        _settle(window, page)
        waiting = [str(r["id"]) for r in page.model.rows() if r["state"] == "not_arrived"]
        for pupil_id in waiting[: taps - len(times)]:
            if not _tap_row(page.table, pupil_id):
                continue
            _settle(window, page)
            button: QPushButton = page.present_button
            if page.table.current_pupil_id() != pupil_id or not button.isEnabled():
                continue

            def arrived(pid: str = pupil_id) -> bool:
                row = page.model.find(pid)
                return row is not None and row["state"] != "not_arrived"

            start = time.perf_counter()
            _tap(button)
            _settle(window, page, arrived)
            times.append(_ms(start))
            signed.append(pupil_id)
    return times, signed


def _handover_taps(
    window: MainWindow,
    signed: set[str],
    taps: int,
    keep_going: Callable[[], bool] = lambda: True,
) -> list[float]:
    """Tap a pupil signed in by the taps before, then the first adult's button (while
    ``keep_going()``)."""
    _open_page(window, "handover")
    page: Any = window.pages["handover"]
    times: list[float] = []
    for i in range(page.class_picker.count()):
        if len(times) >= taps or not keep_going():
            break
        if page.class_picker.currentIndex() == i:  # no change of class, so no re-read of its own
            page.refresh(first_in_line=True)  # (pupils signed in by the service are news to it)
        page.class_picker.setCurrentIndex(i)
        _settle(window, page)
        here = [str(r["id"]) for r in page.model.rows() if r["state"] == "present"]
        for pupil_id in [p for p in here if p in signed][: taps - len(times)]:
            if not keep_going():
                break
            if not _tap_row(page.table, pupil_id):
                continue
            _settle(window, page)
            if page.table.current_pupil_id() != pupil_id or not page.adult_buttons:
                continue
            adult: QPushButton = page.adult_buttons[0]

            def gone(pid: str = pupil_id) -> bool:
                row = page.model.find(pid)
                return row is None or row["state"] not in ("present", "extended_care")

            start = time.perf_counter()
            _tap(adult)
            _settle(window, page, gone)
            times.append(_ms(start))
    return times


def _handover_during_check(
    window: MainWindow, ctx: ServiceContext, clock: FixedClock, day: date, taps: int
) -> tuple[list[float], float, int]:
    """Handover taps while the first start of the day's tamper check runs beside the window, as
    the program runs it (``services.care.apart``: a process of its own); the pupils are signed
    in first through the service. The taps, how long the check took and how many lines it
    found (none: the records written while it read are the program's own)."""
    at = datetime.combine(day, datetime.min.time(), CHINA_TZ)
    clock.set(at.replace(hour=16, minute=10))
    waiting = [r["id"] for r in attendance.day_list(ctx, day) if r["state"] == "not_arrived"]
    for pupil_id in waiting[:taps]:
        attendance.sign_in(ctx, pupil_id)
    clock.set(at.replace(hour=17, minute=58))
    path = ctx.store.path
    took: list[float] = []
    found: list[str] = []

    def check() -> None:
        start = time.perf_counter()
        found.extend(apart.run_apart(maintenance.tamper_findings, path))
        took.append(time.perf_counter() - start)

    checker = threading.Thread(target=check, daemon=True)
    checker.start()
    times = _handover_taps(window, set(waiting[:taps]), taps, checker.is_alive)
    checker.join()
    return times, took[0], len(found)


def _board_refreshes(window: MainWindow, count: int) -> list[float]:
    _open_page(window, "duty")
    page: Any = window.pages["duty"]
    times = []
    for _ in range(count):
        start = time.perf_counter()
        _tap(page.refresh_button)
        _settle(window, page)
        times.append(_ms(start))
    return times


def _report_preview(window: MainWindow) -> tuple[float, float]:
    """The tap on 报表's 打印… (this month's whole-school ledger, the page's first report) to
    the first page of the ledger painted in the preview (its first pages, shown while the rest
    is made), and to the whole ledger in the preview."""
    _open_page(window, "reports")
    page: Any = window.pages["reports"]
    page.kind.setCurrentIndex(page.kind.findData("ledger"))
    start = time.perf_counter()
    _tap(page.print_button)
    deadline = start + SETTLE_TIMEOUT_S * 5  # a whole-school ledger: seconds, not minutes
    forced = False
    first: float | None = None
    while True:
        QApplication.processEvents()
        preview = page.preview
        if preview is not None and preview.isVisible():
            if first is None and preview.strip.drawn_pages():
                first = time.perf_counter() - start
            if first is not None and not preview.building:
                break
            if first is None and not forced and not _busy(page):
                QApplication.processEvents()
                if not preview.strip.drawn_pages():
                    preview.repaint()  # nothing painted by Qt yet: paint now, synchronously
                    forced = True
        elif not _busy(page) and page.preview is None:
            raise RuntimeError("报表预览没有打开：" + page.status.text())
        if time.perf_counter() > deadline:
            raise RuntimeError("报表预览在 5 分钟内没有画出全部台账")
        time.sleep(0.0005)
    whole = time.perf_counter() - start
    assert first is not None
    page.preview.reject()
    QApplication.processEvents()
    return first, whole


def gui_figures(
    path: Path,
    day: date,
    taps: int = 40,
    board_refreshes: int = 15,
    login: str = "principal",
    pin: str = "123456",
    progress: Progress | None = None,
) -> dict[str, Any]:
    """The GUI figures on the school at ``path`` on ``day`` (a service day with pupils not yet
    signed in). Pupils are signed in at 16:05 and handed over at 17:55 that day."""
    say = progress or (lambda _msg: None)
    app = _application()
    apply_style(app)
    guard_before = tap_guard.current()
    tap_guard.install(app, SpacedTaps())
    touch_inputs.install(app)
    at = datetime.combine(day, datetime.min.time(), CHINA_TZ)
    clock = FixedClock(at.replace(hour=16, minute=5))
    store = open_school_file(path, scan=False)
    try:
        setup = Actor(login="bench", role=Role.SYSTEM, display_name="基准测试")
        base = ServiceContext(store=store, actor=setup, device_id="bench-gui", clock=clock)
        ctx = dataclasses.replace(base, actor=users.log_in(base, login, pin))
        school = school_info(ctx)
        assert school is not None
        say("界面：逐页打开（第一次与第二次）…")
        pages, warm_s = _page_openings(ctx, school)
        window = _window(ctx, school, SECOND_START)
        try:
            say(f"界面：签到点按 {taps} 次…")
            signin, signed = _sign_in_taps(window, taps)
            clock.set(at.replace(hour=17, minute=55))
            say(f"界面：放学交接点按 {taps} 次…")
            handover = _handover_taps(window, set(signed), taps)
            say("界面：每日核对防篡改印记的同时放学交接…")
            during, check_s, check_lines = _handover_during_check(window, ctx, clock, day, taps)
            say(f"界面：值班看板刷新 {board_refreshes} 次…")
            board = _board_refreshes(window, board_refreshes)
            say("界面：报表预览（本月全校台账）…")
            preview_s, whole_s = _report_preview(window)
        finally:
            _close(window)
            operations.stop_all()
    finally:
        store.close()
        if guard_before is not None:  # the caller's guard back (its clock)
            tap_guard.install(app, guard_before.clock)
    return {
        "tap_signin_ms_p50": _median(signin),
        "tap_signin_ms_p95": _p(signin, 0.95),
        "tap_signin_count": len(signin),
        "tap_handover_ms_p50": _median(handover),
        "tap_handover_ms_p95": _p(handover, 0.95),
        "tap_handover_count": len(handover),
        "tap_handover_during_check_ms_p50": _median(during),
        "tap_handover_during_check_ms_p95": _p(during, 0.95),
        "tap_handover_during_check_count": len(during),
        "tamper_check_s": round(check_s, 1),
        "tamper_check_findings": check_lines,
        "board_refresh_ms_p50": _median(board),
        "page_open_ms": pages,
        "warm_up_s": warm_s,
        "report_preview_s": round(preview_s, 2),
        "report_preview_whole_s": round(whole_s, 2),
    }
