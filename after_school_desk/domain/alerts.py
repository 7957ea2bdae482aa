"""Absence and late-pickup alerts, derived from a pupil-day and the clock (no timers).

- absence: when the sign-in window closes (or earlier, when the teacher marks the pupil
  absent), an enrolled pupil neither signed in nor on leave. Closed by a contact that
  reached a guardian, or by the pupil arriving late.
- late_pickup: at the service's end, a pupil signed in and not yet gone. Closed by a contact
  that reached a guardian, or by the pupil leaving.
An open alert older than the escalation time is flagged for the duty leader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from after_school_desk.domain.attendance import DayState, Event, PupilDay, derived_id


class AlertKind(StrEnum):
    """What an alert is about (also a contact's ``alert_kind``)."""

    ABSENCE = "absence"
    LATE_PICKUP = "late_pickup"


class AlertStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ClosedBy(StrEnum):
    """What closed an alert."""

    CONTACT = "contact"
    ARRIVED = "arrived"
    PICKED_UP = "picked_up"


ALERT_LABELS: dict[AlertKind, str] = {AlertKind.ABSENCE: "缺席", AlertKind.LATE_PICKUP: "延迟接走"}
CLOSED_BY_LABELS: dict[ClosedBy, str] = {
    ClosedBy.CONTACT: "已联系到家长",
    ClosedBy.ARRIVED: "学生已到校",
    ClosedBy.PICKED_UP: "学生已离校",
}


@dataclass(frozen=True)
class DayTimes:
    """The moments of a service day that alerts depend on."""

    signin_closes: datetime
    service_end: datetime


@dataclass
class Alert:
    id: str
    kind: AlertKind
    opened_at: datetime
    status: AlertStatus
    closed_at: datetime | None = None
    closed_by: ClosedBy | None = None
    escalated: bool = False
    contacts: list[Event] = field(default_factory=list)


def _t(instant: str | None) -> datetime | None:
    return datetime.fromisoformat(instant) if instant else None


def _closing(
    candidates: list[tuple[datetime | None, ClosedBy]],
) -> tuple[datetime | None, ClosedBy | None]:
    """The earliest candidate that happened (the first of those as early)."""
    closed_at: datetime | None = None
    closed_by: ClosedBy | None = None
    for at, by in candidates:
        if at is not None and (closed_at is None or at < closed_at):
            closed_at, closed_by = at, by
    return closed_at, closed_by


def picked_up_late(
    signed_in: datetime | None, left: datetime | None, service_end: datetime, now: datetime
) -> bool:
    """A late pickup: the service has ended by ``now``, and the pupil was signed in and had
    not gone by its end."""
    return signed_in is not None and service_end <= now and (left is None or left > service_end)


def alert_id(pupil_day_id: str, kind: AlertKind) -> str:
    """An alert's id: derived from its pupil-day and kind, the same on every PC."""
    return derived_id(pupil_day_id, kind)


def alerts_for(
    pupil_day_id: str | None,
    pd: PupilDay,
    times: DayTimes,
    now: datetime,
    escalate_after: timedelta,
) -> list[Alert]:
    """The pupil-day's alerts. ``pupil_day_id`` None: the alerts get no id ("", for readers
    that only count them, or that give ids, ``alert_id``, to the few there are)."""
    result: list[Alert] = []
    signed_in = _t(pd.signed_in_at)
    if pd.state != DayState.LEAVE or signed_in is not None:
        marked = _t(pd.marked_absent_at)
        opened = min(times.signin_closes, marked) if marked else times.signin_closes
        if opened <= now and (signed_in is None or signed_in > opened):
            reached = pd.reached(AlertKind.ABSENCE) if pd.contacts else None
            closed_at, by = _closing(
                [
                    (_t(reached.at) if reached else None, ClosedBy.CONTACT),
                    (signed_in, ClosedBy.ARRIVED),
                ]
            )
            result.append(_alert(pupil_day_id, AlertKind.ABSENCE, opened, closed_at, by, pd, now,
                                 escalate_after))  # fmt: skip
    end = times.service_end
    # when the pupil left matters only to a late pickup, that is once the service has ended
    left = _t(pd.left_at) if signed_in is not None and end <= now else None
    if picked_up_late(signed_in, left, end, now):
        reached = pd.reached(AlertKind.LATE_PICKUP) if pd.contacts else None
        closed_at, by = _closing(
            [(_t(reached.at) if reached else None, ClosedBy.CONTACT), (left, ClosedBy.PICKED_UP)]
        )
        result.append(_alert(pupil_day_id, AlertKind.LATE_PICKUP, end, closed_at, by, pd, now,
                             escalate_after))  # fmt: skip
    return result


def _alert(
    pupil_day_id: str | None,
    kind: AlertKind,
    opened: datetime,
    closed_at: datetime | None,
    closed_by: ClosedBy | None,
    pd: PupilDay,
    now: datetime,
    escalate_after: timedelta,
) -> Alert:
    if closed_at is not None and closed_at > now:
        closed_at, closed_by = None, None
    status = AlertStatus.CLOSED if closed_at is not None else AlertStatus.OPEN
    return Alert(
        id="" if pupil_day_id is None else alert_id(pupil_day_id, kind),
        kind=kind,
        opened_at=opened,
        status=status,
        closed_at=closed_at,
        closed_by=closed_by,
        escalated=status == AlertStatus.OPEN and now - opened >= escalate_after,
        contacts=[c for c in pd.contacts if c.alert_kind == kind] if pd.contacts else [],
    )


def message_text(
    kind: AlertKind,
    school: str,
    pupil: str,
    class_name: str,
    day: str,
    guardian: str,
    end_time: str,
) -> str:
    """The ready text to read out on the phone or send through the school's platform."""
    if kind == AlertKind.ABSENCE:
        return (
            f"{guardian}您好，我是{school}{class_name}的老师。{pupil}今天（{day}）"
            "报名了课后服务，但到现在还没有签到。请您尽快回电告知孩子的情况，谢谢！"
        )
    return (
        f"{guardian}您好，我是{school}{class_name}的老师。今天（{day}）的课后服务已于"
        f"{end_time}结束，{pupil}还在学校等候。请您尽快来校接孩子，或回电告知由谁来接，谢谢！"
    )
