"""补录: the paper sheet of a power-cut day entered the next morning, with the sheet's times."""

from __future__ import annotations

from datetime import datetime

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.ui.handover_page import HandoverPage
from after_school_desk.ui.signin_page import SignInPage
from tests.gui.daily_gui import CLASS, school_day
from tests.unit.daily_school import DAY

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_power_cut_day_entered_afterwards(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    day.clock.set(datetime.fromisoformat("2026-11-03T08:30:00+08:00"))  # the next morning
    signin = SignInPage(day.teacher)
    qtbot.addWidget(signin)
    signin.back_entry.set_instant(datetime.fromisoformat(f"{DAY}T16:05:00+08:00"))
    assert signin.model.rowCount() == 7  # the class's list of the day on the sheet
    signin.sign_in_rest()
    assert set(day.states().values()) == {"present"}
    assert day.row("G10000001")["signed_in_at"].startswith(f"{DAY}T16:05")

    handover = HandoverPage(day.teacher)
    qtbot.addWidget(handover)
    handover.back_entry.set_instant(datetime.fromisoformat(f"{DAY}T17:52:00+08:00"))
    handover.table.select_pupil(day.row("G10000001")["id"])
    mother = next(b.adult for b in handover.adult_buttons if b.adult["relation"] == "母亲")
    assert handover.hand_over(mother)
    done = day.row("G10000001")
    assert done["state"] == "handed_over" and done["left_at"].startswith(f"{DAY}T17:52")
    assert CLASS in done["class"]
    today = attendance.class_day(day.ctx, day.school.class_ids[CLASS], "2026-11-03")
    assert {r["state"] for r in today} == {"not_arrived"}  # today was not touched
