"""Enrolment: application, review, approval, refusal with a reason, withdrawal, bulk by class."""

from __future__ import annotations

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import enrolment
from tests.conftest import as_role
from tests.unit.daily_school import build


def test_application_review_approval(school_ctx: ServiceContext) -> None:
    school = build(school_ctx)
    teacher = as_role(school_ctx, Role.TEACHER, school.teachers["一年级(1)班"])
    result = enrolment.enroll(teacher, ["G10000000"], start="2026-11-02", applied_by="母亲00")
    assert result["applied"] == ["G10000000"]
    assert not enrolment.is_enrolled(school_ctx, school.pupils["G10000000"]["id"], "2026-11-02")
    with pytest.raises(PermissionDenied):
        enrolment.enroll(teacher, ["G10000000"], approve=True)
    (row,) = enrolment.list_enrolments(school_ctx, "一年级(1)班")
    assert row["status"] == "applied" and row["applied_by"] == "母亲00"
    enrolment.review(teacher, row["id"])
    enrolment.approve(as_role(school_ctx, Role.PRINCIPAL), row["id"])
    enrolment.record_agreement(teacher, "G10000000", "母亲00", "2026-11-01")
    (row,) = enrolment.list_enrolments(school_ctx, "一年级(1)班")
    assert (row["status"], row["enrolled_from"], row["agreement_signed_by"]) == (
        "enrolled", "2026-11-02", "母亲00")  # fmt: skip
    assert enrolment.is_enrolled(school_ctx, school.pupils["G10000000"]["id"], "2026-11-02")
    assert not enrolment.is_enrolled(school_ctx, school.pupils["G10000000"]["id"], "2026-11-01")


def test_refusal_needs_a_reason(school_ctx: ServiceContext) -> None:
    build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000001"], start="2026-11-02")
    (row,) = enrolment.list_enrolments(school_ctx, "一年级(1)班")
    with pytest.raises(ValidationError, match="理由"):
        enrolment.refuse(school_ctx, row["id"], "  ")
    enrolment.refuse(school_ctx, row["id"], "家长已安排校外托管，主动撤回")
    (row,) = enrolment.list_enrolments(school_ctx, "一年级(1)班")
    assert row["status"] == "refused"


def test_bulk_class_enrolment_and_withdrawal(school_ctx: ServiceContext, clock) -> None:
    school = build(school_ctx)
    result = enrolment.enroll(school_ctx, class_name="三年级2班", start="2026-11-02", approve=True)
    assert len(result["approved"]) == 4
    again = enrolment.enroll(school_ctx, class_name="三年级2班", start="2026-11-02", approve=True)
    assert len(again["already"]) == 4
    enrolment.withdraw(school_ctx, "G10100000", "2026-11-10", "转学")
    pid = school.pupils["G10100000"]["id"]
    assert enrolment.is_enrolled(school_ctx, pid, "2026-11-09")
    assert not enrolment.is_enrolled(school_ctx, pid, "2026-11-10")
    with pytest.raises(ValidationError, match="没有参加课后服务"):
        attendance.sign_in(school_ctx, "G10100000", at="2026-11-10T16:00")
    assert attendance.count_events(school_ctx) == 0
    with pytest.raises(ValidationError, match="不在任何学期"):
        enrolment.enroll(school_ctx, ["G10000000"], start="2027-03-01")


def test_sign_in_all_skips_leave_and_exceptions(school_ctx: ServiceContext) -> None:
    school = build(school_ctx)
    enrolment.enroll(school_ctx, class_name="一年级(1)班", start="2026-11-02", approve=True)
    attendance.record_leave(school_ctx, "G10000003", "2026-11-02", reason="病假")
    cid = school.class_ids["一年级(1)班"]
    result = attendance.sign_in_all(school_ctx, cid, "2026-11-02",
                                    except_ids=[school.pupils["G10000002"]["id"]])  # fmt: skip
    assert result["count"] == 2
    states = {
        r["national_id"]: r["state"] for r in attendance.class_day(school_ctx, cid, "2026-11-02")
    }
    assert states == {"G10000000": "present", "G10000001": "present",
                      "G10000002": "not_arrived", "G10000003": "leave"}  # fmt: skip
