"""收费 of a class teacher, driven by taps: the own class only, 收款 with what is owed filled
in, the receipt after it, a wrong amount said in words, a double tap recording one payment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import billing, fees, payments
from after_school_desk.services.school import staff
from after_school_desk.ui.class_fees_page import ClassFeesPage
from after_school_desk.ui.style import MIN_TARGET
from tests.conftest import as_role
from tests.gui.conftest import TapClock
from tests.unit import money_school

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")


@pytest.fixture
def teacher(ctx: ServiceContext) -> ServiceContext:
    """李老师, head teacher of 三年级(1)班, on 2026-12-20 with December billed (150 a month)."""
    principal = money_school.money_ctx(ctx)
    money_school.add_pupils(principal)
    fees.set_fee(principal, "150", "month", approval="某价〔2026〕12号", start="2026-09-01")
    billing.bill_month(principal, "2026-12")
    member = staff.add_staff(principal, "李老师", "teacher")
    staff.set_head_teacher(principal, money_school.CLASS, member["id"])
    return as_role(principal, Role.TEACHER, member["id"])


def open_page(qtbot, ctx: ServiceContext) -> ClassFeesPage:
    page = ClassFeesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def tap(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)
    assert widget.isEnabled(), widget
    qtbot.mouseClick(widget, LEFT)


def tap_pupil(qtbot, page: ClassFeesPage, name: str) -> dict:
    row = next(i for i, r in enumerate(page.model.rows()) if r["name"] == name)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    current = page.current()
    assert current is not None and current["name"] == name
    return current


def ok_button(page: ClassFeesPage) -> QWidget:
    assert page.dialog is not None
    return page.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def paid(ctx: ServiceContext) -> list[int]:
    return [p["amount_fen"] for p in payments.payments_between(as_role(ctx, Role.PRINCIPAL),
                                                               "2026-01-01", "2026-12-31")]  # fmt: skip


def test_a_teacher_takes_a_fee_and_sees_the_receipt(qtbot, teacher: ServiceContext) -> None:
    page = open_page(qtbot, teacher)
    assert page.class_picker.count() == 1  # the own class only
    assert page.class_picker.currentText() == money_school.CLASS
    assert len(page.model.rows()) == len(money_school.PUPILS)
    assert page.pay_button.height() >= MIN_TARGET and not page.pay_button.isEnabled()
    row = tap_pupil(qtbot, page, "张小明")
    owed = int(row["owed_fen"])
    assert owed > 0
    tap(qtbot, page.pay_button)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.amount.text() == f"{owed // 100}.{owed % 100:02d}"  # what is owed, filled in
    dialog.method.setCurrentIndex(dialog.method.findData("wechat"))
    qtbot.keyClicks(dialog.receipt, "R-0001")
    tap(qtbot, ok_button(page))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert paid(teacher) == [owed]
    assert page.receipt_box.isVisible()
    text = page.receipt.text()
    for words in ("张小明", "R-0001", "微信", "2026-12-20", "尚欠：0.00 元"):
        assert words in text, text
    assert page.bar.kind == "ok" and "已登记" in page.bar.text()
    assert page.current() is not None and page.current()["owed_fen"] == 0


@pytest.mark.parametrize(
    ("amount", "words"), [("abc", "缴费金额"), ("0", "缴费金额"), ("", "缴费金额")]
)
def test_a_wrong_amount_is_said_in_words_and_nothing_is_recorded(
    qtbot, teacher: ServiceContext, amount: str, words: str
) -> None:
    page = open_page(qtbot, teacher)
    tap_pupil(qtbot, page, "张小明")
    tap(qtbot, page.pay_button)
    dialog = page.dialog
    assert dialog is not None
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)
    tap(qtbot, ok_button(page))
    assert dialog.isVisible()  # the form stays, with what was typed
    assert dialog.amount.text() == amount
    assert words in dialog.error.text()
    assert page.bar.kind == "error" and words in page.bar.text()
    assert paid(teacher) == []
    assert not page.receipt_box.isVisible()


def test_a_used_receipt_number_is_refused(qtbot, teacher: ServiceContext) -> None:
    payments.record_payment(teacher, "M100000002", "10", "2026-12-19", receipt_no="R-7")
    page = open_page(qtbot, teacher)
    tap_pupil(qtbot, page, "张小明")
    tap(qtbot, page.pay_button)
    assert page.dialog is not None
    qtbot.keyClicks(page.dialog.receipt, "R-7")
    tap(qtbot, ok_button(page))
    assert "R-7" in page.bar.text() and "已经登记过" in page.bar.text()
    assert paid(teacher) == [1000]


@pytest.mark.parametrize("gap", [150, 400, 800])
def test_a_double_tap_on_ok_records_one_payment(
    qtbot, teacher: ServiceContext, tap_clock: TapClock, gap: int
) -> None:
    page = open_page(qtbot, teacher)
    tap_pupil(qtbot, page, "张小明")
    tap(qtbot, page.pay_button)
    button = ok_button(page)
    tap_clock.advance(5000)
    QTest.mouseClick(button, LEFT)
    tap_clock.advance(gap)
    QTest.mouseClick(button, LEFT)  # the finger's second landing
    tap_clock.advance(1500)
    QTest.mouseClick(button, LEFT)  # even a late bounce on the closed form records nothing
    assert len(paid(teacher)) == 1


def test_another_class_is_not_offered_and_no_class_is_said(qtbot, teacher: ServiceContext) -> None:
    other = staff.add_staff(as_role(teacher, Role.PRINCIPAL), "王老师", "teacher")
    page = open_page(qtbot, as_role(teacher, Role.TEACHER, other["id"]))
    assert page.class_picker.count() == 0
    assert page.bar.kind == "error" and "还不是任何班级的班主任" in page.bar.text()
    assert not page.pay_button.isEnabled()
    class_id = classes.find_class(teacher, money_school.CLASS)["id"]
    assert class_id not in [page.class_picker.itemData(i) for i in range(page.class_picker.count())]
