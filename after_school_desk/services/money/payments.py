"""Payments (date, amount, method, receipt number), refunds and each pupil's settlement.

多退少不补: the school refunds overpayment (e.g. the unused part after a withdrawal, once
the month has been billed again) and never bills a shortfall. A refund is never larger than
what the family paid and still holds, and records who approved it.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from after_school_desk.domain.money import (
    PAYMENT_METHODS,
    PaymentMethod,
    Settlement,
    refund_basis,
    refund_problems,
    yuan,
)
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import check_class, pupil_row, who
from after_school_desk.services.base.money_common import amount_fen, date_not_future, month_of
from after_school_desk.services.money.answers import (
    Account,
    MonthAccount,
    PaymentRecorded,
    PaymentView,
    RefundRecorded,
    RefundView,
    settlement_figures,
)
from after_school_desk.services.money.billing import charge_view, month_charges
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.store import money_store, rows
from after_school_desk.store.ids import new_id
from after_school_desk.store.rows import Row

# The payment methods and their names (after_school_desk/domain/money.py); the CLI offers these.
METHODS = PAYMENT_METHODS


def record_payment(
    ctx: ServiceContext,
    pupil_key: str,
    amount: str | int,
    paid_on: str | date | None = None,
    *,
    method: str = PaymentMethod.CASH,
    receipt_no: str | None = None,
    note: str = "",
) -> PaymentRecorded:
    """A fee paid by a family. Teachers may record payments for their own class."""
    ctx.require(Action.RECORD_PAYMENT)
    if method not in METHODS:
        choices = "、".join(f"{k}（{v}）" for k, v in METHODS.items())
        raise ValidationError(
            t("缴费方式“{method}”无效，可选：{choices}", method=method, choices=choices)
        )
    fen = amount_fen(amount, "缴费金额")
    day = date_not_future(ctx, paid_on, "缴费日期")
    receipt = (receipt_no or "").strip() or None
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        check_class(ctx, conn, pupil["class_id"], day.isoformat())
        month_guard.ensure_open(conn, day)
        if receipt and money_store.receipt_used(conn, receipt):
            raise ValidationError(t("收据号“{receipt}”已经登记过，不能重复使用。", receipt=receipt))
        row = {
            "id": new_id(),
            "pupil_id": pupil["id"],
            "amount_fen": fen,
            "paid_on": day.isoformat(),
            "method": PaymentMethod(method),
            "receipt_no": receipt,
            "note": note.strip(),
            "recorded_by": ctx.actor.login,
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "payment", row)
        ctx.audit(conn, "payment.record", "payment", row["id"], None, row)
        account = settlement_of(conn, pupil["id"])
    return {
        "id": row["id"], "pupil_id": row["pupil_id"], "amount_fen": fen,
        "paid_on": row["paid_on"], "method": row["method"], "receipt_no": receipt,
        "note": row["note"], "recorded_by": row["recorded_by"], "created_at": row["created_at"],
        "device_id": row["device_id"], "pupil": who(pupil),
        "account": settlement_figures(account),
    }  # fmt: skip


def settlement_of(conn: sqlite3.Connection, pupil_id: str) -> Settlement:
    """The pupil's account over all months: charged after waivers, paid and refunded."""
    t = money_store.account_totals(conn, pupil_id)
    return Settlement(t["charged"], t["waived"], t["paid"], t["refunded"])


def refund(
    ctx: ServiceContext,
    pupil_key: str,
    amount: str | int,
    reason: str = "",
    refunded_on: str | date | None = None,
) -> RefundRecorded:
    """Pay back overpayment; the acting principal is recorded as the approver."""
    ctx.require(Action.MANAGE_FEES)
    fen = amount_fen(amount, "退费金额")
    day = date_not_future(ctx, refunded_on, "退费日期")
    profile = school_profile(ctx, day)  # its own refund clause, if it has one
    with ctx.write() as conn:
        pupil = pupil_row(conn, pupil_key)
        month_guard.ensure_open(conn, day)
        account = settlement_of(conn, pupil["id"])
        problems = refund_problems(account, fen)
        if problems:
            raise ValidationError(
                t("{who} 的退费未办理：", who=who(pupil)),
                [*problems, refund_basis(profile)],
            )
        row = {
            "id": new_id(),
            "pupil_id": pupil["id"],
            "amount_fen": fen,
            "refunded_on": day.isoformat(),
            "reason": reason.strip(),
            "approved_by": ctx.actor.display_name or ctx.actor.login,
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "refund", row)
        ctx.audit(conn, "refund.record", "refund", row["id"], None, row)
        after = settlement_of(conn, pupil["id"])
    return {
        "id": row["id"], "pupil_id": row["pupil_id"], "amount_fen": fen,
        "refunded_on": row["refunded_on"], "reason": row["reason"],
        "approved_by": row["approved_by"], "created_at": row["created_at"],
        "device_id": row["device_id"], "pupil": who(pupil), "account": settlement_figures(after),
    }  # fmt: skip


def account(ctx: ServiceContext, pupil_key: str) -> Account:
    """A pupil's charges, payments, refunds and settlement (多退少不补)."""
    ctx.require(Action.VIEW_FINANCE)
    conn = ctx.store.conn
    pupil = pupil_row(conn, pupil_key)
    settled = settlement_of(conn, pupil["id"])
    return {
        "pupil_id": pupil["id"],
        "national_id": pupil["national_id"],
        "name": pupil["name"],
        "class": pupil["class_name"],
        "charges": [charge_view(c) for c in money_store.charges(conn, pupil_id=pupil["id"])],
        "payments": [_plain_payment(p) for p in money_store.payments(conn, pupil_id=pupil["id"])],
        "refunds": [_plain_refund(r) for r in money_store.refunds(conn, pupil_id=pupil["id"])],
        **settlement_figures(settled),
        "summary": (
            f"应缴 {yuan(settled.net_fen)} 元，已缴 {yuan(settled.paid_fen)} 元，"
            f"已退 {yuan(settled.refunded_fen)} 元，可退 {yuan(settled.refundable_fen)} 元"
        ),
    }


def _plain_payment(p: Row) -> PaymentView:
    return {"id": p["id"], "paid_on": p["paid_on"], "amount_fen": int(p["amount_fen"]),
            "method": p["method"], "method_label": METHODS[p["method"]],
            "receipt_no": p["receipt_no"], "recorded_by": p["recorded_by"],
            "national_id": p["national_id"], "name": p["name"], "class": p["class_name"]}  # fmt: skip


def _plain_refund(r: Row) -> RefundView:
    return {"id": r["id"], "refunded_on": r["refunded_on"], "amount_fen": int(r["amount_fen"]),
            "reason": r["reason"], "approved_by": r["approved_by"],
            "national_id": r["national_id"], "name": r["name"], "class": r["class_name"]}  # fmt: skip


def payments_between(ctx: ServiceContext, start: str, end: str) -> list[PaymentView]:
    ctx.require(Action.VIEW_FINANCE)
    return [_plain_payment(p) for p in money_store.payments(ctx.store.conn, start, end)]


def refunds_between(ctx: ServiceContext, start: str, end: str) -> list[RefundView]:
    ctx.require(Action.VIEW_FINANCE)
    return [_plain_refund(r) for r in money_store.refunds(ctx.store.conn, start, end)]


def month_accounts(
    ctx: ServiceContext, month: str, class_name: str | None = None
) -> list[MonthAccount]:
    """The month's charges (as ``billing.month_charges``), each with what the pupil paid in the
    month (``paid_month_fen``) and the pupil's settlement over all months (``paid_fen``,
    ``refunded_fen``, ``balance_fen`` = paid − refunded − everything due; below 0 still owed)."""
    rows_ = month_charges(ctx, month, class_name)
    _, first, last = month_of(month)
    conn = ctx.store.conn
    due: dict[str, int] = {}
    for c in money_store.charges(conn):
        due[c["pupil_id"]] = due.get(c["pupil_id"], 0) + int(c["gross_fen"]) - int(c["waived_fen"])
    paid: dict[str, int] = {}
    paid_month: dict[str, int] = {}
    for p in money_store.payments(conn):
        paid[p["pupil_id"]] = paid.get(p["pupil_id"], 0) + int(p["amount_fen"])
        if first.isoformat() <= p["paid_on"] <= last.isoformat():
            paid_month[p["pupil_id"]] = paid_month.get(p["pupil_id"], 0) + int(p["amount_fen"])
    refunded: dict[str, int] = {}
    for r in money_store.refunds(conn):
        refunded[r["pupil_id"]] = refunded.get(r["pupil_id"], 0) + int(r["amount_fen"])
    out: list[MonthAccount] = []
    for view in rows_:
        pid = view["pupil_id"]
        held = paid.get(pid, 0) - refunded.get(pid, 0)
        out.append({
            **view,
            "paid_month_fen": paid_month.get(pid, 0),
            "paid_fen": paid.get(pid, 0),
            "refunded_fen": refunded.get(pid, 0),
            "balance_fen": held - due.get(pid, 0),
        })  # fmt: skip
    return out
