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
from datetime import date
from typing import Any

from app.domain.billing import (
    MODES,
    WAIVER_KINDS,
    Interval,
    MonthFacts,
    Standard,
    WaiverGrant,
    best_waiver,
    enrolled_count,
    gross_charge,
    waived_fen,
)
from app.domain.profiles import stage_of_grade
from app.domain.roles import Action
from app.services.calendar import school_calendar
from app.services.context import ServiceContext
from app.services.money_common import money_id, month_of
from app.store import money_store, rows, school_store

_COMPARED = ("standard_id", "class_id", "gross_fen", "waived_fen", "waiver_kind", "waiver_id",
             "basis")  # fmt: skip


def _interval(e: dict[str, Any]) -> Interval:
    end = date.fromisoformat(e["withdrawn_on"]) if e["withdrawn_on"] else None
    return Interval(date.fromisoformat(e["enrolled_from"]), end)


def _grants(conn: sqlite3.Connection, first: date, last: date) -> dict[str, list[WaiverGrant]]:
    out: dict[str, list[WaiverGrant]] = defaultdict(list)
    for w in money_store.waivers(conn):
        if w["valid_from"] <= last.isoformat() and (
            w["revoked_on"] is None or w["revoked_on"] > first.isoformat()
        ):
            out[w["pupil_id"]].append(WaiverGrant(w["kind"], int(w["percent"]), w["id"]))
    return out


def bill_month(ctx: ServiceContext, month: str) -> dict[str, Any]:
    """Generate (or bring up to date) the month's charges. Returns what was done and totals."""
    ctx.require(Action.MANAGE_FEES)
    month, first, last = month_of(month)
    cal = school_calendar(ctx.store.conn)
    month_days = cal.service_days(first, last)
    result: dict[str, Any] = {"month": month, "created": 0, "updated": 0, "unchanged": 0,
                              "removed": 0, "no_standard": []}  # fmt: skip
    with ctx.write() as conn:
        attended = money_store.attended_days(conn, first.isoformat(), last.isoformat())
        grants = _grants(conn, first, last)
        terms = {t["id"]: t for t in school_store.terms(conn)}
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for e in money_store.enrolments_between(conn, first.isoformat(), last.isoformat()):
            groups[(e["pupil_id"], e["mode"])].append(e)
        produced: set[str] = set()
        for (pupil_id, mode), found in groups.items():
            p = found[0]
            stage = stage_of_grade(int(p["grade_level"]))
            intervals = [_interval(e) for e in found]
            mine = [d for d in month_days if any(i.covers(d) for i in intervals)]
            on = (mine[0] if mine else max(first, intervals[0].start)).isoformat()
            std_row = money_store.standard_for(conn, mode, stage, on)
            if std_row is None:
                result["no_standard"].append(p["national_id"])
                continue
            std = Standard(std_row["id"], int(std_row["amount_fen"]), std_row["unit"],
                           bool(std_row["half_month"]))  # fmt: skip
            charge_month = month
            if std.unit == "term":
                term = terms[p["term_id"]]
                t0, t1 = (
                    date.fromisoformat(term["start_date"]),
                    date.fromisoformat(term["end_date"]),
                )
                term_days = cal.service_days(t0, t1)
                in_term = [_interval(e) for e in money_store.enrolments_in_term(conn, term["id"], pupil_id)
                           if e["mode"] == mode]  # fmt: skip
                enrolled_term_days = [d for d in term_days if any(i.covers(d) for i in in_term)]
                if not enrolled_term_days:
                    continue
                charge_month = enrolled_term_days[0].isoformat()[:7]
                std_row = (
                    money_store.standard_for(conn, mode, stage, enrolled_term_days[0].isoformat())
                    or std_row
                )
                std = Standard(std_row["id"], int(std_row["amount_fen"]), std_row["unit"], False)
                facts = MonthFacts(0, 0, 0, len(term_days), len(enrolled_term_days))
            else:
                facts = MonthFacts(
                    service_days=len(month_days),
                    enrolled_days=enrolled_count(month_days, intervals),
                    attended_days=attended.get(pupil_id, 0),
                )
            gross = gross_charge(std, facts)
            if gross is None:
                continue
            grant = best_waiver(bool(p["registered_poor"]), grants.get(pupil_id, []))
            waived = waived_fen(gross.fen, grant)
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


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "pupil_id", "month", "mode", *_COMPARED)
    return {k: row[k] for k in keys}


def _upsert(
    ctx: ServiceContext, conn: sqlite3.Connection, row: dict[str, Any], result: dict[str, Any]
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


def charge_view(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": c["id"],
        "month": c["month"],
        "pupil_id": c["pupil_id"],
        "national_id": c["national_id"],
        "name": c["name"],
        "class": c["charge_class_name"],
        "mode": c["mode"],
        "mode_label": MODES[c["mode"]],
        "gross_fen": int(c["gross_fen"]),
        "waived_fen": int(c["waived_fen"]),
        "net_fen": int(c["gross_fen"]) - int(c["waived_fen"]),
        "waiver_kind": c["waiver_kind"],
        "waiver_label": WAIVER_KINDS.get(c["waiver_kind"] or "", ""),
        "basis": c["basis"],
    }


def month_charges(
    ctx: ServiceContext, month: str, class_name: str | None = None
) -> list[dict[str, Any]]:
    """The month's charges, in class and name order (optionally one class)."""
    ctx.require(Action.VIEW_FINANCE)
    month, _, _ = month_of(month)
    found = [charge_view(c) for c in money_store.charges(ctx.store.conn, month)]
    if class_name:
        from app.services.classes import find_class

        wanted = find_class(ctx, class_name)["name"]
        found = [c for c in found if c["class"] == wanted]
    return found
