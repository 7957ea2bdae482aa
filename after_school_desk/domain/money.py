"""Money as integer fen: parsing yuan text, pro rata shares, settlement, masking names.

Never float. Amounts typed by people are parsed with Decimal and must have at most two
decimals ("12.5" is 1250 fen, "12.345" is refused). Rounding always favours the family:
a pro-rata charge is rounded down, a waiver or refund share is rounded up.
Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from after_school_desk.domain.profiles import Clause, Profile
from after_school_desk.i18n import t


def refund_rule(profile: Profile) -> Clause | None:
    """The clause of the region's own text on refunds (the city plan: 课后服务收费实行多退少不补),
    or None where its text is silent: no other region's text and no national text says it, so a
    refused refund then rests on the ledger's own arithmetic (never more than the family holds
    paid), marked as such (``refund_basis``)."""
    for key in ("refund", "refund_on_withdrawal"):
        duty = profile.duty(key)
        if duty is not None and not duty.clause.default_from:
            return duty.clause
    return None


def refund_basis(profile: Profile) -> str:
    """What a refused refund cites: the region's own clause, or the marked program rule."""
    rule = refund_rule(profile)
    if rule is not None:
        return t("依据：{rule}", rule=rule.cite())
    return t(
        "依据：本地文件未规定退费办法；按本程序的记账规则，只退多缴部分，退费不超过已缴未退的金额。"
    )


class PaymentMethod(StrEnum):
    """How a family paid (``payment.method``)."""

    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK = "bank"
    OTHER = "other"


# The names people choose a method by (the CLI also takes the Chinese name: 微信 -> wechat).
PAYMENT_METHODS: dict[str, str] = {
    PaymentMethod.CASH: "现金",
    PaymentMethod.WECHAT: "微信",
    PaymentMethod.ALIPAY: "支付宝",
    PaymentMethod.BANK: "银行转账",
    PaymentMethod.OTHER: "其他",
}


class LedgerDirection(StrEnum):
    """A ledger entry beyond fees: money spent or other income (``ledger_entry.direction``)."""

    EXPENSE = "expense"
    INCOME = "income"


EXPENSE_CATEGORIES = (
    "教师补助",
    "外聘人员补助",
    "水费",
    "电费",
    "取暖费",
    "耗材",
    "场地",
    "保险",
    "其他",
)
INCOME_CATEGORIES = ("财政补助", "其他收入")
# Words that mark a booking as a management fee (管理费, 提成, 行政费用 …).
MANAGEMENT_FEE_WORDS = ("管理费", "管理经费", "提成", "提取", "行政费", "办公经费")


class MoneyError(ValueError):
    """A yuan amount that cannot be taken as it is; the message is for the user."""


def parse_yuan(text: str | int | Decimal, label: str = "金额", *, allow_zero: bool = False) -> int:
    """Yuan as typed ("200", "12.5", "1,250.00", "¥30") -> fen. At most two decimals, > 0."""
    if isinstance(text, bool):
        raise MoneyError(t("{label}“{text}”不是金额。", label=label, text=text))
    raw = str(text).strip().replace(",", "").replace("，", "")
    for mark in ("¥", "￥", "元"):
        raw = raw.replace(mark, "")
    raw = raw.strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise MoneyError(
            t(
                "{label}“{text}”不是有效的金额，请写成元，例如 200 或 12.50。",
                label=label,
                text=text,
            )
        ) from None
    if not value.is_finite():
        raise MoneyError(t("{label}“{text}”不是有效的金额。", label=label, text=text))
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and value != value.quantize(Decimal("0.01")):
        raise MoneyError(
            t("{label}“{text}”最多只能有两位小数（精确到分）。", label=label, text=text)
        )
    if value < 0:
        raise MoneyError(t("{label}不能为负数：“{text}”。", label=label, text=text))
    if value == 0 and not allow_zero:
        raise MoneyError(t("{label}必须大于 0：“{text}”。", label=label, text=text))
    fen = value * 100
    if fen > 10**11:
        raise MoneyError(t("{label}“{text}”过大。", label=label, text=text))
    return int(fen)


def yuan(fen: int) -> str:
    """Fen -> "1,234.50" style yuan text with exactly two decimals."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{part:02d}"


def _share(amount_fen: int, numerator: int, denominator: int, rounding: str) -> int:
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    if not 0 <= numerator <= denominator:
        raise ValueError("share must lie between 0 and the whole")
    exact = Decimal(amount_fen) * numerator / denominator
    return int(exact.to_integral_value(rounding=rounding))


def pro_rata(amount_fen: int, part: int, whole: int) -> int:
    """The part/whole share of an amount, rounded down (a charge never rounds up)."""
    return _share(amount_fen, part, whole, ROUND_FLOOR)


def share_up(amount_fen: int, part: int, whole: int) -> int:
    """The part/whole share rounded up (waivers and refunds favour the family)."""
    return _share(amount_fen, part, whole, ROUND_CEILING)


def percent_of(amount_fen: int, percent: int) -> int:
    """``percent`` % of an amount, rounded up (used for waivers)."""
    return share_up(amount_fen, percent, 100)


def scaled(amount_fen: int, factor_numerator: int, factor_denominator: int) -> int:
    """amount × num / den rounded half up (pay: hours × rate × multiplier)."""
    exact = Decimal(amount_fen) * factor_numerator / factor_denominator
    return int(exact.to_integral_value(rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Settlement:
    """A pupil's account: what was charged (after waivers), paid and refunded.

    多退少不补: ``refundable_fen`` is the overpayment the school owes back; a shortfall
    (``shortfall_fen``) is shown but never billed.
    """

    charged_fen: int
    waived_fen: int
    paid_fen: int
    refunded_fen: int

    @property
    def net_fen(self) -> int:
        return self.charged_fen - self.waived_fen

    @property
    def held_fen(self) -> int:
        """What the school holds from the family: paid minus refunded."""
        return self.paid_fen - self.refunded_fen

    @property
    def refundable_fen(self) -> int:
        return max(0, self.held_fen - self.net_fen)

    @property
    def shortfall_fen(self) -> int:
        return max(0, self.net_fen - self.held_fen)

    def as_dict(self) -> dict[str, int]:
        return {
            "charged_fen": self.charged_fen,
            "waived_fen": self.waived_fen,
            "net_fen": self.net_fen,
            "paid_fen": self.paid_fen,
            "refunded_fen": self.refunded_fen,
            "refundable_fen": self.refundable_fen,
            "shortfall_fen": self.shortfall_fen,
        }


def refund_problems(settlement: Settlement, amount_fen: int) -> list[str]:
    """Why a refund of ``amount_fen`` is refused (empty: allowed)."""
    if amount_fen <= 0:
        return [t("退费金额必须大于 0。")]
    if amount_fen > settlement.held_fen:
        return [
            t(
                "退费 {amount} 元超过该生已缴未退的 {held} 元（已缴 {paid} 元，已退 {refunded} 元）。",
                amount=yuan(amount_fen),
                held=yuan(settlement.held_fen),
                paid=yuan(settlement.paid_fen),
                refunded=yuan(settlement.refunded_fen),
            )
        ]
    if amount_fen > settlement.refundable_fen:
        return [
            t(
                "退费 {amount} 元超过多缴部分 {refundable} 元（应缴 {net} 元，已缴未退 {held} 元）。"
                "请先重新生成本月收费（退出后未参加的部分不再计费），再退多缴部分。",
                amount=yuan(amount_fen),
                refundable=yuan(settlement.refundable_fen),
                net=yuan(settlement.net_fen),
                held=yuan(settlement.held_fen),
            )
        ]
    return []


def is_management_fee(category: str) -> bool:
    return any(word in category for word in MANAGEMENT_FEE_WORDS)


def mask_name(name: str) -> str:
    """张小明 -> 张*明, 张明 -> 张*, 欧阳小明 -> 欧**明; one character stays as it is."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
