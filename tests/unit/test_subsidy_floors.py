"""Subsidy floors: the city plan pays staff not below 150 % of the hourly base on school days,
200 % on rest days and 300 % on statutory holidays; a flat rate below that is refused at
entry, and one that falls below after the base was raised is found by the check, with the
plan's clause. No other region's text sets a floor: the same rates raise nothing there."""

from __future__ import annotations

from datetime import datetime

import pytest

from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import subsidies
from after_school_desk.services.month import compliance
from after_school_desk.services.school.setup import SchoolSetup, create_school

REGIONS = ["urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]
FLOOR_QUOTE = "平时按不低于百分之一百五十"


def _school(ctx: ServiceContext, clock: FixedClock, profile_id: str) -> None:
    clock.set(datetime.fromisoformat("2026-09-01T09:00:00+08:00"))
    create_school(
        ctx,
        SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                    term_end="2027-01-20", classes_per_grade=1, profile_id=profile_id),
    )  # fmt: skip
    subsidies.set_rate(ctx, "teacher", "30", start="2026-09-01")


def _check(ctx: ServiceContext, clock: FixedClock) -> dict[str, object]:
    clock.set(datetime.fromisoformat("2026-11-20T10:00:00+08:00"))
    return compliance.check_month(ctx, "2026-11")


@pytest.mark.parametrize("profile_id", REGIONS)
def test_rates_at_or_above_the_floor_raise_nothing(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _school(ctx, clock, profile_id)
    subsidies.set_rate(ctx, "teacher", "45", day_type_="weekday", start="2026-09-01")
    subsidies.set_rate(ctx, "teacher", "60", day_type_="rest_day", start="2026-09-01")
    subsidies.set_rate(ctx, "teacher", "90.00", day_type_="statutory_holiday", start="2026-09-01")
    subsidies.set_rate(ctx, "external", "20", unit="lesson", day_type_="weekday")  # no base
    result = _check(ctx, clock)
    assert result["violations"] == [] and result["listed"] == []


@pytest.mark.parametrize("profile_id", REGIONS)
def test_a_flat_rate_below_the_floor(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _school(ctx, clock, profile_id)
    floors = profile_id == "city-plan-2024"
    if floors:
        with pytest.raises(ValidationError) as refused:
            subsidies.set_rate(ctx, "teacher", "30", day_type_="weekday", start="2026-09-01")
        assert "低于基数 30元 的 150%（45元）" in refused.value.message
        assert FLOOR_QUOTE in refused.value.problems[0]
        assert len(subsidies.list_rates(ctx)) == 1  # nothing changed
    else:
        subsidies.set_rate(ctx, "teacher", "30", day_type_="weekday", start="2026-09-01")
    # a flat rate fine when set, below the floor once the base was raised
    clock.set(datetime.fromisoformat("2026-10-08T09:00:00+08:00"))
    rest = subsidies.set_rate(ctx, "teacher", "60", day_type_="rest_day", start="2026-09-01")
    subsidies.set_rate(ctx, "teacher", "40", start="2026-10-08")  # the base, now 40
    found = _check(ctx, clock)["violations"]
    if not floors:
        assert found == []
        return
    [v] = found
    assert v["kind"] == "subsidy_below_floor" and v["record_ref"] == f"subsidy_rate:{rest['id']}"
    assert "低于基数 40元 的 200%（80元）" in v["message"] and v["day"] == "2026-11-01"
    assert "休息日按不低于百分之二百" in v["citation"] and v["clause"]["source"] == profile_id
