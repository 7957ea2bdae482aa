"""The ledger beyond fees: expenses in the categories the texts name, and other income
(government subsidy). A management fee is refused with the texts' rule quoted."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.money import (
    EXPENSE_CATEGORIES,
    INCOME_CATEGORIES,
    NO_MANAGEMENT_FEE,
    is_management_fee,
)
from app.domain.roles import Action
from app.errors import ValidationError
from app.services import month_guard
from app.services.context import ServiceContext
from app.services.money_common import amount_fen, date_not_future, month_of
from app.store import money_store, rows
from app.store.ids import new_id


def _entry(
    ctx: ServiceContext, direction: str, category: str, amount: str | int,
    on: str | date | None, note: str,
) -> dict[str, Any]:  # fmt: skip
    ctx.require(Action.MANAGE_FEES)
    category = category.strip()
    allowed = EXPENSE_CATEGORIES if direction == "expense" else INCOME_CATEGORIES
    if is_management_fee(category):
        raise ValidationError(
            f"不能列支“{category}”：课后服务经费不得提取管理费。",
            [f"依据：{NO_MANAGEMENT_FEE.cite()}"],
        )
    if category not in allowed:
        raise ValidationError(f"类别“{category}”无效，可选：{'、'.join(allowed)}。")
    fen = amount_fen(amount, "金额")
    day = date_not_future(ctx, on, "日期")
    row = {
        "id": new_id(),
        "direction": direction,
        "category": category,
        "amount_fen": fen,
        "entry_on": day.isoformat(),
        "note": note.strip(),
        "recorded_by": ctx.actor.login,
        "created_at": ctx.now_iso(),
        "device_id": ctx.device_id,
    }
    with ctx.write() as conn:
        month_guard.ensure_open(conn, day)
        rows.insert(conn, "ledger_entry", row)
        ctx.audit(conn, f"ledger.{direction}", "ledger_entry", str(row["id"]), None, row)
    return row


def add_expense(
    ctx: ServiceContext, category: str, amount: str | int, on: str | date | None = None,
    note: str = "",
) -> dict[str, Any]:  # fmt: skip
    return _entry(ctx, "expense", category, amount, on, note)


def add_income(
    ctx: ServiceContext, category: str, amount: str | int, on: str | date | None = None,
    note: str = "",
) -> dict[str, Any]:  # fmt: skip
    """Income other than fees, e.g. 财政补助."""
    return _entry(ctx, "income", category, amount, on, note)


def month_ledger(ctx: ServiceContext, month: str) -> list[dict[str, Any]]:
    ctx.require(Action.VIEW_FINANCE)
    _, first, last = month_of(month)
    return money_store.ledger(ctx.store.conn, first.isoformat(), last.isoformat())
