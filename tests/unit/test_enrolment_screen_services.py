"""The enrolment screen's reading services (a class with its enrolment states, what waits for
whom, a pupil's history in steps) and the self-leave permission list and revocation."""

from __future__ import annotations

from datetime import date

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.daily import attendance, self_leave
from after_school_desk.services.school import enrolment, enrolment_views, users
from after_school_desk.store import daily_store, school_store
from tests.conftest import as_role
from tests.unit.daily_school import DAY, build

CLASS = "一年级(1)班"


def states(ctx: ServiceContext, class_id: str) -> dict[str, tuple[str, str, bool]]:
    return {
        r["national_id"]: (r["state"], r["next_step"], r["mine"])
        for r in enrolment_views.class_enrolment(ctx, class_id)
    }


def test_class_rows_show_every_pupil_with_state_and_what_waits_for_whom(
    school_ctx: ServiceContext,
) -> None:
    school = build(school_ctx)
    cid = school.class_ids[CLASS]
    teacher = as_role(school_ctx, Role.TEACHER, school.teachers[CLASS])
    principal = as_role(school_ctx, Role.PRINCIPAL)
    enrolment.enroll(teacher, ["G10000000", "G10000001", "G10000002"], start=DAY)
    rows = {r["national_id"]: r for r in enrolment_views.class_enrolment(teacher, cid)}
    enrolment.review(teacher, rows["G10000001"]["enrolment_id"])
    enrolment.review(teacher, rows["G10000002"]["enrolment_id"])
    enrolment.approve(principal, rows["G10000002"]["enrolment_id"])
    assert states(teacher, cid) == {
        "G10000000": ("applied", "review", True),
        "G10000001": ("reviewed", "approval", False),
        "G10000002": ("enrolled", "agreement", True),
        "G10000003": ("none", "", False),
    }
    assert states(principal, cid) == {
        "G10000000": ("applied", "review", False),
        "G10000001": ("reviewed", "approval", True),
        "G10000002": ("enrolled", "agreement", False),
        "G10000003": ("none", "", False),
    }
    enrolment.record_agreement(teacher, "G10000002", "母亲02", DAY)
    enrolment.refuse(principal, rows["G10000001"]["enrolment_id"], "家长已撤回申请")
    row = {r["national_id"]: r for r in enrolment_views.class_enrolment(teacher, cid)}
    assert (row["G10000002"]["state"], row["G10000002"]["next_step"]) == ("enrolled", "")
    assert row["G10000002"]["agreement_signed_by"] == "母亲02"
    assert (row["G10000001"]["state"], row["G10000001"]["refused_reason"]) == (
        "refused", "家长已撤回申请")  # fmt: skip
    assert row["G10000000"]["mode_label"] == "普惠托管"


def test_a_new_application_after_a_refusal_is_the_row_shown(school_ctx: ServiceContext) -> None:
    school = build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000"], start=DAY)
    (first,) = enrolment.list_enrolments(school_ctx, CLASS)
    enrolment.refuse(school_ctx, first["id"], "材料不全")
    enrolment.enroll(school_ctx, ["G10000000"], start=DAY, mode="course")
    row = enrolment_views.class_enrolment(school_ctx, school.class_ids[CLASS])[0]
    assert (row["state"], row["mode"]) == ("applied", "course")
    assert row["enrolment_id"] != first["id"]


def test_history_names_each_step_and_who_did_it(school_ctx: ServiceContext, clock) -> None:
    school = build(school_ctx)
    users.create_user(school_ctx, "li", "李老师", "teacher", "2468", school.teachers[CLASS])
    teacher = ServiceContext(
        store=school_ctx.store,
        actor=Actor("li", Role.TEACHER, "李老师", staff_id=school.teachers[CLASS]),
        device_id=school_ctx.device_id,
        clock=clock,
    )
    enrolment.enroll(teacher, ["G10000000"], start=DAY, applied_by="母亲00")
    (e,) = enrolment.list_enrolments(teacher, CLASS)
    enrolment.review(teacher, e["id"])
    enrolment.approve(school_ctx, e["id"])
    enrolment.record_agreement(teacher, "G10000000", "母亲00", "2026-11-01")
    enrolment.withdraw(teacher, "G10000000", "2026-11-20", "转学")
    (h,) = enrolment_views.enrolment_history(teacher, "G10000000")
    assert h["status"] == "withdrawn" and h["term"]
    assert [(s["step"], s["on"], s["by"], s["detail"]) for s in h["steps"]] == [
        ("apply", DAY, "李老师", "母亲00"),
        ("review", DAY, "李老师", ""),
        ("approve", DAY, "test:system", DAY),
        ("agreement", "2026-11-01", "李老师", "母亲00"),
        ("withdraw", "2026-11-20", "李老师", "转学"),
    ]


def test_history_of_a_row_written_without_audit(school_ctx: ServiceContext) -> None:
    school = build(school_ctx)
    pid = school.pupils["G10000001"]["id"]
    term = school_store.term_on(school_ctx.store.conn, DAY)
    assert term is not None
    row = enrolment.enrolment_row(
        school_ctx, pid, term["id"], date(2026, 9, 1), approve=True, agreement_by="母亲01"
    )
    with school_ctx.write() as conn:  # as the generated history does: rows, no audit
        daily_store.insert_many(conn, "enrolment", [row])
    (h,) = enrolment_views.enrolment_history(school_ctx, "G10000001")
    assert [(s["step"], s["detail"]) for s in h["steps"]] == [
        ("apply", ""), ("approve", "2026-09-01"), ("agreement", "母亲01")]  # fmt: skip


def test_self_leave_permit_listed_and_revoked(school_ctx: ServiceContext, clock) -> None:
    school = build(school_ctx)
    teacher = as_role(school_ctx, Role.TEACHER, school.teachers[CLASS])
    with pytest.raises(ValidationError, match="没有有效的自行离校同意书"):
        self_leave.revoke_self_leave(teacher, "G10000000")
    attendance.permit_self_leave(teacher, "G10000000", "母亲00", "2026-10-01")
    (p,) = self_leave.self_leave_permits(teacher, "G10000000")
    assert (p["signed_by"], p["signed_on"], p["revoked_on"], p["in_force"]) == (
        "母亲00", "2026-10-01", None, True)  # fmt: skip
    # signed only until the end of November: it ends from 12-01
    self_leave.revoke_self_leave(teacher, "G10000000", "2026-12-01", "家长只同意到11月底")
    (p,) = self_leave.self_leave_permits(teacher, "G10000000")
    assert (p["revoked_on"], p["in_force"]) == ("2026-12-01", True)
    assert "只同意到11月底" in p["note"]
    pid = school.pupils["G10000000"]["id"]
    assert daily_store.self_leave_permission(school_ctx.store.conn, pid, "2026-11-30")
    assert daily_store.self_leave_permission(school_ctx.store.conn, pid, "2026-12-01") is None
    self_leave.revoke_self_leave(teacher, "G10000000")  # today: ends at once
    (p,) = self_leave.self_leave_permits(teacher, "G10000000")
    assert (p["revoked_on"], p["in_force"]) == (DAY, False)
    other = as_role(school_ctx, Role.TEACHER, school.teachers["五年级(1)班"])
    attendance.permit_self_leave(teacher, "G10000001", "母亲01")
    with pytest.raises(PermissionDenied):
        self_leave.revoke_self_leave(other, "G10000001")
    with pytest.raises(PermissionDenied, match="无权"):
        self_leave.revoke_self_leave(as_role(school_ctx, Role.ADMIN), "G10000001")


def test_refusal_without_reason_names_the_field(school_ctx: ServiceContext) -> None:
    build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000"], start=DAY)
    (e,) = enrolment.list_enrolments(school_ctx, CLASS)
    with pytest.raises(ValidationError) as caught:
        enrolment.refuse(school_ctx, e["id"], " ")
    assert "理由" in caught.value.fields["reason"]
    assert caught.value.lines() == [caught.value.message]
