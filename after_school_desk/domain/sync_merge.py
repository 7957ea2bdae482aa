"""How two PCs' versions of a record shared by every PC become one (docs/several-pcs.md).

Each rule is a join: the same result whatever the order the versions arrive in, and taking a
version twice changes nothing — so every PC ends with the same record once it has seen the
same versions. Fields set once keep the first (an on-post time, an end date, an export time);
a sign-off keeps the last; what is left is taken from the version that wins the rule, and
between versions that tie, from the greater one written out (so the choice never depends on
which PC looks).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from after_school_desk.domain.enrolment import EnrolmentStatus

Row = dict[str, Any]


class SharedTable(StrEnum):
    """The tables whose records every PC may change, merged field by field (``RULES``)."""

    DUTY_DAY = "duty_day"
    CLASS_SUPERVISION = "class_supervision"
    SELF_LEAVE_PERMISSION = "self_leave_permission"
    OUTBOX = "outbox"
    ENROLMENT = "enrolment"


def _text(row: Mapping[str, Any], skip: tuple[str, ...]) -> str:
    kept = {k: v for k, v in row.items() if k not in skip}
    return json.dumps(kept, sort_keys=True, ensure_ascii=False, default=str)


def _greater(a: Row, b: Row, skip: tuple[str, ...] = ()) -> Row:
    """Between versions that tie: the greater one written out, leaving out ``skip`` (the
    fields another part of the rule decides, so the choice does not depend on them)."""
    return a if _text(a, skip) >= _text(b, skip) else b


def _pick(a: Row, b: Row, field: str, skip: tuple[str, ...], *, first: bool) -> Row:
    """The version with the earliest (``first``) or latest ``field``; unset loses."""
    va, vb = a.get(field), b.get(field)
    if va is not None and vb is not None and va != vb:
        return a if (va < vb) == first else b
    if va is None and vb is not None:
        return b
    if vb is None and va is not None:
        return a
    return _greater(a, b, skip)


def _min_set(a: Row, b: Row, field: str) -> Any:
    values = [v for v in (a.get(field), b.get(field)) if v is not None]
    return min(values) if values else None


def _max_set(a: Row, b: Row, field: str) -> Any:
    values = [v for v in (a.get(field), b.get(field)) if v is not None]
    return max(values) if values else None


_SIGN_OFF = ("signed_off_at", "signed_off_by", "sign_off_reason")


def duty_day(a: Row, b: Row) -> Row:
    """On post: the first leader on post wins; signed off: the last sign-off wins."""
    out = dict(_pick(a, b, "on_post_at", _SIGN_OFF, first=True))
    on_post_fields = tuple(k for k in out if k not in _SIGN_OFF)
    last = _pick(a, b, "signed_off_at", on_post_fields, first=False)
    for f in _SIGN_OFF:
        out[f] = last.get(f)
    return out


def class_supervision(a: Row, b: Row) -> Row:
    """Who supervised: the version started first; it started at the earliest start and ended
    at the latest end either PC saw."""
    out = dict(_pick(a, b, "start_at", ("start_at", "end_at"), first=True))
    out["start_at"] = _min_set(a, b, "start_at")
    out["end_at"] = _max_set(a, b, "end_at")
    return out


def self_leave_permission(a: Row, b: Row) -> Row:
    """A permission revoked on either PC is revoked, from the earlier date."""
    out = dict(_greater(a, b, ("revoked_on",)))
    out["revoked_on"] = _min_set(a, b, "revoked_on")
    return out


def outbox(a: Row, b: Row) -> Row:
    """A message exported for sending on either PC was exported, first time kept."""
    out = dict(_greater(a, b, ("exported_at",)))
    out["exported_at"] = _min_set(a, b, "exported_at")
    return out


_APPLICATION = (
    "pupil_id",
    "term_id",
    "mode",
    "applied_on",
    "applied_by",
    "requested_from",
    "created_at",
)
_REVIEW = ("reviewed_at", "reviewed_by")
_AGREEMENT = ("agreement_signed_on", "agreement_signed_by")
DECISION = ("approved_at", "approved_by", "enrolled_from", "refused_reason")
_WITHDRAWAL = ("withdrawn_on", "withdraw_reason")


def _part(a: Row, b: Row, fields: tuple[str, ...], when: str, *, first: bool) -> dict[str, Any]:
    """The fields of one step, from the version that took it first (or last); between equal
    times, the greater of the two steps written out."""
    pa, pb = ({f: r.get(f) for f in fields} for r in (a, b))
    return dict(_pick(pa, pb, when, (), first=first))


def enrolment_status(row: Row) -> EnrolmentStatus:
    """An enrolment's status from its steps (every PC derives the same one)."""
    if row.get("withdrawn_on"):
        return EnrolmentStatus.WITHDRAWN
    if row.get("approved_at"):
        return EnrolmentStatus.ENROLLED if row.get("enrolled_from") else EnrolmentStatus.REFUSED
    return EnrolmentStatus.REVIEWED if row.get("reviewed_at") else EnrolmentStatus.APPLIED


def enrolment(a: Row, b: Row) -> Row:
    """An application's steps, each taken once: filed, reviewed by the class, the guardian's
    agreement, withdrawn — the first of each stands; the school's decision (made only on the
    hub) — the latest stands. The status follows from the steps."""
    out = {**a, **b}  # every column; each is set below from the step it belongs to
    out.update(_part(a, b, (*_APPLICATION, "id"), "created_at", first=True))
    out.update(_part(a, b, _REVIEW, "reviewed_at", first=True))
    out.update(_part(a, b, _AGREEMENT, "agreement_signed_on", first=True))
    out.update(_part(a, b, DECISION, "approved_at", first=False))
    out.update(_part(a, b, _WITHDRAWAL, "withdrawn_on", first=True))
    out["refused_reason"] = out.get("refused_reason") or ""
    out["withdraw_reason"] = out.get("withdraw_reason") or ""
    out["updated_at"] = _max_set(a, b, "updated_at")
    # the PC that wrote last (between equal times, the greater PC id)
    out["device_id"] = max(
        (a.get("updated_at") or "", a.get("device_id") or ""),
        (b.get("updated_at") or "", b.get("device_id") or ""),
    )[1]
    out["status"] = enrolment_status(out)
    return out


def without_decision(row: Row) -> Row:
    """An enrolment as a PC that is not the hub may send it: the school's decision left out
    (it comes from the hub's own journal; a withdrawal sent before it waits for it)."""
    out = {**row, "approved_at": None, "approved_by": None, "enrolled_from": None}
    out["refused_reason"] = ""
    out["status"] = enrolment_status(out)
    return out


# Keyed by SharedTable; looked up by the table name a journal gives (a SharedTable is a str).
RULES: dict[str, Callable[[Row, Row], Row]] = {
    SharedTable.DUTY_DAY: duty_day,
    SharedTable.CLASS_SUPERVISION: class_supervision,
    SharedTable.SELF_LEAVE_PERMISSION: self_leave_permission,
    SharedTable.OUTBOX: outbox,
    SharedTable.ENROLMENT: enrolment,
}


# What a PC that is not the hub may not decide, taken out of its version of a record.
NOT_FROM_OTHER_PCS: dict[str, Callable[[Row], Row]] = {SharedTable.ENROLMENT: without_decision}


def merge(table: str, local: Row, incoming: Row) -> Row:
    return RULES[table](local, incoming)
