"""撤销 at once and 更正 later, from the screens where things are recorded; every change is a new
event (nothing is deleted) and reads back in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, corrections, duty
from after_school_desk.services.school.pupils import PupilInput, save_pupil
from after_school_desk.ui.handover_page import HandoverPage
from after_school_desk.ui.pupil_day_dialog import PupilDayDialog
from after_school_desk.ui.signin_page import SignInPage
from tests.conftest import as_role
from tests.gui.daily_gui import CLASS, Hands, school_day
from tests.unit.daily_school import DAY

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def shown(qtbot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_undo_all_present_and_a_handover(qtbot, school_ctx: ServiceContext, clock: FixedClock):
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(page, SignInPage)
    hands = Hands()
    hands.click(page.all_button)
    assert set(day.states().values()) == {"present"}
    assert page.undo.isVisible()
    hands.click(page.undo)
    assert set(day.states().values()) == {"not_arrived"}
    assert page.bar.text().startswith("已撤销：已签到 7 人")
    assert not page.undo.isVisible()
    hands.click(page.all_button)
    day.at("17:50")
    handover = shown(qtbot, HandoverPage(day.teacher))
    assert isinstance(handover, HandoverPage)
    hands.tap_pupil(handover.table, "G10000003")
    hands.click(handover.adult_buttons[0])
    assert day.row("G10000003")["state"] == "handed_over"
    hands.click(handover.undo)
    assert day.row("G10000003")["state"] == "present"
    assert handover.proxy.rowCount() == 7  # back in the queue
    # the record says what happened, in words
    record = corrections.day_record(day.teacher, "G10000003", DAY)
    handed = next(e for e in record["events"] if e["kind"] == "handed_over")
    assert handed["text"].startswith("交给 母亲03") and not handed["counts"]
    assert handed["voided_reason"] == "当场撤销（点错了）"
    texts = [e["text"] for e in record["events"]]
    assert any(t.startswith("撤销“交给 母亲03") for t in texts)


def test_after_all_present_a_missing_pupil_is_marked_absent_and_undone(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(page, SignInPage)
    hands = Hands()
    hands.click(page.all_button)
    hands.tap_pupil(page.table, "G10000004")
    assert page.absent_button.isEnabled() and page.leave_button.isEnabled()
    hands.click(page.absent_button)
    assert day.row("G10000004")["state"] == "absent"
    hands.click(page.undo)  # the wrong pupil: back to present with the original time
    row = day.row("G10000004")
    assert row["state"] == "present" and row["signed_in_at"].endswith("16:00:00+08:00")
    # a wrong 请假 is changed to 缺席 by tapping 缺席
    hands.tap_pupil(page.table, "G10000005")
    hands.click(page.leave_button)
    assert day.row("G10000005")["state"] == "leave"
    page.undo.withdraw()
    hands.tap_pupil(page.table, "G10000005")
    hands.click(page.absent_button)
    assert day.row("G10000005")["state"] == "absent"
    assert "absence" in day.row("G10000005")["open_alerts"]


def test_the_teacher_corrects_today_with_a_reason_then_only_the_leader_may(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(page, SignInPage)
    hands = Hands()
    hands.click(page.all_button)
    day.at("16:20")
    hands.tap_pupil(page.table, "G10000002")
    hands.click(page.record_button)
    dialog = page.findChild(PupilDayDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.select_text("签到")
    hands.click(dialog.correct_button)  # no reason: refused, nothing recorded
    assert dialog.error.text() == "更正必须写明理由。"
    assert day.row("G10000002")["state"] == "present"
    hands.type(dialog.reason, "学生当天没来")
    hands.click(dialog.correct_button)
    assert day.row("G10000002")["state"] == "not_arrived"
    assert "［已更正：学生当天没来］" in dialog.list.item(0).text()
    dialog.accept()
    # after sign-off the teacher may no longer correct; the duty leader may, with a reason
    attendance.mark_absent(day.ctx, "G10000002", DAY)
    attendance.record_contact(day.ctx, "G10000002", True, DAY)
    for class_id in day.school.class_ids.values():
        attendance.sign_in_all(day.ctx, class_id, DAY)
    day.at("18:30")
    for pupil in attendance.day_list(day.ctx, DAY):
        if pupil["state"] == "present":
            attendance.sign_out(day.ctx, pupil["id"], self_leave=False, extended=True)
    duty.sign_off(day.leader, DAY, reason="测试")
    record = corrections.day_record(day.teacher, "G10000001", DAY)
    assert "请带班领导或校长更正" in record["correction_problem"]
    assert not any(e["can_correct"] for e in record["events"])
    leader_dialog = PupilDayDialog(day.leader, day.school.pupils["G10000001"]["id"], None)
    qtbot.addWidget(leader_dialog)
    leader_dialog.show()
    assert leader_dialog.select_text("签到")
    leader_dialog.reason.setText("家长来电：孩子16:10才到")
    QTest.mouseClick(leader_dialog.correct_button, Qt.MouseButton.LeftButton)
    assert day.row("G10000001")["signed_in_at"] is None


def test_undo_belongs_to_whoever_just_did_it(school_ctx: ServiceContext, clock: FixedClock):
    day = school_day(school_ctx, clock)
    done = attendance.sign_in(day.teacher, "G10000000")
    other = as_role(school_ctx, Role.PRINCIPAL)
    with pytest.raises(Exception, match="只能撤销自己刚刚的操作"):
        corrections.revert(other, done["event_ids"])
    day.at("16:10")  # ten minutes later the bar is long gone: a correction needs a reason
    with pytest.raises(Exception, match="撤销的时间已过"):
        corrections.revert(day.teacher, done["event_ids"])
    assert day.row("G10000000")["state"] == "present"


def test_searching_a_pupil_who_is_not_enrolled_says_what_to_do(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    save_pupil(day.ctx, PupilInput(national_id="G108888888", name="欧阳明", sex="男",
                                   class_name=CLASS, adults=[]))  # fmt: skip
    page = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(page, SignInPage)
    hands = Hands()
    hands.type(page.scan, "欧阳明")
    hands.enter(page.scan)
    assert "欧阳明 没有参加课后服务" in page.bar.text() and "报名" in page.bar.text()
    assert page.bar.kind == "error"


def test_a_contact_recorded_on_the_wrong_alert_is_undone(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(page, SignInPage)
    hands = Hands()
    hands.tap_pupil(page.table, "G10000000")
    hands.click(page.absent_button)
    assert page.alerts.open_count() == 1
    hands.click(page.alerts.contact_button)
    dialog = page.alerts.contact_dialog
    assert dialog is not None
    hands.click(dialog.reached_button)
    hands.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.alerts.open_count() == 0 and page.alerts.undo.isVisible()
    hands.click(page.alerts.undo)  # it was the other guardian's number: not reached after all
    assert page.alerts.open_count() == 1
    assert page.banner.isVisible()
    assert "absence" in day.row("G10000000")["open_alerts"]
