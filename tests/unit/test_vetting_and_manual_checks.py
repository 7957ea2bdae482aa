"""Vetting of everyone the text covers, and the duties no record shows.

- Urumqi, Luoyang and Lhasa cover every participant (备案 / 把关): a teacher or duty leader on
  post whose filing is recorded as pending or refused is found, as an external helper not
  filed is everywhere the text asks for vetting; a teacher with no filing recorded is
  confirmed by signature instead. Helan covers volunteers (external staff), the city plan
  sets no vetting rule.
- Duties no record shows (no new lessons, the content of a session, publication …) are listed
  as 需人工确认 with the region's own clause, and printed in the ledger as a checklist to sign.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.domain import compliance as c
from after_school_desk.domain.manual_checks import manual_checks
from after_school_desk.reports.ledger_data import compliance_section
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty
from after_school_desk.services.month import compliance, reports
from after_school_desk.services.sample import demo
from after_school_desk.services.school import profiles, staff
from after_school_desk.services.school.setup import SchoolSetup, create_school

REGIONS = ["urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]
# region -> the phrase of its own vetting clause, or None (the text sets none)
VETTING = {
    "urumqi-2019": "须先经属地教育行政部门备案",
    "luoyang-2020": "品德、健康、资质严格把关",
    "lhasa-2021": "严格把关并报属地教育行政部门备案",
    "city-plan-2024": None,
    "helan-2021": "志愿人员要严格把关",
}
COVERS_ALL = {"urumqi-2019", "luoyang-2020", "lhasa-2021"}


def _post(
    name: str, vetting: str, external: bool = False, day: str = "2026-11-04"
) -> c.StaffOnPost:
    return c.StaffOnPost(day, name, external, vetting, f"class_supervision:{name}")


@pytest.mark.parametrize("profile_id", [*REGIONS, "national"])
def test_who_the_text_covers(profile_id: str) -> None:
    p = profiles.load_profile(profile_id)
    records = [
        _post("外聘甲", "pending", external=True),
        _post("外聘乙", "filed", external=True),
        _post("教师丙", "rejected"),
        _post("教师丙", "rejected", day="2026-11-04"),  # on post twice that day: once
        _post("教师丁", "not_required"),
    ]
    found = c.check_staff(p, records)
    quote = VETTING.get(profile_id)
    if quote is None:
        assert found == []
        return
    names = sorted(v.message.split(" ")[2] for v in found)
    assert names == (["外聘甲", "教师丙"] if profile_id in COVERS_ALL else ["外聘甲"])
    assert all(quote in v.clause.quote and v.clause.source == profile_id for v in found)


def _demo(ctx: ServiceContext, clock: FixedClock, profile_id: str) -> None:
    clock.set(datetime.fromisoformat("2026-11-24T12:00:00+08:00"))
    demo.create_demo(ctx, pupils=60, seed=5, months=1, profile_id=profile_id)


@pytest.mark.parametrize("profile_id", REGIONS)
def test_a_teacher_on_post_with_a_refused_filing(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _demo(ctx, clock, profile_id)
    before = compliance.check_month(ctx, "2026-11")
    assert not [v for v in before["violations"] if v["kind"] == "unvetted_staff"]
    sup = duty.class_supervisors(ctx, "2026-11-04")[0]
    member = staff.find_staff(ctx, sup["staff_id"])
    staff.update_staff(ctx, member["id"], member["name"], member["role"], member["phone"],
                       "rejected", "无犯罪记录证明未通过")  # fmt: skip
    found = [
        v for v in compliance.check_month(ctx, "2026-11")["violations"]
        if v["kind"] == "unvetted_staff"
    ]  # fmt: skip
    if profile_id not in COVERS_ALL:
        assert found == []
        return
    assert found and all(member["name"] in v["message"] for v in found)
    assert len({v["day"] for v in found}) == len(found)  # once a day
    assert all(VETTING[profile_id] in v["clause"]["quote"] for v in found)


# region -> duties every month's checklist must hold (a phrase of each statement)
MANUAL = {
    "urumqi-2019": ["未上新课", "书面家庭作业", "兜售学习材料", "本校教职工均已按文本要求"],
    "luoyang-2020": ["超纲教学", "集体教学", "财务专户", "审核同意的方案", "副校长主管"],
    "lhasa-2021": ["未上新课", "有偿课程辅导", "收支两条线", "本校教职工均已按文本要求"],
    "city-plan-2024": ["集体教学", "额外收费", "收支情况", "补助标准基数"],
    "helan-2021": ["未上新课", "1+X", "下班时间", "减免登记已公示", "直报系统"],
}


@pytest.mark.parametrize("profile_id", REGIONS)
def test_duties_no_record_shows_are_listed_with_the_regions_own_clause(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _demo(ctx, clock, profile_id)
    result = compliance.check_month(ctx, "2026-11")
    manual = result["manual"]
    statements = "\n".join(m["statement"] for m in manual)
    for phrase in MANUAL[profile_id]:
        assert phrase in statements, phrase
    assert all(m["clause"]["source"] == profile_id and not m["national_default"] for m in manual)
    assert all(m["label"] == "需人工确认" and m["citation"] for m in manual)
    # the content of the sessions: the rules for the stages the school teaches (primary)
    content = [m for m in manual if m["key"] == "content"]
    assert content and not any("初中" in m["statement"] for m in content)
    # never counted as problems
    assert not [v for v in result["violations"] if v["kind"] == "manual"]
    # the ledger prints them to sign, after the problems
    ledger = reports.live_ledger(ctx, "2026-11")
    assert ledger.compliance is not None
    assert [m.statement for m in ledger.compliance.manual] == [m["statement"] for m in manual]


def test_the_baseline_asks_no_signature() -> None:
    """A rule taken from the national baseline is not the region's own text to sign for."""
    assert manual_checks(profiles.load_profile("national")) != []  # its own duties
    luoyang = profiles.load_profile("luoyang-2020")
    assert "no_new_lessons" not in {m.key for m in manual_checks(luoyang)}  # inherited


def test_the_ledger_prints_the_checklist(ctx: ServiceContext, clock: FixedClock) -> None:
    _demo(ctx, clock, "helan-2021")
    out = BytesIO()
    ledger = reports.ledger_pdf(ctx, "2026-11", out)
    assert ledger.compliance is not None and ledger.compliance.manual
    assert out.getvalue().startswith(b"%PDF")
    # an older snapshot without the list still loads (no section)
    section = compliance_section({"profile_name": "x", "days_checked": 1, "violations": []})
    assert section.manual == []


def test_the_command_line_lists_them_after_the_problems(
    ctx: ServiceContext, clock: FixedClock, db_path: Path, cli_login,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    clock.set(datetime.fromisoformat("2026-11-02T09:00:00+08:00"))
    create_school(
        ctx,
        SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                    term_end="2027-01-20", classes_per_grade=1, profile_id="lhasa-2021"),
    )  # fmt: skip
    cli_login(ctx)
    ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-11-02T09:00")
    capsys.readouterr()
    assert main(["--db", str(db_path), "compliance", "--month", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "没有发现问题" in out and "需人工确认的事项" in out
    assert "严禁在课后服务期间上新课" in out and "收支两条线" in out
