"""Absence and late-pickup alerts for a day: derived on demand from events and the clock."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from after_school_desk.domain.alerts import (
    ALERT_LABELS,
    CLOSED_BY_LABELS,
    Alert,
    AlertStatus,
    message_text,
)
from after_school_desk.domain.attendance import ContactOutcome, Event, hhmm
from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import iso_at
from after_school_desk.services.base.pupil_visibility import visibility
from after_school_desk.services.daily.answers import AlertView, ContactView
from after_school_desk.services.daily.attendance import CONTACT_METHODS
from after_school_desk.services.daily.event_log import DayData, load_day
from after_school_desk.store import people_store, school_store


def contact_view(c: Event) -> ContactView:
    return {
        "id": c.id,
        "at": c.at,
        "by": c.actor,
        "staff_id": c.staff_id,
        "adult": c.adult_name,
        "relation": c.adult_relation,
        "phone": c.adult_phone,
        "method": c.method,
        "method_label": CONTACT_METHODS.get(c.method or "", c.method),
        "outcome": c.outcome,
        "reached": c.outcome == ContactOutcome.REACHED,
        "reason": c.reason,
        "note": c.note,
    }


def _visible_classes(ctx: ServiceContext, day: str) -> frozenset[str] | None:
    """Teachers see their own classes' alerts (they hold the guardians' phones); everyone else
    the whole school (after_school_desk.services.base.pupil_visibility)."""
    return visibility(ctx, day).own_classes


def alerts(
    ctx: ServiceContext,
    day: str | date | None = None,
    *,
    open_only: bool = False,
    class_id: str | None = None,
) -> list[AlertView]:
    """The day's alerts, open ones first, each with guardians and a ready message text."""
    ctx.require(Action.ATTENDANCE)
    return alerts_of_day(ctx, load_day(ctx, day, class_id), open_only=open_only)


def alerts_of_day(
    ctx: ServiceContext, data: DayData, *, open_only: bool = False
) -> list[AlertView]:
    """The alerts of a day already read (``load_day``), as ``alerts`` gives them."""
    visible = _visible_classes(ctx, data.day)
    conn = ctx.store.conn
    school = school_store.school(conn)
    school_name = school["name"] if school else ""
    pupils = {p["pupil_id"]: p for p in data.pupils}
    wanted = [
        (pid, a)
        for pid, found in data.alerts.items()
        for a in found
        if (not open_only or a.status == AlertStatus.OPEN)
        and (visible is None or pupils[pid]["class_id"] in visible)
    ]
    adults = people_store.adults_for_pupils(conn, [pid for pid, _ in wanted])
    result = [
        alert_view(data, pupils[pid], a, adults.get(pid, []), school_name) for pid, a in wanted
    ]
    result.sort(key=lambda r: (r["status"] != AlertStatus.OPEN, not r["escalated"], r["opened_at"],
                               r["class"], r["name"]))  # fmt: skip
    return result


def alert_view(
    data: DayData,
    p: Mapping[str, Any],
    a: Alert,
    adults: Sequence[Mapping[str, Any]],
    school_name: str,
) -> AlertView:
    guardians = [a_ for a_ in adults if a_["is_guardian"]] or adults
    first = guardians[0]["name"] if guardians else "家长"
    end = hhmm(iso_at(data.times.service_end)) if data.times else ""
    return {
        "id": a.id,
        "kind": a.kind,
        "kind_label": ALERT_LABELS[a.kind],
        "pupil_id": p["pupil_id"],
        "national_id": p["national_id"],
        "name": p["name"],
        "class": p["class_name"],
        "class_id": p["class_id"],
        "date": data.day,
        "opened_at": iso_at(a.opened_at),
        "status": a.status,
        "closed_at": iso_at(a.closed_at) if a.closed_at else None,
        "closed_by": a.closed_by,
        "closed_by_label": CLOSED_BY_LABELS[a.closed_by] if a.closed_by else "",
        "escalated": a.escalated,
        "contacts": [contact_view(c) for c in a.contacts],
        "guardians": [
            {"name": g["name"], "relation": g["relation"], "phone": g["phone"]} for g in guardians
        ],
        "message": message_text(
            a.kind, school_name, p["name"], p["class_name"], data.day, first, end
        ),
    }
