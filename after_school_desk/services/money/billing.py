"""Monthly charges from enrolments, fee standards, attendance and waivers (idempotent).

``bill_month`` works out every enrolled pupil's charge for the month and writes it under an id
derived from (pupil, month, mode): running it again gives the same rows, and changes only what
changed since (a withdrawal, a new waiver, corrected attendance), each change audited.
A term fee sits in the first month of the pupil's enrolment in that term and is recomputed
whenever a month of that term is billed, so a withdrawal shrinks it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from after_school_desk.domain.billing import (
    MODES,
    WAIVER_KINDS,
    FeeUnit,
    Interval,
    MonthFacts,
    Standard,
    WaiverGrant,
    WaiverKind,
    best_waiver,
    enrolled_count,
    gross_charge,
    waived_fen,
)
from after_school_desk.domain.profiles import SCHOOL_STAGES, is_free, stage_of_grade
from after_school_desk.domain.roles import Action
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.money_common import money_id, month_of
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.money.answers import BillResult, ChargeView, StandardInForce
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.store import money_store, rows, school_store
from after_school_desk.store.rows import Row

_COMPARED = ("standard_id", "class_id", "gross_fen", "waived_fen", "waiver_kind", "waiver_id",
             "basis")  # fmt: skip


def _interval(e: Row) -> Interval:
    """The days an enrolment counts (the store's window: its own term, not after withdrawal)."""
    return Interval(date.fromisoformat(e["counts_from"]), date.fromisoformat(e["counts_until"]))


def _grants(conn: sqlite3.Connection, first: date, last: date) -> dict[str, list[WaiverGrant]]:
    out: dict[str, list[WaiverGrant]] = defaultdict(list)
    for w in money_store.waivers(conn):
        if w["valid_from"] <= last.isoformat() and (
            w["revoked_on"] is None or w["revoked_on"] > first.isoformat()
        ):
            out[w["pupil_id"]].append(
                WaiverGrant(WaiverKind(w["kind"]), int(w["percent"]), w["id"])
            )
    return out


def _on_day(
    standard_on: Callable[[str, str, str], Row | None], mode: str, stage: str, d: date
) -> Row | None:
    return standard_on(mode, stage, d.isoformat())


def _term_run(
    term_days: list[date], on: date, standard: Callable[[date], Row | None]
) -> list[date]:
    """The term's service days around ``on`` on which a per-term standard is in force."""

    def per_term(d: date) -> bool:
        row = standard(d)
        return row is not None and row["unit"] == FeeUnit.TERM

    before = [d for d in term_days if d < on]
    after = [d for d in term_days if d >= on]
    start = len(before)
    while start > 0 and per_term(before[start - 1]):
        start -= 1
    run = before[start:]
    for d in after:
        if not per_term(d):
            break
        run.append(d)
    return run


def bill_month(ctx: ServiceContext, month: str) -> BillResult:
    """Generate (or bring up to date) the month's charges. Returns what was done and totals."""
    ctx.require(Action.MANAGE_FEES)
    month, first, last = month_of(month)
    cal = school_calendar(ctx.store.conn)
    stage_days: dict[str, list[date]] = {}  # a stage's service days (its own timetable)
    result: BillResult = {"month": month, "created": 0, "updated": 0, "unchanged": 0,
                          "removed": 0, "no_standard": [], "poor_not_free": [], "pupils": 0,
                          "charged_fen": 0, "waived_fen": 0}  # fmt: skip
    # 建档立卡 free by the pupil flag only where the profile says so (Helan: after a review,
    # recorded as a waiver); ``poor_not_free``: such pupils charged, for the school to review.
    poor_free = is_free(school_profile(ctx, first), {WaiverKind.REGISTERED_POOR}) is not None
    with ctx.write() as conn:
        month_guard.ensure_open(conn, first)
        attended = money_store.attended_days(conn, first.isoformat(), last.isoformat())
        grants = _grants(conn, first, last)
        terms = {t["id"]: t for t in school_store.terms(conn)}
        groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
        for e in money_store.enrolments_between(conn, first.isoformat(), last.isoformat()):
            groups[(e["pupil_id"], e["mode"])].append(e)
        produced: set[str] = set()
        in_force: dict[tuple[str, str, str], Row | None] = {}

        def standard_on(mode: str, stage: str, day: str) -> Row | None:
            key = (mode, stage, day)
            if key not in in_force:
                in_force[key] = money_store.standard_for(conn, mode, stage, day)
            return in_force[key]

        for (pupil_id, mode), found in groups.items():
            p = found[0]
            stage = stage_of_grade(int(p["grade_level"]))
            if stage not in stage_days:
                stage_days[stage] = cal.service_days(first, last, stage)
            month_days = stage_days[stage]
            intervals = [_interval(e) for e in found]
            mine = [d for d in month_days if any(i.covers(d) for i in intervals)]
            on = (mine[0] if mine else max(first, intervals[0].start)).isoformat()
            std_row = standard_on(mode, stage, on)
            if std_row is None:
                result["no_standard"].append(p["national_id"])
                continue
            std = Standard(std_row["id"], int(std_row["amount_fen"]), FeeUnit(std_row["unit"]),
                           bool(std_row["half_month"]))  # fmt: skip
            charge_month = month
            if std.unit == FeeUnit.TERM:
                term = terms[p["term_id"]]
                t0, t1 = (
                    date.fromisoformat(term["start_date"]),
                    date.fromisoformat(term["end_date"]),
                )
                term_days = cal.service_days(t0, t1, stage)
                # The term fee covers the run of the term's days under a per-term standard
                # that holds ``on``: all the term, or from a mid-term switch to a per-term
                # standard on (the months before were billed by the month).
                run = _term_run(term_days, date.fromisoformat(on), partial(_on_day, standard_on,
                                                                           mode, stage))  # fmt: skip
                in_term = [_interval(e) for e in money_store.enrolments_in_term(conn, term["id"], pupil_id)
                           if e["mode"] == mode]  # fmt: skip
                enrolled_run = [d for d in run if any(i.covers(d) for i in in_term)]
                if not enrolled_run:
                    continue
                charge_month = enrolled_run[0].isoformat()[:7]
                std_row = standard_on(mode, stage, enrolled_run[0].isoformat()) or std_row
                std = Standard(std_row["id"], int(std_row["amount_fen"]), FeeUnit(std_row["unit"]),
                               False)  # fmt: skip
                facts = MonthFacts(0, 0, 0, len(term_days), len(enrolled_run))
            else:
                facts = MonthFacts(
                    service_days=len(month_days),
                    enrolled_days=enrolled_count(month_days, intervals),
                    attended_days=attended.get(pupil_id, 0),
                )
            gross = gross_charge(std, facts)
            if gross is None:
                continue
            poor = bool(p["registered_poor"])
            grant = best_waiver(poor and poor_free, grants.get(pupil_id, []))
            waived = waived_fen(gross.fen, grant)
            if poor and not poor_free and waived < gross.fen:
                result["poor_not_free"].append(p["national_id"])
            row = {
                "id": money_id(pupil_id, charge_month, mode),
                "pupil_id": pupil_id,
                "month": charge_month,
                "mode": mode,
                "standard_id": std.id,
                "class_id": p["pupil_class_id"],
                "gross_fen": gross.fen,
                "waived_fen": waived,
                "waiver_kind": grant.kind if waived and grant else None,
                "waiver_id": grant.waiver_id if waived and grant else None,
                "basis": gross.basis,
            }
            produced.add(row["id"])
            _upsert(ctx, conn, row, result)
        for old in money_store.charges(conn, month):
            if old["id"] not in produced and old["month"] == month:
                money_store.delete_charge(conn, old["id"])
                ctx.audit(conn, "charge.remove", "charge", old["id"], _plain(old), None)
                result["removed"] += 1
        final = money_store.charges(conn, month)
    result["pupils"] = len(final)
    result["charged_fen"] = sum(int(c["gross_fen"]) for c in final)
    result["waived_fen"] = sum(int(c["waived_fen"]) for c in final)
    return result


def _plain(row: Row) -> dict[str, Any]:
    keys = ("id", "pupil_id", "month", "mode", *_COMPARED)
    return {k: row[k] for k in keys}


def _upsert(
    ctx: ServiceContext, conn: sqlite3.Connection, row: dict[str, Any], result: BillResult
) -> None:
    old = money_store.charge(conn, row["id"])
    now = ctx.now_iso()
    if old is None:
        full = {**row, "created_at": now, "updated_at": now, "device_id": ctx.device_id}
        rows.insert(conn, "charge", full)
        ctx.audit(conn, "charge.create", "charge", row["id"], None, row)
        result["created"] += 1
        return
    changes = {k: row[k] for k in _COMPARED if old[k] != row[k]}
    if not changes:
        result["unchanged"] += 1
        return
    rows.update(conn, "charge", row["id"], {**changes, "updated_at": now})
    ctx.audit(conn, "charge.update", "charge", row["id"], {k: old[k] for k in changes}, changes)
    result["updated"] += 1


def charge_view(c: Row) -> ChargeView:
    """A charge row (with its pupil, ``money_store.charges``) as the answer spells it."""
    return {
        "id": c["id"],
        "month": c["month"],
        "pupil_id": c["pupil_id"],
        "national_id": c["national_id"],
        "name": c["name"],
        "class": c["charge_class_name"],
        "mode": str(c["mode"]),
        "mode_label": MODES[c["mode"]],
        "gross_fen": int(c["gross_fen"]),
        "waived_fen": int(c["waived_fen"]),
        "net_fen": int(c["gross_fen"]) - int(c["waived_fen"]),
        "waiver_kind": None if c["waiver_kind"] is None else str(c["waiver_kind"]),
        "waiver_label": WAIVER_KINDS.get(c["waiver_kind"] or "", ""),
        "basis": str(c["basis"]),
    }


def month_charges(
    ctx: ServiceContext, month: str, class_name: str | None = None
) -> list[ChargeView]:
    """The month's charges, in class and name order (optionally one class)."""
    ctx.require(Action.VIEW_FINANCE)
    month, _, _ = month_of(month)
    found = [charge_view(c) for c in money_store.charges(ctx.store.conn, month)]
    if class_name:
        from after_school_desk.services.base.classes import find_class

        wanted = find_class(ctx, class_name)["name"]
        found = [c for c in found if c["class"] == wanted]
    return found


def standards_in_force(
    conn: sqlite3.Connection, school_stage: str, day: str, mode: str = "basic"
) -> list[StandardInForce]:
    """The fee standard in force on ``day`` for each stage of the school (stages without one
    left out): stage, amount_fen, unit, approval_doc. What the direct report states."""
    found: list[StandardInForce] = []
    for stage in SCHOOL_STAGES.get(school_stage, ("primary",)):
        row = money_store.standard_for(conn, mode, stage, day)
        if row is not None:
            found.append({"stage": stage, "amount_fen": int(row["amount_fen"]),
                          "unit": str(row["unit"]), "approval_doc": str(row["approval_doc"])})  # fmt: skip
    return found
