"""A guardian's separate consents (PIPL art. 25): to the service, and to publication of the
pupil's masked name on the monthly waiver list. Without a publication consent in force the
pupil never appears on the public list."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.roles import Action
from app.errors import ValidationError
from app.services.base.context import ServiceContext
from app.services.base.daily_common import pupil_row, who
from app.services.base.money_common import date_not_future
from app.store import money_store, rows
from app.store.ids import new_id

CONSENT_KINDS = {"service": "参加课后服务", "publication": "减免名单公示"}


def record_consent(
    ctx: ServiceContext,
    pupil_key: str,
    kind: str,
    by: str = "",
    on: str | date | None = None,
    *,
    withdraw: bool = False,
) -> dict[str, Any]:
    """Record a guardian's consent of ``kind``, or (``withdraw``) its withdrawal from ``on``."""
    ctx.require(Action.RECORD_CONSENT)
    if kind not in CONSENT_KINDS:
        raise ValidationError(
            f"同意类别“{kind}”无效，可选：service（参加服务）、publication（公示）。"
        )
    day = date_not_future(ctx, on, "日期").isoformat()
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        active = [c for c in money_store.consents(conn, pupil["id"], kind) if not c["withdrawn_on"]]
        if withdraw:
            if not active:
                raise ValidationError(
                    f"{who(pupil)} 没有在效的“{CONSENT_KINDS[kind]}”同意，无需撤回。"
                )
            for c in active:
                when = max(day, c["given_on"])
                rows.update(conn, "pupil_consent", c["id"], {"withdrawn_on": when})
                ctx.audit(conn, "consent.withdraw", "pupil_consent", c["id"], c,
                          {"withdrawn_on": when})  # fmt: skip
            return {"pupil": who(pupil), "kind": kind, "withdrawn_on": day}
        if not by.strip():
            raise ValidationError("请填写签署同意书的监护人姓名（--by）。")
        if active:
            raise ValidationError(
                f"{who(pupil)} 的“{CONSENT_KINDS[kind]}”同意已于 {active[0]['given_on']} 登记。"
            )
        row = {
            "id": new_id(),
            "pupil_id": pupil["id"],
            "kind": kind,
            "given_on": day,
            "given_by": by.strip(),
            "withdrawn_on": None,
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "pupil_consent", row)
        ctx.audit(conn, "consent.give", "pupil_consent", row["id"], None, row)
    return {**row, "pupil": who(pupil)}


def consents_of(ctx: ServiceContext, pupil_key: str) -> list[dict[str, Any]]:
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    return money_store.consents(conn, pupil_row(conn, pupil_key)["id"])
