"""How many actions the daily loop costs the teacher, counted as the person does them.

Definitions (asserted below):
- signing in a class: 1 tap on 全部到齐, plus 2 taps per exception (tap the pupil, tap 缺席 or
  请假; a reason is optional typing);
- a late arrival: 1 scan of the pupil card (the scanner types the 学籍号 and Enter in one burst);
- a handover: 1 tap on the adult's button for the pupil who is first in the queue (pre-selected),
  or 2 actions for any other pupil: scan the pupil card (or tap the pupil), then tap the adult.
"""

from __future__ import annotations

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.ui.handover_page import HandoverPage
from after_school_desk.ui.signin_page import SignInPage
from tests.gui.daily_gui import Hands, school_day
from tests.unit.daily_school import DAY

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_whole_class_is_one_tap_plus_two_per_exception(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    hands = Hands()
    hands.click(page.all_button)
    assert hands.actions == 1
    assert set(day.states().values()) == {"present"}


def test_sign_in_with_exceptions_and_late_arrival(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    hands = Hands()
    for nid, button in (("G10000000", page.absent_button), ("G10000001", page.leave_button)):
        hands.tap_pupil(page.table, nid)
        hands.click(button)
    hands.click(page.all_button)
    assert hands.actions == 1 + 2 * 2
    states = day.states()
    assert (states["G10000000"], states["G10000001"]) == ("absent", "leave")
    assert sum(s == "present" for s in states.values()) == 5
    day.at("16:40")
    before = hands.actions
    hands.scan(page.scan, "G10000000")
    assert hands.actions - before == 1
    assert day.row("G10000000")["late_arrival"] is True


def test_handover_is_tap_pupil_plus_tap_adult_or_scan_plus_tap(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    attendance.sign_in_all(day.ctx, day.school.class_ids["一年级(1)班"], DAY)
    day.at("17:50")
    page = shown(qtbot, HandoverPage(day.teacher))
    hands = Hands()
    hands.click(page.adult_buttons[0])  # first in the queue, already chosen
    assert hands.actions == 1 and day.row("G10000000")["state"] == "handed_over"
    before = hands.actions
    hands.scan(page.scan, "G10000004")
    hands.click(page.adult_buttons[1])
    assert hands.actions - before == 2
    assert (day.row("G10000004")["state"], day.row("G10000004")["adult"]) == (
        "handed_over",
        "爷爷04",
    )
    # the remaining five: tap the pupil whose adult is at the door, then the adult (after a
    # handover nobody is chosen, so a double tap cannot hand over the next pupil as well)
    assert page.selected() is None and not page.adult_buttons
    before = hands.actions
    for _ in range(page.proxy.rowCount()):
        hands.tap_pupil(page.table, str(page.proxy.index(0, 1).data()))
        hands.click(page.adult_buttons[0])
    assert hands.actions - before == 2 * 5
    assert set(day.states().values()) == {"handed_over"}
