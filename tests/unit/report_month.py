"""A small played week (2026-11-02 … 06) for the report tests; expected marks are in the tests."""

from __future__ import annotations

from datetime import datetime

from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import enrolment
from tests.unit.daily_school import School, build


def _at(day: str, hhmm: str) -> str:
    return f"2026-11-{day}T{hhmm}:00+08:00"


def play_week(ctx: ServiceContext, clock: FixedClock) -> School:
    school = build(ctx, per_class=2)
    enrolment.enroll(ctx, class_name="一年级(1)班", start="2026-11-02", approve=True)
    enrolment.enroll(ctx, ["G10100000"], start="2026-11-04", approve=True)
    enrolment.withdraw(ctx, "G10000001", "2026-11-05", "转学")

    def day(d: str) -> None:
        clock.set(datetime(2026, 11, int(d), 19, 30, tzinfo=CHINA_TZ))

    day("02")
    attendance.sign_in(ctx, "G10000000", _at("02", "16:00"))
    attendance.sign_out(ctx, "G10000000", _at("02", "17:50"), pickup_name="母亲00")
    attendance.sign_in(ctx, "G10000001", _at("02", "16:30"))  # late arrival
    attendance.sign_out(ctx, "G10000001", _at("02", "17:55"), pickup_name="母亲01")
    day("03")
    attendance.sign_in(ctx, "G10000000", _at("03", "16:00"))
    attendance.sign_out(ctx, "G10000000", _at("03", "17:40"), pickup_name="爷爷00")
    attendance.record_leave(ctx, "G10000001", "2026-11-03", reason="病假")
    day("04")
    attendance.sign_in(ctx, "G10000000", _at("04", "16:05"))
    attendance.sign_out(ctx, "G10000000", _at("04", "18:20"), pickup_name="母亲00")  # late pickup
    attendance.mark_absent(ctx, "G10000001", "2026-11-04", reason="生病在家")
    attendance.record_contact(ctx, "G10000001", True, "2026-11-04", at=_at("04", "16:30"))
    attendance.sign_in(ctx, "G10100000", _at("04", "16:00"))
    attendance.sign_out(ctx, "G10100000", _at("04", "17:30"), pickup_name="母亲10")
    day("05")
    attendance.sign_in(ctx, "G10000000", _at("05", "16:00"))
    attendance.sign_out(ctx, "G10000000", _at("05", "17:45"), pickup_name="母亲00")
    day("06")
    attendance.sign_in(ctx, "G10000000", _at("06", "16:00"))
    attendance.sign_out(ctx, "G10000000", _at("06", "17:45"), pickup_name="母亲00")
    attendance.sign_in(ctx, "G10100000", _at("06", "16:00"))
    attendance.sign_out(ctx, "G10100000", _at("06", "17:45"), pickup_name="母亲10")
    clock.set(datetime(2026, 11, 6, 20, 0, tzinfo=CHINA_TZ))
    return school
