"""The county inspector's scenarios, per regional profile: a fresh school plays a CLEAN month
(zero problems, nothing to review) and a month with every kind of breach PLANTED. Each planted
breach is found — by kind and record, citing that region's own text — or refused at entry with
a Chinese message citing it and nothing written; what a region's text does not cover raises
nothing there. Also a nine-year school and a boarding senior school under the city plan.

The schools are built by tests/unit/inspector_school.py, one per profile, shared by the tests
of the module."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from after_school_desk.cli import main
from after_school_desk.errors import ValidationError
from after_school_desk.services.money import expenses, fees, subsidies
from after_school_desk.services.month import compliance
from after_school_desk.services.school import calendar, profiles
from tests.unit import inspector_school as ins
from tests.unit.inspector_school import NEW_CLASS, Planted, School

REGIONS = ["urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]
A, B = "三年级(1)班", "五年级(1)班"


@dataclass(frozen=True)
class Expect:
    """A finding the planted month must hold: its kind, its day, and either its record
    (``ref``: a key of ``Planted.names`` or a literal reference) or words of its message
    (``who``); ``quote``: words of the region's clause it cites."""

    kind: str
    day: str
    quote: str
    ref: str = ""
    who: str = ""
    listed: bool = False


HANDOVER = {
    "urumqi-2019": "交接班", "luoyang-2020": "交接班", "lhasa-2021": "确保学生离校安全",
    "city-plan-2024": "和每个学生家长完成交接", "helan-2021": "交接班",
}  # fmt: skip
SERVICE_DAYS = {
    "urumqi-2019": "周一至周五", "luoyang-2020": "上学日", "lhasa-2021": "每周5天都要开展",
    "city-plan-2024": "小学周三除外", "helan-2021": "每周5天",
}  # fmt: skip
# label of an entry -> words of the clause its refusal cites ("" = taken: the text sets no rule)
REFUSED = {
    "urumqi-2019": {"fee_above_cap:term": "200元/生/学期", "fee_above_cap:month": "200元/生/学期",
                    "fee_above_cap:day": "200元/生/学期", "fee_not_approved": "审核公示",
                    "subsidy_below_floor": "", "management_fee": "保障专款专用",
                    "unrelated": "保障专款专用"},
    "luoyang-2020": {"fee_not_approved": "价格主管部门", "subsidy_below_floor": "",
                     "management_fee": "专款专用", "unrelated": "专款专用"},
    "lhasa-2021": {"fee_above_cap:term": "普惠托管", "fee_above_cap:month": "普惠托管",
                   "fee_above_cap:day": "普惠托管", "fee_not_approved": "审核公示",
                   "subsidy_below_floor": "", "management_fee": "", "unrelated": ""},
    "city-plan-2024": {"fee_above_cap:term": "每月每生收费不高于200元",
                       "fee_above_cap:month": "每月每生收费不高于200元",
                       "fee_above_cap:day": "每月每生收费不高于200元",
                       "subsidy_below_floor": "平时按不低于百分之一百五十",
                       "management_fee": "不得截留或提取管理费",
                       "unrelated": "不得列支其他无关费用"},
    "helan-2021": {"subsidy_below_floor": "", "management_fee": "不得用于其他任何支出",
                   "unrelated": "不得用于其他任何支出"},
}  # fmt: skip


def expected(profile_id: str) -> list[Expect]:
    """Every finding the planted December must hold under the region's own text."""
    d1, d2, d3, d4, d5 = ins.DECEMBER
    hand, days = HANDOVER[profile_id], SERVICE_DAYS[profile_id]
    out = [
        Expect("not_handed_over", d1, hand, who=f"{A} 学生甲0"),
        Expect("self_leave", d1, hand, who=f"{A} 学生甲2", listed=True),
        Expect("handover_override", d1, hand, who=f"{A} 学生甲1", listed=True),
        Expect("no_service", d3, days, ref=f"school_day:{d3}"),
        *(Expect("service_day", d5, days, who=f"{c}：星期六") for c in (A, B, NEW_CLASS)),
    ]
    unfiled = Expect("unvetted_staff", d1, "", ref="unfiled")
    own_pending = Expect("unvetted_staff", d4, "", ref="own_pending")
    reviews = [Expect("enrolment_not_reviewed", d1, "", ref=r) for r in ("unreviewed", "direct")]
    agreements = [Expect("no_agreement", d1, "", ref=r) for r in ("unsigned", "direct")]
    free = [Expect("fee_charged_free_pupil", "2026-12-01", "建档立卡", ref="poor_charged"),
            Expect("fee_paid_free_pupil", d4, "建档立卡", ref="poor_paid")]  # fmt: skip

    def with_quote(items: list[Expect], quote: str) -> list[Expect]:
        return [Expect(e.kind, e.day, quote, e.ref, e.who, e.listed) for e in items]

    if profile_id == "urumqi-2019":
        out += [
            Expect("too_long", d1, "原则上每天不得超过2小时", who=f"{A}（按学生离校记录）"),
            *with_quote([unfiled, own_pending], "须先经属地教育行政部门备案"),
            *with_quote(reviews, "家长申请、班级初审、学校核准"),
            *with_quote(agreements, "签订自愿服务协议"),
            Expect("enrolment_refused", d1, "学校核准", ref="refusal", listed=True),
        ]
    elif profile_id == "luoyang-2020":
        out += [
            Expect("end_too_late", d1, "结束时间原则上不晚于18:00", who=f"{A}（按学生离校记录）"),
            *with_quote([unfiled, own_pending], "品德、健康、资质严格把关"),
            *with_quote(free, "对建档立卡贫困家庭子女要提供免费服务"),
            *with_quote(reviews, "家长自愿申请、班级初审、学校核准"),
            *with_quote(agreements, "学校与家长签定课后服务协议书"),
            Expect("enrolment_refused", d1, "学校核准", ref="refusal", listed=True),
        ]
    elif profile_id == "lhasa-2021":
        main_use = "课后服务经费主要用于参与课后服务教师、相关人员的劳务补助"
        out += [
            *with_quote([unfiled, own_pending], "严格把关并报属地教育行政部门备案"),
            Expect("enrolment_refused", d1, "严禁拒绝有需求的学生参加", ref="refusal"),
            *with_quote(reviews, "家长申请、班级初审、学校核准"),
            Expect("too_short", d4, "每天至少2小时", ref=f"school_day:{d4}"),
            Expect("end_too_early", d4, "原则上不得早于 18:30", ref=f"school_day:{d4}"),
            Expect("expense_purpose", d1, main_use, who="提取管理费", listed=True),
            Expect("expense_purpose", d1, main_use, who="教师节聚餐", listed=True),
            Expect("staff_pay_share", d5, main_use, ref="ledger:2026-11-25..2026-12-05",
                   listed=True),
        ]  # fmt: skip
    elif profile_id == "city-plan-2024":
        out += [
            Expect("end_too_late", d1, "小学课后服务时间不晚于17∶30", who=f"{A}（按学生离校记录）"),
            Expect("no_duty_leader", d1, "至少安排1名带班干部", ref=f"duty_day:{d1}"),
            *(Expect("no_supervisor", d, "每班至少配备1名管理人员", who=NEW_CLASS)
              for d in (d1, d2, d4, d5)),
            Expect("absence_not_followed", d1, "及时通知学生监护人", who=f"{B} 学生乙0"),
            *with_quote(free, "建档立卡贫困家庭学生免费"),
            Expect("subsidy_below_floor", "2026-12-01", "平时按不低于百分之一百五十",
                   ref="flat_rate"),
            Expect("enrolment_refused", d1, "不得拒绝或变相拒绝", ref="refusal"),
            *with_quote(reviews, "家长申请、班级审核、学校统一实施"),
            *with_quote(agreements, "自愿参加课后服务协议"),
            *(Expect("service_day", d2, "小学周三除外", who=f"{c}：星期三")
              for c in (A, B, NEW_CLASS)),
        ]  # fmt: skip
    elif profile_id == "helan-2021":
        out += [
            Expect("extended_too_long", d1, "延时托管服务时间为课后服务结束后的半小时",
                   who="学生甲3"),
            Expect("unvetted_staff", d1, "对参与课后服务的志愿人员要严格把关", ref="unfiled"),
            *with_quote(agreements, "家长申请课后服务通过后，应定期与学校签订协议"),
            Expect("too_short", d4, "每天至少开展2小时", ref=f"school_day:{d4}"),
        ]  # fmt: skip
    return out


@dataclass
class Played:
    school: School
    planted: Planted
    december: dict[str, Any]


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Played]]:
    """profile -> its school, clean November judged, December planted and judged (built once)."""
    built: dict[str, Played] = {}

    def get(profile_id: str) -> Played:
        if profile_id not in built:
            path = tmp_path_factory.mktemp(profile_id) / "school.sqlite"
            s = ins.open_school(path, profile_id)
            ins.play_clean_november(s)
            planted = ins.plant_december(s)
            built[profile_id] = Played(s, planted, compliance.check_month(s.ctx, "2026-12"))
        return built[profile_id]

    yield get
    for p in built.values():
        p.school.ctx.store.close()


def _own_clause(profile_id: str, v: dict[str, Any]) -> None:
    title = profiles.load_profile(profile_id).title
    assert v["clause"]["source"] == profile_id and not v["national_default"], v
    assert v["citation"].startswith(f"《{title}》"), v


@pytest.mark.parametrize("profile_id", REGIONS)
def test_a_clean_month_raises_no_alarm(played: Callable[[str], Played], profile_id: str) -> None:
    p = played(profile_id)
    clean = p.school.clean
    assert clean["profile"] == profile_id
    assert clean["days_checked"] == (3 if profile_id == "city-plan-2024" else 4)
    assert clean["violations"] == [], clean["violations"]
    assert clean["listed"] == [], clean["listed"]
    assert clean["manual"]  # the duties no record shows, each with the region's own clause
    for m in clean["manual"]:
        _own_clause(profile_id, m)


def _matches(e: Expect, v: dict[str, Any], names: dict[str, str]) -> bool:
    ref = names.get(e.ref, e.ref)
    return (
        v["kind"] == e.kind
        and v["day"] == e.day
        and v["listed"] == e.listed
        and (not ref or v["record_ref"] == ref)
        and e.who in v["message"]
    )


@pytest.mark.parametrize("profile_id", REGIONS)
def test_every_planted_breach_is_found_with_the_regions_own_clause(
    played: Callable[[str], Played], profile_id: str
) -> None:
    p = played(profile_id)
    found = p.december["violations"] + p.december["listed"]
    left = list(found)
    for e in expected(profile_id):
        hits = [v for v in left if _matches(e, v, p.planted.names)]
        assert len(hits) == 1, (e, [(v["kind"], v["day"], v["message"]) for v in found])
        v = hits[0]
        _own_clause(profile_id, v)
        assert e.quote in v["clause"]["quote"], (e, v["clause"]["quote"])
        left.remove(v)
    # nothing else: what the region's text does not cover raises nothing there
    assert left == [], [(v["kind"], v["day"], v["message"]) for v in left]
    assert p.december["days_checked"] == 4  # 1, 2, 4 and 5 December; the 3rd held nothing


@pytest.mark.parametrize("profile_id", REGIONS)
def test_entries_the_text_forbids_are_refused_with_its_clause_and_write_nothing(
    played: Callable[[str], Played], profile_id: str
) -> None:
    p = played(profile_id)
    title = profiles.load_profile(profile_id).title
    assert set(p.planted.refused) == set(REFUSED[profile_id])
    for label, quote in REFUSED[profile_id].items():
        message = p.planted.refused[label]
        if not quote:
            assert message == "", (label, message)  # the text sets no such rule: taken
            continue
        assert f"依据：《{title}》" in message and quote in message, (label, message)
    ctx = p.school.ctx
    # nothing written: the clean month's standard is the only one; no refused expense or rate
    assert [(f["amount_fen"], f["unit"]) for f in fees.list_standards(ctx)] == [
        (int(float(ins.FEES[profile_id][0]) * 100), ins.FEES[profile_id][1])
    ]
    notes = [e["note"] for e in expenses.month_ledger(ctx, "2026-12")]
    kept = REFUSED[profile_id]["management_fee"] == ""
    assert ("提取管理费10%" in notes) == kept and ("教师节聚餐" in notes) == kept
    weekday_rates = [r["rate_fen"] for r in subsidies.list_rates(ctx) if r["day_type"] == "weekday"]
    assert weekday_rates == ([4500] if profile_id == "city-plan-2024" else [4500, 4000])


def test_lhasa_lists_staff_pay_below_half_of_the_spending_with_the_figures(
    played: Callable[[str], Played],
) -> None:
    p = played("lhasa-2021")
    [share] = [v for v in p.december["listed"] if v["kind"] == "staff_pay_share"]
    # term so far: November 1200 + 86.40 + 350; December 300 staff, 900, 500, 500 and 300
    assert "4136.40元" in share["message"] and "劳务补助 1500元（36%）" in share["message"]
    assert share["label"] == "劳务补助未占经费主要部分"
    # the clean November: staff pay 1200 of 1636.40, the main use
    assert not [v for v in p.school.clean["listed"] if v["kind"] == "staff_pay_share"]


def test_the_command_line_gives_the_same_findings_and_refuses_the_same_entries(
    played: Callable[[str], Played],
    cli_login: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    p = played("city-plan-2024")
    cli_login(p.school.ctx)
    monkeypatch.setenv("APP_NOW", "2026-12-05T22:00")
    db = str(p.school.db)

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("compliance", "--month", "2026-12", "--json")
    assert code == 0
    result = json.loads(out)
    assert sorted((v["kind"], v["record_ref"]) for v in result["violations"]) == sorted(
        (v["kind"], v["record_ref"]) for v in p.december["violations"]
    )
    with p.school.closed():  # a command that changes records needs the file alone
        code, _, err = run("fee", "set", "--amount", "250", "--per", "month",
                           "--from", "2026-12-07")  # fmt: skip
        assert code == 1 and "每月每生收费不高于200元" in err, err
        code, _, err = run("expense", "add", "--category", "其他", "--amount", "500", "--note",
                           "提取管理费")  # fmt: skip
        assert code == 1 and "不得截留或提取管理费" in err, err
    assert len(fees.list_standards(p.school.ctx)) == 1
    assert not [
        e for e in expenses.month_ledger(p.school.ctx, "2026-12") if e["note"] == "提取管理费"
    ]


@pytest.fixture(scope="module")
def nine_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[School]:
    path = tmp_path_factory.mktemp("nine-year") / "school.sqlite"
    s = ins.open_school(path, "city-plan-2024", stage="nine_year", classes=(A, "八年级(1)班"))
    ins.play_clean_november(s)
    yield s
    s.ctx.store.close()


def test_a_nine_year_school_under_the_city_plan(nine_year: School) -> None:
    """Clean: the junior class serves on Wednesday, the primary class does not, and its pupils
    are not absent. Planted: the primary class serves on a Wednesday."""
    s = nine_year
    assert s.clean["violations"] == [] and s.clean["listed"] == []
    assert s.clean["days_checked"] == 4  # Wednesday 25 November: the junior class only
    assert "2026-11-25" not in {v["day"] for v in s.clean["violations"]}
    ins.clean_day(s, "2026-12-01")
    s.clock.set(s.at("2026-12-02", "07:30"))
    primary = dict(calendar.windows(s.ctx, "primary")["all"])
    assert 3 not in primary  # the city plan: no primary service on Wednesday
    calendar.set_windows(s.ctx, "all", {**primary, 3: ("15:30", "17:30")}, "primary")
    ins.clean_day(s, "2026-12-02")
    s.evening("2026-12-02")
    found = compliance.check_month(s.ctx, "2026-12")
    assert found["listed"] == []
    [v] = found["violations"]
    assert (v["kind"], v["day"]) == ("service_day", "2026-12-02") and A in v["message"]
    assert "小学周三除外" in v["clause"]["quote"] and v["clause"]["source"] == "city-plan-2024"


def test_a_boarding_senior_school_charges_its_lawful_470_yuan(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """寄宿制学校高一、高二、高三年级每月每生收费不高于470元: a boarding school's 470 yuan a month
    is lawful (not judged against the 280 yuan of a day school); 480 is refused with that
    clause."""
    path = tmp_path_factory.mktemp("boarding") / "school.sqlite"
    s = ins.open_school(path, "city-plan-2024", stage="complete", boarding=True,
                        classes=("高一(1)班", "高三(1)班"))  # fmt: skip
    try:
        ins.play_clean_november(s, fee=("470", "month", "basic", "senior", ""))
        assert s.clean["violations"] == [] and s.clean["listed"] == []
        assert s.clean["days_checked"] == 4
        with pytest.raises(ValidationError) as refused:
            fees.set_fee(s.ctx, "480", "month", stage="senior", start="2026-12-01")
        text = " ".join(refused.value.problems)
        assert "寄宿制学校高一、高二、高三年级每月每生收费不高于470元" in text
        assert "280" not in text
        assert len(fees.list_standards(s.ctx)) == 1
    finally:
        s.ctx.store.close()


@pytest.mark.parametrize("profile_id", [*REGIONS, "national"])
def test_the_share_of_staff_pay_is_judged_only_by_lhasas_text(profile_id: str) -> None:
    from after_school_desk.domain import compliance as c

    def period(*spent: tuple[str, int]) -> c.SpendingPeriod:
        records = tuple(
            c.ExpenseRecord("2026-11-02", category, "", fen, "", f"ledger_entry:{n}")
            for n, (category, fen) in enumerate(spent)
        )
        return c.SpendingPeriod("2026-09-01", "2026-11-30", records)

    p = profiles.load_profile(profile_id)
    low = period(("教师补助", 49_999), ("电费", 50_001))
    found = c.check_month(p, c.MonthRecords(spending=low))
    if profile_id != "lhasa-2021":
        assert found == []
        return
    [v] = found
    assert v.listed and v.kind == "staff_pay_share" and v.day == "2026-11-30"
    assert v.record_ref == "ledger:2026-09-01..2026-11-30"
    assert "1000元" in v.message and "499.99元（49%）" in v.message
    half = period(("外聘人员补助", 50_000), ("其他", 50_000))  # exactly half: the main use
    assert c.check_month(p, c.MonthRecords(spending=half)) == []
    assert c.check_month(p, c.MonthRecords(spending=period())) == []
