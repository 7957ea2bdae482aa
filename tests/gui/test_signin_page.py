"""签到 through the GUI: exceptions, 全部到齐, the alert panel, late arrival by scan, search."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts, duty
from after_school_desk.ui.class_day_model import ClassDayFilter, ClassDayModel
from after_school_desk.ui.signin_page import SignInPage
from tests.gui.daily_gui import CLASS, Hands, school_day
from tests.unit.daily_school import DAY

# The offscreen platform says so whenever a window is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_page(qtbot, ctx: ServiceContext) -> SignInPage:
    page = SignInPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_class_day_models_pass_the_model_tester(
    qtmodeltester, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    from after_school_desk.services.daily import attendance

    rows = attendance.class_day(day.teacher, day.school.class_ids[CLASS], DAY)
    model = ClassDayModel(rows)
    assert model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)
    proxy = ClassDayFilter({"present"})
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 0
    proxy.set_states(set())
    proxy.set_query("zs")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy, force_py=True)


def test_teacher_signs_in_the_class_with_two_exceptions_and_a_late_arrival(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    page = open_page(qtbot, day.teacher)
    hands = Hands()
    # a teacher's page opens on the teacher's own class, without a choice
    assert page.class_picker.currentText() == CLASS and not page.class_picker.isEnabled()
    assert page.model.rowCount() == 7
    assert page.focusWidget() is page.scan

    hands.tap_pupil(page.table, "G10000000")
    hands.click(page.absent_button)
    hands.tap_pupil(page.table, "G10000001")
    hands.type(page.reason, "发烧")
    hands.click(page.leave_button)
    assert page.all_button.text() == "全部到齐（其余 5 人）"
    hands.click(page.all_button)
    states = day.states()
    assert states["G10000000"] == "absent" and states["G10000001"] == "leave"
    assert [s for n, s in states.items() if n not in ("G10000000", "G10000001")] == ["present"] * 5
    assert day.row("G10000001")["leave_reason"] == "发烧"
    assert page.bar.text() == "已签到 5 人。"

    # the open absence alert is shown prominently, with the guardian's phone and a message
    assert page.banner.isVisible() and "1 名学生缺席" in page.banner.text()
    assert page.alerts.open_count() == 1
    assert "13900000000" in page.alerts.guardians.text()
    assert "学生00" in page.alerts.message.toPlainText()

    # a call that does not get through is recorded and keeps the alert open
    day.at("16:20")
    hands.click(page.alerts.contact_button)
    dialog = page.alerts.contact_dialog
    assert dialog is not None and dialog.isVisible()
    hands.click(dialog.not_reached_button)
    hands.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    found = alerts.alerts(day.ctx, DAY, class_id=day.school.class_ids[CLASS])
    assert [(a["status"], len(a["contacts"])) for a in found] == [("open", 1)]
    assert found[0]["contacts"][0]["reached"] is False
    assert page.banner.isVisible()

    # the pupil turns up at 16:40 and is scanned in: real time, late, alert closed
    day.at("16:40")
    hands.scan(page.scan, "G10000000")
    row = day.row("G10000000")
    assert row["state"] == "present" and row["signed_in_at"].endswith("16:40:00+08:00")
    assert row["late_arrival"] is True
    assert page.alerts.open_count() == 0 and not page.banner.isVisible()
    assert page.bar.kind == "ok" and "16:40" in page.bar.text()
    assert page.scan.text() == ""
    assert "（迟到）" in page.model.index(0, 2).data()


def test_search_box_signs_in_a_single_match_and_explains_refusals(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    page = open_page(qtbot, day.teacher)
    hands = Hands()
    hands.type(page.scan, "xs")  # 学生00 … 学生05: several matches
    assert page.proxy.rowCount() == 6
    hands.enter(page.scan)
    assert page.bar.kind == "error" and "有 6 名学生符合" in page.bar.text()
    page.scan.clear()
    hands.type(page.scan, "zs")  # pinyin initials of 张三
    assert page.proxy.rowCount() == 1
    hands.enter(page.scan)
    assert day.row("G109999999")["state"] == "present"
    # signing in twice is refused with the service's message, nothing changes
    hands.scan(page.scan, "G109999999")
    assert page.bar.kind == "error" and "无需重复签到" in page.bar.text()
    # a pupil of another class: the teacher is told why
    hands.scan(page.scan, "G10100000")
    assert page.bar.kind == "error" and "不是 三年级(2)班 的班主任" in page.bar.text()
    assert day.states("三年级(2)班")["G10100000"] == "not_arrived"


def test_duty_leader_chooses_the_class(qtbot, school_ctx: ServiceContext, clock) -> None:
    day = school_day(school_ctx, clock)
    page = open_page(qtbot, day.leader)
    assert page.class_picker.isEnabled() and page.class_picker.count() == 12
    page.class_picker.choose(day.school.class_ids["三年级(2)班"])
    assert page.model.rowCount() == 6
    Hands().click(page.all_button)
    assert set(day.states("三年级(2)班").values()) == {"present"}


def test_a_teacher_supervising_another_class_today_can_pick_it(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    other = next(c for c in day.school.class_ids if c != CLASS)
    page = SignInPage(day.teacher)
    qtbot.addWidget(page)
    names = [page.class_picker.itemText(i) for i in range(page.class_picker.count())]
    assert names == [CLASS]
    duty.set_supervisor(day.ctx, day.school.class_ids[other], staff_key=day.school.teachers[CLASS])
    page = SignInPage(day.teacher)
    qtbot.addWidget(page)
    names = [page.class_picker.itemText(i) for i in range(page.class_picker.count())]
    assert sorted(names) == sorted([CLASS, other])
