"""Pure money rules: yuan parsing, shares, settlement, masking, billing units."""

from __future__ import annotations

import pytest

from after_school_desk.domain.billing import (
    MonthFacts,
    Standard,
    WaiverGrant,
    best_waiver,
    gross_charge,
    waived_fen,
    waiver_kind,
)
from after_school_desk.domain.money import (
    MoneyError,
    Settlement,
    is_management_fee,
    mask_name,
    parse_yuan,
    pro_rata,
    refund_problems,
    share_up,
    yuan,
)


@pytest.mark.parametrize(
    ("text", "fen"),
    [("12.5", 1250), ("200", 20000), ("0.01", 1), ("1,250.00", 125000), ("¥30", 3000),
     ("12.340", 1234), (" 7元 ", 700)],
)  # fmt: skip
def test_parse_yuan(text: str, fen: int) -> None:
    assert parse_yuan(text) == fen


@pytest.mark.parametrize(
    ("text", "why"),
    [("12.345", "两位小数"), ("-5", "负数"), ("0", "大于 0"), ("abc", "不是有效"),
     ("NaN", "不是有效"), ("1e3x", "不是有效")],
)  # fmt: skip
def test_parse_yuan_refuses(text: str, why: str) -> None:
    with pytest.raises(MoneyError, match=why):
        parse_yuan(text)


def test_yuan_text() -> None:
    assert yuan(123456) == "1,234.56"
    assert yuan(5) == "0.05"
    assert yuan(-9167) == "-91.67"


def test_shares_round_in_the_familys_favour() -> None:
    assert pro_rata(15000, 9, 17) == 7941  # 7941.18 down
    assert share_up(7941, 33, 100) == 2621  # 2620.53 up
    assert pro_rata(15000, 17, 17) == 15000


def test_settlement_refund_rules() -> None:
    s = Settlement(charged_fen=30000, waived_fen=9167, paid_fen=30000, refunded_fen=0)
    assert (s.net_fen, s.refundable_fen, s.shortfall_fen) == (20833, 9167, 0)
    assert refund_problems(s, 9167) == []
    assert "多缴部分" in refund_problems(s, 9168)[0]
    assert "已缴未退" in refund_problems(s, 30001)[0]
    short = Settlement(30000, 0, 15000, 0)
    assert (short.refundable_fen, short.shortfall_fen) == (0, 15000)


def test_mask_name() -> None:
    assert mask_name("张小明") == "张*明"
    assert mask_name("张明") == "张*"
    assert mask_name("欧阳小明") == "欧**明"


def test_management_fee_words() -> None:
    assert is_management_fee("管理费")
    assert is_management_fee("学校管理费提成")
    assert not is_management_fee("电费")


def test_month_units() -> None:
    month = Standard("s", 15000, "month")
    assert gross_charge(month, MonthFacts(17, 0)) is None
    assert gross_charge(month, MonthFacts(17, 17)).fen == 15000  # type: ignore[union-attr]
    assert gross_charge(month, MonthFacts(17, 9)).fen == 7941  # type: ignore[union-attr]
    half = Standard("h", 15000, "month", half_month=True)
    # 8 of 17 days attended: 16 < 17, fewer than half: half the month
    assert gross_charge(half, MonthFacts(17, 17, attended_days=8)).fen == 7500  # type: ignore[union-attr]
    assert gross_charge(half, MonthFacts(17, 17, attended_days=9)).fen == 15000  # type: ignore[union-attr]
    daily = Standard("d", 850, "day")
    assert gross_charge(daily, MonthFacts(17, 17, attended_days=13)).fen == 11050  # type: ignore[union-attr]
    term = Standard("t", 20000, "term")
    # 72 service days in the term, enrolled for 30: 20000 × 30 / 72 = 8333.3 -> 8333
    assert gross_charge(term, MonthFacts(0, 0, 0, 72, 30)).fen == 8333  # type: ignore[union-attr]


def test_waivers() -> None:
    grants = [WaiverGrant("disabled", 30, "w1"), WaiverGrant("subsistence", 50, "w2")]
    assert best_waiver(False, grants) == WaiverGrant("subsistence", 50, "w2")
    assert best_waiver(True, grants) == WaiverGrant("registered_poor", 100)
    assert best_waiver(False, []) is None
    assert waived_fen(7941, WaiverGrant("other", 33)) == 2621
    assert waived_fen(15000, WaiverGrant("orphan", 100)) == 15000
    assert waiver_kind("低保") == "subsistence"
    assert waiver_kind("孤儿") == "orphan"
    assert waiver_kind("管理") is None
