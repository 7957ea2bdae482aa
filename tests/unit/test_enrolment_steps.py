"""The enrolment procedure each region's text requires: the class review (班级初审 / 班级审核)
before the school's approval, and the guardian's signed agreement — before the pupil's first day
of service, or in Helan after the approval (by the end of each month served). Planted per
region through the services; a month where every step was taken raises nothing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.domain import compliance as c
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import compliance
from after_school_desk.services.school import enrolment, profiles
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import SchoolSetup, create_school

REGIONS = ["urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]
# region -> (a phrase of its review clause or None, of its agreement clause or None)
CLAUSES = {
    "urumqi-2019": ("家长申请、班级初审、学校核准", "签订自愿服务协议"),
    "luoyang-2020": ("家长自愿申请、班级初审、学校核准", "学校与家长签定课后服务协议书"),
    "lhasa-2021": ("家长申请、班级初审、学校核准", None),
    "city-plan-2024": ("家长申请、班级审核、学校统一实施", "自愿参加课后服务协议"),
    "helan-2021": (None, "家长申请课后服务通过后，应定期与学校签订协议"),
}
PUPILS = {"E100000001": "周全", "E100000002": "吴审", "E100000003": "郑协", "E100000004": "王无"}


def _at(day: int, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2026-11-{day:02d}T{hhmm}:00+08:00")


def _school(ctx: ServiceContext, clock: FixedClock, profile_id: str) -> dict[str, str]:
    clock.set(_at(2, "08:00"))
    create_school(
        ctx,
        SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                    term_end="2027-01-20", classes_per_grade=1, profile_id=profile_id),
    )  # fmt: skip
    for nid, name in PUPILS.items():
        save_pupil(ctx, PupilInput(national_id=nid, name=name, sex="男", class_name="三年级(1)班",
                                   adults=[AdultInput(f"{name}母", "母亲", "13900000000")]))  # fmt: skip
    enrolment.enroll(ctx, list(PUPILS), start="2026-11-03")
    return {e["national_id"]: e["id"] for e in enrolment.list_enrolments(ctx)}


def _steps(ctx: ServiceContext, clock: FixedClock, ids: dict[str, str], *, planted: bool) -> None:
    """Every pupil reviewed by the class, the agreement signed, then approved; planted: 吴审
    approved without a review, 郑协 without an agreement, 王无 without either."""
    clock.set(_at(2, "08:30"))
    for nid in PUPILS:
        if not planted or nid in ("E100000001", "E100000003"):
            enrolment.review(ctx, ids[nid])
        if not planted or nid in ("E100000001", "E100000002"):
            enrolment.record_agreement(ctx, nid, f"{PUPILS[nid]}母", "2026-11-02")
    clock.set(_at(2, "10:00"))
    for nid in PUPILS:
        enrolment.approve(ctx, ids[nid])
    clock.set(_at(3, "12:00"))  # before the day's service: no day held or missed yet


@pytest.mark.parametrize("profile_id", REGIONS)
def test_every_step_taken_raises_nothing(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    ids = _school(ctx, clock, profile_id)
    _steps(ctx, clock, ids, planted=False)
    result = compliance.check_month(ctx, "2026-11")
    assert result["violations"] == [] and result["listed"] == []


@pytest.mark.parametrize("profile_id", REGIONS)
def test_missing_steps_are_found_with_the_regions_own_clause(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    ids = _school(ctx, clock, profile_id)
    _steps(ctx, clock, ids, planted=True)
    result = compliance.check_month(ctx, "2026-11")
    assert result["listed"] == []
    found = {(v["kind"], v["message"].split("：")[0].split(" ")[1]) for v in result["violations"]}
    review, agreement = CLAUSES[profile_id]
    expected = set()
    if review:
        expected |= {("enrolment_not_reviewed", "吴审"), ("enrolment_not_reviewed", "王无")}
    if agreement:
        expected |= {("no_agreement", "郑协"), ("no_agreement", "王无")}
    assert found == expected
    for v in result["violations"]:
        quote = review if v["kind"] == "enrolment_not_reviewed" else agreement
        assert quote is not None and quote in v["clause"]["quote"]
        assert v["clause"]["source"] == profile_id and not v["national_default"]
        assert v["record_ref"] == f"enrolment:{ids[_nid(v['message'])]}"
        assert v["day"] == "2026-11-03"


def _nid(message: str) -> str:
    return next(nid for nid, name in PUPILS.items() if name in message)


def _record(**kw: str) -> c.EnrolmentRecord:
    base = dict(
        pupil_name="周全", class_name="三年级(1)班", record_ref="enrolment:1",
        approved_at="2026-09-01T10:00:00+08:00", approved_by="principal",
        service_from="2026-09-01", first_day="2026-11-01", last_day="2026-11-30",
        reviewed_at="2026-08-28T16:00:00+08:00", reviewed_by="teacher",
        agreement_on="2026-08-25",
    )  # fmt: skip
    base.update(kw)
    return c.EnrolmentRecord(**base)  # type: ignore[arg-type]


def test_a_late_agreement_counts_until_it_was_signed() -> None:
    """Before the service (Urumqi): an agreement signed on 10-15 for a service from 09-01
    breaks the rule in September and October, no longer in November."""
    urumqi = profiles.load_profile("urumqi-2019")
    late = dict(agreement_on="2026-10-15")
    for first, last, found in (("2026-09-01", "2026-09-30", 1), ("2026-10-01", "2026-10-31", 1),
                               ("2026-11-01", "2026-11-30", 0)):  # fmt: skip
        r = _record(first_day=first, last_day=last, **late)
        assert len(c.check_enrolment_steps(urumqi, [r])) == found, first
    [v] = c.check_enrolment_steps(urumqi, [_record(first_day="2026-10-01", **late)])
    assert "2026-10-15 才签订" in v.message
    # Helan: after the approval, by the end of the month served
    helan = profiles.load_profile("helan-2021")
    assert c.check_enrolment_steps(helan, [_record(first_day="2026-10-01", last_day="2026-10-31",
                                                   **late)]) == []  # fmt: skip
    [v] = c.check_enrolment_steps(helan, [_record(agreement_on="")])
    assert "至 2026-11-30 仍未签订" in v.message


def test_the_review_is_judged_once_when_the_service_starts() -> None:
    lhasa = profiles.load_profile("lhasa-2021")
    unreviewed = dict(reviewed_at="", reviewed_by="")
    assert c.check_enrolment_steps(lhasa, [_record(**unreviewed)]) == []  # November: judged
    [v] = c.check_enrolment_steps(lhasa, [_record(first_day="2026-09-01", **unreviewed)])
    assert v.kind == "enrolment_not_reviewed" and "没有班级初审记录" in v.message
    after = dict(reviewed_at="2026-09-02T09:00:00+08:00")
    [v] = c.check_enrolment_steps(lhasa, [_record(first_day="2026-09-01", **after)])
    assert "晚于学校核准" in v.message
    # reviewed and approved in the same second (a script with a fixed clock) is a review
    same = dict(reviewed_at="2026-09-01T10:00:00+08:00", reviewed_by="principal")
    assert c.check_enrolment_steps(lhasa, [_record(first_day="2026-09-01", **same)]) == []


def test_the_baseline_requires_neither_step() -> None:
    national = profiles.load_profile("national")
    bare = _record(first_day="2026-09-01", reviewed_at="", agreement_on="")
    assert c.check_enrolment_steps(national, [bare]) == []


def test_the_steps_from_the_command_line(
    ctx: ServiceContext, clock: FixedClock, db_path: Path, cli_login,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Urumqi, played by one principal in a script with a fixed clock: the review, agreement
    and approval of the same second are the steps taken; ``enroll --approve`` takes neither."""
    _school(ctx, clock, "urumqi-2019")
    cli_login(ctx)
    ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-11-02T08:30")

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("enrolment", "review", "E100000001", "E100000002")[0] == 0
    assert run("enrolment", "agreement", "E100000001", "--signed-by", "周全母")[0] == 0
    assert run("enrolment", "approve", "E100000001", "E100000003")[0] == 0
    code, _, err = run("enrolment", "refuse", "E100000004", "--reason", " ")
    assert code == 1 and "理由" in err
    assert run("enrolment", "refuse", "E100000004", "--reason", "名额已满")[0] == 0
    code, _, err = run("enrolment", "review", "E100000009")
    assert code == 1 and "E100000009" in err
    monkeypatch.setenv("APP_NOW", "2026-11-03T12:00")
    code, out, _ = run("compliance", "--month", "2026-11", "--json")
    result = json.loads(out)
    found = sorted((v["kind"], _nid(v["message"])) for v in result["violations"])
    assert found == [("enrolment_not_reviewed", "E100000003"), ("no_agreement", "E100000003")]
    assert [v["kind"] for v in result["listed"]] == ["enrolment_refused"]  # 学校核准: to review
