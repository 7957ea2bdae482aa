"""Duty-leader rotation (fair, respects unavailable weekdays), roster, sign-off, permissions."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from after_school_desk.domain.duty_rotation import rotate
from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, duty
from after_school_desk.services.school import enrolment
from after_school_desk.services.school.staff import add_staff
from tests.conftest import as_role
from tests.unit.daily_school import DAY, build

MONDAY = date(2026, 9, 7)


def weekdays(n: int) -> list[date]:
    days, d = [], MONDAY
    while len(days) < n:
        if d.isoweekday() <= 5:
            days.append(d)
        d += timedelta(days=1)
    return days


@given(n=st.integers(0, 120), k=st.integers(1, 6))
def test_rotation_without_constraints_differs_by_at_most_one(n: int, k: int) -> None:
    leaders = [f"L{i}" for i in range(k)]
    r = rotate(weekdays(n), leaders)
    counts = r.counts(leaders).values()
    assert sum(counts) == n and max(counts) - min(counts) <= 1


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 8),
    unavailable=st.lists(st.sets(st.integers(1, 5), max_size=4), min_size=2, max_size=3),
)
def test_rotation_is_as_fair_as_the_constraints_allow(n: int, unavailable: list[set[int]]) -> None:
    leaders = [f"L{i}" for i in range(len(unavailable))]
    blocked = dict(zip(leaders, unavailable, strict=True))
    days = weekdays(n)
    r = rotate(days, leaders, blocked)
    for day, leader in r.assignments.items():
        assert day.isoweekday() not in blocked[leader]
    coverable = [d for d in days if any(d.isoweekday() not in b for b in unavailable)]
    assert sorted(r.assignments) == coverable
    best = None  # brute force: the smallest possible spread
    options = [[m for m in leaders if d.isoweekday() not in blocked[m]] for d in coverable]
    for combo in itertools.product(*options):
        counts = [combo.count(m) for m in leaders]
        spread = max(counts) - min(counts)
        best = spread if best is None else min(best, spread)
    counts = list(r.counts(leaders).values())
    assert max(counts) - min(counts) == (best or 0)


def test_roster_generate_assign_swap(school_ctx: ServiceContext) -> None:
    a = add_staff(school_ctx, "甲", "duty_leader")
    b = add_staff(school_ctx, "乙", "duty_leader")
    add_staff(school_ctx, "丙", "principal")
    duty.set_unavailable(school_ctx, "乙", {1})
    result = duty.generate_roster(school_ctx, "2026-11-02", "2026-11-29")
    assert (
        result["days"] == 20
        and max(result["counts"].values()) - min(result["counts"].values()) <= 1
    )
    shown = duty.roster(school_ctx, month="2026-11")
    assert all(not (r["leader"] == "乙" and r["weekday"] == "星期一") for r in shown)
    duty.assign(school_ctx, "2026-11-03", "甲")
    duty.assign(school_ctx, "2026-11-04", "乙")
    duty.swap(school_ctx, "2026-11-03", "2026-11-04")
    by_day = {r["date"]: r for r in duty.roster(school_ctx, month="2026-11")}
    assert (
        by_day["2026-11-03"]["staff_id"] == b["id"] and by_day["2026-11-04"]["staff_id"] == a["id"]
    )
    with pytest.raises(ValidationError, match="不是课后服务日"):
        duty.assign(school_ctx, "2026-11-07", "甲")


def test_sign_off_needs_everyone_accounted_or_a_reason(school_ctx: ServiceContext, clock) -> None:
    build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000", "G10000001"], start=DAY, approve=True)
    clock.set(datetime.fromisoformat(f"{DAY}T16:00:00+08:00"))
    attendance.sign_in(school_ctx, "G10000000")
    clock.set(datetime.fromisoformat(f"{DAY}T18:30:00+08:00"))
    leader = as_role(school_ctx, Role.DUTY_LEADER)
    with pytest.raises(ValidationError) as exc:
        duty.sign_off(leader)
    assert len(exc.value.problems) == 4  # one still present + late pickup, one missing + alert
    row = duty.sign_off(leader, reason="学生1家长电话停机，已交村委会协助联系")
    assert row["signed_off_at"] and len(row["open_items"]) == 4
    with pytest.raises(ValidationError, match="已于"):
        duty.sign_off(leader, reason="再次")


def test_teacher_may_only_act_on_own_class(school_ctx: ServiceContext, clock) -> None:
    school = build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000", "G10100000"], start=DAY, approve=True)
    clock.set(datetime.fromisoformat(f"{DAY}T16:00:00+08:00"))
    teacher = as_role(school_ctx, Role.TEACHER, school.teachers["一年级(1)班"])
    before = attendance.count_events(school_ctx)
    with pytest.raises(PermissionDenied, match="三年级"):
        attendance.sign_in(teacher, "G10100000")
    with pytest.raises(PermissionDenied):
        attendance.class_day(teacher, school.class_ids["三年级(2)班"], DAY)
    assert attendance.count_events(school_ctx) == before
    assert attendance.sign_in(teacher, "G10000000")["state"] == "present"
    with pytest.raises(PermissionDenied):
        duty.sign_off(teacher, reason="x")
    # the day's supervising teacher of another class may act on it
    duty.set_supervisor(school_ctx, school.class_ids["三年级(2)班"], DAY,
                        school.teachers["一年级(1)班"])  # fmt: skip
    assert attendance.sign_in(teacher, "G10100000")["state"] == "present"
    rows = attendance.class_day(teacher, school.class_ids["一年级(1)班"], DAY)
    assert [r["national_id"] for r in rows] == ["G10000000"]
    assert [a["name"] for a in rows[0]["adults"] if a["can_pickup"]] == ["母亲00", "爷爷00"]
    with pytest.raises(PermissionDenied, match="带班领导"):
        attendance.sign_out(teacher, "G10000000", override=attendance.Override(
            "张叔叔", "邻居", "13912345678", "家长委托"))  # fmt: skip
