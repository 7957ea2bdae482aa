"""The ledger beyond fees: expenses in the categories the texts name, each with what the money
was for (用途), and other income (government subsidy). Money spent for a purpose the region's
own text forbids (a management fee, spending unrelated to the service where the money is
earmarked) is refused with that text's rule quoted (after_school_desk/domain/spending.py)."""

from __future__ import annotations

from datetime import date

from after_school_desk.domain.money import EXPENSE_CATEGORIES, INCOME_CATEGORIES, LedgerDirection
from after_school_desk.domain.roles import Action
from after_school_desk.domain.spending import (
    PURPOSES,
    Purpose,
    allowed_purposes,
    purpose_of,
    spending_rule,
)
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import month_guard
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.money_common import amount_fen, date_not_future, month_of
from after_school_desk.services.money.answers import LedgerEntry, LedgerLine, ledger_entry
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.store import money_store, rows
from after_school_desk.store.ids import new_id

# What each purpose is called where people choose it (the CLI takes either form).
PURPOSE_NAMES = {label: key for key, label in PURPOSES.items()} | {
    "人员补助": Purpose.STAFF_PAY, "劳务补助": Purpose.STAFF_PAY, "运行": Purpose.RUNNING,
    "设备": Purpose.EQUIPMENT, "无关": Purpose.UNRELATED, "管理费": Purpose.MANAGEMENT_FEE,
}  # fmt: skip


def _purpose(
    ctx: ServiceContext, category: str, purpose: str, note: str, on: date | None = None
) -> str:
    """The purpose to record for an expense on ``on``; a refusal where it cannot be taken (by
    the profile in force that day)."""
    chosen = PURPOSE_NAMES.get(purpose.strip(), purpose.strip())
    if chosen and chosen not in PURPOSES:
        choices = "、".join(f"{k}（{v}）" for k, v in PURPOSES.items())
        raise ValidationError(t("用途“{purpose}”无效，可选：{choices}。", purpose=purpose,
                                choices=choices))  # fmt: skip
    if chosen and chosen not in allowed_purposes(category):
        allowed = "、".join(PURPOSES[p] for p in allowed_purposes(category))
        raise ValidationError(
            t("类别“{category}”的支出用途只能是：{allowed}。", category=category, allowed=allowed)
        )
    found = purpose_of(category, chosen, note)
    if not found:
        message = t(
            "类别为“{category}”的支出请写明用途（{purposes}）。",
            category=category, purposes="、".join(PURPOSES.values()),
        )  # fmt: skip
        raise ValidationError(message, [], fields={"purpose": message})
    rule = spending_rule(school_profile(ctx, on), found)
    if rule is not None and not rule.listed:
        if found == Purpose.MANAGEMENT_FEE:
            refusal = t("不能列支“{category}”：课后服务经费不得提取管理费。", category=category)
        else:
            refusal = t(
                "不能列支“{category}”：课后服务经费不得用于{purpose}。",
                category=category, purpose=PURPOSES[found],
            )  # fmt: skip
        raise ValidationError(refusal, [t("依据：{rule}", rule=rule.clause.cite())])
    return found


def _entry(
    ctx: ServiceContext, direction: LedgerDirection, category: str, amount: str | int,
    on: str | date | None, note: str, purpose: str = "",
) -> LedgerEntry:  # fmt: skip
    ctx.require(Action.MANAGE_FEES)
    category = category.strip()
    expense = direction == LedgerDirection.EXPENSE
    allowed = EXPENSE_CATEGORIES if expense else INCOME_CATEGORIES
    if expense and purpose_of(category, "") == Purpose.MANAGEMENT_FEE:
        _purpose(ctx, category, "", note)  # refused with the region's own rule, if it has one
    if category not in allowed:
        raise ValidationError(
            t("类别“{category}”无效，可选：{choices}。", category=category,
              choices="、".join(allowed))
        )  # fmt: skip
    fen = amount_fen(amount, "金额")
    day = date_not_future(ctx, on, "日期")
    row: LedgerEntry = {
        "id": new_id(),
        "direction": direction,
        "category": category,
        "amount_fen": fen,
        "entry_on": day.isoformat(),
        "note": note.strip(),
        "recorded_by": ctx.actor.login,
        "created_at": ctx.now_iso(),
        "device_id": ctx.device_id,
        "purpose": _purpose(ctx, category, purpose, note, day) if expense else "",
    }
    with ctx.write() as conn:
        month_guard.ensure_open(conn, day)
        rows.insert(conn, "ledger_entry", row)
        ctx.audit(conn, f"ledger.{direction}", "ledger_entry", str(row["id"]), None, row)
    return row


def add_expense(
    ctx: ServiceContext, category: str, amount: str | int, on: str | date | None = None,
    note: str = "", purpose: str = "",
) -> LedgerEntry:  # fmt: skip
    """An expense; ``purpose`` (a key of PURPOSES or its name) defaults to the one the
    category implies and must be given for "其他"."""
    return _entry(ctx, LedgerDirection.EXPENSE, category, amount, on, note, purpose)


def add_income(
    ctx: ServiceContext, category: str, amount: str | int, on: str | date | None = None,
    note: str = "",
) -> LedgerEntry:  # fmt: skip
    """Income other than fees, e.g. 财政补助."""
    return _entry(ctx, LedgerDirection.INCOME, category, amount, on, note)


def month_ledger(ctx: ServiceContext, month: str) -> list[LedgerLine]:
    """The month's expenses and other income, each with its purpose's name."""
    ctx.require(Action.VIEW_FINANCE)
    _, first, last = month_of(month)
    found: list[LedgerLine] = []
    for r in money_store.ledger(ctx.store.conn, first.isoformat(), last.isoformat()):
        e = ledger_entry(r)
        key = purpose_of(e["category"], e["purpose"], e["note"])
        label = PURPOSES.get(key, "") if e["direction"] == LedgerDirection.EXPENSE else ""
        found.append({**e, "purpose_label": label})
    return found
