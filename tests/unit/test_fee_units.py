"""Fee caps in the billing unit: converted from the text's unit, checked at entry and, for the
standard in force in each checked month, by the compliance check."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.domain.compliance import FeeStandardRecord, check_fees
from after_school_desk.domain.fee_units import (
    Basis,
    FeeQuery,
    convert_cap,
    fullest_month,
    strictest_cap,
)
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import fees
from after_school_desk.services.month import compliance
from after_school_desk.services.school import profiles
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import money_store
from tests.unit.money_school import money_ctx

# an autumn term of 5 months and 85 service days, 18 in its fullest month, 2 hours a day
TERM = Basis(term_months=5, term_days=85, month_days=18, day_minutes=120, from_calendar=True)


@pytest.mark.parametrize(
    ("cap", "cap_unit", "bill_unit", "expected"),
    [
        (20000, "term", "month", 4000),  # 200 元/学期 ÷ 5 个月
        (20000, "term", "day", 235),  # ÷ 85 service days, rounded down
        (20000, "month", "term", 100000),  # × 5 个月
        (20000, "month", "day", 1111),  # ÷ 18 days of the fullest month
        (1000, "day", "month", 18000),
        (1000, "day", "term", 85000),
        (500, "hour", "day", 1000),  # × 120 minutes / 60
        (500, "hour", "month", 18000),
        (20000, "month", "month", 20000),
        (0, None, "day", 0),  # a cap without a unit holds in every unit
    ],
)
def test_conversions(cap: int, cap_unit: str | None, bill_unit: str, expected: int) -> None:
    converted = convert_cap(cap, cap_unit, bill_unit, TERM)
    assert converted.cap_fen == expected
    assert (converted.how == "") == (cap_unit in (None, bill_unit))


def test_without_a_calendar_the_defaults_are_named() -> None:
    converted = convert_cap(20000, "term", "month", Basis())
    assert converted.cap_fen == 4000 and "按默认" in converted.how
    assert fullest_month(["2026-11-02", "2026-11-03", "2026-12-01"]) == 2


def test_the_strictest_cap_in_the_billing_unit() -> None:
    p = profiles.load_profile("city-plan-2024")
    day = strictest_cap(p, FeeQuery("day", stage="primary"), TERM)
    assert day is not None and day.cap_fen == 1111 and "÷" in day.how
    assert "200元" in day.cap.clause.quote
    senior = FeeQuery("month", stage="senior", boarding=True)
    assert strictest_cap(p, senior, TERM).cap_fen == 47000  # type: ignore[union-attr]
    day_school = FeeQuery("month", stage="senior", boarding=False)
    assert strictest_cap(p, day_school, TERM).cap_fen == 28000  # type: ignore[union-attr]


# --- at entry: a school of each profile, the autumn 2026 term ----------------------------


def _school(
    ctx: ServiceContext, profile_id: str, stage: str = "primary", boarding: bool = False
) -> None:
    create_school(
        ctx,
        SchoolSetup(
            name="某镇学校", county="某县", term_start="2026-09-01", term_end="2027-01-20",
            classes_per_grade=1, profile_id=profile_id, stage=stage, boarding=boarding,
        ),
    )  # fmt: skip


ENTRY = [
    # profile, amount, unit, refused, the clause quoted in the refusal
    ("urumqi-2019", "120", "month", True, "200元/生/学期"),  # 200/term = 40/month
    ("urumqi-2019", "300", "term", True, "200元/生/学期"),
    ("urumqi-2019", "3", "day", True, "200元/生/学期"),
    ("urumqi-2019", "40", "month", False, ""),
    ("urumqi-2019", "180", "term", False, ""),
    ("city-plan-2024", "1500", "term", True, "每月每生收费不高于200元"),  # 200 × 5 months
    ("city-plan-2024", "15", "day", True, "每月每生收费不高于200元"),
    ("city-plan-2024", "250", "month", True, "每月每生收费不高于200元"),
    ("city-plan-2024", "1000", "term", False, ""),
    ("city-plan-2024", "10", "day", False, ""),
    ("lhasa-2021", "5", "day", True, "普惠托管"),  # the free mode: 0 in every unit
    ("lhasa-2021", "100", "term", True, "普惠托管"),
]


@pytest.mark.parametrize(("profile_id", "amount", "per", "refused", "quote"), ENTRY)
def test_caps_are_checked_at_entry_in_any_unit(
    ctx: ServiceContext, profile_id: str, amount: str, per: str, refused: bool, quote: str
) -> None:
    _school(ctx, profile_id)
    call = lambda: fees.set_fee(ctx, amount, per, start="2026-09-01", approval="某价〔2026〕1号")  # noqa: E731
    if not refused:
        assert call()["amount_fen"] == int(amount) * 100
        return
    with pytest.raises(ValidationError) as err:
        call()
    text = str(err.value) + " ".join(err.value.problems)
    assert quote in text and "依据" in text
    assert money_store.standards(ctx.store.conn) == []  # nothing written


def test_a_boarding_senior_standard_is_judged_by_the_boarding_cap(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    """470 元/月 is lawful for a boarding senior school: accepted and never reported."""
    _school(ctx, "city-plan-2024", stage="complete", boarding=True)  # 初中 + 高中
    fees.set_fee(ctx, "470", "month", stage="senior", start="2026-09-01", approval="某价1号")
    clock.set(datetime.fromisoformat("2026-11-30T20:00:00+08:00"))
    records = fees.compliance_fee_records(ctx, "2026-11")
    assert records and all(r.boarding for r in records)
    assert check_fees(profiles.load_profile("city-plan-2024"), records) == []


# --- in the compliance check: the standard in force in each checked month -----------------


def test_each_month_is_judged_by_the_standard_then_in_force(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    """Set under the national baseline (no cap), then the region changes: a per-day standard
    in force September–November is over the city plan's monthly cap; December's is not."""
    _school(ctx, "national")
    fees.set_fee(ctx, "15", "day", start="2026-09-01")
    fees.set_fee(ctx, "8", "day", start="2026-12-01")  # × 23 days = 184 元
    ctx.store.conn.execute("UPDATE school SET profile_id = 'city-plan-2024'")
    clock.set(datetime.fromisoformat("2026-12-31T20:00:00+08:00"))
    for month in ("2026-09", "2026-10", "2026-11"):
        found = compliance.check_month(ctx, month)["violations"]
        over = [v for v in found if v["kind"] == "fee_above_cap"]
        assert len(over) == 1, month
        assert "每天 15元" in over[0]["message"] and "服务日" in over[0]["message"]
        assert over[0]["day"] == f"{month}-01"
        assert "每月每生收费不高于200元" in over[0]["clause"]["quote"]
    found = compliance.check_month(ctx, "2026-12")["violations"]
    assert [v for v in found if v["kind"] == "fee_above_cap"] == []


def test_a_term_cap_against_a_monthly_standard_in_compliance() -> None:
    p = profiles.load_profile("urumqi-2019")
    record = FeeStandardRecord(12000, "month", "fee:1", stage="primary", basis=TERM, approval="1号")
    [found] = check_fees(p, [record])
    assert found.kind == "fee_above_cap" and "每学期 200元 ÷ 本学期 5 个月" in found.message
    assert (
        check_fees(
            p,
            [
                FeeStandardRecord(
                    4000, "month", "fee:2", stage="primary", basis=TERM, approval="1号"
                )
            ],
        )
        == []
    )
    per_day = FeeStandardRecord(300, "day", "fee:3", stage="primary", basis=TERM, approval="1号")
    assert [v.kind for v in check_fees(p, [per_day])] == ["fee_above_cap"]  # 2.35 元 a day


def test_the_command_line_refuses_and_writes_nothing(
    ctx: ServiceContext, db_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], cli_login,  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    money_ctx(ctx)  # the city plan, primary, autumn 2026
    cli_login(ctx)
    ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-12-20T10:00")

    def cli(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = cli("fee", "set", "--amount", "1500", "--per", "term", "--from", "2026-09-01")
    assert code == 1 and "1,000.00 元/每学期" in err and "不高于200元" in err
    code, _, err = cli("fee", "set", "--amount", "15", "--per", "day", "--from", "2026-09-01")
    assert code == 1 and "每天" in err and "服务日" in err
    code, out, _ = cli("fee", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = cli("compliance", "--month", "2026-11", "--json")
    assert code == 0 and set(json.loads(out)) >= {"violations", "listed"}


def test_a_cap_per_lesson_in_an_edited_profile_is_converted() -> None:
    from after_school_desk.domain.profile_parse import parse_profile

    data = {
        "id": "my-county-2025", "name": "某县", "title": "某县课后服务办法", "source": "x",
        "fee_caps": [{"cap_fen": 800, "unit": "day", "section": "四", "quote": "每次不超过8元"}],
    }  # fmt: skip
    p = parse_profile(data)
    month = strictest_cap(p, FeeQuery("month", stage="primary"), TERM)
    assert month is not None and month.cap_fen == 14400 and "× 每月服务日 18 天" in month.how
