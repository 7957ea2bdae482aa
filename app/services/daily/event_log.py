"""How an attendance event is built and appended, and the checks every recording of a
pupil-day starts with. The actions (sign-in, absence, leave, contact, sign-out) are in
app/services/daily/attendance.py, corrections and undo in app/services/daily/corrections.py;
both write events only through here."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from app.domain import attendance as domain
from app.domain.calendar import DayStatus
from app.errors import ValidationError
from app.i18n import t
from app.services.base import month_guard
from app.services.base.context import ServiceContext
from app.services.base.daily_common import check_class, iso_at, pupil_row, require_service_day, who
from app.store import daily_store, event_archive


def event_row(
    *,
    event_id: str | None = None,
    pupil_id: str,
    class_id: str,
    day: str,
    kind: str,
    at: str,
    recorded_at: str,
    actor: str,
    device_id: str,
    **payload: Any,
) -> dict[str, Any]:
    """One attendance_event row; services and the history generator build rows only here.

    Without ``event_id`` the id is derived from the event itself (``domain.event_id``), which
    lets a sealed month store it in a few bits."""
    row: dict[str, Any] = dict.fromkeys(event_archive.EVENT_COLUMNS)
    row.update(
        id=event_id or domain.event_id(pupil_id, day, kind, at, recorded_at, device_id),
        pupil_id=pupil_id,
        day=day,
        class_id=class_id,
        kind=kind,
        at=at,
        recorded_at=recorded_at,
        actor=actor,
        device_id=device_id,
        reason="",
        note="",
    )
    unknown = set(payload) - set(event_archive.EVENT_COLUMNS)
    if unknown:
        raise ValueError(f"unknown event fields {sorted(unknown)}")
    row.update(payload)
    return row


def append_event(  # every caller has checked month_guard.ensure_open for ``day``
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    pupil: dict[str, Any],
    day: str,
    kind: str,
    at: datetime,
    **payload: Any,
) -> dict[str, Any]:
    fields = (pupil["id"], day, kind, iso_at(at), ctx.now_iso(), ctx.device_id)
    n = 0
    while daily_store.event_exists(conn, domain.event_id(*fields, n=n)):
        n += 1  # the same thing recorded twice in one second on this PC
    row = event_row(
        event_id=domain.event_id(*fields, n=n), pupil_id=pupil["id"],
        class_id=pupil["class_id"], day=day, kind=kind, at=fields[3], recorded_at=fields[4],
        actor=ctx.actor.login, device_id=ctx.device_id, **payload,
    )  # fmt: skip
    daily_store.insert_events(conn, [row])
    return row


def pupil_day_now(conn: sqlite3.Connection, pupil_id: str, day: str) -> domain.PupilDay:
    return domain.derive(
        domain.Event.from_row(r) for r in daily_store.events_of_pupil_day(conn, pupil_id, day)
    )


def checked_pupil(
    ctx: ServiceContext, conn: sqlite3.Connection, pupil_key: str, day: date
) -> tuple[dict[str, Any], DayStatus]:
    """The pupil, checked: the month is not closed (月结), service day, enrolled that day, and
    the actor may act on the class."""
    month_guard.ensure_open(conn, day)
    pupil = pupil_row(conn, pupil_key)
    check_class(ctx, conn, pupil["class_id"], day.isoformat())
    status = require_service_day(conn, day)
    if daily_store.enrolment_on(conn, pupil["id"], day.isoformat()) is None:
        raise ValidationError(
            t(
                "{who} {day} 没有参加课后服务（未报名、未核准或已退出）。"
                "如需参加，请在“报名”页登记申请，学校核准后即可签到。",
                who=who(pupil),
                day=day.isoformat(),
            )
        )
    return pupil, status


def pupil_day_summary(pupil: dict[str, Any], day: str, pd: domain.PupilDay) -> dict[str, Any]:
    return {
        "id": pupil["id"],
        "national_id": pupil["national_id"],
        "name": pupil["name"],
        "class": pupil["class_name"],
        "date": day,
        "state": pd.state,
        "state_label": domain.STATE_LABELS[pd.state],
        "signed_in_at": pd.signed_in_at,
        "left_at": pd.left_at,
        "adult": pd.adult,
    }
