"""One way to work off the GUI thread and one change feed (after_school_desk/ui/operations.py): a sign-in on
签到 reaches the duty board and the overview without re-showing them; a hidden page re-reads when
shown again; a background failure is said in words; cancel stops a job; an exclusive operation
keeps the pages off the GUI's connection; and no worker thread ever uses that connection."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from after_school_desk import logs
from after_school_desk.domain.roles import Role
from after_school_desk.errors import DiskFull
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.month import compliance, overview
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui import app as gui_app
from after_school_desk.ui import diagnostics, operations
from after_school_desk.ui.compliance_page import CompliancePage
from after_school_desk.ui.duty_board_model import COLUMNS
from after_school_desk.ui.duty_board_page import DutyBoardPage
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.operations import Access, Changed, Runner
from after_school_desk.ui.overview_page import OverviewPage
from after_school_desk.ui.reports_page import ReportsPage
from after_school_desk.ui.school_settings_page import SchoolSettingsPage
from after_school_desk.ui.signin_page import SignInPage
from tests.conftest import as_role
from tests.gui.conftest import PRINCIPAL_PIN
from tests.gui.daily_gui import CLASS, Hands, school_day
from tests.unit.report_month import play_week

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def shown(qtbot: QtBot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    if isinstance(page, DutyBoardPage):  # the board reads the day beside the window
        qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    return page


def board_present(board: DutyBoardPage, class_name: str) -> str:
    model = board.model
    column = COLUMNS.index("present")
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == class_name:
            return str(model.index(r, column).data())
    raise AssertionError(class_name)


def loaded(qtbot: QtBot, page: OverviewPage | CompliancePage) -> None:
    qtbot.waitUntil(lambda: not page.loader.running(), timeout=20000)


# -- the change feed -------------------------------------------------------------------------


def test_a_sign_in_reaches_the_board_and_the_overview_in_view(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    day.at("16:05")
    board = shown(qtbot, DutyBoardPage(day.leader))
    assert isinstance(board, DutyBoardPage)
    month = shown(qtbot, OverviewPage(school_ctx))
    assert isinstance(month, OverviewPage)
    loaded(qtbot, month)
    assert month.data is not None
    present_before = month.data.present
    assert board_present(board, CLASS) == "0"
    loads: list[object] = []
    month.loader.succeeded.connect(loads.append)

    signin = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(signin, SignInPage)
    hands = Hands()
    hands.tap_pupil(signin.table, "G10000000")
    hands.click(signin.present_button)
    assert "已签到" in signin.bar.text()
    day.at("18:05")  # the overview counts a day once its service has ended

    # neither page was shown again, nor did the board's 30-second timer run
    qtbot.waitUntil(lambda: board_present(board, CLASS) == "1", timeout=5000)
    qtbot.waitUntil(lambda: bool(loads), timeout=20000)
    assert month.data is not None and month.data.present == present_before + 1
    hands.click(signin.all_button)
    qtbot.waitUntil(lambda: board_present(board, CLASS) == "7", timeout=5000)
    qtbot.waitUntil(lambda: len(loads) == 2, timeout=20000)
    assert month.data.present == present_before + 7


def test_a_hidden_page_re_reads_when_shown_again(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    """In the main window only one page is in view: the others mark themselves stale and re-read
    when the person comes back to them (the overview loads once otherwise)."""
    day = school_day(school_ctx, clock)
    day.at("16:05")
    principal = users.create_user(school_ctx, "wang", "王校长", "principal", PRINCIPAL_PIN)
    actor = users.log_in(school_ctx, str(principal["login"]), PRINCIPAL_PIN)
    school = school_info(school_ctx)
    assert school is not None
    window = MainWindow(
        ServiceContext(school_ctx.store, actor, school_ctx.device_id, clock), school
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    hands = Hands()
    hands.click(window.nav_buttons["overview"])
    month = window.pages["overview"]
    assert isinstance(month, OverviewPage)
    loaded(qtbot, month)
    assert month.data is not None
    before = month.data.present

    hands.click(window.nav_buttons["sign_in"])
    signin = window.pages["sign_in"]
    assert isinstance(signin, SignInPage)
    signin.class_picker.choose(day.school.class_ids[CLASS])
    hands.click(signin.all_button)
    assert "已签到 7 人" in signin.bar.text()
    day.at("18:05")  # the overview counts a day once its service has ended
    qtbot.wait(50)  # the notice is delivered; the hidden overview only notes it
    assert month.follower.stale and not month.loader.running()

    hands.click(window.nav_buttons["overview"])
    assert month.loader.running()  # re-read at the showing, as it was stale
    loaded(qtbot, month)
    assert month.data is not None and month.data.present == before + 7
    assert not month.follower.stale


def test_a_notice_from_the_acting_page_is_not_read_twice(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    child = QWidget(page)
    reads: list[str] = []
    operations.follow(page, lambda c: c.pupils, lambda: reads.append("page"))
    operations.publish(Changed(pupils=True), child)  # the page's own action: it re-read itself
    operations.publish(Changed(money=True), None)  # of no concern to it
    qtbot.wait(20)
    assert reads == []
    operations.publish(Changed(pupils=True) | Changed(money=True), None)
    operations.publish(Changed(pupils=True), None)  # a burst: one read
    qtbot.waitUntil(lambda: reads == ["page"])
    qtbot.wait(20)
    assert reads == ["page"]


def test_what_a_notice_touches() -> None:
    change = Changed.day("2026-11-02") | Changed.month("2026-10")
    assert change.touches_day("2026-11-02") and not change.touches_day("2026-11-03")
    assert change.touches_month("2026-11") and change.touches_month("2026-10")
    assert not change.touches_month("2026-12")
    assert not Changed() and bool(change)
    assert Changed.whole_file().touches_day("2027-01-04")


# -- failures, cancel, exclusive operations -----------------------------------------------


def test_a_failed_background_load_is_said_in_words(
    qtbot: QtBot,
    school_ctx: ServiceContext,
    clock: FixedClock,
    boxes: list[QMessageBox],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    play_week(school_ctx, clock)

    def full(*_args: object, **_kwargs: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(overview, "month_overview", full)
    page = shown(qtbot, OverviewPage(school_ctx))
    assert isinstance(page, OverviewPage)
    loaded(qtbot, page)
    # the page's own line says what happened, and the blocking message what to do
    assert page.message.kind == "error" and "磁盘已满" in page.message.text()
    assert len(boxes) == 1 and "磁盘已满" in boxes[0].text() and "没有保存" in boxes[0].text()
    assert page.data is None


def test_an_unexpected_background_error_shows_the_friendly_dialog(
    qtbot: QtBot,
    qapp: Any,
    school_ctx: ServiceContext,
    boxes: list[QMessageBox],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("APP_LOG_DIR", str(tmp_path / "logs"))

    def broken(*_args: object, **_kwargs: object) -> object:
        raise KeyError("clause-7")

    monkeypatch.setattr(compliance, "check_month", broken)
    previous = sys.excepthook
    diagnostics.install(qapp)
    try:
        page = CompliancePage(school_ctx)
        qtbot.addWidget(page)
        page.load()
        loaded(qtbot, page)
        assert page.message.text() == "程序出现意外错误，这次操作没有完成。"
        assert len(boxes) == 1 and "程序出现意外错误" in boxes[0].text()
        assert "KeyError" in boxes[0].detailedText()
    finally:
        diagnostics.uninstall()
        logs.shutdown()
    assert sys.excepthook is previous


def test_start_up_checks_without_a_line_of_their_own_say_a_failure_in_a_box(
    qtbot: QtBot,
    school_ctx: ServiceContext,
    boxes: list[QMessageBox],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(_path: object, _target: object) -> None:
        raise DiskFull("磁盘已满，备份没有写完。")

    monkeypatch.setattr(maintenance, "write_daily_backup", full)
    parent = QWidget()
    qtbot.addWidget(parent)
    checks = gui_app.start_up_checks(school_ctx, parent)
    assert checks is not None
    qtbot.waitUntil(lambda: not checks.running(), timeout=20000)
    assert len(boxes) == 1 and "电脑的磁盘已满" in boxes[0].text()


def test_cancel_stops_a_job_that_reports_progress(qtbot: QtBot, school_ctx: ServiceContext) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    said: list[str] = []
    runner = Runner(owner, said.append)
    outcomes: list[str] = []
    runner.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    runner.cancelled.connect(lambda: outcomes.append("cancelled"))
    runner.failed.connect(lambda _e: outcomes.append("failed"))
    started = threading.Event()
    steps: list[int] = []

    def job(ctx: ServiceContext, progress: operations.ProgressFn) -> str:
        for step in range(1000):
            progress(step, 1000)
            started.set()
            steps.append(step)
            time.sleep(0.005)
        return "all done"

    assert runner.start(school_ctx, job)
    assert not runner.start(school_ctx, job)  # one at a time
    assert started.wait(5)
    runner.cancel()
    assert runner.cancelling()
    qtbot.waitUntil(lambda: not runner.running(), timeout=2000)
    assert outcomes == ["cancelled"] and said == []
    assert len(steps) < 1000


def test_an_exclusive_operation_keeps_the_pages_off_the_connection(
    qtbot: QtBot, school_ctx: ServiceContext
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    reads: list[str] = []
    follower = operations.follow(page, lambda c: c.pupils, lambda: reads.append("read"))
    release = threading.Event()

    def job(ctx: ServiceContext, _progress: operations.ProgressFn) -> int:
        assert ctx.store is school_ctx.store  # the GUI's own connection, behind the modal
        release.wait(10)
        return 1

    runner = Runner(page, None)
    runner.start(school_ctx, job, access=Access.EXCLUSIVE, changes=Changed(pupils=True))
    assert operations.exclusive_running()
    operations.publish(Changed(pupils=True))  # another page's write meanwhile
    follower.poll()  # a page's own timer
    qtbot.wait(30)
    assert reads == [] and follower.stale
    release.set()
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)
    assert not operations.exclusive_running()
    qtbot.waitUntil(lambda: reads == ["read"])
    qtbot.wait(20)
    assert reads == ["read"]  # the stale page and the operation's own notice: one read


# -- the connection rule -------------------------------------------------------------------


def test_no_worker_thread_touches_the_gui_connection(
    qtbot: QtBot,
    school_ctx: ServiceContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Every statement on the GUI's connection while the pages load, reports are built and the
    start-up checks run comes from the GUI thread: the workers read on connections of their own."""
    play_week(school_ctx, clock)
    conn = school_ctx.store.conn
    threads: set[str] = set()
    for name in ("execute", "executemany", "executescript"):
        real = getattr(conn, name)

        def recorded(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            threads.add(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(conn, name, recorded)

    month = shown(qtbot, OverviewPage(school_ctx))
    assert isinstance(month, OverviewPage)
    check = shown(qtbot, CompliancePage(school_ctx))
    assert isinstance(check, CompliancePage)
    loaded(qtbot, month)
    loaded(qtbot, check)
    assert month.data is not None and month.data.present > 0
    assert check.result is not None and check.result["days_checked"] == 5
    reports = ReportsPage(school_ctx)
    qtbot.addWidget(reports)
    for key, name in (("ledger", "ledger.pdf"), ("direct", "direct.csv")):
        reports.kind.setCurrentIndex(reports.kind.findData(key))
        reports.start(tmp_path / name)
        qtbot.waitUntil(lambda: not reports.runner.running(), timeout=20000)
        assert reports.last_output == tmp_path / name, reports.status.text()
    teacher = OverviewPage(as_role(school_ctx, Role.TEACHER))
    qtbot.addWidget(teacher)
    teacher.load()
    loaded(qtbot, teacher)  # a refusal, read beside too
    parent = QWidget()
    qtbot.addWidget(parent)
    checks = gui_app.start_up_checks(school_ctx, parent)
    assert checks is not None
    qtbot.waitUntil(lambda: not checks.running(), timeout=20000)
    assert threads == {threading.main_thread().name}  # the GUI's own reads only


def test_the_window_title_follows_the_school_name_saved_on_a_page(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    actor = users.log_in(gui_ctx, "wang", PRINCIPAL_PIN)
    school = school_info(gui_ctx)
    assert school is not None
    window = MainWindow(
        ServiceContext(gui_ctx.store, actor, gui_ctx.device_id, gui_ctx.clock), school
    )
    qtbot.addWidget(window)
    window.show()
    Hands().click(window.nav_buttons["settings"])
    page = window.pages["settings"]
    assert isinstance(page, SchoolSettingsPage)
    page.name.setText("河东小学")
    Hands().click(page.save_button)
    assert page.bar.kind == "ok", page.bar.text()
    qtbot.waitUntil(lambda: window.windowTitle() == "课后服务台 — 河东小学")
    assert "河东小学" in window.school_label.text()
