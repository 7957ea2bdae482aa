"""值班看板 and a whole class day played through the GUI: sign-in, handover, the live board with
a late pickup, the duty log, and signing off (blocked, then allowed with a written reason)."""

from __future__ import annotations

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty, duty_board
from after_school_desk.ui.duty_board_model import COLUMNS, DutyBoardModel
from after_school_desk.ui.duty_board_page import REFRESH_MS, DutyBoardPage
from after_school_desk.ui.handover_page import HandoverPage
from after_school_desk.ui.signin_page import SignInPage
from tests.gui.daily_gui import CLASS, Hands, school_day
from tests.unit.daily_school import DAY

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return settled(qtbot, page)


def settled(qtbot, page):
    """The page's reading of the day (beside the window, as the board reads) has arrived."""
    if hasattr(page, "loading"):
        qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    return page


def board_row(page: DutyBoardPage, class_name: str) -> dict[str, str]:
    model = page.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == class_name:
            return {c: model.index(r, i).data() for i, c in enumerate(COLUMNS)}
    raise AssertionError(class_name)


def test_board_model_passes_the_model_tester(
    qtmodeltester, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    model = DutyBoardModel(duty_board.board(day.leader, DAY))
    assert model.rowCount() == 4  # three classes and the total
    assert model.index(3, 0).data() == "全校合计" and model.index(3, 2).data() == "19"
    qtmodeltester.check(model, force_py=True)


def test_a_class_day_through_the_gui(qtbot, school_ctx: ServiceContext, clock: FixedClock) -> None:
    day = school_day(school_ctx, clock)
    hands = Hands()
    board = shown(qtbot, DutyBoardPage(day.leader))
    assert board.timer.interval() == REFRESH_MS
    assert "尚未确认到岗" in board.duty_label.text()
    day.at("15:55")
    hands.click(board.post_button)
    settled(qtbot, board)
    assert "15:55 到岗" in board.duty_label.text() and board.post_button.isHidden()

    # 16:05 the class teacher: two exceptions, then everyone else
    day.at("16:05")
    signin = shown(qtbot, SignInPage(day.teacher))
    hands.tap_pupil(signin.table, "G10000000")
    hands.click(signin.absent_button)
    hands.tap_pupil(signin.table, "G10000001")
    hands.click(signin.leave_button)
    hands.click(signin.all_button)
    # 16:30 the board (refreshed by its timer) shows the class and the open absence
    day.at("16:30")
    board.timer.timeout.emit()
    settled(qtbot, board)
    row = board_row(board, CLASS)
    assert (row["enrolled"], row["present"], row["leave"], row["absent_open"]) == (
        "7",
        "5",
        "1",
        "1",
    )
    assert board.tabs.tabText(0) == "提醒（13）"  # the two other classes never signed in
    # 16:45 the absent pupil arrives late and is scanned in
    day.at("16:45")
    hands.scan(signin.scan, "G10000000")
    board.refresh()
    settled(qtbot, board)
    row = board_row(board, CLASS)
    assert (row["present"], row["absent_open"], row["late_arrivals"]) == ("6", "0", "1")

    # 17:50 handover: tap the pupil, then the adult who came, all but one
    day.at("17:50")
    handover = shown(qtbot, HandoverPage(day.teacher))
    for _ in range(5):
        hands.tap_pupil(handover.table, str(handover.proxy.index(0, 1).data()))
        hands.click(handover.adult_buttons[0])
    assert handover.proxy.rowCount() == 1
    # 18:10 the last pupil is a late pickup on the board
    day.at("18:10")
    board.refresh()
    settled(qtbot, board)
    row = board_row(board, CLASS)
    assert (row["handed_over"], row["still_present"], row["late_pickups_open"]) == ("5", "1", "1")

    # the duty log
    board.tabs.setCurrentIndex(1)
    board.log_class.setCurrentIndex(board.log_class.findData(day.school.class_ids[CLASS]))
    hands.type(board.log_text, "Math homework, calligraphy club")
    hands.click(board.log_button)
    settled(qtbot, board)
    assert board.log_list.count() == 1 and CLASS in board.log_list.item(0).text()
    assert duty.duty_summary(day.leader, DAY)["log"][0]["kind"] == "content"

    # sign-off: refused with the open items listed, then allowed with a reason
    other_classes = [c for n, c in day.school.class_ids.items() if n != CLASS]
    board.tabs.setCurrentIndex(2)
    hands.click(board.signoff_button)
    settled(qtbot, board)
    assert board.bar.kind == "error" and "还不能签结" in board.bar.text()
    assert duty.duty_summary(day.leader, DAY)["signed_off_at"] is None
    assert board.problems.count() > 2 and len(other_classes) == 2
    assert any("延迟接走提醒未关闭" in board.problems.item(i).text()
               for i in range(board.problems.count()))  # fmt: skip
    hands.type(board.signoff_reason, "Other classes went home with their teachers at 16:00")
    hands.click(board.signoff_button)
    settled(qtbot, board)
    summary = duty.duty_summary(day.leader, DAY)
    assert summary["signed_off_at"] and summary["sign_off_reason"].startswith("Other classes")
    assert "已于 18:10 签结" in board.duty_label.text()
    assert not board.signoff_button.isEnabled()


def test_a_teacher_cannot_sign_off(qtbot, school_ctx: ServiceContext, clock: FixedClock) -> None:
    day = school_day(school_ctx, clock)

    with pytest.raises(Exception, match="无权"):
        duty_board.board(day.teacher, DAY)


def test_the_board_reads_the_day_once_and_shows_what_the_services_give(
    qtbot, school_ctx: ServiceContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One refresh reads the school's day once for the board, the alerts and the sign-off
    problems, and each shows what its own service answers."""
    from after_school_desk.services.daily import alerts, event_log

    day = school_day(school_ctx, clock)
    day.at("16:30")  # nobody signed in: an absence alert for every pupil
    board = shown(qtbot, DutyBoardPage(day.leader))
    reads: list[object] = []
    real = event_log.load_day

    def counted(*args, **kwargs):
        reads.append(args[1:])
        return real(*args, **kwargs)

    monkeypatch.setattr(duty_board, "load_day", counted)
    monkeypatch.setattr(alerts, "load_day", counted)
    board.refresh()
    settled(qtbot, board)
    assert len(reads) == 1
    monkeypatch.undo()
    expected = alerts.alerts(day.leader, open_only=True)
    assert [a["id"] for a in board.alerts.rows] == [a["id"] for a in expected]
    assert board.tabs.tabText(0) == f"提醒（{len(expected)}）"
    problems = duty.sign_off_problems(day.leader)
    assert [board.problems.item(i).text() for i in range(board.problems.count())] == problems
    assert board.tabs.tabText(2) == f"签结（{len(problems)}）" and len(problems) > 0
    assert board_row(board, CLASS)["enrolled"] == "7"
