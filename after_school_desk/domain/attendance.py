"""The state of one pupil-day, derived from its append-only list of attendance events.

Nothing here reads a clock or a database: the events and the times are passed in.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

from after_school_desk.i18n import t

# A fixed namespace: every PC derives the same pupil-day id from (pupil id, date).
PUPIL_DAY_NAMESPACE = uuid.UUID("6f1c2a53-4b7e-5d0a-9c31-2e8f4a6b7c90")
_NAMESPACE_BYTES = PUPIL_DAY_NAMESPACE.bytes


class EventKind(StrEnum):
    """What one attendance event records (``attendance_event.kind``)."""

    SIGNED_IN = "signed_in"
    MARKED_ABSENT = "marked_absent"
    LEAVE = "leave"
    CONTACTED = "contacted"
    HANDED_OVER = "handed_over"
    SELF_LEAVE = "self_leave"
    EXTENDED_CARE = "extended_care"
    EXTENDED_HANDOVER = "extended_handover"
    CORRECTION = "correction"


class DayState(StrEnum):
    """Where a pupil-day stands, as its events say."""

    NOT_ARRIVED = "not_arrived"
    PRESENT = "present"
    ABSENT = "absent"
    LEAVE = "leave"
    HANDED_OVER = "handed_over"
    SELF_LEAVE = "self_leave"
    EXTENDED_CARE = "extended_care"


class ContactMethod(StrEnum):
    """How a guardian was contacted (``attendance_event.method``)."""

    PHONE = "phone"
    MESSAGE = "message"
    IN_PERSON = "in_person"
    OTHER = "other"


class ContactOutcome(StrEnum):
    """Whether a contact reached a guardian (``attendance_event.outcome``)."""

    REACHED = "reached"
    NOT_REACHED = "not_reached"


class WayOut(StrEnum):
    """How a pupil leaves: handed to an adult, alone (with permission), or into extended care."""

    HANDOVER = "handover"
    SELF = "self"
    EXTENDED = "extended"


EVENT_KINDS = tuple(EventKind)
STATES = tuple(DayState)
STATE_LABELS: dict[DayState, str] = {
    DayState.NOT_ARRIVED: "未到",
    DayState.PRESENT: "在校",
    DayState.ABSENT: "缺席",
    DayState.LEAVE: "请假",
    DayState.HANDED_OVER: "已交接",
    DayState.SELF_LEAVE: "自行离校",
    DayState.EXTENDED_CARE: "延时托管",
}
CONTACT_METHOD_LABELS: dict[ContactMethod, str] = {
    ContactMethod.PHONE: "电话",
    ContactMethod.MESSAGE: "短信/微信",
    ContactMethod.IN_PERSON: "当面",
    ContactMethod.OTHER: "其他",
}
# States in which the pupil is accounted for at the end of the day.
FINAL_STATES = frozenset(
    {DayState.ABSENT, DayState.LEAVE, DayState.HANDED_OVER, DayState.SELF_LEAVE}
)
LEFT_KINDS = frozenset({EventKind.HANDED_OVER, EventKind.SELF_LEAVE, EventKind.EXTENDED_HANDOVER})


def _uuid5(name: str) -> str:
    """``str(uuid.uuid5(PUPIL_DAY_NAMESPACE, name))``, written out: three times faster, and a
    sealed month or the duty board of a big school derives ~100,000 of these."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def pupil_day_id(pupil_id: str, day: str) -> str:
    return _uuid5(f"{pupil_id}/{day}")


def event_id(
    pupil_id: str, day: str, kind: str, at: str, recorded_at: str, device_id: str, n: int = 0
) -> str:
    """An event's id, derived from what it records and the PC that recorded it.

    Unique across PCs (the device id is part of it); ``n`` tells apart two events that would
    otherwise be identical (the same PC, pupil-day, kind and instants). Derived ids let a
    sealed archive store an event's id in a few bits instead of 16 random bytes.
    """
    return _uuid5(f"event/{pupil_id}/{day}/{kind}/{at}/{recorded_at}/{device_id}/{n}")


def derived_id(*parts: str) -> str:
    """A deterministic id for rows keyed by other ids (alerts, outbox messages, duty days)."""
    return _uuid5("/".join(parts))


class Event(NamedTuple):
    """One recorded event (immutable). A named tuple: a month's report builds ~100,000."""

    id: str
    kind: str
    at: str
    seq: int = 0
    actor: str = ""
    staff_id: str | None = None
    device_id: str = ""
    adult_id: str | None = None
    adult_name: str | None = None
    adult_relation: str | None = None
    adult_phone: str | None = None
    override_reason: str | None = None
    alert_kind: str | None = None
    outcome: str | None = None
    method: str | None = None
    reason: str = ""
    note: str = ""
    supersedes: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Event:
        return cls(
            id=row["id"],
            kind=row["kind"],
            at=row["at"],
            seq=int(row.get("seq") or 0),
            actor=row.get("actor") or "",
            staff_id=row.get("staff_id"),
            device_id=row.get("device_id") or "",
            adult_id=row.get("adult_id"),
            adult_name=row.get("adult_name"),
            adult_relation=row.get("adult_relation"),
            adult_phone=row.get("adult_phone"),
            override_reason=row.get("override_reason"),
            alert_kind=row.get("alert_kind"),
            outcome=row.get("outcome"),
            method=row.get("method"),
            reason=row.get("reason") or "",
            note=row.get("note") or "",
            supersedes=row.get("supersedes"),
        )


EVENT_FIELD_COUNT = len(Event._fields)
K = TypeVar("K")


@dataclass
class PupilDay:
    """What happened to one pupil on one day, as the events say."""

    state: DayState = DayState.NOT_ARRIVED
    signed_in_at: str | None = None
    left_at: str | None = None
    adult: str | None = None
    adult_relation: str | None = None
    override_reason: str | None = None
    handed_by_staff: str | None = None
    marked_absent_at: str | None = None
    absence_reason: str = ""
    leave_reason: str = ""
    extended_at: str | None = None
    extended_staff: str | None = None
    contacts: list[Event] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def accounted(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def has_left(self) -> bool:
        return self.left_at is not None

    def reached(self, alert_kind: str) -> Event | None:
        return reached_about(self.contacts, alert_kind)


def group_event_tuples(
    rows: Iterable[tuple[Any, ...]], key: Callable[[tuple[Any, ...]], K]
) -> dict[K, list[Event]]:
    """Events read as tuples (Event's fields first), grouped by ``key`` and put in the order
    they happened: time, then the PC and the order it recorded them in."""
    grouped: dict[K, list[Event]] = {}
    for row in rows:
        grouped.setdefault(key(row), []).append(Event(*row[:EVENT_FIELD_COUNT]))
    for found in grouped.values():
        if len(found) > 1:
            found.sort(key=lambda e: (e.at, e.device_id, e.seq))
    return grouped


# Where Event's fields sit in a tuple. The pupil-day fold below reads events by position, so
# that a month's tally can hand it the stored rows (Event's fields first, then pupil id and
# day) without building an Event for each of a month's hundred thousand events.
_ID, _KIND, _AT, _SEQ, _DEVICE = 0, 1, 2, 3, 6
_ALERT_KIND, _OUTCOME, _SUPERSEDES = 12, 13, 17
# Time, then the PC that recorded it, then the order that PC recorded it in: the same order on
# every PC of the school (a local row number alone differs between PCs once their journals
# are exchanged; a PC's own events keep their order everywhere, docs/several-pcs.md).
_IN_ORDER = itemgetter(_AT, _DEVICE, _SEQ)
E = TypeVar("E", bound=tuple[Any, ...])
# The kinds as plain strings (the members' values): ``effective`` and ``step`` compare every event's kind with
# them, and comparing with a plain string is quicker than with an enum member.
_SIGNED_IN, _CONTACTED, _LEAVE = (
    EventKind.SIGNED_IN.value,
    EventKind.CONTACTED.value,
    EventKind.LEAVE.value,
)
_MARKED_ABSENT, _EXTENDED_CARE = EventKind.MARKED_ABSENT.value, EventKind.EXTENDED_CARE.value
_CORRECTION = EventKind.CORRECTION.value
_LEFT = frozenset(k.value for k in LEFT_KINDS)


def effective(events: Iterable[E]) -> list[E]:
    """The events in order (time, then the PC and its order of recording; a stable sort keeps
    the order given for ties), without the ones a correction voided (and the corrections)."""
    ordered = sorted(events, key=_IN_ORDER)
    voided = {e[_SUPERSEDES] for e in ordered if e[_KIND] == _CORRECTION}
    if not voided:
        return ordered
    return [e for e in ordered if e[_KIND] != _CORRECTION and e[_ID] not in voided]


class DayMoves(NamedTuple, Generic[E]):
    """The events that decide a pupil-day so far: the state of the pupil-day fold (``step``)."""

    signed_in: E | None  # the first sign-in
    left: E | None  # the first way out (handover, self-leave, handover from extended care)
    extended: E | None  # the first move to extended care that came before the pupil left
    leave: E | None  # the last leave recorded (any leave puts the pupil on leave)
    marked_absent: E | None  # the first time the pupil was marked absent
    contacts: tuple[E, ...]  # every contact with a guardian, in order


# Before the first event: nothing has happened (the pupil has not arrived).
NO_MOVES: DayMoves[Any] = DayMoves(None, None, None, None, None, ())
# DayMoves(...) without the named tuple's own __new__ (a Python function): a month's tally
# takes a hundred thousand steps, and this keeps the fold within a few percent of a plain loop.
_moves = tuple.__new__


def step(moves: DayMoves[E], e: E) -> DayMoves[E]:
    """The rules of a pupil-day, in one place: what one more event (in order, effective) does
    to the moves so far. The first sign-in and the first way out win; later ones are ignored;
    the last leave counts; extended care counts only before the pupil left; every contact is
    kept. ``derive`` and the monthly tally (after_school_desk/reports/month_facts.py) both fold through
    here (``fold_day``); events are read by position, so the tally can fold the stored tuples.
    Pure: the moves given are left as they were."""
    kind = e[_KIND]
    signed, left, care, leave, absent, contacts = moves
    if kind == _SIGNED_IN:  # the commonest kinds first
        if signed is None:
            return _moves(DayMoves, (e, left, care, leave, absent, contacts))
    elif kind in _LEFT:
        if left is None:
            return _moves(DayMoves, (signed, e, care, leave, absent, contacts))
    elif kind == _CONTACTED:
        return _moves(DayMoves, (signed, left, care, leave, absent, (*contacts, e)))
    elif kind == _LEAVE:
        return _moves(DayMoves, (signed, left, care, e, absent, contacts))
    elif kind == _MARKED_ABSENT:
        if absent is None:
            return _moves(DayMoves, (signed, left, care, leave, e, contacts))
    elif kind == _EXTENDED_CARE and care is None and left is None:
        return _moves(DayMoves, (signed, left, e, leave, absent, contacts))
    return moves


def fold_day(events: Iterable[E]) -> DayMoves[E]:
    """A pupil-day's deciding events: ``step`` over ``events``, effective and in order
    (``effective``), from ``NO_MOVES``. (A plain loop: quicker than functools.reduce here.)"""
    moves: DayMoves[E] = NO_MOVES
    for e in events:
        moves = step(moves, e)
    return moves


def reached_about(contacts: Iterable[E], alert_kind: str) -> E | None:
    """The first contact that reached a guardian about ``alert_kind`` (absence, late_pickup)."""
    return next(
        (
            c
            for c in contacts
            if c[_ALERT_KIND] == alert_kind and c[_OUTCOME] == ContactOutcome.REACHED
        ),
        None,
    )


def state_of(moves: DayMoves[Any]) -> DayState:
    """The pupil-day's state from its deciding events."""
    if moves.left is not None:
        if moves.left[_KIND] == EventKind.SELF_LEAVE:
            return DayState.SELF_LEAVE
        return DayState.HANDED_OVER
    if moves.signed_in is not None:
        return DayState.EXTENDED_CARE if moves.extended is not None else DayState.PRESENT
    if moves.leave is not None:
        return DayState.LEAVE
    # "absence": AlertKind.ABSENCE (after_school_desk/domain/alerts.py, which builds on this module)
    if moves.marked_absent is not None or reached_about(moves.contacts, "absence") is not None:
        return DayState.ABSENT
    return DayState.NOT_ARRIVED


def derive(events: Iterable[Event]) -> PupilDay:
    """Fold a pupil-day's events into its state. The first way out wins; later ones are ignored."""
    pd = PupilDay(events=effective(events))
    m = fold_day(pd.events)
    if m.signed_in is not None:
        pd.signed_in_at = m.signed_in.at
    if m.leave is not None:
        pd.leave_reason = m.leave.reason
    if m.marked_absent is not None:
        pd.marked_absent_at = m.marked_absent.at
        pd.absence_reason = m.marked_absent.reason
    pd.contacts = list(m.contacts)
    if m.extended is not None:
        pd.extended_at = m.extended.at
        pd.extended_staff = m.extended.staff_id
    if m.left is not None:
        e = m.left
        pd.left_at = e.at
        pd.adult = e.adult_name
        pd.adult_relation = e.adult_relation
        pd.override_reason = e.override_reason
        pd.handed_by_staff = e.staff_id
    pd.state = state_of(m)
    return pd


def sign_in_problem(pd: PupilDay) -> str | None:
    if pd.has_left:
        return t("已于 {time} 离校，不能再签到", time=hhmm(pd.left_at))
    if pd.signed_in_at is not None:
        return t("已于 {time} 签到，无需重复签到", time=hhmm(pd.signed_in_at))
    return None


def sign_out_problem(pd: PupilDay, way: WayOut) -> str | None:
    """Why this pupil cannot leave now by ``way`` (handover, self, extended), or None."""
    if pd.has_left:
        how = STATE_LABELS[pd.state]
        return t(
            "已于 {time} 离校（{how}），每名学生每天只能签退一次", time=hhmm(pd.left_at), how=how
        )
    if pd.signed_in_at is None:
        return t("今天没有签到，不能签退（请先签到，或记为缺席/请假）")
    if way == WayOut.EXTENDED and pd.extended_at is not None:
        return t("已于 {time} 转入延时托管", time=hhmm(pd.extended_at))
    return None


def hhmm(instant: str | None) -> str:
    """``2026-11-02T17:35:00+08:00`` → ``17:35``."""
    if not instant:
        return ""
    return instant[11:16] if len(instant) >= 16 else instant
