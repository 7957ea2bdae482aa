"""The compliance check: a played month per profile, clean first, then with planted violations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from after_school_desk.domain import compliance as c
from after_school_desk.domain.profiles import Profile, proposed_week, service_weekdays
from after_school_desk.services.school import profiles

MONTH = [date(2026, 11, 1) + timedelta(days=i) for i in range(30)]


def clean_month(p: Profile, grade: int = 3) -> c.MonthRecords:
    """A November in which the school did everything its profile asks."""
    stage = "primary" if grade <= 6 else "junior"
    week = proposed_week(p, [stage])
    plan = service_weekdays(p, stage)
    days = [d for d in MONTH if d.isoweekday() in (plan.required if plan else range(1, 6))]
    service, duty, supervision, staff = [], [], [], []
    for d in days:
        start, end = week[d.isoweekday()]
        day = d.isoformat()
        service.append(c.ServiceRecord(day, "三年级(1)班", grade, start, end, f"service:{day}"))
        duty.append(c.DutyDayRecord(day, "王校长", f"duty_day:{day}"))
        supervision.append(c.SupervisionRecord(day, "三年级(1)班", "李老师", f"sup:{day}"))
        staff.append(c.StaffOnPost(day, "赵教练", True, "filed", f"staff:{day}"))
    lhasa_basic = any(m.id == "basic" and not m.parent_pays for m in p.modes)
    fee = c.FeeStandardRecord(
        amount_fen=0 if lhasa_basic else 15000,
        unit="term" if p.id == "urumqi-2019" else "month",
        record_ref="fee:1",
        stage=stage,
        mode="basic" if lhasa_basic else None,
        daily_minutes=60 if p.id == "urumqi-2019" else None,
        approval="某价〔2026〕1号",
    )
    charges = [
        c.ChargeRecord("张三", frozenset({"registered_poor"}), 0, "2026-11", "charge:1"),
        c.ChargeRecord("李四", frozenset(), fee.amount_fen, "2026-11", "charge:2"),
    ]
    absences = [c.AbsenceRecord("2026-11-03", "王五", "三年级(1)班", True, "absence:1")]
    return c.MonthRecords(service, duty, supervision, staff, [fee], charges, [], absences)


@pytest.mark.parametrize("profile_id", profiles.profile_ids())
def test_clean_month_has_no_false_alarms(profile_id: str) -> None:
    p = profiles.load_profile(profile_id)
    assert c.check_month(p, clean_month(p)) == []
    if p.stages is None or "junior" in p.stages.stages:
        assert c.check_month(p, clean_month(p, grade=8)) == []


def _plant(records: c.MonthRecords, **changes: object) -> c.MonthRecords:
    return replace(records, **changes)  # type: ignore[arg-type]


def _service(records: c.MonthRecords, day: str, start: str, end: str) -> list[c.ServiceRecord]:
    return [replace(r, start=start, end=end) if r.day == day else r for r in records.service]


def _found(p: Profile, records: c.MonthRecords) -> dict[tuple[str, str], c.Violation]:
    return {(v.kind, v.record_ref): v for v in c.check_month(p, records)}


def _common_plants(p: Profile, base: c.MonthRecords) -> c.MonthRecords:
    """Violations every profile forbids: a refused pupil (应收尽收 from the national baseline)."""
    refusal = c.RefusalRecord("2026-11-05", "钱六", "名额已满", "enrolment:9")
    return _plant(base, refusals=[refusal])


def test_urumqi_month() -> None:
    p = profiles.load_profile("urumqi-2019")
    month = clean_month(p)
    month = _plant(
        _common_plants(p, month),
        service=_service(month, "2026-11-04", "16:00", "18:30"),
        staff_on_post=[*month.staff_on_post, c.StaffOnPost("2026-11-06", "孙志愿", True, "pending", "staff:x")],
        fee_standards=[replace(month.fee_standards[0], amount_fen=25000, approval="")],
    )  # fmt: skip
    found = _found(p, month)
    assert set(found) == {
        ("too_long", "service:2026-11-04"),
        ("unvetted_staff", "staff:x"),
        ("fee_above_cap", "fee:1"),
        ("fee_not_approved", "fee:1"),
        ("enrolment_refused", "enrolment:9"),
    }
    assert "不得超过2小时" in found[("too_long", "service:2026-11-04")].clause.quote
    assert "200元/生/学期" in found[("fee_above_cap", "fee:1")].clause.quote
    # Urumqi's own text has no 不得拒绝: a refusal is listed under its own enrolment procedure
    refusal = found[("enrolment_refused", "enrolment:9")]
    assert refusal.listed and refusal.clause.source == "urumqi-2019"
    assert not any(v.listed for k, v in found.items() if k[0] != "enrolment_refused")


def test_luoyang_month() -> None:
    p = profiles.load_profile("luoyang-2020")
    month = clean_month(p)
    month = _plant(
        _common_plants(p, month),
        service=_service(month, "2026-11-10", "16:30", "18:30"),
        charges=[c.ChargeRecord("张三", frozenset({"registered_poor"}), 5000, "2026-11", "charge:1")],
        staff_on_post=[c.StaffOnPost("2026-11-11", "周外聘", True, "not_required", "staff:y")],
    )  # fmt: skip
    found = _found(p, month)
    assert set(found) == {
        ("end_too_late", "service:2026-11-10"),
        ("fee_charged_free_pupil", "charge:1"),
        ("unvetted_staff", "staff:y"),
        ("enrolment_refused", "enrolment:9"),
    }
    assert "不晚于18:00" in found[("end_too_late", "service:2026-11-10")].clause.quote
    assert "建档立卡" in found[("fee_charged_free_pupil", "charge:1")].clause.quote


def test_lhasa_month() -> None:
    p = profiles.load_profile("lhasa-2021")
    month = clean_month(p)
    month = _plant(
        _common_plants(p, month),
        service=_service(month, "2026-11-12", "16:00", "18:00"),
        fee_standards=[replace(month.fee_standards[0], amount_fen=3000)],
        staff_on_post=[c.StaffOnPost("2026-11-13", "吴机构", True, "rejected", "staff:z")],
    )
    found = _found(p, month)
    assert set(found) == {
        ("end_too_early", "service:2026-11-12"),
        ("fee_above_cap", "fee:1"),
        ("unvetted_staff", "staff:z"),
        ("enrolment_refused", "enrolment:9"),
    }
    assert "18:30" in found[("end_too_early", "service:2026-11-12")].clause.quote
    assert "普惠托管" in found[("fee_above_cap", "fee:1")].message
    assert found[("enrolment_refused", "enrolment:9")].clause.source == "lhasa-2021"


def test_city_plan_month() -> None:
    p = profiles.load_profile("city-plan-2024")
    month = clean_month(p)
    wednesday = c.ServiceRecord("2026-11-04", "三年级(1)班", 3, "15:30", "17:30", "service:wed")
    month = _plant(
        _common_plants(p, month),
        service=[*_service(month, "2026-11-02", "15:45", "17:45"), wednesday],
        duty_days=[replace(r, leader_name=None) if r.day == "2026-11-09" else r
                   for r in month.duty_days],
        supervision=[replace(r, supervisor_name="") if r.day == "2026-11-10" else r
                     for r in month.supervision],
        fee_standards=[replace(month.fee_standards[0], amount_fen=25000)],
        charges=[c.ChargeRecord("张三", frozenset({"registered_poor"}), 20000, "2026-11", "charge:1")],
        absences=[c.AbsenceRecord("2026-11-03", "王五", "三年级(1)班", False, "absence:1")],
        staff_on_post=[c.StaffOnPost("2026-11-11", "周外聘", True, "pending", "staff:y")],
    )  # fmt: skip
    found = _found(p, month)
    assert set(found) == {
        ("end_too_late", "service:2026-11-02"),
        ("service_day", "service:wed"),
        ("no_duty_leader", "duty_day:2026-11-09"),
        ("no_supervisor", "sup:2026-11-10"),
        ("fee_above_cap", "fee:1"),
        ("fee_charged_free_pupil", "charge:1"),
        ("absence_not_followed", "absence:1"),
        ("enrolment_refused", "enrolment:9"),
    }  # the unvetted helper is no violation here: this text sets no vetting rule
    assert "周三除外" in found[("service_day", "service:wed")].clause.quote
    assert "17∶30" in found[("end_too_late", "service:2026-11-02")].clause.quote
    assert "带班干部" in found[("no_duty_leader", "duty_day:2026-11-09")].clause.quote
    assert "200元" in found[("fee_above_cap", "fee:1")].clause.quote
    assert "通知学生监护人" in found[("absence_not_followed", "absence:1")].clause.quote
    # a make-up working day on a Wednesday is checked for times only
    makeup = replace(wednesday, makeup_day=True)
    assert c.check_service(p, [makeup]) == []


def test_city_plan_senior_month_by_grade() -> None:
    p = profiles.load_profile("city-plan-2024")
    day = "2026-11-02"
    ok = [
        c.ServiceRecord(day, "高三(1)班", 12, "19:00", "21:00", "s:1", boarding=False),
        c.ServiceRecord(day, "高一(1)班", 10, "17:30", "19:30", "s:2", boarding=False),
        c.ServiceRecord("2026-11-07", "高二(1)班", 11, "08:00", "16:00", "s:3", boarding=False),
    ]
    assert c.check_service(p, ok) == []
    late = [replace(ok[1], end="20:00", start="18:00")]
    assert [v.kind for v in c.check_service(p, late)] == ["end_too_late"]


def test_helan_month() -> None:
    p = profiles.load_profile("helan-2021")
    month = clean_month(p)
    volunteer = c.StaffOnPost(
        "2026-11-16", "郑志愿者", False, "not_required", "staff:v", volunteer=True
    )
    month = _plant(
        _common_plants(p, month),
        service=_service(month, "2026-11-17", "16:30", "18:00"),
        staff_on_post=[volunteer],
    )
    found = _found(p, month)
    assert set(found) == {
        ("too_short", "service:2026-11-17"),
        ("unvetted_staff", "staff:v"),
    }  # Helan's text neither bans refusals nor sets an enrolment procedure of its own
    assert "每天至少开展2小时" in found[("too_short", "service:2026-11-17")].clause.quote


def test_national_month_and_violation_json() -> None:
    p = profiles.load_profile("national")
    month = clean_month(p)
    month = _plant(
        _common_plants(p, month), service=_service(month, "2026-11-18", "16:30", "18:00")
    )
    found = c.check_month(p, month)
    assert [(v.kind, v.day) for v in found] == [
        ("enrolment_refused", "2026-11-05"),
        ("too_short", "2026-11-18"),
    ]
    record = found[1].as_dict()
    assert record["record_ref"] == "service:2026-11-18" and record["label"] == "服务时长不足"
    assert "贺兰县" in str(record["citation"]) and "90 分钟" in str(record["message"])
