"""The compliance check over a played month: clean months stay clean, planted breaches are found."""

from __future__ import annotations

from datetime import datetime

from after_school_desk.services.base import classes
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.month import compliance
from after_school_desk.services.sample import demo


def _school(ctx: ServiceContext, clock: FixedClock, profile: str) -> None:
    clock.set(datetime.fromisoformat("2026-11-24T12:00:00+08:00"))
    demo.create_demo(ctx, pupils=60, seed=5, months=1, profile_id=profile)


def test_a_clean_month_has_no_false_alarms(ctx: ServiceContext, clock: FixedClock) -> None:
    _school(ctx, clock, "city-plan-2024")
    result = compliance.check_month(ctx, "2026-11")
    assert result["days_checked"] >= 10
    assert result["violations"] == []


def test_planted_breaches_are_found_with_their_clause(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    _school(ctx, clock, "city-plan-2024")
    clock.set(datetime.fromisoformat("2026-11-24T16:00:00+08:00"))
    first = classes.list_classes(ctx)[0]
    pupils = attendance.class_day(ctx, first["id"])
    absent = pupils[0]
    attendance.sign_in_all(ctx, first["id"], except_ids=[absent["id"]])
    attendance.mark_absent(ctx, absent["id"], reason="未到")
    clock.set(datetime.fromisoformat("2026-11-24T19:00:00+08:00"))
    found = compliance.check_month(ctx, "2026-11")["violations"]
    kinds = {(v["kind"], v["day"]) for v in found}
    assert ("absence_not_followed", "2026-11-24") in kinds
    assert ("no_duty_leader", "2026-11-24") in kinds  # nobody confirmed being on post
    absence = next(v for v in found if v["kind"] == "absence_not_followed")
    assert absence["record_ref"].startswith("alert:")
    assert "家校联络" in absence["citation"] or "监护人" in absence["citation"]
    assert all(v["day"] == "2026-11-24" for v in found)


def test_a_timetable_outside_the_profile_is_found_every_day(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    _school(ctx, clock, "national")
    # the same played month judged by a stricter text: the school switched region
    ctx.store.conn.execute("UPDATE school SET profile_id = 'city-plan-2024'")
    found = compliance.check_month(ctx, "2026-11")["violations"]
    late = [v for v in found if v["kind"] == "end_too_late"]
    wednesdays = [v for v in found if v["kind"] == "service_day"]
    assert late and all("17:30" in v["message"] for v in late)
    assert wednesdays and all(
        v["day"] in {"2026-11-04", "2026-11-11", "2026-11-18"} for v in wednesdays
    )


def test_a_fee_above_the_new_regions_cap_is_found(ctx: ServiceContext, clock: FixedClock) -> None:
    from after_school_desk.services.money import fees

    _school(ctx, clock, "national")  # the national baseline sets no cap
    fees.set_fee(ctx, "250", "month", mode="basic", stage="all", start="2026-09-01")
    assert compliance.check_month(ctx, "2026-11")["violations"] == []
    ctx.store.conn.execute("UPDATE school SET profile_id = 'city-plan-2024'")
    found = compliance.check_month(ctx, "2026-11")["violations"]
    over = [v for v in found if v["kind"] == "fee_above_cap"]
    assert over and over[0]["record_ref"].startswith("fee_standard:")
    assert "200" in over[0]["message"] and "250" in over[0]["message"]
