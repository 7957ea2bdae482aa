"""收费 for a class teacher: the pupils of one class with the month's charge, what they paid in
the month and what they still owe, read with the right to take fees (``RECORD_PAYMENT``), not
the finance page's (``VIEW_FINANCE``), and only for a class the teacher may act on (head
teacher, or that day's supervising teacher: ``check_class``, the check ``record_payment``
makes). The payment itself is ``payments.record_payment``."""

from __future__ import annotations

from typing import TypedDict

from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import check_class
from after_school_desk.services.base.money_common import month_of
from after_school_desk.services.money.payments import settlement_of
from after_school_desk.store import money_store, people_store, rows


class ClassFeeRow(TypedDict):
    """One pupil of the class: ``charged_fen`` this month (after waivers), ``paid_month_fen``
    paid in the month, ``owed_fen`` still owed over all months (0 when paid up or ahead)."""

    pupil_id: str
    national_id: str
    name: str
    charged_fen: int
    paid_month_fen: int
    owed_fen: int


class ClassFees(TypedDict):
    class_id: str
    class_name: str
    month: str
    billed: bool  # any charge of the month for this class (the principal bills the month)
    pupils: list[ClassFeeRow]


def class_fees(ctx: ServiceContext, class_id: str, month: str | None = None) -> ClassFees:
    """The class's pupils (those at school, and any charged in the month) with their fees."""
    ctx.require(Action.RECORD_PAYMENT)
    today = ctx.clock.now().date()
    month, first, last = month_of(month or today.isoformat()[:7])
    conn = ctx.store.conn
    check_class(ctx, conn, class_id, today.isoformat())
    cls = rows.get(conn, "class", class_id)
    named: dict[str, tuple[str, str]] = {
        str(p["id"]): (str(p["national_id"]), str(p["name"]))
        for p in people_store.pupils(conn, class_id)
    }
    charged: dict[str, int] = {}
    for c in money_store.charges(conn, month):
        if c["class_id"] == class_id:
            net = int(c["gross_fen"]) - int(c["waived_fen"])
            charged[c["pupil_id"]] = charged.get(c["pupil_id"], 0) + net
            named.setdefault(str(c["pupil_id"]), (str(c["national_id"]), str(c["name"])))
    out: list[ClassFeeRow] = []
    for pupil_id, (national_id, name) in named.items():
        paid_month = sum(
            int(p["amount_fen"])
            for p in money_store.payments(conn, first.isoformat(), last.isoformat(), pupil_id)
        )
        out.append({
            "pupil_id": pupil_id, "national_id": national_id, "name": name,
            "charged_fen": charged.get(pupil_id, 0), "paid_month_fen": paid_month,
            "owed_fen": settlement_of(conn, pupil_id).shortfall_fen,
        })  # fmt: skip
    return {
        "class_id": class_id,
        "class_name": str(cls["name"]) if cls else class_id,
        "month": month,
        "billed": bool(charged),
        "pupils": out,
    }
