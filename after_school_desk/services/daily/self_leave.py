"""自行离校同意书: the guardian's written permissions of one pupil, and their revocation.

Filing a permission is ``attendance.permit_self_leave``; a permission ends on the day it is
revoked (``revoked_on`` is the first day the pupil may no longer leave alone), which may be a
later date when the guardian signed it only until then.
"""

from __future__ import annotations

from datetime import date

from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import check_class, day_of, pupil_row, who
from after_school_desk.services.daily.answers import (
    SelfLeavePermit,
    SelfLeavePermitView,
    SelfLeaveRevoked,
    self_leave_permit,
)
from after_school_desk.services.school.enrolment_views import actor_names
from after_school_desk.store import rows, self_leave_store


def self_leave_permits(ctx: ServiceContext, pupil_key: str) -> list[SelfLeavePermitView]:
    """The pupil's permissions, oldest first, each with ``in_force`` today and who filed it."""
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    pupil = pupil_row(conn, pupil_key)
    today = ctx.clock.now().date().isoformat()
    names = actor_names(conn)
    return [
        {
            **self_leave_permit(p),
            "filed_by": names(p["actor"]),
            "in_force": p["signed_on"] <= today
            and (p["revoked_on"] is None or p["revoked_on"] > today),
        }
        for p in self_leave_store.permits_of(conn, pupil["id"])
    ]


def revoke_self_leave(
    ctx: ServiceContext, pupil_key: str, on: str | date | None = None, reason: str = ""
) -> SelfLeaveRevoked:
    """End the pupil's permission from ``on`` (default today): from that day the pupil is handed
    to an adult again. A later date records a permission signed only until the day before."""
    ctx.require(Action.ENROL)
    day = day_of(ctx, on).isoformat()
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        check_class(ctx, conn, pupil["class_id"], ctx.clock.now().date().isoformat())
        open_ = [self_leave_permit(p) for p in self_leave_store.permits_of(conn, pupil["id"])
                 if p["revoked_on"] is None or p["revoked_on"] > day]  # fmt: skip
        if not open_:
            raise ValidationError(
                t("{who} 在 {day} 没有有效的自行离校同意书，无需撤销。", who=who(pupil), day=day),
                [],
                fields={"on": t("{day} 没有有效的自行离校同意书。", day=day)},
            )
        changed: list[SelfLeavePermit] = []
        for p in open_:
            when = max(day, p["signed_on"])
            note = p["note"]
            if reason.strip():
                note = f"{note}；撤销：{reason.strip()}" if note else f"撤销：{reason.strip()}"
            changes = {"revoked_on": when, "note": note}
            rows.update(conn, "self_leave_permission", p["id"], changes)
            ctx.audit(conn, "pupil.self_leave_revoke", "pupil", pupil["id"], p, changes)
            changed.append({**p, "revoked_on": when, "note": note})
    return {"pupil": who(pupil), "revoked_on": day, "permits": changed}
