"""The services behind the 值班安排 screen: a month with its leaders, the leaders and their
unavailable weekdays, the term to plan, what a new rotation would replace, and each class's
supervising teacher for a day or a date range."""

from __future__ import annotations

from datetime import date

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base.classes import find_class
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty
from after_school_desk.services.school.staff import add_staff
from tests.conftest import as_role
from tests.unit.daily_school import CLASSES, DAY, build


def test_a_month_lists_every_date_with_its_leader(school_ctx: ServiceContext) -> None:
    add_staff(school_ctx, "甲", "duty_leader")
    add_staff(school_ctx, "乙", "duty_leader")
    duty.generate_roster(school_ctx, "2026-11-01", "2026-11-30")
    duty.assign(school_ctx, "2026-11-03", "乙")
    days = duty.roster_month(school_ctx, "2026-11")
    assert [d["date"] for d in days] == [date(2026, 11, n).isoformat() for n in range(1, 31)]
    by_day = {d["date"]: d for d in days}
    assert by_day["2026-11-07"]["service"] is False and by_day["2026-11-07"]["leader"] is None
    service = [d for d in days if d["service"]]
    assert len(service) == 21 and all(d["leader"] in ("甲", "乙") for d in service)
    assert by_day["2026-11-03"]["leader"] == "乙" and by_day["2026-11-03"]["source"] == "manual"
    assert by_day["2026-11-02"]["source"] == "generated" and by_day["2026-11-02"]["weekday"] == 1
    october = {d["date"]: d for d in duty.roster_month(school_ctx, "2026-10")}
    assert october["2026-10-01"]["note"] == "国庆节" and not october["2026-10-01"]["service"]
    with pytest.raises(ValidationError, match="月份"):
        duty.roster_month(school_ctx, "2026-13")
    with pytest.raises(ValidationError, match="月份"):
        duty.roster_month(school_ctx, "2026-1")


def test_leaders_come_with_their_unavailable_weekdays(school_ctx: ServiceContext) -> None:
    add_staff(school_ctx, "校长", "principal")
    a = add_staff(school_ctx, "甲", "duty_leader")
    add_staff(school_ctx, "老师", "teacher")
    duty.set_unavailable(school_ctx, "甲", {3, 1})
    leaders = duty.duty_leaders(school_ctx)
    assert [(m["name"], m["role"]) for m in leaders] == [
        ("甲", "duty_leader"),
        ("校长", "principal"),
    ]
    assert leaders[0] == {"staff_id": a["id"], "name": "甲", "role": "duty_leader",
                          "unavailable": [1, 3]}  # fmt: skip
    assert leaders[1]["unavailable"] == []


def test_the_term_to_plan_and_what_a_new_rotation_replaces(school_ctx: ServiceContext) -> None:
    term = duty.roster_term(school_ctx)  # the clock says 2026-11-02
    assert term is not None and (term["start"], term["end"]) == ("2026-09-01", "2027-01-20")
    assert duty.roster_term(school_ctx, "2026-08-01") == term  # the next term before it starts
    assert duty.roster_term(school_ctx, "2027-03-01") is None
    add_staff(school_ctx, "甲", "duty_leader")
    add_staff(school_ctx, "乙", "duty_leader")
    assert duty.roster_counts(school_ctx, "2026-11-02", "2026-11-30") == {
        "generated": 0, "manual": 0}  # fmt: skip
    duty.generate_roster(school_ctx, "2026-11-02", "2026-11-30")
    duty.assign(school_ctx, "2026-11-03", "甲")
    duty.swap(school_ctx, "2026-11-04", "2026-11-05")
    assert duty.roster_counts(school_ctx, "2026-11-02", "2026-11-30") == {
        "generated": 18, "manual": 3}  # fmt: skip


def test_supervisors_default_to_the_head_teacher(school_ctx: ServiceContext) -> None:
    school = build(school_ctx)
    rows = {r["class"]: r for r in duty.class_supervisors(school_ctx, DAY)}
    assert len(rows) == 12
    first = rows[CLASSES[0]]
    assert first["staff_id"] == school.teachers[CLASSES[0]] and first["is_default"]
    assert first["staff"] == first["head_teacher"] == "老师0"
    assert rows["二年级(1)班"]["staff_id"] is None  # no head teacher yet
    names = [m["name"] for m in duty.supervisor_candidates(school_ctx)]
    assert names == ["老师0", "老师1", "老师2", "带班甲"]
    add_staff(school_ctx, "外聘", "external")
    assert "外聘" not in [m["name"] for m in duty.supervisor_candidates(school_ctx)]


def test_a_supervisor_for_a_date_range_then_back_to_the_head_teacher(
    school_ctx: ServiceContext,
) -> None:
    school = build(school_ctx)
    class_id = school.class_ids[CLASSES[0]]
    # a single day, with the on-post time the teacher records
    duty.set_supervisor(school_ctx, class_id, "2026-11-03", start_at="2026-11-03T16:00")
    done = duty.set_supervisor_range(school_ctx, class_id, "2026-11-02", "2026-11-08", "老师1")
    assert done["days"] == 5 and done["staff"] == "老师1" and done["class"] == CLASSES[0]
    for day in ("2026-11-02", "2026-11-06"):
        row = next(r for r in duty.class_supervisors(school_ctx, day) if r["class_id"] == class_id)
        assert row["staff_id"] == school.teachers[CLASSES[1]] and not row["is_default"]
    weekend = duty.class_supervisors(school_ctx, "2026-11-07")
    assert next(r for r in weekend if r["class_id"] == class_id)["is_default"]
    teacher1 = as_role(school_ctx, Role.TEACHER, school.teachers[CLASSES[1]])
    assert duty.supervised_class_ids(teacher1, "2026-11-04") == {class_id}
    summary = duty.duty_summary(school_ctx, "2026-11-03")["supervision"]
    kept = next(s for s in summary if s["class_id"] == class_id)
    assert kept["staff"] == "老师1" and kept["start_at"] == "2026-11-03T16:00:00+08:00"
    # back to the head teacher for one day
    duty.set_supervisor_range(school_ctx, class_id, "2026-11-04", "2026-11-04")
    row = next(r for r in duty.class_supervisors(school_ctx, "2026-11-04")
               if r["class_id"] == class_id)  # fmt: skip
    assert row["staff_id"] == school.teachers[CLASSES[0]]
    assert duty.supervised_class_ids(teacher1, "2026-11-04") == set()
    assert duty.supervised_class_ids(teacher1, "2026-11-05") == {class_id}


def test_supervisor_range_refusals_change_nothing(school_ctx: ServiceContext) -> None:
    school = build(school_ctx)
    class_id = school.class_ids[CLASSES[0]]
    before = duty.class_supervisors(school_ctx, "2026-11-02")
    with pytest.raises(ValidationError, match="早于"):
        duty.set_supervisor_range(school_ctx, class_id, "2026-11-06", "2026-11-02", "老师1")
    with pytest.raises(ValidationError, match="没有课后服务日"):
        duty.set_supervisor_range(school_ctx, class_id, "2026-11-07", "2026-11-08", "老师1")
    with pytest.raises(ValidationError, match="最多"):
        duty.set_supervisor_range(school_ctx, class_id, "2026-09-01", "2027-12-31", "老师1")
    add_staff(school_ctx, "外聘", "external")
    with pytest.raises(ValidationError, match="外聘"):
        duty.set_supervisor_range(school_ctx, class_id, "2026-11-02", "2026-11-02", "外聘")
    no_head = find_class(school_ctx, "二年级(1)班")["id"]
    with pytest.raises(ValidationError, match="没有班主任"):
        duty.set_supervisor_range(school_ctx, no_head, "2026-11-02", "2026-11-02")
    with pytest.raises(ValidationError, match="找不到班级"):
        duty.set_supervisor_range(school_ctx, "no-such-class", "2026-11-02", "2026-11-02", "老师1")
    for role in (Role.DUTY_LEADER, Role.TEACHER):
        with pytest.raises(PermissionDenied):
            duty.set_supervisor_range(
                as_role(school_ctx, role, school.leader_id), class_id, "2026-11-02",
                "2026-11-02", "老师1",
            )  # fmt: skip
    assert duty.class_supervisors(school_ctx, "2026-11-02") == before
