"""值班安排 driven by taps: generating the term's rotation (asking before replacing it),
assigning a leader to a tapped day, swapping two days, unavailable weekdays, each class's
supervising teacher for a date range, and the read-only view of a duty leader."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPushButton, QScrollArea

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty
from after_school_desk.services.school.staff import add_staff
from after_school_desk.ui.duty_roster_page import DutyRosterPage
from after_school_desk.ui.style import MIN_TARGET
from after_school_desk.ui.supervision_model import CLASS_ID_ROLE, SupervisionModel
from tests.conftest import as_role
from tests.gui.daily_gui import Hands
from tests.unit.daily_school import CLASSES, School, build

# the offscreen platform cannot raise a dropdown's popup or give it the keyboard
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")


@pytest.fixture
def school(school_ctx: ServiceContext) -> School:
    school = build(school_ctx, per_class=1)  # 老师0–2 head teachers, 带班甲
    add_staff(school_ctx, "带班乙", "duty_leader")
    return school


def shown(qtbot, ctx: ServiceContext, width: int = 814, height: int = 720) -> DutyRosterPage:
    page = DutyRosterPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, height)  # 1024×768 less the navigation column
    page.show()
    qtbot.waitExposed(page)
    return page


def principal(ctx: ServiceContext) -> ServiceContext:
    return as_role(ctx, Role.PRINCIPAL)


def choose(qtbot, hands: Hands, combo: QComboBox, text: str) -> None:
    """Tap the dropdown open, then tap the item whose text starts with ``text``."""
    hands.click(combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    model = combo.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if str(index.data()).startswith(text):
            view.scrollTo(index)
            spot = view.visualRect(index).center()
            for point in (QPoint(1, 1), spot):  # the finger slides over the list to the item
                QTest.mouseMove(view.viewport(), point)
            hands.click(view.viewport(), spot)
            if view.isVisible():
                # Qt ignores a release that comes within a double-click interval of opening
                # the list; a test has no such pause, so the tapped (current) item is confirmed
                QTest.keyClick(view, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not view.isVisible())
            assert combo.currentText().startswith(text)
            return
    raise AssertionError(f"{text} is not in the dropdown")


def by_day(ctx: ServiceContext, month: str = "2026-11") -> dict[str, dict]:
    return {d["date"]: d for d in duty.roster_month(ctx, month)}


def test_generate_the_term_then_regenerate_only_after_asking(qtbot, school_ctx, school) -> None:
    hands = Hands()
    page = shown(qtbot, principal(school_ctx))
    assert page.month_label.text() == "2026年11月"
    assert not page.calendar.cell_for("2026-11-07").isEnabled()  # a Saturday: greyed
    hands.click(page.generate_button)  # nothing planned yet: no question
    assert page.generate_dialog is None and page.bar.kind == "ok"
    days = by_day(school_ctx)
    service = [d for d in days.values() if d["service"]]
    assert service and all(d["leader"] in ("带班甲", "带班乙") for d in service)
    assert not any(d["leader"] for d in by_day(school_ctx, "2026-09").values())  # past: kept
    assert by_day(school_ctx, "2027-01")["2027-01-20"]["leader"]  # to the end of the term
    cell = page.calendar.cell_for("2026-11-02")
    assert cell.text() == f"2\n{days['2026-11-02']['leader']}"

    duty.assign(school_ctx, "2026-11-02", "带班乙")
    duty.assign(school_ctx, "2026-11-03", "带班乙")
    hands.click(page.generate_button)  # now the plan would be replaced: asked first
    dialog = page.generate_dialog
    assert dialog is not None and dialog.isVisible()
    hands.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert by_day(school_ctx)["2026-11-02"]["source"] == "manual"

    hands.click(page.generate_button)
    dialog = page.generate_dialog
    assert dialog is not None and dialog.replace_manual.isVisible()
    hands.click(dialog.replace_manual)
    hands.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = by_day(school_ctx)
    assert {after["2026-11-02"]["source"], after["2026-11-03"]["source"]} == {"generated"}
    counts = [d["leader"] for d in after.values() if d["service"]]
    assert abs(counts.count("带班甲") - counts.count("带班乙")) <= 1


def test_a_school_without_duty_leaders_is_told_so(qtbot, school_ctx) -> None:
    page = shown(qtbot, principal(school_ctx))
    Hands().click(page.generate_button)
    assert page.bar.kind == "error" and "还没有带班领导" in page.bar.text()


def test_tap_a_day_and_assign_a_leader(qtbot, school_ctx, school) -> None:
    hands = Hands()
    duty.generate_roster(school_ctx, "2026-11-02", "2026-11-30")
    page = shown(qtbot, principal(school_ctx))
    hands.click(page.calendar.cell_for("2026-11-07"))  # a Saturday cannot be chosen
    assert page.selected == "" and not page.assign_button.isEnabled()
    before = by_day(school_ctx)["2026-11-04"]["leader"]
    other = "带班乙" if before == "带班甲" else "带班甲"
    hands.click(page.calendar.cell_for("2026-11-04"))
    assert page.selected == "2026-11-04" and before in page.day_label.text()
    assert page.leader_combo.currentText() == before  # the dropdown shows the day's leader
    choose(qtbot, hands, page.leader_combo, other)
    hands.click(page.assign_button)
    row = by_day(school_ctx)["2026-11-04"]
    assert (row["leader"], row["source"]) == (other, "manual")
    assert page.bar.kind == "ok" and other in page.bar.text()
    assert page.calendar.cell_for("2026-11-04").text() == f"4\n{other}"
    # another month: the next button
    hands.click(page.next_button)
    assert page.month_label.text() == "2026年12月"
    assert page.calendar.cell_for("2026-12-01").text() == "1\n未安排"


def test_swap_two_days(qtbot, school_ctx, school) -> None:
    hands = Hands()
    duty.assign(school_ctx, "2026-11-03", "带班甲")
    duty.assign(school_ctx, "2026-11-05", "带班乙")
    page = shown(qtbot, principal(school_ctx))
    hands.click(page.calendar.cell_for("2026-11-04"))  # no leader yet: nothing to swap
    assert not page.swap_button.isEnabled()
    hands.click(page.calendar.cell_for("2026-11-03"))
    hands.click(page.swap_button)
    assert page.swap_button.isChecked() and "另一天" in page.bar.text()
    hands.click(page.calendar.cell_for("2026-11-05"))
    after = by_day(school_ctx)
    assert after["2026-11-03"]["leader"] == "带班乙" and after["2026-11-05"]["leader"] == "带班甲"
    assert {after["2026-11-03"]["source"], after["2026-11-05"]["source"]} == {"swap"}
    assert not page.swap_button.isChecked() and page.bar.kind == "ok"
    assert page.calendar.cell_for("2026-11-05").text() == "5\n带班甲"
    # a swap with a day that has no leader is refused in the message bar, nothing changes
    hands.click(page.calendar.cell_for("2026-11-03"))
    hands.click(page.swap_button)
    hands.click(page.calendar.cell_for("2026-11-04"))
    assert page.bar.kind == "error" and "还没有安排带班领导" in page.bar.text()
    assert by_day(school_ctx)["2026-11-03"]["leader"] == "带班乙"


def test_unavailable_weekdays_are_kept_and_avoided(qtbot, school_ctx, school) -> None:
    hands = Hands()
    page = shown(qtbot, principal(school_ctx))
    choose(qtbot, hands, page.unavailable_combo, "带班乙")
    hands.click(page.weekday_boxes[1])
    hands.click(page.weekday_boxes[3])
    hands.click(page.save_unavailable_button)
    leaders = {m["name"]: m["unavailable"] for m in duty.duty_leaders(school_ctx)}
    assert leaders == {"带班甲": [], "带班乙": [1, 3]}
    assert "带班乙：周一、周三不能值班" in page.leaders_label.text()
    choose(qtbot, hands, page.unavailable_combo, "带班甲")  # the boxes follow the leader
    assert not any(box.isChecked() for box in page.weekday_boxes.values())
    choose(qtbot, hands, page.unavailable_combo, "带班乙")
    assert [wd for wd, box in page.weekday_boxes.items() if box.isChecked()] == [1, 3]
    hands.click(page.generate_button)
    for day in by_day(school_ctx).values():
        if day["service"] and day["weekday"] in (1, 3):
            assert day["leader"] == "带班甲", day["date"]


def tap_class(hands: Hands, page: DutyRosterPage, class_name: str) -> None:
    table = page.supervision.table
    model = table.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data() == class_name:
            table.scrollTo(index)
            hands.click(table.viewport(), table.visualRect(index).center())
            assert page.supervision.current_row()["class"] == class_name
            return
    raise AssertionError(class_name)


def supervisor_on(ctx: ServiceContext, class_id: str, day: str) -> dict:
    return next(r for r in duty.class_supervisors(ctx, day) if r["class_id"] == class_id)


def test_a_class_supervisor_for_a_date_range(qtbot, school_ctx, school) -> None:
    hands = Hands()
    page = shown(qtbot, principal(school_ctx))
    tabs = page.tabs.tabBar()
    hands.click(tabs, tabs.tabRect(1).center())
    assert page.tabs.currentWidget() is page.supervision
    panel = page.supervision
    assert panel.model.index(0, 2).data() == "老师0（班主任）"  # the head teacher by default
    tap_class(hands, page, CLASSES[0])
    assert panel.teacher.currentText().startswith("老师0")
    choose(qtbot, hands, panel.teacher, "老师2")
    panel.end.setDate(QDate(2026, 11, 13))  # 从 2026-11-02 到 2026-11-13
    hands.click(panel.set_button)
    assert panel.bar.kind == "ok" and "10 个服务日" in panel.bar.text()
    class_id = school.class_ids[CLASSES[0]]
    for d in range(2, 14):
        row = supervisor_on(school_ctx, class_id, date(2026, 11, d).isoformat())
        if date(2026, 11, d).isoweekday() <= 5:
            assert row["staff"] == "老师2" and not row["is_default"]
        else:
            assert row["is_default"]
    assert supervisor_on(school_ctx, class_id, "2026-11-16")["staff"] == "老师0"
    assert panel.model.index(0, 2).data() == "老师2"
    # one day back to the head teacher
    panel.end.setDate(QDate(2026, 11, 2))
    hands.click(panel.default_button)
    assert supervisor_on(school_ctx, class_id, "2026-11-02")["staff"] == "老师0"
    assert supervisor_on(school_ctx, class_id, "2026-11-03")["staff"] == "老师2"
    # a refusal from the service shows in the message bar
    panel.start.setDate(QDate(2026, 11, 7))
    panel.end.setDate(QDate(2026, 11, 8))
    tap_class(hands, page, CLASSES[1])
    hands.click(panel.set_button)
    assert panel.bar.kind == "error" and "没有课后服务日" in panel.bar.text()


def test_a_duty_leader_sees_the_roster_read_only(qtbot, school_ctx, school) -> None:
    duty.assign(school_ctx, "2026-11-04", "带班乙")
    page = shown(qtbot, as_role(school_ctx, Role.DUTY_LEADER, school.leader_id))
    hands = Hands()
    hands.click(page.calendar.cell_for("2026-11-04"))
    assert "带班乙 带班" in page.day_label.text()
    for widget in (page.generate_button, page.assign_button, page.swap_button,
                   page.save_unavailable_button, page.supervision.set_button,
                   page.supervision.default_button):  # fmt: skip
        assert widget.isHidden()
    assert not page.weekday_boxes[1].isEnabled()
    assert page.supervision.model.rowCount() == 12


def test_the_page_fits_1024x768_with_touch_sized_targets(qtbot, school_ctx, school) -> None:
    page = shown(qtbot, principal(school_ctx))
    area = page.findChild(QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0
    for button in page.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= MIN_TARGET, button.text()
    for combo in page.findChildren(QComboBox):
        if combo.isVisible():
            assert combo.height() >= MIN_TARGET


def test_supervision_model_passes_the_model_tester(qtmodeltester, school_ctx, school) -> None:
    model = SupervisionModel(duty.class_supervisors(school_ctx, "2026-11-02"))
    assert model.index(0, 0).data(CLASS_ID_ROLE) == school.class_ids[CLASSES[0]]
    qtmodeltester.check(model, force_py=True)
