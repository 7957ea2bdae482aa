"""Own-text citations: a rule binds a region only through a clause of its own text; a rule
taken from the national baseline says so in every citation; a lawful refusal of an enrolment
is no alarm, and refusals are judged only where the region's own text bans them."""

from __future__ import annotations

from datetime import datetime

import pytest

from after_school_desk.domain import compliance as c
from after_school_desk.domain.profiles import Profile
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import compliance
from after_school_desk.services.school import profiles
from after_school_desk.services.school.enrolment import enroll, list_enrolments, refuse
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import SchoolSetup, create_school

REGIONS = ["urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]
UNLAWFUL = c.RefusalRecord("2026-11-05", "钱六", "名额已满", "enrolment:1", grade=3)
# how each region's text treats an unlawful refusal: a breach under its own 不得拒绝, listed
# for review under its own enrolment procedure (学校核准), or nothing (the text says neither)
REFUSAL = {
    "urumqi-2019": ("listed", "家长申请、班级初审、学校核准、统筹安排"),
    "luoyang-2020": ("listed", "家长自愿申请、班级初审、学校核准、统筹安排"),
    "lhasa-2021": ("breach", "严禁拒绝有需求的学生参加"),
    "city-plan-2024": ("breach", "不得拒绝或变相拒绝学生参加课后服务"),
    "helan-2021": (None, ""),
}


@pytest.mark.parametrize("profile_id", REGIONS)
def test_an_unlawful_refusal_by_each_regions_own_text(profile_id: str) -> None:
    p = profiles.load_profile(profile_id)
    found = c.check_refusals(p, [UNLAWFUL])
    how, quote = REFUSAL[profile_id]
    if how is None:
        assert found == []
        return
    [v] = found
    assert v.listed == (how == "listed") and quote in v.clause.quote
    assert v.clause.source == profile_id and not v.clause.default_from


LAWFUL = [
    c.RefusalRecord("2026-11-05", "赵七", "家长撤回申请", "enrolment:2", grade=3),
    c.RefusalRecord("2026-11-05", "孙八", "重复申请", "enrolment:3", grade=4),
    c.RefusalRecord("2026-11-05", "周九", "已转学", "enrolment:4", grade=5),
]


@pytest.mark.parametrize("profile_id", [*REGIONS, "national"])
def test_a_lawful_refusal_is_no_alarm(profile_id: str) -> None:
    p = profiles.load_profile(profile_id)
    assert c.check_refusals(p, LAWFUL) == []
    # a pupil of a stage the text does not serve (Lhasa, Luoyang, Helan: 义务教育 only)
    senior = c.RefusalRecord("2026-11-05", "吴十", "高中暂不开班", "enrolment:5", grade=10)
    found = c.check_refusals(p, [senior])
    # the city plan serves 高中 and bans refusing; Urumqi's 中小学 text sets no stage limit, so
    # the refusal is listed for review under its own 学校核准 (never counted)
    assert [v.listed for v in found] == {"city-plan-2024": [False], "urumqi-2019": [True]}.get(
        profile_id, []
    )


def _inherited(p: Profile) -> list[str]:
    found = [d.key for d in p.duties if d.clause.default_from]
    found += [f"min_minutes:{m.minutes}" for m in p.min_minutes if m.clause.default_from]
    found += ["service_days" for d in p.service_days if d.clause.default_from]
    return found


def test_rules_from_the_baseline_are_marked_in_their_citation() -> None:
    urumqi = profiles.load_profile("urumqi-2019")
    # 5+2: Urumqi's text sets no minimum, and the baseline's is Helan's text: not taken
    assert _inherited(urumqi) == []
    assert "service_days" not in _inherited(profiles.load_profile("luoyang-2020"))  # 上学日
    record = c.ServiceRecord("2026-11-04", "三年级(1)班", 3, "16:30", "17:30", "service:1")
    assert c.check_service(urumqi, [record]) == []
    # a region's own rule is cited as its own
    [long] = c.check_service(urumqi, [c.ServiceRecord("2026-11-04", "三年级(1)班", 3, "16:00",
                                                      "18:30", "service:2")])  # fmt: skip
    assert long.kind == "too_long" and long.clause.cite().startswith("《乌鲁木齐市")
    # the baseline itself is nobody's default
    national = profiles.load_profile("national")
    assert _inherited(national) == []


@pytest.mark.parametrize("profile_id", REGIONS)
def test_every_rule_is_the_regions_own_or_marked(profile_id: str) -> None:
    p = profiles.load_profile(profile_id)
    raw = profiles.load_raw(profile_id)
    own = {d.key for d in raw.duties}
    for duty in p.duties:
        assert (duty.key in own) != bool(duty.clause.default_from), duty.key
        assert bool(duty.clause.default_from) == (duty.clause.source != profile_id)


def test_a_refusal_played_through_the_services(ctx: ServiceContext, clock: FixedClock) -> None:
    """The city plan: a refusal for a full class is reported with the plan's own clause; a
    refusal because the family withdrew the application is not."""
    clock.set(datetime.fromisoformat("2026-11-02T09:00:00+08:00"))
    create_school(
        ctx,
        SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                    term_end="2027-01-20", classes_per_grade=1, profile_id="city-plan-2024"),
    )  # fmt: skip
    for nid, name in (("R100000001", "钱六"), ("R100000002", "赵七")):
        save_pupil(ctx, PupilInput(national_id=nid, name=name, sex="男", class_name="三年级(1)班",
                                   adults=[AdultInput("家长", "母亲", "13900000000")]))  # fmt: skip
    enroll(ctx, ["R100000001", "R100000002"], start="2026-11-02")
    applied = {e["national_id"]: e["id"] for e in list_enrolments(ctx)}
    refuse(ctx, applied["R100000001"], "名额已满")
    refuse(ctx, applied["R100000002"], "家长撤回申请")
    clock.set(datetime.fromisoformat("2026-11-03T09:00:00+08:00"))
    found = compliance.check_month(ctx, "2026-11")
    refusals = [v for v in found["violations"] if v["kind"] == "enrolment_refused"]
    assert [v["record_ref"] for v in refusals] == [f"enrolment:{applied['R100000001']}"]
    assert "钱六" in refusals[0]["message"] and refusals[0]["clause"]["source"] == "city-plan-2024"
    assert not any(v["kind"] == "enrolment_refused" for v in found["listed"])
