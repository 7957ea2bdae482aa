"""At the first start of the day the tamper check runs beside the window, in a process of its
own; what it finds reaches the person in the 记录核对发现问题 box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import payments
from after_school_desk.ui.app import start_up_checks
from tests.unit.report_month import play_week
from tests.unit.test_check_beside_the_window import sealed_by_a_forger


def _checked(qtbot, ctx: ServiceContext) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    checks = start_up_checks(ctx, parent)
    assert checks is not None
    qtbot.waitUntil(lambda: not checks.running(), timeout=60_000)


def test_a_payment_changed_behind_the_programs_back_is_reported_at_start_up(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, boxes: list[QMessageBox]
) -> None:
    play_week(school_ctx, clock)
    payments.record_payment(school_ctx, "G10000000", "150", "2026-11-03")
    sealed_by_a_forger(school_ctx.store.path)  # the schema unchanged: the file passes its check
    _checked(qtbot, school_ctx)
    tampered = [b for b in boxes if b.windowTitle() == "记录核对发现问题"]
    assert len(tampered) == 1
    assert "本机没有的密钥" in tampered[0].detailedText()


def test_a_school_left_alone_gets_no_box_at_start_up(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, boxes: list[QMessageBox]
) -> None:
    play_week(school_ctx, clock)
    _checked(qtbot, school_ctx)
    assert boxes == []
    assert list((school_ctx.store.path.parent / "backups").glob("*-daily-*.sqlite"))
