"""What the school package's services answer: one TypedDict per shape the screens and the
command line read (``row["key"]``), with the converters that build them from store rows
(a pupil's are in pupils.py).

The keys are those the services have always returned; ``NotRequired`` marks a key present
only sometimes. A store row is a plain ``dict[str, Any]`` (after_school_desk.store.rows.Row): every
converter here takes the keys it needs one by one, so an answer never carries more or less
than its type says.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

from after_school_desk.domain.enrolment import ConsentKind, EnrolmentStatus, ServiceMode

# --- pupils -------------------------------------------------------------------------------


class GuardianAnswer(TypedDict):
    """An adult who may collect a pupil, as a pupil's public view lists them."""

    name: str
    relation: str
    phone: str | None
    is_guardian: bool
    can_pickup: bool


class AdultRow(TypedDict):
    """An adult of a pupil as stored (``pupil_adult``, without the photo)."""

    id: str
    pupil_id: str
    name: str
    relation: str
    phone: str | None
    is_guardian: int
    can_pickup: int
    position: int
    has_photo: NotRequired[int]  # only in a pupil's detail


PupilAnswer = TypedDict(
    "PupilAnswer",
    {
        "id": str,
        "national_id": str,
        "name": str,
        "sex": str,
        "birth_date": str | None,
        "class": str,
        "grade": str,
        "student_no": str | None,
        "guardians": list[GuardianAnswer],
        "flags": list[str],
        "status": str,
        "private_hidden": bool,
    },
)
PupilAnswer.__doc__ = "A pupil as lists show them; another class's phones masked for a teacher."


class PupilDetail(PupilAnswer):
    """A pupil with every adult as stored (phones masked where the view holds them back)."""

    adults: list[AdultRow]


class RosterRow(PupilAnswer):
    """A pupil of the roster page, with the pinyin keys its search box uses."""

    name_initials: str
    name_pinyin: str


class PupilRecord(TypedDict):
    """A pupil as stored (``pupil``), with the names of its class and grade."""

    id: str
    national_id: str
    student_no: str | None
    name: str
    sex: str
    birth_date: str | None
    class_id: str
    left_behind: int
    migrant: int
    disabled: int
    hardship: int
    low_income: int
    registered_poor: int
    status: str  # an after_school_desk.domain.people.PupilStatus
    name_initials: str
    name_pinyin: str
    created_at: str
    updated_at: str
    device_id: str
    class_name: str
    grade_level: int
    grade_name: str


# --- enrolment ----------------------------------------------------------------------------


class EnrolmentRow(TypedDict):
    """An enrolment as stored (``enrolment``)."""

    id: str
    pupil_id: str
    term_id: str
    mode: ServiceMode
    status: EnrolmentStatus
    applied_on: str
    applied_by: str
    requested_from: str
    reviewed_at: str | None
    reviewed_by: str | None
    approved_at: str | None
    approved_by: str | None
    enrolled_from: str | None
    withdrawn_on: str | None
    withdraw_reason: str
    refused_reason: str
    agreement_signed_on: str | None
    agreement_signed_by: str | None
    created_at: str
    updated_at: str
    device_id: str


def enrolment_of(r: Mapping[str, Any]) -> EnrolmentRow:
    """The enrolment columns of a store row (or of a row merged with its changes)."""
    return EnrolmentRow(
        id=str(r["id"]),
        pupil_id=str(r["pupil_id"]),
        term_id=str(r["term_id"]),
        mode=ServiceMode(r["mode"]),
        status=EnrolmentStatus(r["status"]),
        applied_on=str(r["applied_on"]),
        applied_by=str(r["applied_by"]),
        requested_from=str(r["requested_from"]),
        reviewed_at=r["reviewed_at"],
        reviewed_by=r["reviewed_by"],
        approved_at=r["approved_at"],
        approved_by=r["approved_by"],
        enrolled_from=r["enrolled_from"],
        withdrawn_on=r["withdrawn_on"],
        withdraw_reason=str(r["withdraw_reason"]),
        refused_reason=str(r["refused_reason"]),
        agreement_signed_on=r["agreement_signed_on"],
        agreement_signed_by=r["agreement_signed_by"],
        created_at=str(r["created_at"]),
        updated_at=str(r["updated_at"]),
        device_id=str(r["device_id"]),
    )


EnrolResult = TypedDict(
    "EnrolResult",
    {"applied": list[str], "approved": list[str], "already": list[str], "from": str},
)
EnrolResult.__doc__ = "The 学籍号 filed, approved and left as they were by one enrolment."

EnrolmentListRow = TypedDict(
    "EnrolmentListRow",
    {
        "id": str,
        "pupil_id": str,
        "national_id": str,
        "name": str,
        "class": str,
        "mode": ServiceMode,
        "status": EnrolmentStatus,
        "applied_on": str,
        "applied_by": str,
        "enrolled_from": str | None,
        "withdrawn_on": str | None,
        "refused_reason": str,
        "agreement_signed_on": str | None,
        "agreement_signed_by": str | None,
    },
)
EnrolmentListRow.__doc__ = "One enrolment of a term's list, with its pupil."

ClassEnrolmentRow = TypedDict(
    "ClassEnrolmentRow",
    {
        "pupil_id": str,
        "national_id": str,
        "name": str,
        "name_initials": str,
        "name_pinyin": str,
        "class": str,
        "flags": list[str],
        "private_hidden": bool,
        "enrolment_id": str | None,
        "state": str,  # an EnrolmentStatus, or "none"
        "mode": ServiceMode | None,
        "mode_label": str,
        "applied_on": str | None,
        "applied_by": str,
        "requested_from": str | None,
        "enrolled_from": str | None,
        "withdrawn_on": str | None,
        "withdraw_reason": str,
        "refused_reason": str,
        "agreement_signed_on": str | None,
        "agreement_signed_by": str | None,
        "next_step": str,  # an EnrolmentStep, or ""
        "mine": bool,
    },
)
ClassEnrolmentRow.__doc__ = "A pupil of a class with the latest enrolment of the term."


class HistoryStepRow(TypedDict):
    """One step of an enrolment's history: what, when, by whom, and its detail."""

    step: str  # a HistoryStep
    on: str
    by: str
    detail: str
    recorded_at: str


class EnrolmentHistoryRow(TypedDict):
    """One enrolment of a pupil, with its steps in order."""

    id: str
    term: str
    status: EnrolmentStatus
    mode: ServiceMode
    mode_label: str
    enrolled_from: str | None
    withdrawn_on: str | None
    agreement_signed_on: str | None
    agreement_signed_by: str | None
    steps: list[HistoryStepRow]


# --- consents and departures -----------------------------------------------------------------


class ConsentRow(TypedDict):
    """A guardian's consent as stored (``pupil_consent``)."""

    id: str
    pupil_id: str
    kind: ConsentKind
    given_on: str
    given_by: str
    withdrawn_on: str | None
    created_at: str
    device_id: str


def consent_of(r: Mapping[str, Any]) -> ConsentRow:
    """The consent columns of a store row."""
    return ConsentRow(
        id=str(r["id"]),
        pupil_id=str(r["pupil_id"]),
        kind=ConsentKind(r["kind"]),
        given_on=str(r["given_on"]),
        given_by=str(r["given_by"]),
        withdrawn_on=r["withdrawn_on"],
        created_at=str(r["created_at"]),
        device_id=str(r["device_id"]),
    )


class ConsentGiven(ConsentRow):
    """A consent just recorded, with the pupil it is for (class and name)."""

    pupil: str


class ConsentWithdrawn(TypedDict):
    """A consent withdrawn: whose, which kind, from when."""

    pupil: str
    kind: ConsentKind
    withdrawn_on: str


class DepartureRow(TypedDict):
    """A pupil's departure as recorded (``pupil_departure`` without ``erased_at``)."""

    pupil_id: str
    left_on: str
    reason: str
    created_at: str
    device_id: str


class ErasurePreview(TypedDict):
    """What erasing now would do: the cut-off, how many are due, how many are kept."""

    cutoff: str
    due: int
    kept: int


# --- staff and accounts ----------------------------------------------------------------------


class StaffRow(TypedDict):
    """A staff member as stored (``staff``)."""

    id: str
    name: str
    role: str  # a StaffRole
    phone: str | None
    vetting: str  # a Vetting
    vetting_note: str
    active: int
    created_at: str
    device_id: str


def staff_of(r: Mapping[str, Any]) -> StaffRow:
    """The staff columns of a store row."""
    return StaffRow(
        id=str(r["id"]),
        name=str(r["name"]),
        role=str(r["role"]),
        phone=r["phone"],
        vetting=str(r["vetting"]),
        vetting_note=str(r["vetting_note"]),
        active=int(r["active"]),
        created_at=str(r["created_at"]),
        device_id=str(r["device_id"]),
    )


class StaffOverviewRow(StaffRow):
    """A staff member with role and 备案 in Chinese and the classes they head."""

    head_of: list[str]
    role_label: str
    vetting_label: str


class AccountRow(TypedDict):
    """A log-in account without its PIN hash, with the linked staff member."""

    id: str
    login: str
    display_name: str
    role: str  # an after_school_desk.domain.roles.Role
    staff_id: str | None
    active: int
    failed_attempts: int
    locked_until: str | None
    created_at: str
    staff_name: str | None
    staff_role: str | None


def account_of(r: Mapping[str, Any]) -> AccountRow:
    """The account columns of a store row (after_school_desk.store.account_store)."""
    return AccountRow(
        id=str(r["id"]),
        login=str(r["login"]),
        display_name=str(r["display_name"]),
        role=str(r["role"]),
        staff_id=r["staff_id"],
        active=int(r["active"]),
        failed_attempts=int(r["failed_attempts"]),
        locked_until=r["locked_until"],
        created_at=str(r["created_at"]),
        staff_name=r["staff_name"],
        staff_role=r["staff_role"],
    )


class AccountListRow(AccountRow):
    """An account of the accounts page: its role in Chinese and whether it is locked out."""

    role_label: str
    locked: bool


class NewAccount(TypedDict):
    """A log-in account just made (never its PIN hash)."""

    id: str
    login: str
    display_name: str
    role: str
    staff_id: str | None
    active: int
    failed_attempts: int
    locked_until: str | None
    created_at: str
    device_id: str


class TokenAnswer(TypedDict):
    """A script token as listed: whom it acts as, who made or revoked it, its state."""

    id: str
    name: str
    acts_as: str
    acts_as_name: str
    role: str
    created_at: str
    created_by: str
    expires_at: str
    revoked_at: str | None
    revoked_by: str | None
    state: str  # usable / expired / revoked / account_disabled


# --- the school, its terms and its calendar ----------------------------------------------------


class SchoolRow(TypedDict):
    """The school's record (``school``)."""

    id: str
    name: str
    school_code: str | None
    county: str
    stage: str
    boarding: int
    village: int
    profile_id: str
    utc_offset: str
    created_at: str
    device_id: str


def school_of(r: Mapping[str, Any]) -> SchoolRow:
    """The school columns of a store row."""
    return SchoolRow(
        id=str(r["id"]),
        name=str(r["name"]),
        school_code=r["school_code"],
        county=str(r["county"]),
        stage=str(r["stage"]),
        boarding=int(r["boarding"]),
        village=int(r["village"]),
        profile_id=str(r["profile_id"]),
        utc_offset=str(r["utc_offset"]),
        created_at=str(r["created_at"]),
        device_id=str(r["device_id"]),
    )


class ProfileInForce(TypedDict):
    """A record of the school's policy profile in force from a day (``profile_history``); the
    set-up's choice has no id and no date (in force before the first record)."""

    id: str
    profile_id: str
    profile_name: str
    effective_from: str
    recorded_by: str
    created_at: str
    in_force: bool
    pending: bool


class TermRow(TypedDict):
    """A term (``term``)."""

    id: str
    name: str
    start_date: str
    end_date: str
    device_id: str


def term_of(r: Mapping[str, Any]) -> TermRow:
    """The term columns of a store row."""
    return TermRow(
        id=str(r["id"]),
        name=str(r["name"]),
        start_date=str(r["start_date"]),
        end_date=str(r["end_date"]),
        device_id=str(r["device_id"]),
    )


class GradeRow(TypedDict):
    """A grade (``grade``)."""

    id: str
    level: int
    name: str
    device_id: str


class ClassRow(TypedDict):
    """A class (``class``)."""

    id: str
    grade_id: str
    number: int
    name: str
    head_teacher_id: str | None
    device_id: str


class CreatedSchool(TypedDict):
    """A school just created, with its first term."""

    school: SchoolRow
    term: TermRow


class HolidayYearRow(TypedDict):
    """A year whose holidays are on the calendar, and where they come from."""

    year: int
    source: str  # an after_school_desk.domain.calendar.EntrySource (package or notice)
    confirmed: int
    note: str


def holiday_year_of(r: Mapping[str, Any]) -> HolidayYearRow:
    """The holiday_year columns of a store row."""
    return HolidayYearRow(
        year=int(r["year"]),
        source=str(r["source"]),
        confirmed=int(r["confirmed"]),
        note=str(r["note"]),
    )


class CalendarDayView(TypedDict):
    """One date of a month's calendar: its entry (if any) and whether the service runs."""

    date: str
    kind: str | None  # an after_school_desk.domain.calendar.DayKind
    name: str
    source: str | None
    in_term: bool
    service: bool
    reason: str
    confirmed: bool
    start: str | None
    end: str | None


class NoticeRow(TypedDict):
    """One line of a holiday notice's preview: an item of the notice, or a day it drops."""

    kind: str  # an after_school_desk.domain.calendar.NoticeItemKind
    name: str
    start: str
    end: str
    dates: str
    days: int
    before: str
    same: bool
    line: int | None


class BackupSettings(TypedDict):
    """Where the live file is and where backups go."""

    database: str
    backup_folder: str
    chosen: bool
    daily_folder: str


class ImportReportAnswer(TypedDict):
    """A roster import's report as JSON (``ImportReport.as_dict``)."""

    file: str
    total_rows: int
    added: int
    updated: int
    unchanged: int
    not_in_file: int
    classes_created: list[str]
    mapped_columns: dict[str, str]
    ignored_columns: list[str]
    dry_run: bool
