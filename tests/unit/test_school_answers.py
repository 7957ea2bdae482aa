"""The school package's answers have exactly the keys their TypedDicts declare
(after_school_desk/services/school/answers.py), and its refusals come in English under an English
translator (after_school_desk.i18n), in Chinese without one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from after_school_desk import i18n
from after_school_desk.domain.enrolment import EnrolmentStatus, ServiceMode
from after_school_desk.domain.roles import Role
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import (
    answers,
    calendar,
    consent,
    enrolment,
    enrolment_views,
    notice_preview,
    privacy,
    pupils,
    school_settings,
    staff,
    tokens,
    users,
)
from tests.conftest import as_role
from tests.unit.daily_school import build


def keys_match(row: Mapping[str, Any], shape: Any) -> None:
    """``row`` has every required key of ``shape`` and no key it does not declare."""
    required, optional = set(shape.__required_keys__), set(shape.__optional_keys__)
    got = set(row)
    assert required <= got, f"{shape.__name__} lacks {sorted(required - got)}"
    assert got <= required | optional, (
        f"{shape.__name__} has extra {sorted(got - required - optional)}"
    )


def test_pupil_views_have_their_declared_keys(school_ctx: ServiceContext) -> None:
    school = build(school_ctx, per_class=2)
    nid = next(iter(school.pupils))
    listed = pupils.list_pupils(school_ctx)
    assert listed
    for row in listed:
        keys_match(row, answers.PupilAnswer)
        for g in row["guardians"]:
            keys_match(g, answers.GuardianAnswer)
    detail = pupils.pupil_detail(school_ctx, nid)
    keys_match(detail, answers.PupilDetail)
    for a in detail["adults"]:
        keys_match(a, answers.AdultRow)
    for row in pupils.roster_rows(school_ctx):
        keys_match(row, answers.RosterRow)
    keys_match(pupils.find_pupil(school_ctx, nid), answers.PupilRecord)


def test_a_teacher_sees_another_class_masked(school_ctx: ServiceContext) -> None:
    school = build(school_ctx, per_class=1)
    own, other = list(school.class_ids)[:2]
    teacher = as_role(school_ctx, Role.TEACHER, school.teachers[own])
    seen = {p["class"]: p for p in pupils.list_pupils(teacher)}
    assert seen[own]["private_hidden"] is False
    assert seen[other]["private_hidden"] is True
    assert all("****" in str(g["phone"]) for g in seen[other]["guardians"])
    detail = pupils.pupil_detail(teacher, seen[other]["national_id"])
    assert detail["private_hidden"] is True and detail["flags"] == []
    assert all("****" in str(a["phone"]) for a in detail["adults"])


def test_enrolment_answers_have_their_declared_keys(school_ctx: ServiceContext) -> None:
    school = build(school_ctx, per_class=2)
    first, second = list(school.pupils)[:2]
    done = enrolment.enroll(school_ctx, [first], start="2026-11-02")
    keys_match(done, answers.EnrolResult)
    assert done["applied"] == [first]
    eid = enrolment.open_enrolment_id(school_ctx, first, "2026-11-02")
    reviewed = enrolment.review(school_ctx, eid)
    keys_match(reviewed, answers.EnrolmentRow)
    assert reviewed["status"] == EnrolmentStatus.REVIEWED == "reviewed"
    approved = enrolment.approve(school_ctx, eid)
    keys_match(approved, answers.EnrolmentRow)
    assert approved["mode"] is ServiceMode.BASIC
    keys_match(enrolment.record_agreement(school_ctx, first, "母亲"), answers.EnrolmentRow)
    enrolment.enroll(school_ctx, [second], start="2026-11-02")
    refused = enrolment.refuse(
        school_ctx, enrolment.open_enrolment_id(school_ctx, second, "2026-11-02"), "已转学"
    )
    keys_match(refused, answers.EnrolmentRow)
    for row in enrolment.list_enrolments(school_ctx):
        keys_match(row, answers.EnrolmentListRow)
    class_id = next(iter(school.class_ids.values()))
    rows = enrolment_views.class_enrolment(school_ctx, class_id)
    assert {r["state"] for r in rows} >= {"enrolled", "refused"}
    for row in rows:
        keys_match(row, answers.ClassEnrolmentRow)
    history = enrolment_views.enrolment_history(school_ctx, first)
    assert [s["step"] for s in history[0]["steps"]] == ["apply", "review", "approve", "agreement"]
    for e in history:
        keys_match(e, answers.EnrolmentHistoryRow)
        for s in e["steps"]:
            keys_match(s, answers.HistoryStepRow)


def test_staff_and_account_answers_have_their_declared_keys(school_ctx: ServiceContext) -> None:
    member = staff.add_staff(school_ctx, "王老师", "teacher", "13800000009")
    keys_match(member, answers.StaffRow)
    keys_match(staff.update_staff(school_ctx, member["id"], "王老师", "external"), answers.StaffRow)
    keys_match(staff.find_staff(school_ctx, "王老师"), answers.StaffRow)
    for m in staff.staff_overview(school_ctx):
        keys_match(m, answers.StaffOverviewRow)
    for m in staff.list_staff(school_ctx):
        keys_match(m, answers.StaffRow)
    made = users.create_user(school_ctx, "wang", "王老师", "teacher", "1234", member["id"])
    keys_match(made, answers.NewAccount)
    for u in users.list_users(school_ctx):
        keys_match(u, answers.AccountListRow)
    keys_match(users.find_user(school_ctx, "wang"), answers.AccountRow)
    keys_match(users.rename_user(school_ctx, made["id"], "王二"), answers.AccountRow)
    keys_match(users.set_user_active(school_ctx, made["id"], False), answers.AccountRow)


def test_calendar_and_other_answers_have_their_declared_keys(school_ctx: ServiceContext) -> None:
    days = calendar.month_view(school_ctx, 2026, 10)
    assert len(days) == 31
    for d in days:
        keys_match(d, answers.CalendarDayView)
    assert any(d["kind"] == "statutory" for d in days)  # 国庆节
    for term in calendar.terms(school_ctx):
        keys_match(term, answers.TermRow)
    keys_match(calendar.add_term(school_ctx, "2027-02-24", "2027-07-10"), answers.TermRow)
    for y in calendar.holiday_years(school_ctx):
        keys_match(y, answers.HolidayYearRow)
    keys_match(school_settings.backup_settings(school_ctx), answers.BackupSettings)
    keys_match(privacy.erasure_preview(school_ctx, 365), answers.ErasurePreview)
    shown = notice_preview.preview_notice(school_ctx, 2027, "2027-02-06..2027-02-12 春节\n")
    assert shown.rows
    for row in shown.rows:
        keys_match(row, answers.NoticeRow)


def test_consent_and_token_answers_have_their_declared_keys(school_ctx: ServiceContext) -> None:
    school = build(school_ctx, per_class=1)
    nid = next(iter(school.pupils))
    keys_match(consent.record_consent(school_ctx, nid, "service", "母亲"), answers.ConsentGiven)
    for c in consent.consents_of(school_ctx, nid):
        keys_match(c, answers.ConsentRow)
    gone = consent.record_consent(school_ctx, nid, "service", withdraw=True)
    keys_match(gone, answers.ConsentWithdrawn)
    principal = users.create_user(school_ctx, "boss", "校长", "principal", "123456")
    maker = users.log_in(school_ctx, "boss", "123456")
    as_maker = ServiceContext(
        store=school_ctx.store, actor=maker, device_id=school_ctx.device_id, clock=school_ctx.clock
    )
    _, made = tokens.create_token(as_maker, "nightly")
    keys_match(made, answers.TokenAnswer)
    assert made["state"] == tokens.TokenState.USABLE and made["acts_as"] == principal["login"]
    for row in tokens.list_tokens(as_maker):
        keys_match(row, answers.TokenAnswer)
    assert tokens.revoke_token(as_maker, "nightly")["state"] == "revoked"


def _english() -> dict[str, str]:
    """The English of the refusals this test meets (as in the translation catalogue)."""
    return {
        "找不到学生“{key}”（请输入学籍号或学生编号）。": (
            'Pupil "{key}" not found (enter the student number or the pupil ID).'
        ),
        "{who} 目前没有参加课后服务，无需退出。": (
            "{who} is not in the after-school service now; no need to withdraw."
        ),
        "学生信息有误，未保存：": "The pupil details have errors; nothing was saved:",
        "姓名不能为空。": "The name cannot be empty.",
    }


def test_refusals_come_in_english_under_an_english_translator(school_ctx: ServiceContext) -> None:
    school = build(school_ctx, per_class=1)
    nid = next(iter(school.pupils))
    english = _english()
    i18n.install(lambda text: english.get(text, text))
    try:
        with pytest.raises(NotFound) as missing:
            pupils.pupil_detail(school_ctx, "G999999999")
        assert missing.value.message == (
            'Pupil "G999999999" not found (enter the student number or the pupil ID).'
        )
        with pytest.raises(ValidationError) as idle:
            enrolment.withdraw(school_ctx, nid, "2026-11-03")
        assert "is not in the after-school service now; no need to withdraw." in idle.value.message
        with pytest.raises(ValidationError) as form:
            pupils.save_pupil(
                school_ctx,
                pupils.PupilInput(national_id=nid, name=" ", sex="男", class_name="一年级(1)班"),
            )
        assert form.value.message == "The pupil details have errors; nothing was saved:"
        assert form.value.fields["name"] == "The name cannot be empty."
    finally:
        i18n.install(None)
    with pytest.raises(NotFound) as chinese:
        pupils.pupil_detail(school_ctx, "G999999999")
    assert chinese.value.message == "找不到学生“G999999999”（请输入学籍号或学生编号）。"
