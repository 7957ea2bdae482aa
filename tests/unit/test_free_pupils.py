"""建档立卡 pupils: free by their flag only where the profile's text says so (Luoyang, the city
plan); Helan reviews first (a recorded waiver). Charges and payments of pupils the text makes
free are reported by the compliance check with the text's clause."""

from __future__ import annotations

from datetime import datetime

import pytest

from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import billing, fees, payments, waivers
from after_school_desk.services.month import compliance
from after_school_desk.services.school.enrolment import enroll
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import SchoolSetup, create_school

POOR, OTHER = "F100000001", "F100000002"
FREE_BY_TEXT = {"luoyang-2020": "对建档立卡贫困家庭子女要提供免费服务",
                "city-plan-2024": "建档立卡贫困家庭学生免费"}  # fmt: skip
NOT_FREE = ("helan-2021", "urumqi-2019")
STANDARD = {"urumqi-2019": ("150", "term")}  # within each text's cap


def _school(ctx: ServiceContext, clock: FixedClock, profile_id: str) -> None:
    clock.set(datetime.fromisoformat("2026-09-01T08:00:00+08:00"))
    create_school(
        ctx,
        SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                    term_end="2027-01-20", classes_per_grade=1, profile_id=profile_id),
    )  # fmt: skip
    for nid, name, flags in ((POOR, "贫困生", {"registered_poor"}), (OTHER, "普通生", set())):
        save_pupil(
            ctx,
            PupilInput(national_id=nid, name=name, sex="女", class_name="三年级(1)班",
                       flags=flags, adults=[AdultInput("家长", "母亲", "13900000000")]),
        )  # fmt: skip
    enroll(ctx, [POOR, OTHER], start="2026-09-01", approve=True)
    amount, per = STANDARD.get(profile_id, ("100", "month"))
    fees.set_fee(ctx, amount, per, start="2026-09-01", approval="某价〔2026〕1号")
    clock.set(datetime.fromisoformat("2026-11-30T20:00:00+08:00"))


def _fee_findings(ctx: ServiceContext) -> list[dict]:
    found = compliance.check_month(ctx, "2026-11")["violations"]
    return [v for v in found if v["kind"].startswith("fee_")]


@pytest.mark.parametrize("profile_id", list(FREE_BY_TEXT))
def test_free_by_text_billed_free_and_payments_reported(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _school(ctx, clock, profile_id)
    result = billing.bill_month(ctx, "2026-11")
    charges = {c["national_id"]: c for c in billing.month_charges(ctx, "2026-11")}
    assert charges[POOR]["net_fen"] == 0 and charges[POOR]["waiver_kind"] == "registered_poor"
    assert charges[OTHER]["net_fen"] == 10000 and result["poor_not_free"] == []
    assert _fee_findings(ctx) == []  # the clean month
    payments.record_payment(ctx, OTHER, "100", "2026-11-20")
    paid = payments.record_payment(ctx, POOR, "100", "2026-11-20")
    [found] = _fee_findings(ctx)
    assert found["kind"] == "fee_paid_free_pupil" and found["record_ref"] == f"payment:{paid['id']}"
    assert found["clause"]["quote"] == FREE_BY_TEXT[profile_id]
    assert found["clause"]["source"] == profile_id and not found["national_default"]
    # refunded: nothing left to report
    payments.refund(ctx, POOR, "100", reason="建档立卡免费，退还", refunded_on="2026-11-30")
    assert _fee_findings(ctx) == []
    # a 建档立卡 waiver is never recorded by hand where the flag makes the pupil free
    with pytest.raises(ValidationError):
        waivers.grant_waiver(ctx, POOR, "建档立卡", 100, evidence="审核表", valid_from="2026-11-01")


@pytest.mark.parametrize("profile_id", NOT_FREE)
def test_not_free_by_text_billed_until_a_waiver_is_recorded(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _school(ctx, clock, profile_id)
    result = billing.bill_month(ctx, "2026-11" if profile_id != "urumqi-2019" else "2026-09")
    month = "2026-09" if profile_id == "urumqi-2019" else "2026-11"  # a term fee sits in Sep
    charges = {c["national_id"]: c for c in billing.month_charges(ctx, month)}
    assert charges[POOR]["net_fen"] == charges[OTHER]["net_fen"] > 0
    assert result["poor_not_free"] == [POOR]
    payments.record_payment(ctx, POOR, "50", "2026-11-20")
    assert _fee_findings(ctx) == []  # paying is no breach where the text makes nobody free
    # after the review (Helan: 严格进行审核后), the waiver is recorded and the pupil is free
    waivers.grant_waiver(ctx, POOR, "建档立卡", 100, evidence="审核表", valid_from="2026-09-01")
    result = billing.bill_month(ctx, month)
    charges = {c["national_id"]: c for c in billing.month_charges(ctx, month)}
    assert charges[POOR]["net_fen"] == 0 and result["poor_not_free"] == []


def test_a_charge_to_a_pupil_the_new_region_makes_free_is_reported(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    """Billed under the national baseline (nobody free), then judged by Luoyang's text."""
    _school(ctx, clock, "national")
    billing.bill_month(ctx, "2026-11")
    assert _fee_findings(ctx) == []
    ctx.store.conn.execute("UPDATE school SET profile_id = 'luoyang-2020'")
    [found] = _fee_findings(ctx)
    assert found["kind"] == "fee_charged_free_pupil" and found["record_ref"].startswith("charge:")
    assert "贫困生" in found["message"] and "100元" in found["message"]
    assert "建档立卡" in found["clause"]["quote"] and found["clause"]["source"] == "luoyang-2020"
