"""A guardian's separate consents (PIPL art. 25): to the service, and to publication of the
pupil's masked name on the monthly waiver list. Without a publication consent in force the
pupil never appears on the public list."""

from __future__ import annotations

from datetime import date

from after_school_desk.domain.enrolment import CONSENT_LABELS, ConsentKind
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import pupil_row, who
from after_school_desk.services.base.money_common import date_not_future
from after_school_desk.services.school.answers import (
    ConsentGiven,
    ConsentRow,
    ConsentWithdrawn,
    consent_of,
)
from after_school_desk.store import money_store, rows
from after_school_desk.store.ids import new_id

# the consents the screens offer (as stored) and their labels
CONSENT_KINDS: dict[str, str] = {kind: label for kind, label in CONSENT_LABELS.items()}


def record_consent(
    ctx: ServiceContext,
    pupil_key: str,
    kind: str,
    by: str = "",
    on: str | date | None = None,
    *,
    withdraw: bool = False,
) -> ConsentGiven | ConsentWithdrawn:
    """Record a guardian's consent of ``kind``, or (``withdraw``) its withdrawal from ``on``."""
    ctx.require(Action.RECORD_CONSENT)
    if kind not in CONSENT_KINDS:
        raise ValidationError(
            t("同意类别“{kind}”无效，可选：service（参加服务）、publication（公示）。", kind=kind)
        )
    consent = ConsentKind(kind)
    day = date_not_future(ctx, on, t("日期")).isoformat()
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        active = [
            c for c in money_store.consents(conn, pupil["id"], consent) if not c["withdrawn_on"]
        ]
        if withdraw:
            if not active:
                raise ValidationError(
                    t(
                        "{who} 没有在效的“{kind}”同意，无需撤回。",
                        who=who(pupil),
                        kind=CONSENT_LABELS[consent],
                    )
                )
            for c in active:
                when = max(day, c["given_on"])
                rows.update(conn, "pupil_consent", c["id"], {"withdrawn_on": when})
                ctx.audit(conn, "consent.withdraw", "pupil_consent", c["id"], c,
                          {"withdrawn_on": when})  # fmt: skip
            return {"pupil": who(pupil), "kind": consent, "withdrawn_on": day}
        if not by.strip():
            raise ValidationError(t("请填写签署同意书的监护人姓名（--by）。"))
        if active:
            raise ValidationError(
                t(
                    "{who} 的“{kind}”同意已于 {given_on} 登记。",
                    who=who(pupil),
                    kind=CONSENT_LABELS[consent],
                    given_on=active[0]["given_on"],
                )
            )
        row: ConsentRow = {
            "id": new_id(),
            "pupil_id": pupil["id"],
            "kind": consent,
            "given_on": day,
            "given_by": by.strip(),
            "withdrawn_on": None,
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "pupil_consent", row)
        ctx.audit(conn, "consent.give", "pupil_consent", row["id"], None, dict(row))
    return ConsentGiven(**row, pupil=who(pupil))


def consents_of(ctx: ServiceContext, pupil_key: str) -> list[ConsentRow]:
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    return [consent_of(c) for c in money_store.consents(conn, pupil_row(conn, pupil_key)["id"])]
