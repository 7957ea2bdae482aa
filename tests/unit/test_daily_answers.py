"""The daily services' answers have exactly the keys their TypedDicts declare
(after_school_desk/services/daily/answers.py), and their refusals come in English once a translator is in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from after_school_desk import i18n
from after_school_desk.domain.alerts import AlertKind, AlertStatus
from after_school_desk.domain.attendance import DayState
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import (
    alerts,
    answers,
    attendance,
    corrections,
    duty,
    duty_board,
    outbox,
    self_leave,
)
from after_school_desk.services.school import enrolment
from tests.unit.daily_school import DAY, build

# A few of the English texts (the whole catalogue is resources/i18n/app_en.ts).
ENGLISH = {
    "联系方式“{method}”无效，可选：{choices}。": (
        'Contact method "{method}" is not valid; choose from: {choices}.'
    ),
    "值班记录的内容不能为空。": "The duty log entry cannot be empty.",
    "找不到班级“{name}”。": 'Class "{name}" not found.',
}


def keys_of(td: Any) -> tuple[frozenset[str], frozenset[str]]:
    return td.__required_keys__, td.__optional_keys__


def assert_shape(row: Any, td: Any) -> None:
    """``row`` has every required key of ``td``, no key it does not declare, and its nested
    rows (lists of TypedDicts, a TypedDict) the same."""
    required, optional = keys_of(td)
    assert required <= set(row), f"{td.__name__}: missing {required - set(row)}"
    assert set(row) <= required | optional, f"{td.__name__}: extra {set(row) - required - optional}"


def at(clock: Any, hhmm: str) -> None:
    clock.set(datetime.fromisoformat(f"{DAY}T{hhmm}:00+08:00"))


@pytest.fixture
def day(school_ctx: ServiceContext, clock: Any) -> ServiceContext:
    build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000", "G10000001", "G10000002", "G10000003"], start=DAY,
                     approve=True)  # fmt: skip
    at(clock, "16:05")
    return school_ctx


def test_attendance_answers_have_their_declared_keys(day: ServiceContext, clock: Any) -> None:
    signed = attendance.sign_in(day, "G10000000")
    assert_shape(signed, answers.Recorded)
    assert signed["state"] is DayState.PRESENT
    class_id = attendance.day_list(day)[0]["class_id"]
    everyone = attendance.sign_in_all(day, class_id, DAY, ["G10000003"])
    assert_shape(everyone, answers.SignedInAll)
    assert_shape(attendance.mark_absent(day, "G10000001"), answers.Recorded)
    leave = attendance.record_leave(day, "G10000003", DAY, "2026-11-03", "病假")
    assert_shape(leave, answers.LeaveRecorded)
    contact = attendance.record_contact(day, "G10000001", True, method="message")
    assert_shape(contact, answers.ContactRecorded)
    assert contact["alert_kind"] is AlertKind.ABSENCE
    for view in attendance.day_list(day):
        assert_shape(view, answers.PupilDayView)
    rows = attendance.class_day(day, class_id)
    for row in rows:
        assert_shape(row, answers.ClassDayRow)
        for adult in row["adults"]:
            assert_shape(adult, answers.PickupAdult)
    at(clock, "17:30")
    out = attendance.sign_out(day, "G10000000", pickup_name="母亲00")
    assert_shape(out, answers.Recorded)
    permit = attendance.permit_self_leave(day, "G10000002", "母亲02", DAY)
    assert_shape(permit, answers.SelfLeavePermit)
    for p in self_leave.self_leave_permits(day, "G10000002"):
        assert_shape(p, answers.SelfLeavePermitView)
    revoked = self_leave.revoke_self_leave(day, "G10000002", DAY)
    assert_shape(revoked, answers.SelfLeaveRevoked)
    for p in revoked["permits"]:
        assert_shape(p, answers.SelfLeavePermit)


def test_corrections_alerts_and_outbox_have_their_declared_keys(
    day: ServiceContext, clock: Any
) -> None:
    signed = attendance.sign_in(day, "G10000000")
    for view in corrections.revert(day, signed["event_ids"]):
        assert_shape(view, answers.PupilDaySummary)
    again = attendance.sign_in(day, "G10000000")
    assert_shape(corrections.correct(day, again["event_ids"][0], "点错了"), answers.PupilDaySummary)
    record = corrections.day_record(day, "G10000000")
    assert_shape(record, answers.DayRecord)
    assert record["events"]
    for e in record["events"]:
        assert_shape(e, answers.DayRecordEvent)
    at(clock, "16:40")
    attendance.record_contact(day, "G10000001", False)
    found = alerts.alerts(day)
    assert found and all(a["status"] is AlertStatus.OPEN for a in found)
    for a in found:
        assert_shape(a, answers.AlertView)
        for c in a["contacts"]:
            assert_shape(c, answers.ContactView)
        for g in a["guardians"]:
            assert_shape(g, answers.GuardianPhone)
    assert outbox.queue_alert_messages(day) > 0
    for m in outbox.list_outbox(day):
        assert_shape(m, answers.OutboxMessage)


def test_duty_answers_have_their_declared_keys(day: ServiceContext, clock: Any) -> None:
    leader = duty.duty_leaders(day)[0]
    assert_shape(leader, answers.DutyLeader)
    assert_shape(duty.set_unavailable(day, leader["staff_id"], {6, 7}), answers.UnavailableSet)
    assert_shape(duty.generate_roster(day, "2026-11-01", "2026-11-30"), answers.RosterGenerated)
    assert_shape(duty.assign(day, DAY, leader["staff_id"]), answers.RosterAssigned)
    for r in duty.roster(day, "2026-11"):
        assert_shape(r, answers.RosterEntry)
    for r in duty.roster_month(day, "2026-11"):
        assert_shape(r, answers.RosterDay)
    assert_shape(duty.roster_counts(day, "2026-11-01", "2026-11-30"), answers.RosterCounts)
    term = duty.roster_term(day, DAY)
    assert term is not None
    assert_shape(term, answers.TermSpan)
    for c in duty.supervisor_candidates(day):
        assert_shape(c, answers.SupervisorCandidate)
    assert_shape(duty.confirm_on_post(day, DAY), answers.DutyDayRecord)
    cls = duty.class_supervisors(day, DAY)[0]
    assert_shape(cls, answers.ClassSupervisor)
    assert_shape(duty.set_supervisor(day, cls["class_id"], DAY), answers.SupervisionRecord)
    ranged = duty.set_supervisor_range(day, cls["class_id"], DAY, "2026-11-06")
    assert_shape(ranged, answers.SupervisionRange)
    assert_shape(duty.add_log(day, "作业辅导", DAY, cls["class_id"]), answers.DutyLogRecord)
    attendance.sign_in(day, "G10000000")
    board = duty_board.board(day, DAY)
    assert_shape(board, answers.Board)
    assert board["classes"]
    for c in board["classes"]:
        assert_shape(c, answers.BoardClass)
    assert set(board["totals"]) == set(duty_board.BOARD_COUNTS)
    assert_shape(board["duty"], answers.DutySummary)
    for line in board["duty"]["log"]:
        assert_shape(line, answers.DutyLogLine)
    for line in board["duty"]["supervision"]:
        assert_shape(line, answers.SupervisionLine)
    at(clock, "18:30")
    signed_off = duty.sign_off(day, DAY, "测试：还有学生未离校")
    assert_shape(signed_off, answers.SignedOff)
    assert signed_off["open_items"]


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install(lambda text: ENGLISH.get(text, text))
    yield
    i18n.install(None)


def test_the_daily_refusals_come_in_english(day: ServiceContext, english: None) -> None:
    with pytest.raises(ValidationError) as bad_method:
        attendance.record_contact(day, "G10000000", True, method="pigeon")
    assert 'Contact method "pigeon" is not valid' in bad_method.value.message
    with pytest.raises(ValidationError) as no_text:
        duty.add_log(day, "  ", DAY)
    assert no_text.value.message == "The duty log entry cannot be empty."
    with pytest.raises(ValidationError) as no_class:
        duty.set_supervisor_range(day, "no-such-class", DAY, DAY)
    assert no_class.value.message == 'Class "no-such-class" not found.'
    i18n.install(None)  # the command line and the Chinese interface: the Chinese text
    with pytest.raises(ValidationError) as chinese:
        duty.add_log(day, "  ", DAY)
    assert chinese.value.message == "值班记录的内容不能为空。"
