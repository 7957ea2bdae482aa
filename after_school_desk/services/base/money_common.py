"""What the money services share: amounts and months from the user, the pupil look-up."""

from __future__ import annotations

import uuid
from datetime import date

from after_school_desk.domain.billing import month_bounds
from after_school_desk.domain.money import MoneyError, parse_yuan
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of

MONEY_NAMESPACE = uuid.UUID("5d0b7a52-4f3c-4f0e-9a53-2f6f6b1d0c11")


def money_id(*parts: str) -> str:
    """A deterministic id (charges: pupil, month, mode), so two runs name a row the same."""
    return str(uuid.uuid5(MONEY_NAMESPACE, "/".join(parts)))


def amount_fen(value: str | int, label: str = "金额", *, allow_zero: bool = False) -> int:
    """Yuan text -> fen, or a ValidationError naming the field. An int is taken as fen."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0 or (value == 0 and not allow_zero):
            raise ValidationError(
                t("{label}必须大于 0（{fen} 分）。", label=label, fen=value),
                fields={"amount": label},
            )
        return value
    try:
        return parse_yuan(value, label, allow_zero=allow_zero)
    except MoneyError as exc:
        raise ValidationError(str(exc), fields={"amount": str(exc)}) from None


def month_of(value: str) -> tuple[str, date, date]:
    """ "2026-11" -> ("2026-11", first day, last day)."""
    text = value.strip()
    try:
        first, last = month_bounds(text)
    except ValueError:
        raise ValidationError(
            t("月份“{month}”无效，请写成 YYYY-MM，例如 2026-11。", month=value)
        ) from None
    return text, first, last


def date_not_future(ctx: ServiceContext, value: str | date | None, label: str) -> date:
    day = day_of(ctx, value)
    if day > ctx.clock.now().date():
        raise ValidationError(
            t("{label} {day} 晚于今天，不能预先登记。", label=label, day=day.isoformat())
        )
    return day
