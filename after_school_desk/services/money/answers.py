"""What the money services answer: the rows and summaries the finance page and the command line
read by key (``row["net_fen"]``). The keys are the ones the services always returned."""

from __future__ import annotations

from typing import TypedDict

from after_school_desk.domain.money import Settlement
from after_school_desk.store.rows import Row

# "class" is a Python keyword: the rows that carry it get it from these bases.
_InClass = TypedDict("_InClass", {"class": str})


class SettlementFigures(TypedDict):
    """A pupil's account over all months (多退少不补), in fen."""

    charged_fen: int
    waived_fen: int
    net_fen: int
    paid_fen: int
    refunded_fen: int
    refundable_fen: int
    shortfall_fen: int


def settlement_figures(s: Settlement) -> SettlementFigures:
    """The figures of a settlement, as every answer spells them."""
    return {
        "charged_fen": s.charged_fen,
        "waived_fen": s.waived_fen,
        "net_fen": s.net_fen,
        "paid_fen": s.paid_fen,
        "refunded_fen": s.refunded_fen,
        "refundable_fen": s.refundable_fen,
        "shortfall_fen": s.shortfall_fen,
    }


class ChargeView(_InClass):
    """One pupil's charge for one month and service mode, after waivers."""

    id: str
    month: str
    pupil_id: str
    national_id: str
    name: str
    mode: str
    mode_label: str
    gross_fen: int
    waived_fen: int
    net_fen: int
    waiver_kind: str | None
    waiver_label: str
    basis: str


class MonthAccount(ChargeView):
    """A charge of the month with what the pupil paid (the month, all months) and the balance."""

    paid_month_fen: int
    paid_fen: int
    refunded_fen: int
    balance_fen: int


class BillResult(TypedDict):
    """What ``bill_month`` did: counts of rows written and the month's totals."""

    month: str
    created: int
    updated: int
    unchanged: int
    removed: int
    no_standard: list[str]  # 学籍号 of pupils without a fee standard
    poor_not_free: list[str]  # 学籍号 of 建档立卡 pupils charged (for the school to review)
    pupils: int
    charged_fen: int
    waived_fen: int


class StandardInForce(TypedDict):
    """The fee standard in force for one stage (what the direct report states)."""

    stage: str
    amount_fen: int
    unit: str
    approval_doc: str


class FeeStandardView(TypedDict):
    """A fee standard with its label ("普惠托管 全部学段 200.00 元/每月")."""

    id: str
    amount_fen: int
    unit: str
    mode: str
    stage: str
    half_month: bool
    approval_doc: str
    approval_date: str | None
    effective_from: str
    label: str


class PaymentRecorded(TypedDict):
    """A payment as recorded, with the pupil and the account after it."""

    id: str
    pupil_id: str
    amount_fen: int
    paid_on: str
    method: str
    receipt_no: str | None
    note: str
    recorded_by: str
    created_at: str
    device_id: str
    pupil: str
    account: SettlementFigures


class RefundRecorded(TypedDict):
    """A refund as recorded, with the pupil and the account after it."""

    id: str
    pupil_id: str
    amount_fen: int
    refunded_on: str
    reason: str
    approved_by: str
    created_at: str
    device_id: str
    pupil: str
    account: SettlementFigures


class PaymentView(_InClass):
    """A payment in a list (the pupil named, the method labelled)."""

    id: str
    paid_on: str
    amount_fen: int
    method: str
    method_label: str
    receipt_no: str | None
    recorded_by: str
    national_id: str
    name: str


class RefundView(_InClass):
    """A refund in a list (the pupil named)."""

    id: str
    refunded_on: str
    amount_fen: int
    reason: str
    approved_by: str
    national_id: str
    name: str


class Account(_InClass):
    """A pupil's charges, payments, refunds and settlement, with a one-line summary."""

    pupil_id: str
    national_id: str
    name: str
    charges: list[ChargeView]
    payments: list[PaymentView]
    refunds: list[RefundView]
    charged_fen: int
    waived_fen: int
    net_fen: int
    paid_fen: int
    refunded_fen: int
    refundable_fen: int
    shortfall_fen: int
    summary: str


class LedgerEntry(TypedDict):
    """An expense or other income (a ``ledger_entry`` row)."""

    id: str
    direction: str
    category: str
    amount_fen: int
    entry_on: str
    note: str
    recorded_by: str
    created_at: str
    device_id: str
    purpose: str


class LedgerLine(LedgerEntry):
    """A ledger entry of the month with its purpose's name ("" for income)."""

    purpose_label: str


def ledger_entry(r: Row) -> LedgerEntry:
    """A ``ledger_entry`` row as the answer spells it."""
    return {
        "id": str(r["id"]),
        "direction": str(r["direction"]),
        "category": str(r["category"]),
        "amount_fen": int(r["amount_fen"]),
        "entry_on": str(r["entry_on"]),
        "note": str(r["note"]),
        "recorded_by": str(r["recorded_by"]),
        "created_at": str(r["created_at"]),
        "device_id": str(r["device_id"]),
        "purpose": str(r["purpose"]),
    }


class WaiverRecord(TypedDict):
    """A ``waiver`` row."""

    id: str
    pupil_id: str
    kind: str
    percent: int
    evidence: str
    approved_by: str
    approved_on: str
    valid_from: str
    revoked_on: str | None
    created_at: str
    device_id: str


def waiver_record(r: Row) -> WaiverRecord:
    """The ``waiver`` columns of a row."""
    return {
        "id": str(r["id"]),
        "pupil_id": str(r["pupil_id"]),
        "kind": str(r["kind"]),
        "percent": int(r["percent"]),
        "evidence": str(r["evidence"]),
        "approved_by": str(r["approved_by"]),
        "approved_on": str(r["approved_on"]),
        "valid_from": str(r["valid_from"]),
        "revoked_on": None if r["revoked_on"] is None else str(r["revoked_on"]),
        "created_at": str(r["created_at"]),
        "device_id": str(r["device_id"]),
    }


class WaiverGranted(WaiverRecord):
    """A waiver as granted, with the pupil and the kind's name."""

    pupil: str
    kind_label: str


class WaiverLine(WaiverRecord):
    """A recorded waiver in the list, with its pupil's details and the kind's name."""

    national_id: str
    name: str
    registered_poor: int
    pupil_class_id: str
    class_name: str
    grade_level: int
    class_number: int
    kind_label: str


class SubsidyRate(TypedDict):
    """A ``subsidy_rate`` row."""

    id: str
    category: str
    day_type: str
    unit: str
    rate_fen: int
    effective_from: str
    created_at: str
    actor: str
    device_id: str


def subsidy_rate(r: Row) -> SubsidyRate:
    """The ``subsidy_rate`` columns of a row."""
    return {
        "id": str(r["id"]),
        "category": str(r["category"]),
        "day_type": str(r["day_type"]),
        "unit": str(r["unit"]),
        "rate_fen": int(r["rate_fen"]),
        "effective_from": str(r["effective_from"]),
        "created_at": str(r["created_at"]),
        "actor": str(r["actor"]),
        "device_id": str(r["device_id"]),
    }


class RateRow(SubsidyRate):
    """A subsidy rate with its labels, yuan text and status (现行 / 待生效 / 已停用)."""

    category_label: str
    day_type_label: str
    unit_label: str
    rate_yuan: str
    status: str


class Multiplier(TypedDict):
    """The percent of the base rate the profile pays on one day type, and its source."""

    day_type: str
    label: str
    percent: int
    from_profile: bool
    source: str


class RateMultipliers(TypedDict):
    """The school's profile and its multiplier for each day type."""

    profile_id: str
    profile_name: str
    multipliers: list[Multiplier]


class RateNote(TypedDict):
    """A rate the month's pay uses, per staff category and day type, with where it comes from."""

    category: str
    day_type: str
    unit: str
    rate_fen: int
    percent: int
    source: str


class SubsidyPerson(TypedDict):
    """One person's month: minutes, lessons and pay by day type, and in all."""

    staff_id: str
    name: str
    role: str
    categories: list[str]
    minutes: dict[str, int]
    lessons: dict[str, int]
    amount_by_day_type: dict[str, int]
    category: str
    category_label: str
    hours: dict[str, str]
    amount_fen: int
    amount_yuan: str


class MonthSubsidy(TypedDict):
    """The month's subsidy sheet: the rates used and each person's pay."""

    month: str
    day_types: dict[str, str]
    rates: list[RateNote]
    people: list[SubsidyPerson]
    total_fen: int


class StandardNotice(TypedDict):
    """A fee standard in force in the month, as the 收支公示 prints it."""

    label: str
    amount_fen: int
    unit: str
    text: str
    approval_doc: str
    approval_date: str
    effective_from: str


class NoticeFacts(TypedDict):
    """What a 收支公示 says besides its figures."""

    standards: list[StandardNotice]
    service_time: str
    service_content: str
    complaint_phone: str
    notice_days: int
    notice_from: str
    notice_to: str


class WaiverDetail(_InClass):
    """A waiver of the month in full detail (internal list)."""

    national_id: str
    name: str
    kind: str | None
    kind_label: str
    fen: int


class PublicWaiver(_InClass):
    """A waiver as published: class, masked name, amount."""

    name: str
    fen: int


class CategoryFen(TypedDict):
    """A category's total in the month."""

    category: str
    fen: int


class FinanceMonth(NoticeFacts):
    """The month's 收支公示: the notice's facts, the figures and the waiver lists."""

    month: str
    school: str
    charged_fen: int
    waived_fen: int
    paid_fen: int
    refunded_fen: int
    fee_income_fen: int
    other_income_fen: int
    income_fen: int
    expenses_fen: int
    balance_fen: int
    waivers: list[WaiverDetail]
    public_waivers: list[PublicWaiver]
    public_waivers_fen: int
    withheld_from_public: int
    expenses: list[CategoryFen]
    other_income: list[CategoryFen]


class Arrear(_InClass):
    """A pupil who still owes: what is due against what the family holds paid."""

    pupil_id: str
    national_id: str
    name: str
    due_month_fen: int
    due_fen: int
    paid_fen: int
    owed_fen: int
    owed_month_fen: int
    owed_before_fen: int
    guardian: str


class ArrearsMonth(TypedDict):
    """欠费名单: who still owes for the months up to the given one."""

    month: str
    school: str
    as_of: str
    pupils: list[Arrear]
    count: int
    owed_fen: int
    owed_month_fen: int
    charged_pupils: int
