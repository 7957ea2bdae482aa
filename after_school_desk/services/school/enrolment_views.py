"""What the enrolment screen reads: a class's pupils with their enrolment this term and what
waits for whom, and one pupil's enrolment history step by step with who did each step."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from after_school_desk.domain.enrolment import (
    NEXT_STEP,
    NO_ENROLMENT,
    OPEN_STATUSES,
    EnrolmentStatus,
    EnrolmentStep,
    HistoryStep,
    ServiceMode,
)
from after_school_desk.domain.roles import Action, allowed
from after_school_desk.errors import NotFound
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of, pupil_row
from after_school_desk.services.base.pupil_visibility import visibility
from after_school_desk.services.school.answers import (
    ClassEnrolmentRow,
    EnrolmentHistoryRow,
    HistoryStepRow,
)
from after_school_desk.services.school.enrolment import MODES
from after_school_desk.services.school.pupils import FLAGS
from after_school_desk.store import daily_store, history_store, people_store, rows, school_store

STATES = (NO_ENROLMENT, *EnrolmentStatus)


def actor_names(conn: sqlite3.Connection) -> Callable[[str | None], str]:
    """login → the person's name (an account's display name; 命令行 for the terminal)."""
    names = {str(u["login"]): str(u["display_name"]) for u in people_store.users(conn)}

    def name(login: str | None) -> str:
        if not login:
            return ""
        if login in names:
            return names[login]
        if login.startswith("cli:"):
            return f"命令行（{login[4:]}）"
        return login

    return name


def next_step(row: dict[str, Any] | None) -> EnrolmentStep | str:
    """review / approval / agreement (an enrolment without its signed agreement waits for
    the agreement), or "" when nothing is waiting."""
    if row is None:
        return ""
    step = NEXT_STEP.get(EnrolmentStatus(row["status"]))
    if step is not None:
        return step
    if row["status"] == EnrolmentStatus.ENROLLED and not row["agreement_signed_on"]:
        return EnrolmentStep.AGREEMENT
    return ""


def _age(e: dict[str, Any]) -> tuple[str, bool]:
    """Older first: by creation; of two made in the same second, the closed one is older."""
    return (str(e["created_at"]), e["status"] in OPEN_STATUSES)


def steps_for(ctx: ServiceContext) -> set[EnrolmentStep]:
    """The steps that wait for the acting user: the school's approval for those who approve,
    the class review and the signed agreement for the teachers who enter applications."""
    if allowed(ctx.actor.role, Action.APPROVE_ENROLMENT):
        return {EnrolmentStep.APPROVAL}
    if allowed(ctx.actor.role, Action.ENROL):
        return {EnrolmentStep.REVIEW, EnrolmentStep.AGREEMENT}
    return set()


def class_enrolment(
    ctx: ServiceContext, class_id: str, day: str | date | None = None
) -> list[ClassEnrolmentRow]:
    """Every pupil of a class with the latest enrolment of the term that contains ``day``."""
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    d = day_of(ctx, day).isoformat()
    if rows.get(conn, "class", class_id) is None:
        raise NotFound(t("找不到班级“{class_id}”。", class_id=class_id))
    term = school_store.term_on(conn, d)
    latest: dict[str, dict[str, Any]] = {}
    if term is not None:
        found = daily_store.enrolment_list(conn, term["id"], class_id)
        for row in sorted(found, key=_age):
            latest[str(row["pupil_id"])] = row
    mine = steps_for(ctx)
    shown = visibility(ctx, d).shows_private(class_id)  # a teacher's own class: its flags
    result: list[ClassEnrolmentRow] = []
    for p in people_store.pupils(conn, class_id):
        e = latest.get(str(p["id"]))
        step = next_step(e)
        result.append(
            {
                "pupil_id": p["id"],
                "national_id": p["national_id"],
                "name": p["name"],
                "name_initials": p["name_initials"],
                "name_pinyin": p["name_pinyin"],
                "class": p["class_name"],
                "flags": [label for key, label in FLAGS.items() if shown and p.get(key)],
                "private_hidden": not shown,
                "enrolment_id": e["id"] if e else None,
                "state": EnrolmentStatus(e["status"]) if e else NO_ENROLMENT,
                "mode": ServiceMode(e["mode"]) if e else None,
                "mode_label": MODES[e["mode"]] if e else "",
                "applied_on": e["applied_on"] if e else None,
                "applied_by": e["applied_by"] if e else "",
                "requested_from": e["requested_from"] if e else None,
                "enrolled_from": e["enrolled_from"] if e else None,
                "withdrawn_on": e["withdrawn_on"] if e else None,
                "withdraw_reason": e["withdraw_reason"] if e else "",
                "refused_reason": e["refused_reason"] if e else "",
                "agreement_signed_on": e["agreement_signed_on"] if e else None,
                "agreement_signed_by": e["agreement_signed_by"] if e else None,
                "next_step": step,
                "mine": step in mine,
            }
        )
    return result


_STEP_OF_ACTION = {
    "enrolment.apply": HistoryStep.APPLY,
    "enrolment.review": HistoryStep.REVIEW,
    "enrolment.approve": HistoryStep.APPROVE,
    "enrolment.refuse": HistoryStep.REFUSE,
    "enrolment.agreement": HistoryStep.AGREEMENT,
    "enrolment.withdraw": HistoryStep.WITHDRAW,
}


def _step(
    kind: HistoryStep, on: str | None, by: str, detail: str = "", recorded_at: str = ""
) -> HistoryStepRow:
    return {"step": kind, "on": (on or "")[:10], "by": by, "detail": detail,
            "recorded_at": recorded_at}  # fmt: skip


def _steps_from_audit(
    e: dict[str, Any], audit_rows: list[dict[str, Any]], name: Callable[[str | None], str]
) -> list[HistoryStepRow]:
    steps: list[HistoryStepRow] = []
    for a in sorted(audit_rows, key=lambda r: int(r["seq"])):
        kind = _STEP_OF_ACTION.get(str(a["action"]))
        if kind is None:
            continue
        after = json.loads(a["after_json"] or "{}")
        merged = {**e, **after}
        by = name(str(a["actor"]))
        at = str(a["at"])
        if kind == HistoryStep.APPLY:
            steps.append(
                _step(
                    HistoryStep.APPLY, merged["applied_on"], by, merged.get("applied_by") or "", at
                )
            )
            if merged.get("status") == EnrolmentStatus.ENROLLED:  # filed and approved at once
                steps.append(
                    _step(HistoryStep.APPROVE, at, by, merged.get("enrolled_from") or "", at)
                )
        elif kind == HistoryStep.APPROVE:
            steps.append(_step(HistoryStep.APPROVE, at, by, merged.get("enrolled_from") or "", at))
        elif kind == HistoryStep.REFUSE:
            steps.append(_step(HistoryStep.REFUSE, at, by, merged.get("refused_reason") or "", at))
        elif kind == HistoryStep.AGREEMENT:
            steps.append(_step(HistoryStep.AGREEMENT, merged.get("agreement_signed_on"), by,
                               merged.get("agreement_signed_by") or "", at))  # fmt: skip
        elif kind == HistoryStep.WITHDRAW:
            steps.append(_step(HistoryStep.WITHDRAW, merged.get("withdrawn_on"), by,
                               merged.get("withdraw_reason") or "", at))  # fmt: skip
        else:
            steps.append(_step(HistoryStep.REVIEW, at, by, "", at))
    return steps


def _steps_from_row(e: dict[str, Any], name: Callable[[str | None], str]) -> list[HistoryStepRow]:
    """Enrolments written without an audit record (generated history): what the row says."""
    steps = [_step(HistoryStep.APPLY, e["applied_on"], "", e["applied_by"] or "")]
    if e["reviewed_at"] and e["reviewed_at"] != e["approved_at"]:
        steps.append(_step(HistoryStep.REVIEW, e["reviewed_at"], name(e["reviewed_by"])))
    if e["approved_at"]:
        steps.append(_step(HistoryStep.APPROVE, e["approved_at"], name(e["approved_by"]),
                           e["enrolled_from"] or ""))  # fmt: skip
    if e["status"] == EnrolmentStatus.REFUSED:
        steps.append(_step(HistoryStep.REFUSE, e["updated_at"], "", e["refused_reason"]))
    if e["agreement_signed_on"]:
        steps.append(
            _step(
                HistoryStep.AGREEMENT, e["agreement_signed_on"], "", e["agreement_signed_by"] or ""
            )
        )
    if e["withdrawn_on"]:
        steps.append(_step(HistoryStep.WITHDRAW, e["withdrawn_on"], "", e["withdraw_reason"]))
    return steps


def enrolment_history(ctx: ServiceContext, pupil_key: str) -> list[EnrolmentHistoryRow]:
    """The pupil's enrolments, newest first, each with its steps in order: what, when, by whom
    (the person who recorded it), and the detail (applicant, start date, reason, signer)."""
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    pupil = pupil_row(conn, pupil_key)
    name = actor_names(conn)
    terms = {str(t["id"]): t for t in school_store.terms(conn)}
    result: list[EnrolmentHistoryRow] = []
    for e in sorted(daily_store.enrolments_of(conn, pupil["id"]), key=_age, reverse=True):
        audit_rows = history_store.of_entity(conn, "enrolment", str(e["id"]))
        steps = _steps_from_audit(e, audit_rows, name) if audit_rows else _steps_from_row(e, name)
        term = terms.get(str(e["term_id"]))
        result.append(
            {
                "id": e["id"],
                "term": term["name"] if term else "",
                "status": EnrolmentStatus(e["status"]),
                "mode": ServiceMode(e["mode"]),
                "mode_label": MODES[e["mode"]],
                "enrolled_from": e["enrolled_from"],
                "withdrawn_on": e["withdrawn_on"],
                "agreement_signed_on": e["agreement_signed_on"],
                "agreement_signed_by": e["agreement_signed_by"],
                "steps": steps,
            }
        )
    return result
