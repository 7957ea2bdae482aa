"""Report data for the money side (the PDF/XLSX renderers in app/reports call these).

``finance_month``: the month's 收支公示 figures, the internal waiver list with full detail,
and the public waiver list (class, masked name, amount — only pupils whose guardian's
consent to publication is in force at the month's end; never a 学籍号 or hardship kind).
``subsidy_month``: each person's hours by day type and pay.
Every total is integer fen and reconciles: income − expenses = balance.
"""

from __future__ import annotations

from typing import Any

from app.domain.billing import WAIVER_KINDS
from app.domain.money import EXPENSE_CATEGORIES, INCOME_CATEGORIES, mask_name
from app.domain.roles import Action
from app.services.context import ServiceContext
from app.services.money_common import month_of
from app.services.setup import school_info
from app.services.subsidies import month_subsidy
from app.store import money_store


def finance_month(ctx: ServiceContext, month: str) -> dict[str, Any]:
    ctx.require(Action.VIEW_FINANCE)
    month, first, last = month_of(month)
    conn = ctx.store.conn
    start, end = first.isoformat(), last.isoformat()
    charges = money_store.charges(conn, month)
    paid = sum(int(p["amount_fen"]) for p in money_store.payments(conn, start, end))
    refunded = sum(int(r["amount_fen"]) for r in money_store.refunds(conn, start, end))
    entries = money_store.ledger(conn, start, end)
    spent = {c: 0 for c in EXPENSE_CATEGORIES}
    other_income = {c: 0 for c in INCOME_CATEGORIES}
    for e in entries:
        (spent if e["direction"] == "expense" else other_income)[e["category"]] += int(
            e["amount_fen"]
        )
    expenses_fen = sum(spent.values())
    income_fen = paid - refunded + sum(other_income.values())
    consenting = money_store.consenting_pupils(conn, "publication", end)
    waivers = []
    public = []
    for c in charges:
        if int(c["waived_fen"]) <= 0:
            continue
        waivers.append({
            "national_id": c["national_id"], "name": c["name"], "class": c["charge_class_name"],
            "kind": c["waiver_kind"], "kind_label": WAIVER_KINDS.get(c["waiver_kind"] or "", ""),
            "fen": int(c["waived_fen"]),
        })  # fmt: skip
        if c["pupil_id"] in consenting:
            public.append({"class": c["charge_class_name"], "name": mask_name(c["name"]),
                           "fen": int(c["waived_fen"])})  # fmt: skip
    school = school_info(ctx) or {}
    return {
        "month": month,
        "school": school.get("name", ""),
        "charged_fen": sum(int(c["gross_fen"]) for c in charges),
        "waived_fen": sum(int(c["waived_fen"]) for c in charges),
        "paid_fen": paid,
        "refunded_fen": refunded,
        "fee_income_fen": paid - refunded,
        "other_income_fen": sum(other_income.values()),
        "income_fen": income_fen,
        "expenses_fen": expenses_fen,
        "balance_fen": income_fen - expenses_fen,
        "waivers": waivers,
        "public_waivers": public,
        "public_waivers_fen": sum(w["fen"] for w in public),
        "withheld_from_public": len(waivers) - len(public),
        "expenses": [{"category": k, "fen": v} for k, v in spent.items() if v],
        "other_income": [{"category": k, "fen": v} for k, v in other_income.items() if v],
    }


def subsidy_month(ctx: ServiceContext, month: str) -> dict[str, Any]:
    """Per person: name, category, hours by day type, amount_fen (see services.subsidies)."""
    return month_subsidy(ctx, month)
