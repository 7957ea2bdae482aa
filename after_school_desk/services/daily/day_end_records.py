"""What happened at the end of each day of a month, as the compliance check reads it: the
last pupil out of each class, how each pupil left, and the school days a class held nothing.

Read from the month's derived pupil-days (after_school_desk/reports/month_facts.py), the same fold the
ledger prints; no query of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from after_school_desk.domain.attendance import PupilDay, hhmm
from after_school_desk.domain.departure_checks import Departure, MissedDay
from after_school_desk.domain.profiles import to_minutes
from after_school_desk.reports.month_facts import MonthDay, MonthFacts


@dataclass
class DayEnds:
    """The month's ends of day: last pupil out per (day, class id), and every departure."""

    last_out: dict[tuple[str, str], str] = field(default_factory=dict)
    departures: list[Departure] = field(default_factory=list)


def _left_service_at(pd: PupilDay) -> str:
    """When the pupil left the service: moved to extended care, or else left the school."""
    if pd.extended_at is not None and (pd.left_at is None or pd.extended_at <= pd.left_at):
        return hhmm(pd.extended_at)
    return hhmm(pd.left_at)


def _late_pickup(pd: PupilDay) -> bool:
    """A late pickup the school followed up (a guardian contacted about it): the guardian's
    lateness, not the service running late, so it does not set the class's end."""
    return any(c.alert_kind == "late_pickup" for c in pd.contacts)


def day_ends(facts: MonthFacts) -> DayEnds:
    """The last pupil out of each class-day (a late pickup followed up does not count), and
    how every pupil signed in left."""
    planned_end = {d.date: d.end for d in facts.held}
    found = DayEnds()
    for pm in facts.pupils:
        for day, pd in sorted(pm.days.items()):
            if pd.signed_in_at is None:
                continue
            out = _left_service_at(pd)
            key = (day, pm.class_id)
            if out and not _late_pickup(pd) and out > found.last_out.get(key, ""):
                found.last_out[key] = out
            way = "none" if pd.left_at is None else pd.state
            if way not in ("handed_over", "self_leave"):
                way = "none" if pd.left_at is None else "handed_over"
            extended = None
            end = planned_end.get(day)
            if pd.extended_at is not None and pd.left_at is not None and end:
                extended = max(0, to_minutes(hhmm(pd.left_at)) - to_minutes(end))
            found.departures.append(
                Departure(
                    day, pm.class_name, pm.name, way, pm.pupil_id,
                    at=hhmm(pd.left_at), adult=pd.adult or "",
                    override_reason=(pd.override_reason or "").strip(), extended_minutes=extended,
                )
            )  # fmt: skip
    return found


def _counted(d: MonthDay, now: datetime) -> bool:
    """A day counts once it is over: before today, or today after its planned service."""
    if d.date < now.date().isoformat():
        return True
    return bool(d.end) and d.at(str(d.end)) <= now


def _enrolled_classes(enrolments: Iterable[Mapping[str, object]], day: str) -> set[str]:
    found = set()
    for e in enrolments:
        start, until = str(e["counts_from"]), e["counts_until"]
        if start <= day and (until is None or str(until) > day):
            found.add(str(e["class_id"]))
    return found


def missed_days(facts: MonthFacts, held: Mapping[str, set[str]]) -> list[MissedDay]:
    """Every school day of the month so far (in term, Monday–Friday, no holiday, day off or
    make-up day) on which the school recorded nothing at all, once per class with pupils
    enrolled that day; ``held``: day -> class ids with any attendance record. Whether the
    text requires service that weekday is the domain's question
    (after_school_desk/domain/departure_checks.py)."""
    data = facts.input
    classes = {str(c["id"]): c for c in data.classes}
    found: list[MissedDay] = []
    for d in data.days:
        weekday = datetime.fromisoformat(d.date).weekday()
        if not d.school_day or weekday >= 5 or held.get(d.date) or not _counted(d, data.now):
            continue
        enrolled = _enrolled_classes(data.enrolments, d.date) & set(classes)
        for class_id in sorted(enrolled, key=lambda c: _order(classes[c])):
            c = classes[class_id]
            found.append(MissedDay(d.date, str(c["name"]), int(str(c["grade_level"]))))
    return found


def _order(c: Mapping[str, object]) -> tuple[int, int]:
    return int(str(c["grade_level"])), int(str(c["number"]))
