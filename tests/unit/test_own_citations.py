"""Own-text citations in every region: what a finding or a refused fee, refund or expense cites
is the region's own text, or a rule marked as a national default with a national source —
never another region's text. A lawful refusal of an enrolment is no finding anywhere."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

import pytest

from after_school_desk.domain import compliance as c
from after_school_desk.domain.profiles import (
    NATIONAL_DEFAULT_MARK,
    Clause,
    MinutesRule,
    Profile,
    merged,
    min_daily_minutes,
)
from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.money import expenses, payments
from after_school_desk.services.month import compliance
from after_school_desk.services.sample import demo
from after_school_desk.services.school import profiles
from after_school_desk.services.school.enrolment import enroll, list_enrolments, refuse
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import SchoolSetup, create_school

REGIONS = ["urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]


def _clauses(p: Profile) -> list[Clause]:
    found: list[Clause] = []
    for f in fields(Profile):
        value = getattr(p, f.name)
        for rule in value if isinstance(value, tuple) else (value,):
            if hasattr(rule, "clause"):
                found.append(rule.clause)
    return found


def _own_or_national(profile_id: str, clause: dict[str, Any]) -> bool:
    if clause["source"] == profile_id:
        return not clause["default_from"]
    return bool(clause["default_from"]) and bool(clause["national"])


@pytest.mark.parametrize("profile_id", REGIONS)
def test_every_rule_of_a_region_is_its_own_or_a_marked_national_default(profile_id: str) -> None:
    p = profiles.load_profile(profile_id)
    for clause in _clauses(p):
        assert _own_or_national(profile_id, clause.as_dict()), clause
        assert clause.source not in set(REGIONS) - {profile_id}, clause


@pytest.mark.parametrize("profile_id", ["urumqi-2019", "luoyang-2020"])
def test_helans_two_hour_minimum_is_not_theirs(profile_id: str) -> None:
    p = profiles.load_profile(profile_id)
    for stage in ("primary", "junior"):
        low = min_daily_minutes(p, stage)
        assert low is None or low.clause.source == profile_id
    short = c.ServiceRecord("2026-11-04", "三年级(1)班", 3, "17:00", "17:45", "service:1")
    assert not [v for v in c.check_service(p, [short]) if v.kind == "too_short"]


def test_a_rule_from_a_national_text_is_taken_and_marked() -> None:
    national = Clause("state-2021", "某国家文件", "一", "每天至少2小时", national=True)
    regional = Clause("helan-2021", "贺兰县义务教育课后服务工作的实施意见", "五", "至少2小时")
    base = Profile(id="national", name="全国基线", title="基线",
                   min_minutes=(MinutesRule(120, national),))  # fmt: skip
    region = Profile(id="somewhere", name="某地", title="某地方案", source="somewhere")
    got = merged(region, base)
    [rule] = got.min_minutes
    assert rule.clause.default_from == "全国基线" and rule.clause.source == "state-2021"
    record = c.ServiceRecord("2026-11-04", "三年级(1)班", 3, "16:30", "17:30", "service:1")
    [short] = c.check_service(got, [record])
    assert short.clause.cite().startswith(NATIONAL_DEFAULT_MARK + "《某国家文件》")
    assert short.as_dict()["national_default"] is True
    # the same rule quoted from a region's text is not taken
    only_regional = Profile(id="national", name="全国基线", title="基线",
                            min_minutes=(MinutesRule(120, regional),))  # fmt: skip
    assert merged(region, only_regional).min_minutes == ()


def _school(ctx: ServiceContext, clock: FixedClock, profile_id: str) -> ServiceContext:
    clock.set(datetime.fromisoformat("2026-11-02T09:00:00+08:00"))
    create_school(
        ctx,
        SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                    term_end="2027-01-20", classes_per_grade=1, profile_id=profile_id),
    )  # fmt: skip
    for nid, name in (("R100000001", "钱六"), ("R100000002", "赵七")):
        save_pupil(ctx, PupilInput(national_id=nid, name=name, sex="男", class_name="三年级(1)班",
                                   adults=[AdultInput("家长", "母亲", "13900000000")]))  # fmt: skip
    actor = Actor(login="test:principal", role=Role.PRINCIPAL, display_name="陈校长")
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=clock)


@pytest.mark.parametrize("profile_id", REGIONS)
def test_a_refused_refund_cites_the_regions_own_rule_or_says_it_has_none(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    mctx = _school(ctx, clock, profile_id)
    payments.record_payment(mctx, "R100000001", "100", "2026-11-02")
    with pytest.raises(ValidationError) as refused:
        payments.refund(mctx, "R100000001", "150", "多缴", "2026-11-02")
    basis = refused.value.problems[-1]
    if profile_id == "city-plan-2024":
        assert basis.startswith("依据：《双减政策下中小学课后服务工作实施方案》")
        assert "多退少不补" in basis
    else:
        assert basis.startswith("依据：本地文件未规定退费办法") and "《" not in basis


@pytest.mark.parametrize("profile_id", REGIONS)
def test_a_management_fee_is_refused_only_by_the_regions_own_text(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    mctx = _school(ctx, clock, profile_id)
    title = profiles.load_profile(profile_id).title
    fee = ("其他", "100", "2026-11-02", "学校提取管理费", "management_fee")
    if profile_id == "lhasa-2021":  # its text names the money's use but bans nothing
        assert expenses.add_expense(mctx, *fee)["purpose"] == "management_fee"
        return
    with pytest.raises(ValidationError) as refused:
        expenses.add_expense(mctx, *fee)
    assert refused.value.problems[0].startswith(f"依据：《{title}》")


@pytest.mark.parametrize("profile_id", REGIONS)
def test_a_lawful_refusal_is_no_finding_in_any_region(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    mctx = _school(ctx, clock, profile_id)
    enroll(mctx, ["R100000001", "R100000002"], start="2026-11-02")
    applied = {e["national_id"]: e["id"] for e in list_enrolments(mctx)}
    refuse(mctx, applied["R100000001"], "家长撤回申请")
    refuse(mctx, applied["R100000002"], "重复报名")
    clock.set(datetime.fromisoformat("2026-11-03T09:00:00+08:00"))
    found = compliance.check_month(mctx, "2026-11")
    assert not [
        v for v in found["violations"] + found["listed"] if v["kind"] == "enrolment_refused"
    ]


@pytest.mark.parametrize("profile_id", REGIONS)
def test_every_finding_of_a_month_cites_the_regions_own_text_or_a_marked_default(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    clock.set(datetime.fromisoformat("2026-11-24T12:00:00+08:00"))
    demo.create_demo(ctx, pupils=30, seed=5, months=1, profile_id=profile_id)
    found = compliance.check_month(ctx, "2026-11")
    cited = found["violations"] + found["listed"] + found["manual"]
    assert cited  # at least the duties no record shows
    for v in cited:
        assert _own_or_national(profile_id, v["clause"]), v
        assert v["national_default"] == bool(v["clause"]["default_from"])
        assert not v["citation"].startswith("本地文件未规定") or v["national_default"]
