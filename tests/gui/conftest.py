"""GUI fixtures: a school with a principal account and a few pupils."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils, users
from after_school_desk.services.school.pupils import AdultInput, PupilInput
from after_school_desk.ui import diagnostics, operations, tap_guard, touch_inputs

PRINCIPAL_PIN = "135790"


@pytest.fixture
def gui_ctx(school_ctx: ServiceContext) -> ServiceContext:
    users.create_user(school_ctx, "wang", "王校长", "principal", PRINCIPAL_PIN)
    users.create_user(school_ctx, "li", "李老师", "teacher", "2468")
    for nid, name, sex, cls, guardian, phone in [
        ("G100000000001", "张三", "男", "一年级(1)班", "张大山", "13800000001"),
        ("G100000000002", "李四", "女", "一年级(2)班", "李红", "13800000002"),
        ("G100000000003", "张珊珊", "女", "二年级(1)班", "刘芳", "13800000003"),
        ("G100000000004", "王五", "男", "二年级(1)班", "王强", "13800000004"),
    ]:
        pupils.save_pupil(
            school_ctx,
            PupilInput(
                national_id=nid,
                name=name,
                sex=sex,
                class_name=cls,
                adults=[AdultInput(name=guardian, relation="母亲", phone=phone)],
            ),
        )
    return school_ctx


class TapClock:
    """The tap guard's clock in tests. By default every tap comes 5 s after the last (tests
    that click around are never mistaken for double taps); a tap-safety test sets
    ``auto = False`` and moves time itself with ``advance``."""

    def __init__(self) -> None:
        self.now = 0
        self.auto = True

    def __call__(self) -> int:
        if self.auto:
            self.now += 5000
        return self.now

    def advance(self, ms: int) -> None:
        self.auto = False
        self.now += ms


@pytest.fixture(autouse=True)
def tap_clock(qapp: QApplication) -> TapClock:
    """The program's tap guard (after_school_desk.ui.tap_guard), installed as the program installs it."""
    clock = TapClock()
    tap_guard.install(qapp, clock)
    touch_inputs.install(qapp)
    return clock


@pytest.fixture(autouse=True, scope="session")
def _collect_on_gui_thread_only() -> Iterator[None]:
    """As in the program (after_school_desk.ui.gc_policy): no automatic collection, which a report or backup
    worker thread could start and so free GUI objects off the GUI thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before a test's files close (its fixtures' teardown), what its pages still read beside
    the window finishes and arrives, as the program stops every operation before it closes its
    file (a page's late answer would otherwise reach a closed file during the next test)."""
    app = QApplication.instance()
    for _ in range(5):  # an answer may start another reading (the board's sync line)
        operations.stop_all()
        if app is not None:
            app.processEvents()
    yield


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Every blocking message box, recorded instead of waiting for a tap."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(diagnostics, "exec_box", record)
    return shown
