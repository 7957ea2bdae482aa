"""What the daily services answer: the rows and records the screens and the command line read.

Each is a ``TypedDict`` with the keys the services have always returned (``row["class"]``
…); keys named like Python words (``class``, ``from``) make some of them the call form.
Built key by key from the store's rows, by the converters at the end of this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from after_school_desk.domain.alerts import AlertKind, AlertStatus, ClosedBy
from after_school_desk.domain.attendance import DayState

# --- pupil-days ------------------------------------------------------------------------

PupilDaySummary = TypedDict("PupilDaySummary", {
    "id": str, "national_id": str, "name": str, "class": str, "date": str, "state": DayState,
    "state_label": str, "signed_in_at": str | None, "left_at": str | None,
    "adult": str | None,
})  # fmt: skip
PupilDaySummary.__doc__ = """A pupil-day as it stands after an action (or a correction)."""


class Recorded(PupilDaySummary):
    """A pupil-day after an action, with the ids of the events it wrote (for 撤销)."""

    event_ids: list[str]


class ContactRecorded(Recorded):
    """A pupil-day after a contact with a guardian: what it was about and whether it reached one."""

    alert_kind: AlertKind
    reached: bool


class SignedInAll(TypedDict):
    """全部到齐: the pupils of a class signed in at once."""

    date: str
    signed_in: list[str]
    count: int
    event_ids: list[str]


class LeaveRecorded(TypedDict):
    """A leave (请假) recorded for the service days of a date range."""

    pupil_id: str
    national_id: str
    days: list[str]
    event_ids: list[str]


PupilDayView = TypedDict("PupilDayView", {
    "id": str, "national_id": str, "name": str, "class": str, "class_id": str,
    "state": DayState, "state_label": str, "signed_in_at": str | None, "left_at": str | None,
    "adult": str | None, "adult_relation": str | None, "override_reason": str | None,
    "late_arrival": bool, "extended_at": str | None, "absence_reason": str,
    "leave_reason": str, "open_alerts": list[AlertKind], "alert_kinds": list[AlertKind],
})  # fmt: skip
PupilDayView.__doc__ = """One enrolled pupil's day: state, times, who collected, alerts."""


class PickupAdult(TypedDict):
    """An adult of a pupil as the class screen shows them (phone masked for another class)."""

    id: str
    name: str
    relation: str
    phone: str | None
    is_guardian: bool
    can_pickup: bool


class ClassDayRow(PupilDayView):
    """A pupil on the teacher's class screen: the day, the pickup adults, the permission."""

    name_initials: str
    name_pinyin: str
    self_leave_permitted: bool
    adults: list[PickupAdult]
    private_hidden: bool


class DayRecordEvent(TypedDict):
    """One event of a pupil-day in words, whether it still counts and may be corrected."""

    id: str
    kind: str
    at: str
    recorded_at: str
    text: str
    who: str
    counts: bool
    voided_reason: str
    can_correct: bool


class DayRecord(PupilDaySummary):
    """A pupil-day's events in words (今天的记录), and why this actor may not correct them."""

    events: list[DayRecordEvent]
    correction_problem: str


class SelfLeavePermit(TypedDict):
    """A guardian's written permission for the pupil to leave alone (自行离校同意书)."""

    id: str
    pupil_id: str
    signed_on: str
    signed_by: str
    revoked_on: str | None
    note: str
    created_at: str
    actor: str
    device_id: str


class SelfLeavePermitView(SelfLeavePermit):
    """A permission with who filed it and whether it is in force today."""

    filed_by: str
    in_force: bool


class SelfLeaveRevoked(TypedDict):
    """The permissions a revocation ended, from which day."""

    pupil: str
    revoked_on: str
    permits: list[SelfLeavePermit]


class EnrolledPupil(TypedDict):
    """A pupil enrolled in the service on a day, as a day is read (``DayData.pupils``)."""

    pupil_id: str
    national_id: str
    name: str
    name_initials: str
    name_pinyin: str
    class_id: str
    class_name: str
    grade_level: int
    class_number: int
    enrolment_id: str
    mode: str
    head_teacher_id: str | None


class EventRecord(TypedDict):
    """One attendance event as written (``attendance_event``); what an action appended."""

    id: str
    pupil_id: str
    day: str
    class_id: str
    kind: str
    at: str
    recorded_at: str
    actor: str
    staff_id: str | None
    device_id: str
    adult_id: str | None
    adult_name: str | None
    adult_relation: str | None
    adult_phone: str | None
    override_reason: str | None
    override_by: str | None
    alert_kind: str | None
    outcome: str | None
    method: str | None
    reason: str
    note: str
    leave_from: str | None
    leave_to: str | None
    supersedes: str | None


# --- alerts and the outbox ---------------------------------------------------------------


class ContactView(TypedDict):
    """One contact with a guardian about an alert."""

    id: str
    at: str
    by: str
    staff_id: str | None
    adult: str | None
    relation: str | None
    phone: str | None
    method: str | None
    method_label: str | None
    outcome: str | None
    reached: bool
    reason: str
    note: str


class GuardianPhone(TypedDict):
    """A guardian to call about an alert."""

    name: str
    relation: str
    phone: str | None


AlertView = TypedDict("AlertView", {
    "id": str, "kind": AlertKind, "kind_label": str, "pupil_id": str, "national_id": str,
    "name": str, "class": str, "class_id": str, "date": str, "opened_at": str,
    "status": AlertStatus, "closed_at": str | None, "closed_by": ClosedBy | None,
    "closed_by_label": str, "escalated": bool, "contacts": list[ContactView],
    "guardians": list[GuardianPhone], "message": str,
})  # fmt: skip
AlertView.__doc__ = """An absence or late-pickup alert with its contacts, guardians and message."""


class OutboxMessage(TypedDict):
    """A message to a guardian waiting in the outbox (or exported)."""

    id: str
    alert_id: str
    pupil_id: str
    day: str
    alert_kind: str
    recipient: str
    phone: str
    body: str
    created_at: str
    exported_at: str | None
    actor: str
    device_id: str
    pupil_name: str
    national_id: str
    class_id: str
    class_name: str


# --- the duty leader -------------------------------------------------------------------


class UnavailableSet(TypedDict):
    """The weekdays a leader cannot take duty."""

    staff_id: str
    weekdays: list[int]


class RosterGenerated(TypedDict):
    """A generated rotation: service days, days per leader (by name), days nobody could take."""

    days: int
    counts: dict[str, int]
    unassigned: list[str]


class RosterRecord(TypedDict):
    """One day of the duty roster as stored."""

    id: str
    day: str
    staff_id: str
    source: str
    updated_at: str
    device_id: str


class RosterAssigned(RosterRecord):
    """A day given to a leader by hand."""

    leader_name: str


class RosterEntry(TypedDict):
    """A day of the roster for the notice board."""

    date: str
    weekday: str
    leader: str
    staff_id: str
    source: str


class DutyDayRecord(TypedDict):
    """The duty leader's day: on post, signed off."""

    id: str
    day: str
    leader_staff_id: str | None
    on_post_at: str | None
    signed_off_at: str | None
    signed_off_by: str | None
    sign_off_reason: str
    device_id: str


class SignedOff(DutyDayRecord):
    """A day signed off, with what was still open (the reason then says why)."""

    open_items: list[str]


class DutyLogRecord(TypedDict):
    """A duty-log entry: a class's service content, an incident, a note."""

    id: str
    day: str
    class_id: str | None
    kind: str
    text: str
    at: str
    actor: str
    device_id: str


class SupervisionRecord(TypedDict):
    """A class's supervising teacher that day (专任管理老师), with on-post times."""

    id: str
    day: str
    class_id: str
    staff_id: str
    start_at: str | None
    end_at: str | None
    device_id: str


DutyLogLine = TypedDict("DutyLogLine", {"at": str, "class": str | None, "kind": str, "text": str})
DutyLogLine.__doc__ = """A duty-log entry as the day's duty record lists it."""


class SupervisionLine(TypedDict):
    """A class's supervising teacher as the day's duty record lists it."""

    class_id: str
    staff: str
    start_at: str | None
    end_at: str | None


class DutySummary(TypedDict):
    """The day's duty record: the leader, on post, signed off, the log and the supervision."""

    date: str
    rostered_leader: str | None
    leader: str | None
    on_post_at: str | None
    signed_off_at: str | None
    signed_off_by: str | None
    sign_off_reason: str
    log: list[DutyLogLine]
    supervision: list[SupervisionLine]


BoardClass = TypedDict("BoardClass", {
    "class_id": str, "class": str, "enrolled": int, "present": int, "leave": int,
    "absent_open": int, "absent_closed": int, "not_arrived": int, "handed_over": int,
    "self_leave": int, "extended_care": int, "still_present": int, "late_arrivals": int,
    "late_pickups_open": int, "late_pickups": int, "escalated": int,
    "supervisor": str | None, "waiting_for": str | None, "last_contact": str | None,
})  # fmt: skip
BoardClass.__doc__ = """One class on the duty board: counts by state and alert, supervisor, PC."""


class Board(TypedDict):
    """The duty leader's live board: the day, each class, the school's totals, the duty record."""

    date: str
    service: bool
    reason: str
    window: list[str] | None
    classes: list[BoardClass]
    totals: dict[str, int]
    duty: DutySummary


class BoardPage(TypedDict):
    """值班看板 from one reading of the day (``duty_board.board_page``)."""

    board: Board
    alerts: list[AlertView]
    problems: list[str]


class RosterDay(TypedDict):
    """A date of the roster screen's month: service day or not, and who has duty."""

    date: str
    weekday: int
    service: bool
    reason: str
    note: str
    staff_id: str | None
    leader: str | None
    source: str | None


class DutyLeader(TypedDict):
    """Someone who may take duty days, with the weekdays they cannot."""

    staff_id: str
    name: str
    role: str
    unavailable: list[int]


class TermSpan(TypedDict):
    """A term's name and dates."""

    name: str
    start: str
    end: str


class RosterCounts(TypedDict):
    """Days of a range that already have a leader: generated, and set by hand."""

    generated: int
    manual: int


class SupervisorCandidate(TypedDict):
    """A staff member who may supervise a class."""

    staff_id: str
    name: str
    role: str


ClassSupervisor = TypedDict("ClassSupervisor", {
    "class_id": str, "class": str, "date": str, "head_teacher_id": str | None,
    "head_teacher": str | None, "staff_id": str | None, "staff": str | None,
    "is_default": bool,
})  # fmt: skip
ClassSupervisor.__doc__ = (
    """A class's supervising teacher on a day (the head teacher by default)."""
)

SupervisionRange = TypedDict(
    "SupervisionRange",
    {"class": str, "staff_id": str, "staff": str, "days": int, "from": str, "to": str},
)
SupervisionRange.__doc__ = """A supervising teacher set for every service day of a range."""


# --- from the store's rows ---------------------------------------------------------------


def self_leave_permit(row: Mapping[str, Any]) -> SelfLeavePermit:
    return {
        "id": row["id"],
        "pupil_id": row["pupil_id"],
        "signed_on": row["signed_on"],
        "signed_by": row["signed_by"],
        "revoked_on": row["revoked_on"],
        "note": row["note"],
        "created_at": row["created_at"],
        "actor": row["actor"],
        "device_id": row["device_id"],
    }


def outbox_message(row: Mapping[str, Any]) -> OutboxMessage:
    return {
        "id": row["id"],
        "alert_id": row["alert_id"],
        "pupil_id": row["pupil_id"],
        "day": row["day"],
        "alert_kind": row["alert_kind"],
        "recipient": row["recipient"],
        "phone": row["phone"],
        "body": row["body"],
        "created_at": row["created_at"],
        "exported_at": row["exported_at"],
        "actor": row["actor"],
        "device_id": row["device_id"],
        "pupil_name": row["pupil_name"],
        "national_id": row["national_id"],
        "class_id": row["class_id"],
        "class_name": row["class_name"],
    }


def duty_day_record(row: Mapping[str, Any]) -> DutyDayRecord:
    return {
        "id": row["id"],
        "day": row["day"],
        "leader_staff_id": row["leader_staff_id"],
        "on_post_at": row["on_post_at"],
        "signed_off_at": row["signed_off_at"],
        "signed_off_by": row["signed_off_by"],
        "sign_off_reason": row["sign_off_reason"],
        "device_id": row["device_id"],
    }


def enrolled_pupil(row: Mapping[str, Any]) -> EnrolledPupil:
    return {
        "pupil_id": row["pupil_id"],
        "national_id": row["national_id"],
        "name": row["name"],
        "name_initials": row["name_initials"],
        "name_pinyin": row["name_pinyin"],
        "class_id": row["class_id"],
        "class_name": row["class_name"],
        "grade_level": row["grade_level"],
        "class_number": row["class_number"],
        "enrolment_id": row["enrolment_id"],
        "mode": row["mode"],
        "head_teacher_id": row["head_teacher_id"],
    }


def event_record(row: Mapping[str, Any]) -> EventRecord:
    return {
        "id": row["id"],
        "pupil_id": row["pupil_id"],
        "day": row["day"],
        "class_id": row["class_id"],
        "kind": row["kind"],
        "at": row["at"],
        "recorded_at": row["recorded_at"],
        "actor": row["actor"],
        "staff_id": row["staff_id"],
        "device_id": row["device_id"],
        "adult_id": row["adult_id"],
        "adult_name": row["adult_name"],
        "adult_relation": row["adult_relation"],
        "adult_phone": row["adult_phone"],
        "override_reason": row["override_reason"],
        "override_by": row["override_by"],
        "alert_kind": row["alert_kind"],
        "outcome": row["outcome"],
        "method": row["method"],
        "reason": row["reason"],
        "note": row["note"],
        "leave_from": row["leave_from"],
        "leave_to": row["leave_to"],
        "supersedes": row["supersedes"],
    }
