"""Touch-screen safety: a double tap records one action, and nothing moves under the finger.

Taps are real mouse presses and releases on the widgets a person would touch; the tap guard's
clock (tests/gui/conftest.TapClock) sets how far apart the two landings of a finger are.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPushButton, QWidget

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, duty
from after_school_desk.ui.duty_board_page import DutyBoardPage
from after_school_desk.ui.handover_page import HandoverPage
from after_school_desk.ui.signin_page import SignInPage
from after_school_desk.ui.style import apply_style
from tests.gui.conftest import TapClock
from tests.gui.daily_gui import CLASS, Day, Hands, school_day
from tests.unit.daily_school import DAY

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
GAPS_MS = [100, 300, 600]


def shown(qtbot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def double_tap(button: QWidget, clock: TapClock, gap_ms: int) -> None:
    clock.advance(5000)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    clock.advance(gap_ms)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def place(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def events(day: Day) -> int:
    return attendance.count_events(day.ctx)


@pytest.mark.parametrize("gap", GAPS_MS)
def test_a_double_tap_on_any_push_button_clicks_once(qtbot, tap_clock: TapClock, gap: int):
    button = QPushButton("到了")
    shown(qtbot, button)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    double_tap(button, tap_clock, gap)
    assert len(clicks) == 1
    tap_clock.advance(1200)  # a deliberate second tap a moment later counts
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(clicks) == 2


def test_two_quick_taps_on_different_spots_both_count(qtbot, tap_clock: TapClock) -> None:
    box = QWidget()
    left, right = QPushButton("左", box), QPushButton("右", box)
    left.setGeometry(0, 0, 100, 50)
    right.setGeometry(300, 0, 100, 50)
    shown(qtbot, box)
    clicks: list[str] = []
    left.clicked.connect(lambda: clicks.append("l"))
    right.clicked.connect(lambda: clicks.append("r"))
    tap_clock.advance(5000)
    QTest.mouseClick(left, Qt.MouseButton.LeftButton)
    tap_clock.advance(200)
    QTest.mouseClick(right, Qt.MouseButton.LeftButton)
    assert clicks == ["l", "r"]


@pytest.mark.parametrize("gap", GAPS_MS)
def test_double_tap_on_an_adult_hands_over_one_pupil(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, tap_clock: TapClock, gap: int
) -> None:
    day = school_day(school_ctx, clock)
    attendance.sign_in_all(day.ctx, day.school.class_ids[CLASS], DAY)
    day.at("17:50")
    page = shown(qtbot, HandoverPage(day.teacher))
    assert isinstance(page, HandoverPage)
    before = events(day)
    double_tap(page.adult_buttons[0], tap_clock, gap)
    assert events(day) - before == 1
    gone = [nid for nid, s in day.states().items() if s == "handed_over"]
    assert gone == ["G10000000"]


@pytest.mark.parametrize("gap", GAPS_MS)
def test_double_tap_on_the_ways_out_records_one(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, tap_clock: TapClock, gap: int
) -> None:
    day = school_day(school_ctx, clock)
    attendance.sign_in_all(day.ctx, day.school.class_ids[CLASS], DAY)
    attendance.permit_self_leave(day.ctx, "G10000001", "母亲01", DAY)
    day.at("17:50")
    page = shown(qtbot, HandoverPage(day.teacher))
    assert isinstance(page, HandoverPage)
    hands = Hands()
    for nid, button in (("G10000001", page.self_button), ("G10000002", page.extended_button)):
        tap_clock.advance(5000)
        hands.tap_pupil(page.table, nid)
        before = events(day)
        double_tap(button, tap_clock, gap)
        assert events(day) - before == 1, nid
    assert day.states()["G10000001"] == "self_leave"
    assert day.states()["G10000002"] == "extended_care"
    assert list(day.states().values()).count("present") == 5  # seven pupils in the class


@pytest.mark.parametrize("gap", GAPS_MS)
def test_double_tap_on_the_sign_in_buttons_records_one(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, tap_clock: TapClock, gap: int
) -> None:
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(page, SignInPage)
    hands = Hands()
    for nid, button in (
        ("G10000000", page.absent_button),
        ("G10000001", page.leave_button),
        ("G10000002", page.present_button),
    ):
        tap_clock.advance(5000)
        hands.tap_pupil(page.table, nid)
        before = events(day)
        double_tap(button, tap_clock, gap)
        assert events(day) - before == 1, nid
    before = events(day)
    double_tap(page.all_button, tap_clock, gap)
    assert events(day) - before == 4  # the four not yet marked, once each
    before = events(day)
    double_tap(page.undo, tap_clock, gap)  # 撤销 too: one undo of 全部到齐
    assert events(day) - before == 4
    states = day.states()
    assert (states["G10000000"], states["G10000001"], states["G10000002"]) == (
        "absent",
        "leave",
        "present",
    )
    assert list(states.values()).count("not_arrived") == 4


def test_sign_in_buttons_keep_their_place(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, tap_clock: TapClock
) -> None:
    day = school_day(school_ctx, clock)
    page = shown(qtbot, SignInPage(day.teacher))
    assert isinstance(page, SignInPage)
    hands = Hands()
    watched = [page.present_button, page.absent_button, page.leave_button, page.table]
    hands.tap_pupil(page.table, "G10000000")
    before = [place(w, page) for w in watched]
    hands.tap_pupil(page.table, "G109999999")  # another name, another length
    assert [place(w, page) for w in watched] == before
    hands.click(page.absent_button)  # the red 缺席 banner and a message appear
    assert page.banner.isVisible() and page.bar.isVisible()
    assert [place(w, page) for w in watched] == before
    page.selected_label.setText("欧阳娜娜娜娜娜娜娜娜")
    page._update_actions()
    assert [place(w, page) for w in watched] == before


def test_handover_buttons_keep_their_place(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, tap_clock: TapClock
) -> None:
    day = school_day(school_ctx, clock)
    attendance.sign_in_all(day.ctx, day.school.class_ids[CLASS], DAY)
    attendance.permit_self_leave(day.ctx, "G10000001", "母亲01", DAY)
    day.at("17:50")
    page = shown(qtbot, HandoverPage(day.teacher))
    assert isinstance(page, HandoverPage)
    hands = Hands()
    ways = [page.self_button, page.extended_button, page.override_button, page.record_button]
    hands.tap_pupil(page.table, "G10000001")  # two adults and a self-leave permission
    before = [place(w, page) for w in ways]
    first_adult = place(page.adult_buttons[0], page)
    hands.tap_pupil(page.table, "G109999999")  # one adult, no permission
    assert [place(w, page) for w in ways] == before
    assert place(page.adult_buttons[0], page) == first_adult
    hands.click(page.adult_buttons[0])  # handed over: a message and 撤销 appear
    assert page.undo.isVisible()
    hands.tap_pupil(page.table, "G10000001")
    assert [place(w, page) for w in ways] == before


def test_a_tap_on_the_text_of_a_dropdown_or_date_opens_it(qtbot) -> None:
    box = QWidget()
    combo = QComboBox(box)
    combo.setEditable(True)
    combo.addItems(["王芳（wang）", "李明（li）"])
    date = QDateEdit(box)
    date.setCalendarPopup(True)
    date.move(0, 60)
    shown(qtbot, box)
    line = combo.lineEdit()
    assert line is not None
    QTest.mouseClick(line, Qt.MouseButton.LeftButton)
    assert combo.view().isVisible()
    combo.hidePopup()
    date_line = date.findChild(QLineEdit)
    assert date_line is not None
    QTest.mouseClick(date_line, Qt.MouseButton.LeftButton)
    assert date.calendarWidget().isVisible()


def test_dropdown_rows_are_finger_sized(qtbot, qapp) -> None:
    apply_style(qapp)  # as the program starts
    try:
        combo = QComboBox()
        combo.addItems(["一年级(1)班", "一年级(2)班"])
        shown(qtbot, combo)
        combo.showPopup()
        assert combo.view().visualRect(combo.model().index(0, 0)).height() >= 44
        combo.hidePopup()
    finally:
        qapp.setStyleSheet("")


@pytest.mark.parametrize("gap", GAPS_MS)
def test_double_taps_on_the_duty_board_record_once_and_raise_no_error(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, tap_clock: TapClock, gap: int
) -> None:
    day = school_day(school_ctx, clock)
    for class_id in day.school.class_ids.values():
        attendance.sign_in_all(day.ctx, class_id, DAY)
    board = shown(qtbot, DutyBoardPage(day.leader))
    assert isinstance(board, DutyBoardPage)
    double_tap(board.post_button, tap_clock, gap)
    assert board.bar.kind == "ok"  # one 到岗, no "已确认" refusal from a second tap
    day.at("18:30")
    for pupil in attendance.day_list(day.ctx, DAY):
        attendance.sign_out(day.ctx, pupil["id"], extended=True)
    for pupil in attendance.day_list(day.ctx, DAY):
        attendance.sign_out(day.ctx, pupil["id"], pickup_name=pupil_adult(day, pupil["id"]))
    board.refresh()
    board.tabs.setCurrentIndex(2)
    double_tap(board.signoff_button, tap_clock, gap)
    assert board.bar.kind == "ok" and board.bar.text() == "今天已签结。"
    assert duty.duty_summary(day.ctx, DAY)["signed_off_at"] is not None


def pupil_adult(day: Day, pupil_id: str) -> str:
    row = next(r for r in attendance.class_day(day.ctx, class_of(day, pupil_id), DAY)
               if r["id"] == pupil_id)  # fmt: skip
    return str(next(a["name"] for a in row["adults"] if a["can_pickup"]))


def class_of(day: Day, pupil_id: str) -> str:
    return next(
        str(p["class_id"]) for p in attendance.day_list(day.ctx, DAY) if p["id"] == pupil_id
    )
