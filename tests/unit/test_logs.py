"""Diagnostics without Qt: the rotating log file, its hooks, and no personal data in it."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from after_school_desk import logs
from after_school_desk.errors import WritesRefused
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import storage
from after_school_desk.services.daily import attendance
from tests.gui.daily_gui import school_day
from tests.unit.daily_school import DAY


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logs.setup(folder)
    yield folder
    logs.uninstall_hooks()
    logs.shutdown()


def _text(folder: Path) -> str:
    for handler in logging.getLogger("after_school_desk").handlers:
        handler.flush()
    return (folder / logs.LOG_NAME).read_text(encoding="utf-8")


def test_the_log_folder_follows_the_data_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("APP_LOG_DIR", raising=False)
    monkeypatch.setenv("APP_DATA_DIR", str(tmp_path / "data"))
    assert logs.log_dir() == tmp_path / "data" / "logs"
    monkeypatch.setenv("APP_LOG_DIR", str(tmp_path / "elsewhere"))
    assert logs.log_dir() == tmp_path / "elsewhere"


def test_start_up_storage_events_and_failed_writes_are_logged_without_names(
    log_folder: Path, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    logs.log_start_up({"qt": "6.x"})
    day = school_day(school_ctx, clock)
    day.at("16:05")
    class_id = day.school.class_ids["一年级(1)班"]
    attendance.sign_in_all(day.teacher, class_id, DAY)
    pupil = day.school.pupils["G109999999"]
    # a write that fails for lack of space: logged (code and SQLite's text), nothing saved
    conn = school_ctx.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.Error):
        for _ in range(50):
            with school_ctx.write() as w:
                w.execute("CREATE TABLE IF NOT EXISTS filler (x BLOB)")
                w.execute("INSERT INTO filler VALUES (zeroblob(200000))")
    conn.execute("PRAGMA max_page_count = 1073741823")
    with school_ctx.write() as w:
        w.execute("DROP TABLE IF EXISTS filler")
    storage.checkpoint(school_ctx, final=True)
    text = _text(log_folder)
    assert "start-up: program" in text and "sqlite" in text
    assert "write failed and was rolled back" in text and "SQLITE_FULL" in text
    assert "checkpoint TRUNCATE" in text or "after_school_desk.store" in text
    names = [pupil["name"], *(str(p["name"]) for p in day.school.pupils.values())]
    for name in names:
        assert name not in text
    for adult in ("张大山", "13812345678", "母亲00"):
        assert adult not in text


def test_uncaught_errors_of_any_thread_reach_the_log_with_tracebacks(log_folder: Path) -> None:
    seen: list[str] = []

    def listener(exc_type, exc, tb) -> None:
        seen.append(str(exc))

    previous = (sys.excepthook, threading.excepthook)
    logs.install_hooks(log_folder)
    logs.add_listener(listener)
    try:
        try:
            raise RuntimeError("main thread went wrong")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

        def fail() -> None:
            raise ValueError("worker went wrong")

        thread = threading.Thread(target=fail, name="worker-1")
        thread.start()
        thread.join()
    finally:
        logs.remove_listener(listener)
        logs.uninstall_hooks()
    assert (sys.excepthook, threading.excepthook) == previous
    text = _text(log_folder)
    assert "Traceback" in text and "main thread went wrong" in text
    assert "thread worker-1" in text and "worker went wrong" in text
    assert seen == ["main thread went wrong", "worker went wrong"]
    assert (log_folder / logs.CRASH_NAME).exists()  # faulthandler writes hard crashes there


def test_read_only_mode_refuses_every_write(school_ctx: ServiceContext, clock: FixedClock) -> None:
    day = school_day(school_ctx, clock)
    day.at("16:05")
    before = attendance.count_events(school_ctx)
    storage.enter_read_only(school_ctx)
    assert storage.read_only_reason(school_ctx) == storage.READ_ONLY_TEXT
    with pytest.raises(WritesRefused) as refused:
        attendance.sign_in(day.teacher, "G109999999")
    assert "只能查看" in refused.value.message
    assert attendance.count_events(school_ctx) == before


def test_a_checkpoint_brings_the_main_file_up_to_date(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    day.at("16:05")
    for name, class_id in day.school.class_ids.items():
        assert name
        attendance.sign_in_all(day.ctx, class_id, DAY)
    busy, in_log, done = storage.checkpoint(school_ctx)
    assert busy == 0 and in_log == done and in_log > 0
    storage.checkpoint(school_ctx, final=True)
    wal = Path(str(school_ctx.store.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
