"""Guardians' phones and the 重点关注 flags: a teacher sees them for their own classes only, duty
leaders, the principal and the administrator for every pupil (docs/privacy.md)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.pupil_visibility import mask_phone, visibility
from after_school_desk.services.daily import alerts, duty, outbox
from after_school_desk.services.school import enrolment, enrolment_views, pupils
from tests.conftest import as_role
from tests.unit.daily_school import DAY, School, build

MINE, OTHER = "一年级(1)班", "三年级(2)班"
MY_PUPIL, OTHER_PUPIL = "G20000001", "G20000002"


@pytest.fixture
def school(school_ctx: ServiceContext) -> School:
    built = build(school_ctx, per_class=2)
    for nid, name, cls, flag, phone in [
        (MY_PUPIL, "留守甲", MINE, "left_behind", "13912345678"),
        (OTHER_PUPIL, "困境乙", OTHER, "hardship", "13887654321"),
    ]:
        pupils.save_pupil(
            school_ctx,
            pupils.PupilInput(
                national_id=nid,
                name=name,
                sex="女",
                class_name=cls,
                flags={flag},
                adults=[pupils.AdultInput("外婆", "外祖母", phone)],
            ),
        )
    return built


def _teacher(ctx: ServiceContext, school: School) -> ServiceContext:
    return as_role(ctx, Role.TEACHER, school.teachers[MINE])


def _by_id(found: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {p["national_id"]: p for p in found}


def test_a_teacher_sees_phones_and_flags_of_their_own_class_only(
    school_ctx: ServiceContext, school: School
) -> None:
    teacher = _teacher(school_ctx, school)
    for found in (pupils.list_pupils(teacher), pupils.roster_rows(teacher)):
        seen = _by_id(found)
        assert len(seen) == 8  # every pupil is listed: name, class, 学籍号
        mine, other = seen[MY_PUPIL], seen[OTHER_PUPIL]
        assert mine["guardians"][0]["phone"] == "13912345678"
        assert mine["flags"] == ["留守儿童"] and mine["private_hidden"] is False
        assert other["guardians"][0]["phone"] == "138****4321"
        assert other["flags"] == [] and other["private_hidden"] is True
        assert other["name"] == "困境乙" and other["class"] == OTHER
        assert all(
            a["phone"].count("*") == 4 for p in found if p["class"] != MINE for a in p["guardians"]
        )
    detail = pupils.pupil_detail(teacher, OTHER_PUPIL)
    assert detail["private_hidden"] and detail["flags"] == []
    assert [a["phone"] for a in detail["adults"]] == ["138****4321"]
    assert [a["phone"] for a in detail["guardians"]] == ["138****4321"]
    own = pupils.pupil_detail(teacher, MY_PUPIL)
    assert [a["phone"] for a in own["adults"]] == ["13912345678"] and own["flags"] == ["留守儿童"]
    # nothing was changed in the record by showing it masked
    assert pupils.pupil_detail(school_ctx, OTHER_PUPIL)["adults"][0]["phone"] == "13887654321"


def test_search_by_name_does_not_unmask(school_ctx: ServiceContext, school: School) -> None:
    found = pupils.list_pupils(_teacher(school_ctx, school), query="kjy")
    assert [(p["name"], p["guardians"][0]["phone"], p["flags"]) for p in found] == [
        ("困境乙", "138****4321", [])
    ]


@pytest.mark.parametrize("role", [Role.DUTY_LEADER, Role.PRINCIPAL, Role.ADMIN, Role.SYSTEM])
def test_duty_leaders_principal_and_admin_see_every_pupil(
    school_ctx: ServiceContext, school: School, role: Role
) -> None:
    ctx = as_role(school_ctx, role, school.leader_id if role is Role.DUTY_LEADER else None)
    seen = _by_id(pupils.roster_rows(ctx))
    assert seen[OTHER_PUPIL]["guardians"][0]["phone"] == "13887654321"
    assert seen[OTHER_PUPIL]["flags"] == ["困境儿童"]
    assert not any(p["private_hidden"] for p in seen.values())
    assert pupils.pupil_detail(ctx, OTHER_PUPIL)["flags"] == ["困境儿童"]


def test_supervising_another_class_that_day_shows_its_phones(
    school_ctx: ServiceContext, school: School
) -> None:
    teacher = _teacher(school_ctx, school)
    assert visibility(teacher).own_classes == {school.class_ids[MINE]}
    duty.set_supervisor(school_ctx, school.class_ids[OTHER], DAY, school.teachers[MINE])
    seen = _by_id(pupils.list_pupils(teacher))
    assert seen[OTHER_PUPIL]["guardians"][0]["phone"] == "13887654321"
    assert seen[OTHER_PUPIL]["flags"] == ["困境儿童"]
    # only on that day: the next day the class is another teacher's again
    assert visibility(teacher, "2026-11-03").own_classes == {school.class_ids[MINE]}


def test_a_teacher_log_in_without_a_staff_member_sees_no_private_details(
    school_ctx: ServiceContext, school: School
) -> None:
    nobody = as_role(school_ctx, Role.TEACHER)
    assert all(p["private_hidden"] for p in pupils.roster_rows(nobody))
    assert pupils.pupil_detail(nobody, MY_PUPIL)["flags"] == []


def test_enrolment_screen_shows_flags_of_the_teachers_own_class_only(
    school_ctx: ServiceContext, school: School
) -> None:
    teacher = _teacher(school_ctx, school)
    mine = _by_id(enrolment_views.class_enrolment(teacher, school.class_ids[MINE]))
    other = _by_id(enrolment_views.class_enrolment(teacher, school.class_ids[OTHER]))
    assert mine[MY_PUPIL]["flags"] == ["留守儿童"] and not mine[MY_PUPIL]["private_hidden"]
    assert other[OTHER_PUPIL]["flags"] == [] and other[OTHER_PUPIL]["private_hidden"]
    principal = as_role(school_ctx, Role.PRINCIPAL)
    everyone = _by_id(enrolment_views.class_enrolment(principal, school.class_ids[OTHER]))
    assert everyone[OTHER_PUPIL]["flags"] == ["困境儿童"]


def test_a_teacher_lists_and_exports_only_their_classes_messages_to_guardians(
    school_ctx: ServiceContext, school: School, clock, tmp_path: Path
) -> None:
    enrolment.enroll(school_ctx, [MY_PUPIL, OTHER_PUPIL], start=DAY, approve=True)
    clock.set(datetime.fromisoformat(f"{DAY}T16:20:00+08:00"))  # both missing at sign-in
    assert outbox.queue_alert_messages(school_ctx) == 2
    teacher = _teacher(school_ctx, school)
    assert [m["phone"] for m in outbox.list_outbox(teacher)] == ["13912345678"]
    target = tmp_path / "messages.csv"
    assert outbox.export_csv(teacher, target) == 1
    text = target.read_text(encoding="utf-8-sig")
    assert "13912345678" in text and "13887654321" not in text
    # the other class's message is still waiting for someone who may send it
    assert [m["phone"] for m in outbox.list_outbox(school_ctx, pending_only=True)] == [
        "13887654321"
    ]
    assert {a["national_id"] for a in alerts.alerts(teacher)} == {MY_PUPIL}


@pytest.mark.parametrize(
    ("phone", "shown"),
    [("13812345678", "138****5678"), ("09511234567", "095****4567"), ("1234", "****"),
     (None, None), ("", "")],
)  # fmt: skip
def test_mask_phone(phone: str | None, shown: str | None) -> None:
    assert mask_phone(phone) == shown
