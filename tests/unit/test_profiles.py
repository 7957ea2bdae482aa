"""Policy profiles: every clause is quoted from its text, and the numbers are the texts' numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from after_school_desk.domain import profiles as rules
from after_school_desk.domain.profiles import Clause, Profile, WindowQuery
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import profile_history, profiles
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import school_store

BUILTIN = ["national", "urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]


def _norm(text: str) -> str:
    text = re.sub(r"[\s*#]", "", text)
    return text.replace("（", "(").replace("）", ")").replace("∶", ":")


def _clauses(p: Profile) -> list[Clause]:
    found: list[Clause] = []
    for name in ("service_days", "min_minutes", "max_minutes", "latest_end", "earliest_end",
                 "afternoon_start", "modes", "fee_caps", "groups", "subsidy", "content"):  # fmt: skip
        found.extend(r.clause for r in getattr(p, name))
    for single in (p.stages, p.extended_care, p.evening_study):
        if single is not None:
            found.append(single.clause)
    found.extend(d.clause for d in p.duties)
    return found


@pytest.mark.parametrize("profile_id", BUILTIN)
def test_every_clause_is_quoted_from_its_text(profile_id: str) -> None:
    raw = profiles.load_raw(profile_id)
    clauses = _clauses(raw)
    assert len(clauses) >= 4
    for clause in clauses:
        text = _norm((profiles.texts_dir() / f"{clause.source}.txt").read_text(encoding="utf-8"))
        assert _norm(clause.quote) in text, clause
        for part in clause.section.split(" / "):
            assert _norm(part) in text, clause
        assert clause.source_title


def test_list_has_the_six_builtin_profiles_national_first() -> None:
    ids = profiles.profile_ids()
    assert ids[0] == "national" and sorted(ids) == sorted(BUILTIN)


def test_urumqi_caps_two_hours_and_200_yuan_per_term_for_one_hour() -> None:
    p = profiles.load_profile("urumqi-2019")
    cap = rules.fee_cap(p, "primary", "term")
    assert cap is not None and cap.cap_fen == 20000 and cap.per_daily_minutes == 60
    assert "200元/生/学期" in cap.clause.quote
    assert rules.fee_cap(p, "primary", "term", daily_minutes=120) is None  # the text is silent
    assert rules.fee_cap(p, "primary", "month") is None  # a term cap is not a month cap
    high = rules.max_daily_minutes(p, "primary")
    assert high is not None and high.value == 120 and high.clause.source == "urumqi-2019"
    # silent: Helan's 5+2 minimum is Helan's text, not Urumqi's (docs/compliance.md)
    assert rules.min_daily_minutes(p, "primary") is None
    assert rules.free_groups(p) == []
    assert [g.group for g in rules.reduction_groups(p)] == ["low_income"]
    bands = {tuple(c.items) for c in rules.recommended_content(p, grade=2)}
    assert bands == {("课外阅读", "实践活动", "手工操作")}
    assert "作业辅导" in rules.recommended_content(p, grade=5)[0].items
    assert rules.recommended_content(p, stage="junior")[0].items[0] == "作业辅导"


def test_luoyang_ends_by_18_and_registered_poor_are_free() -> None:
    p = profiles.load_profile("luoyang-2020")
    late = rules.latest_end(p, "junior")
    assert late is not None and late.value == "18:00"
    assert rules.is_free(p, {"registered_poor"}) is not None
    assert rules.is_free(p, {"low_income"}) is None
    assert rules.fee_cap(p, "primary", "month") is None
    plan = rules.service_weekdays(p, "primary")  # silent: national Monday–Friday
    assert plan is not None and plan.required == frozenset(range(1, 6))
    assert p.extended_care is not None and p.extended_care.minutes is None


def test_lhasa_5_plus_2_ending_no_earlier_than_1830_and_two_modes() -> None:
    p = profiles.load_profile("lhasa-2021")
    early = rules.earliest_end(p, "primary")
    assert early is not None and early.value == "18:30"
    breaches = rules.check_window(p, WindowQuery("16:30", "18:00", stage="primary", weekday=2))
    assert {b.kind for b in breaches} == {"too_short", "end_too_early"}
    assert rules.check_window(p, WindowQuery("16:30", "18:30", stage="primary", weekday=2)) == []
    assert {m.id: m.name for m in p.modes} == {"basic": "普惠托管", "course": "个性化课程"}
    basic = rules.fee_cap(p, "primary", "month", "basic")
    assert basic is not None and basic.cap_fen == 0
    assert rules.fee_cap(p, "primary", "month", "course") is None
    assert rules.evening_study_allowed(p, "junior")[0]
    assert not rules.evening_study_allowed(p, "primary")[0]
    assert p.duty("no_refusal") is not None and "拒绝" in p.duty("no_refusal").clause.quote  # type: ignore[union-attr]


def test_city_plan_times_caps_and_multipliers() -> None:
    p = profiles.load_profile("city-plan-2024")
    ends = {
        g: rules.latest_end(p, None, g, boarding=False).value  # type: ignore[union-attr]
        for g in (3, 7, 8, 9, 10, 12)
    }
    assert ends == {3: "17:30", 7: "18:00", 8: "18:00", 9: "19:30", 10: "19:30", 12: "21:00"}
    assert rules.latest_end(p, None, 11, boarding=True).value == "21:30"  # type: ignore[union-attr]
    plan = rules.service_weekdays(p, "primary")
    assert plan is not None and 3 not in plan.required
    senior = rules.service_weekdays(p, "senior")
    assert senior is not None and senior.optional == frozenset({6}) and 7 not in senior.required

    def cap(**kw: object) -> int | None:
        found = rules.fee_cap(p, unit="month", **kw)  # type: ignore[arg-type]
        return found.cap_fen if found else None

    assert cap(stage="primary") == 20000 and cap(stage="junior") == 20000
    assert cap(stage=None, grade=10, boarding=False) == 28000
    assert cap(stage=None, grade=12, boarding=False) == 47000
    assert cap(stage=None, grade=10, boarding=True) == 47000
    assert cap(stage="senior", day_type="saturday") == 20000
    assert cap(stage="primary", day_type="saturday") is None
    assert rules.fee_cap(p, "primary", "term") is None
    percents = {d: rules.subsidy_multiplier(p, d).percent for d in rules.SUBSIDY_DAY_TYPES}  # type: ignore[union-attr]
    assert percents == {"weekday": 150, "rest_day": 200, "statutory_holiday": 300}
    assert rules.subsidy_multiplier(p, "weekday").minimum  # type: ignore[union-attr]
    assert rules.is_free(p, {"registered_poor"}) is not None
    assert p.duty("duty_leader_per_day") and p.duty("supervisor_per_class")
    # Saturday for seniors: at most 8 hours, and no minimum from the weekday rule
    sat = WindowQuery("08:00", "17:00", grade=11, weekday=6, boarding=False)
    assert [b.kind for b in rules.check_window(p, sat)] == ["too_long"]
    sunday = WindowQuery("16:00", "18:00", grade=11, weekday=7, boarding=False)
    assert [b.kind for b in rules.check_window(p, sunday)] == ["service_day"]


def test_helan_extended_care_and_seasonal_afternoons() -> None:
    p = profiles.load_profile("helan-2021")
    assert p.extended_care is not None and p.extended_care.minutes == 30
    starts = {(a, s): rules.afternoon_start(p, a, s).value for a in ("county", "village")  # type: ignore[union-attr]
              for s in ("summer", "winter")}  # fmt: skip
    assert starts == {("county", "summer"): "14:30", ("county", "winter"): "14:00",
                      ("village", "summer"): "14:30", ("village", "winter"): "13:30"}  # fmt: skip
    assert p.duty("waiver_list_monthly") is not None
    reduce = rules.reduction_groups(p)
    assert reduce[0].may_be_free and reduce[0].needs_review
    periods = [c.period for c in rules.recommended_content(p, grade=4)]
    assert periods == ["第一时段", "第二时段"]
    assert p.duty("external_vetting").scope == "volunteers"  # type: ignore[union-attr]


def test_national_baseline_has_no_invented_numbers() -> None:
    p = profiles.load_profile("national")
    assert p.fee_caps == () and p.subsidy == () and p.latest_end == () and p.earliest_end == ()
    assert rules.fee_cap(p, "primary", "month") is None
    assert rules.subsidy_multiplier(p, "weekday") is None
    for key in ("no_new_lessons", "voluntary", "no_refusal", "end_linked_to_work_end"):
        assert p.duty(key) is not None


@pytest.mark.parametrize(
    ("profile_id", "stage", "expected"),
    [
        ("national", "primary", {wd: ("16:00", "18:00") for wd in range(1, 6)}),
        ("city-plan-2024", "primary", {wd: ("15:30", "17:30") for wd in (1, 2, 4, 5)}),
        ("lhasa-2021", "junior", {wd: ("16:30", "18:30") for wd in range(1, 6)}),
        ("urumqi-2019", "primary", {wd: ("16:00", "18:00") for wd in range(1, 6)}),
        ("luoyang-2020", "nine_year", {wd: ("16:00", "18:00") for wd in range(1, 6)}),
    ],
)
def test_proposed_windows(
    profile_id: str, stage: str, expected: dict[int, tuple[str, str]]
) -> None:
    assert profiles.proposed_windows(profile_id, stage) == expected


def test_city_plan_nine_year_school_gets_wednesday_from_junior() -> None:
    week = profiles.proposed_windows("city-plan-2024", "nine_year")
    assert week[1] == ("15:30", "17:30") and week[3] == ("16:00", "18:00")


def test_unknown_profile() -> None:
    assert not profiles.profile_exists("nowhere-2020")
    assert not profiles.profile_exists("../etc")
    with pytest.raises(NotFound, match="nowhere-2020"):
        profiles.load_profile("nowhere-2020")


def test_copy_profile_into_the_database_and_use_it(school_ctx: ServiceContext) -> None:
    ctx = school_ctx
    copied = profiles.copy_profile(ctx, "city-plan-2024", "my-county-2025", "某县实施方案（2025）")
    assert not (profiles.user_dir() / "my-county-2025.toml").exists()  # in the file, not a folder
    assert copied.id == "my-county-2025" and copied.name == "某县实施方案（2025）"
    assert copied.copied_from == "city-plan-2024"
    assert rules.fee_cap(copied, "primary", "month").cap_fen == 20000  # type: ignore[union-attr]
    assert "my-county-2025" in profiles.profile_ids(ctx)
    # the school adjusts a number; the change is read back
    text = profiles.profile_text(ctx, "my-county-2025")
    profiles.edit_profile(
        ctx, "my-county-2025", text.replace("cap_fen = 20000", "cap_fen = 15000", 1)
    )
    assert (
        rules.fee_cap(profiles.load_profile("my-county-2025", ctx), "primary", "month").cap_fen
        == 15000
    )  # type: ignore[union-attr]
    for new_id, expected in (("my-county-2025", "已经存在"), ("Bad Id", "新编号")):
        with pytest.raises(ValidationError) as err:
            profiles.copy_profile(ctx, "national", new_id, "名称")
        assert expected in "\n".join(err.value.lines())


def test_broken_user_profile_is_refused_with_the_rule_named(ctx: ServiceContext) -> None:
    folder = profiles.user_dir()  # an older version's copy in this account's folder
    folder.mkdir(parents=True)
    text = (profiles.builtin_dir() / "helan-2021.toml").read_text(encoding="utf-8")
    text = text.replace('id = "helan-2021"', 'id = "broken"').replace(
        'time = "13:30"', 'time = "25:99"'
    )
    (folder / "broken.toml").write_text(
        text.replace("minutes = 30\n", "minutes = 30\nbogus = 1\n"), encoding="utf-8"
    )
    with pytest.raises(ValidationError) as err:
        profiles.load_profile("broken")
    lines = "\n".join(err.value.lines())
    assert "afternoon_start 第4条" in lines and "25:99" in lines and "bogus" in lines


def test_init_refuses_unknown_profile_and_changes_nothing(ctx: ServiceContext) -> None:
    setup = SchoolSetup(name="某小学", county="某县", term_start="2026-09-01",
                        term_end="2027-01-20", profile_id="atlantis-2020")  # fmt: skip
    with pytest.raises(ValidationError) as err:
        create_school(ctx, setup)
    assert "atlantis-2020" in "\n".join(err.value.lines())
    assert school_store.school(ctx.store.conn) is None


def _windows(ctx: ServiceContext) -> dict[int, tuple[str, str]]:
    return {
        r["weekday"]: (r["start_time"], r["end_time"])
        for r in school_store.service_windows(ctx.store.conn)
    }


def test_create_school_uses_the_profiles_timetable(ctx: ServiceContext) -> None:
    create_school(ctx, SchoolSetup(name="某小学", county="某县", term_start="2026-09-01",
                                   term_end="2027-01-20", profile_id="city-plan-2024"))  # fmt: skip
    assert _windows(ctx) == {wd: ("15:30", "17:30") for wd in (1, 2, 4, 5)}
    assert profile_history.school_profile(ctx).id == "city-plan-2024"


def test_explicit_windows_still_win(ctx: ServiceContext) -> None:
    windows = {1: ("16:10", "18:40"), 3: ("16:00", "18:30")}
    create_school(ctx, SchoolSetup(name="某小学", county="某县", term_start="2026-09-01",
                                   term_end="2027-01-20", profile_id="lhasa-2021",
                                   windows=windows))  # fmt: skip
    assert _windows(ctx) == windows


def test_school_profile_defaults_to_national(ctx: ServiceContext) -> None:
    assert profile_history.school_profile(ctx).id == "national"


def test_texts_folder_sits_next_to_profiles() -> None:
    assert Path(profiles.texts_dir(), "lhasa-2021.txt").is_file()
