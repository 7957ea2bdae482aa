"""放学交接 through the GUI: adult buttons, scan to choose, self-leave, extended care, override."""

from __future__ import annotations

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, pickup_codes
from after_school_desk.ui.handover_page import HandoverPage
from tests.gui.daily_gui import CLASS, Day, Hands, school_day
from tests.unit.daily_school import DAY

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def signed_in_day(school_ctx: ServiceContext, clock: FixedClock) -> Day:
    day = school_day(school_ctx, clock)
    for class_id in day.school.class_ids.values():
        attendance.sign_in_all(day.ctx, class_id, DAY)
    attendance.permit_self_leave(day.ctx, "G10000005", "母亲05", DAY)
    day.at("17:50")
    return day


def open_page(qtbot, ctx: ServiceContext) -> HandoverPage:
    page = HandoverPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def button_names(page: HandoverPage) -> list[str]:
    return [b.adult["name"] for b in page.adult_buttons]


def test_one_click_on_an_adult_hands_the_pupil_over(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = signed_in_day(school_ctx, clock)
    page = open_page(qtbot, day.teacher)
    hands = Hands()
    assert page.proxy.rowCount() == 7
    # the first pupil in the queue is chosen; only adults allowed to collect get a button
    first = page.selected()
    assert first is not None and first["national_id"] == "G10000000"
    assert button_names(page) == ["母亲00", "爷爷00"]
    assert all(b.height() >= 80 for b in page.adult_buttons)
    hands.click(page.adult_buttons[1])
    assert hands.actions == 1
    row = day.row("G10000000")
    assert (row["state"], row["adult"], row["adult_relation"]) == ("handed_over", "爷爷00", "祖父")
    assert row["left_at"].endswith("17:50:00+08:00")
    assert page.bar.text() == "学生00 已交给 爷爷00（祖父），17:50。"
    # the pupil leaves the queue; the next is chosen by a tap of its own, never by the last one
    assert page.proxy.rowCount() == 6
    assert page.selected() is None and not page.adult_buttons
    assert page.pupil_name.text() == "请点下一位学生，或扫卡"
    assert page.undo.isVisible()


def test_scan_chooses_the_pupil_and_shows_who_may_collect(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = signed_in_day(school_ctx, clock)
    page = open_page(qtbot, day.teacher)
    hands = Hands()
    hands.scan(page.scan, "G10000003")
    assert day.row("G10000003")["state"] == "present"  # a scan alone hands nobody over
    assert page.selected()["national_id"] == "G10000003"
    assert page.pupil_name.text() == "学生03"
    assert button_names(page) == ["母亲03", "爷爷03"]
    assert page.scan.text() == "" and page.proxy.rowCount() == 7
    hands.click(page.adult_buttons[0])
    assert day.row("G10000003")["adult"] == "母亲03"
    # a second scan of a pupil who has gone says so
    hands.scan(page.scan, "G10000003")
    assert page.bar.kind == "error" and "已不在校" in page.bar.text()


def test_self_leave_needs_the_permission_and_extended_care_hands_over_later(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = signed_in_day(school_ctx, clock)
    page = open_page(qtbot, day.teacher)
    hands = Hands()
    hands.tap_pupil(page.table, "G10000002")
    assert page.self_button.isHidden()  # no permission on file: no button
    assert not page.self_leave()  # and the service refuses it if asked anyway
    assert "自行离校同意书" in page.bar.text() and page.bar.kind == "error"
    assert day.row("G10000002")["state"] == "present"

    hands.tap_pupil(page.table, "G10000005")
    assert not page.self_button.isHidden()
    assert "有自行离校同意书" in page.pupil_info.text()
    hands.click(page.self_button)
    assert day.row("G10000005")["state"] == "self_leave"

    hands.tap_pupil(page.table, "G10000004")
    hands.click(page.extended_button)
    assert day.row("G10000004")["state"] == "extended_care"
    hands.tap_pupil(page.table, "G10000004")
    assert page.extended_button.isHidden() and button_names(page) == ["母亲04", "爷爷04"]
    day.at("18:20")
    hands.click(page.adult_buttons[0])
    row = day.row("G10000004")
    assert row["state"] == "handed_over" and row["left_at"].endswith("18:20:00+08:00")


def test_an_adult_not_on_the_list_needs_the_duty_leader(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = signed_in_day(school_ctx, clock)
    page = open_page(qtbot, day.teacher)
    hands = Hands()
    hands.click(page.override_button)
    assert page.override_dialog is None
    assert page.bar.kind == "error" and "带班领导" in page.bar.text()

    leader_page = open_page(qtbot, day.leader)
    leader_page.class_picker.choose(day.school.class_ids[CLASS])
    hands.tap_pupil(leader_page.table, "G10000001")
    hands.click(leader_page.override_button)
    dialog = leader_page.override_dialog
    assert dialog is not None and dialog.isVisible()
    hands.type(dialog.name, "张叔叔")  # without relation, phone and reason: refused
    hands.click(dialog.save_button)
    assert dialog.isVisible() and dialog.name.text() == "张叔叔"  # what was typed stays
    assert dialog.errors["reason"].text() == "请写明放行的理由。"
    assert dialog.errors["relation"].isVisible() and not dialog.errors["name"].isVisible()
    assert day.row("G10000001")["state"] == "present"
    hands.type(dialog.relation, "邻居")
    hands.type(dialog.phone, "13912345678")
    hands.type(dialog.reason, "母亲电话委托，已核实")
    hands.click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = day.row("G10000001")
    assert (row["state"], row["adult"], row["override_reason"]) == (
        "handed_over",
        "张叔叔",
        "母亲电话委托，已核实",
    )


def test_late_pickups_are_shown(qtbot, school_ctx: ServiceContext, clock: FixedClock) -> None:
    day = signed_in_day(school_ctx, clock)
    day.at("18:10")
    page = open_page(qtbot, day.teacher)
    assert page.alerts.open_count() == 7
    assert page.alerts_title.text() == "⚠ 延迟接走 7 人：请联系家长"
    Hands().click(page.adult_buttons[0])
    assert page.alerts.open_count() == 6


def test_a_pickup_card_is_scanned_by_its_opaque_code(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = signed_in_day(school_ctx, clock)
    pupil_id = str(day.school.pupils["G10000004"]["id"])
    code = pickup_codes.pickup_code(day.ctx, pupil_id)
    assert code.startswith("KH") and "G10000004" not in code
    page = open_page(qtbot, day.teacher)
    hands = Hands()
    hands.scan(page.scan, code.lower())  # a scanner with Caps Lock on
    assert page.selected()["national_id"] == "G10000004"
    hands.scan(page.scan, "KH" + "A" * 16)  # a code of no pupil here
    assert page.bar.kind == "error"
