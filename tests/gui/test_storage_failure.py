"""A failed write never fails silently: the blocking message, read-only mode with its banner, the
friendly dialog for unexpected errors, and the checkpoint after a burst of activity."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from after_school_desk import logs
from after_school_desk.errors import DiskFull
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import storage
from after_school_desk.services.daily import attendance
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui import app as gui_app
from after_school_desk.ui import diagnostics, storage_failure
from after_school_desk.ui.checkpoint_timer import CheckpointTimer
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.signin_page import SignInPage
from tests.gui.daily_gui import CLASS, school_day

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def full_disk_at_commit(monkeypatch: pytest.MonkeyPatch, conn: sqlite3.Connection) -> None:
    """Appending the commit to the -wal file finds no room: SQLITE_FULL, as on a full disk."""
    real = conn.execute

    def execute(sql: str, *args: object) -> sqlite3.Cursor:
        if sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return real(sql, *args)

    monkeypatch.setattr(conn, "execute", execute)


def open_page(qtbot, ctx: ServiceContext) -> SignInPage:
    page = SignInPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_full_disk_on_all_present_shows_a_blocking_message(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, boxes: list[QMessageBox], monkeypatch
) -> None:
    day = school_day(school_ctx, clock)
    day.at("16:05")
    page = open_page(qtbot, day.teacher)
    before = attendance.count_events(school_ctx)
    full_disk_at_commit(monkeypatch, school_ctx.store.conn)
    page.all_button.click()
    monkeypatch.undo()
    assert attendance.count_events(school_ctx) == before  # nothing saved
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "没有保存" in text and "磁盘已满" in text and "清理磁盘空间" in text
    assert boxes[0].icon() == QMessageBox.Icon.Critical
    assert page.bar.kind == "error" and "磁盘已满" in page.bar.text()
    assert set(day.states(CLASS).values()) == {"not_arrived"}


def test_an_injected_disk_full_error_from_the_service(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, boxes, monkeypatch
) -> None:
    day = school_day(school_ctx, clock)
    day.at("16:05")
    page = open_page(qtbot, day.teacher)

    def full(*_a, **_k):
        raise DiskFull("磁盘已满，这次修改没有保存。")

    monkeypatch.setattr(attendance, "sign_in_all", full)
    page.all_button.click()
    assert len(boxes) == 1 and "电脑的磁盘已满" in boxes[0].text()
    assert "日志文件" in boxes[0].detailedText()


def test_read_only_mode_refuses_a_sign_in_with_the_banner_visible(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, boxes
) -> None:
    day = school_day(school_ctx, clock)
    day.at("16:05")
    school = school_info(school_ctx)
    assert school is not None
    window = MainWindow(day.teacher, school)
    qtbot.addWidget(window)
    window.show()
    storage_failure.register(
        storage_failure.Session(ctx=school_ctx, show_banner=window.show_read_only_banner)
    )
    try:
        storage_failure.enter_read_only()
    finally:
        storage_failure.register(None)
    assert window.read_only_banner.isVisible()
    assert "只读模式" in window.read_only_banner.text()
    page = open_page(qtbot, day.teacher)
    before = attendance.count_events(school_ctx)
    assert not page.sign_in("G109999999")
    assert attendance.count_events(school_ctx) == before
    assert len(boxes) == 1 and "只读模式" in boxes[0].text()
    assert "只能查看" in page.bar.text()


def test_a_file_failing_the_start_up_check_is_not_written_into(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, boxes, monkeypatch
) -> None:
    day = school_day(school_ctx, clock)
    school = school_info(school_ctx)
    assert school is not None
    window = MainWindow(day.teacher, school)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        gui_app.maintenance, "start_up_check", lambda _p: ["*** in database main ***"]
    )
    worker = gui_app.start_up_checks(school_ctx, window)
    assert worker is not None
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    worker.wait()
    assert school_ctx.store.read_only_reason is not None
    assert not window.read_only_banner.isHidden()
    assert "启动检查发现数据库文件有损坏" in boxes[0].text()
    assert "in database main" in boxes[0].detailedText()
    assert not list((school_ctx.store.path.parent / "backups").glob("*-daily-*.sqlite"))
    day.at("16:05")
    before = attendance.count_events(school_ctx)
    page = open_page(qtbot, day.teacher)
    page.all_button.click()
    assert attendance.count_events(school_ctx) == before


def test_an_unexpected_error_shows_the_friendly_dialog_naming_the_log(
    qtbot, qapp, boxes, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("APP_LOG_DIR", str(tmp_path / "logs"))
    previous = sys.excepthook
    diagnostics.install(qapp)
    try:
        try:
            raise KeyError("pupil-id-123")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: bool(boxes))
        text = boxes[0].text()
        assert "程序出现意外错误" in text and str(logs.log_file()) in text
        assert "KeyError" in boxes[0].detailedText()
        # through a page action too: attempt() turns any exception into the dialog
        from after_school_desk.ui.day_common import MessageBar, attempt

        bar = MessageBar()
        qtbot.addWidget(bar)
        assert attempt(bar, lambda: 1 / 0) is None
        assert len(boxes) == 2 and "意外错误" in bar.text()
    finally:
        diagnostics.uninstall()
        logs.shutdown()
    assert sys.excepthook is previous
    log_text = (tmp_path / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log_text and "ZeroDivisionError" in log_text
    assert "start-up: program" in log_text


def test_without_the_program_start_an_unexpected_error_still_fails_the_caller(qtbot) -> None:
    from after_school_desk.ui.day_common import MessageBar, attempt

    bar = MessageBar()
    qtbot.addWidget(bar)
    with pytest.raises(ZeroDivisionError):
        attempt(bar, lambda: 1 / 0)


def test_after_a_burst_and_a_quiet_interval_the_wal_is_checkpointed(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    day.at("16:05")
    parent = QWidget()
    qtbot.addWidget(parent)
    timer = CheckpointTimer(school_ctx, parent, interval_ms=3_600_000)
    for class_id in day.school.class_ids.values():
        attendance.sign_in_all(day.ctx, class_id, "2026-11-02")
    timer.tick()  # the burst just happened: wait
    assert timer.checkpoints == 0
    timer.tick()  # a quiet interval: checkpoint
    assert timer.checkpoints == 1
    busy, in_log, done = school_ctx.store.checkpoint("PASSIVE")
    assert busy == 0 and in_log == done  # everything already in the main file
    timer.tick()  # nothing new: nothing to do
    assert timer.checkpoints == 1
    storage.checkpoint(school_ctx, final=True)
    wal = Path(str(school_ctx.store.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    timer.stop()


def test_a_dialog_that_shows_refusals_at_its_fields_also_blocks_on_a_full_disk(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, boxes, monkeypatch
) -> None:
    from after_school_desk.services.daily import corrections
    from after_school_desk.ui.pupil_day_dialog import PupilDayDialog

    day = school_day(school_ctx, clock)
    attendance.sign_in(day.teacher, "G10000000")
    dialog = PupilDayDialog(day.teacher, str(day.school.pupils["G10000000"]["id"]))
    qtbot.addWidget(dialog)
    dialog.show()

    def full(*_a, **_k):
        raise DiskFull("磁盘已满，这次修改没有保存。")

    monkeypatch.setattr(corrections, "correct", full)
    assert dialog.select_text("签到")
    dialog.reason.setText("点错了")
    dialog.correct_button.click()
    assert dialog.error.text() == "磁盘已满，这次修改没有保存。"  # beside the field, typed kept
    assert dialog.reason.text() == "点错了"
    assert len(boxes) == 1 and "电脑的磁盘已满" in boxes[0].text()  # and the blocking message
