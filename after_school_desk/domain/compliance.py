"""The compliance check: where a month's records break the school's policy profile.

Each check takes plain records (built by the service layer from the store) and returns
Violations, each with the clause it breaks and a reference to the record (``record_ref``,
e.g. "class_supervision:<id>" or "duty_day:2026-11-04") so the page can link to it.
A check runs only where the profile has the rule: a text that says nothing about duty
leaders produces no duty-leader violations. A rule the region's own text leaves to the base
profile is cited as such (``Clause.default_from``). What happened at the end of each day
(handovers, self-leave, extended care, days without service) is after_school_desk/domain/departure_checks.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from after_school_desk.domain.departure_checks import (
    Departure,
    MissedDay,
    check_departures,
    check_missed_days,
    required_on,
)
from after_school_desk.domain.enrolment_checks import EnrolmentRecord, check_enrolment_steps
from after_school_desk.domain.fee_units import (
    BILL_UNITS,
    DEFAULT_BASIS,
    Basis,
    FeeQuery,
    strictest_cap,
)
from after_school_desk.domain.profiles import (
    GROUPS,
    STAGES,
    Breach,
    Profile,
    WindowQuery,
    check_window,
    is_free,
    mode_of,
    serves_stage,
    stage_of_grade,
    to_minutes,
)
from after_school_desk.domain.spending import (
    ExpenseRecord,
    SpendingPeriod,
    check_expenses,
    check_staff_pay_share,
)
from after_school_desk.domain.subsidy_floors import FlatRateRecord, check_subsidy_floors
from after_school_desk.domain.violations import KINDS, Violation, ViolationKind, sort_key
from after_school_desk.domain.violations import yuan_text as _yuan

__all__ = [
    "KINDS", "Departure", "EnrolmentRecord", "ExpenseRecord", "FlatRateRecord", "MissedDay",
    "SpendingPeriod", "Violation",
]  # fmt: skip


@dataclass(frozen=True)
class ServiceRecord:
    """What was recorded for one class on one day: the service window it actually ran."""

    day: str
    class_name: str
    grade: int
    start: str
    end: str
    record_ref: str
    boarding: bool | None = None
    makeup_day: bool = False  # a make-up working day (调休上班日): weekday rules do not apply
    last_out: str = ""  # "HH:MM" the last pupil left the service (handover, self-leave, or
    # moved to extended care); when recorded, the service ended then, whatever was planned


@dataclass(frozen=True)
class DutyDayRecord:
    day: str
    leader_name: str | None  # None: nobody on the roster / nobody on post
    record_ref: str


@dataclass(frozen=True)
class SupervisionRecord:
    day: str
    class_name: str
    supervisor_name: str | None
    record_ref: str


@dataclass(frozen=True)
class StaffOnPost:
    day: str
    name: str
    external: bool
    vetting: str  # not_required / pending / filed / rejected (staff.vetting)
    record_ref: str
    volunteer: bool = False


@dataclass(frozen=True)
class FeeStandardRecord:
    """A fee standard in force in the checked month, with the basis for converting caps."""

    amount_fen: int
    unit: str  # the billing unit: month / term / day
    record_ref: str
    stage: str | None = None
    grade: int | None = None
    mode: str | None = None
    boarding: bool | None = None
    day_type: str = "weekday"
    daily_minutes: int | None = None
    approval: str = ""  # the approving document (文号), empty when none
    valid_from: str = ""
    basis: Basis = (
        DEFAULT_BASIS  # the checked month's term and days (after_school_desk/domain/fee_units.py)
    )
    day: str = ""  # the first day of the checked month it is in force


@dataclass(frozen=True)
class ChargeRecord:
    pupil_name: str
    groups: frozenset[str]  # pupil flags: registered_poor, low_income …
    charged_fen: int  # after waivers
    month: str
    record_ref: str


@dataclass(frozen=True)
class PaymentRecord:
    """A payment received in the month; ``refunded_fen``: the pupil's refunds since."""

    day: str
    pupil_key: str
    pupil_name: str
    groups: frozenset[str]
    amount_fen: int
    record_ref: str
    refunded_fen: int = 0


@dataclass(frozen=True)
class RefusalRecord:
    day: str
    pupil_name: str
    reason: str
    record_ref: str
    grade: int | None = None


@dataclass(frozen=True)
class AbsenceRecord:
    day: str
    pupil_name: str
    class_name: str
    guardian_contacted: bool  # any contact attempt recorded for the absence
    record_ref: str
    grade: int | None = None
    class_held: bool = True  # the class recorded anything that day
    school_held: bool = True  # the school recorded anything that day


@dataclass(frozen=True)
class MonthRecords:
    service: Sequence[ServiceRecord] = ()
    duty_days: Sequence[DutyDayRecord] = ()
    supervision: Sequence[SupervisionRecord] = ()
    staff_on_post: Sequence[StaffOnPost] = ()
    fee_standards: Sequence[FeeStandardRecord] = ()
    charges: Sequence[ChargeRecord] = ()
    refusals: Sequence[RefusalRecord] = ()
    absences: Sequence[AbsenceRecord] = ()
    payments: Sequence[PaymentRecord] = ()
    departures: Sequence[Departure] = ()
    missed_days: Sequence[MissedDay] = ()
    enrolments: Sequence[EnrolmentRecord] = ()
    expenses: Sequence[ExpenseRecord] = ()
    flat_rates: Sequence[FlatRateRecord] = ()
    spending: SpendingPeriod | None = None  # the term so far, for the share of staff pay


# Parents collect through the closing half hour of the service: a school whose last pupil
# left less than this before the planned end ran its planned window.
CLOSING_MINUTES = 30
# Judged from the school's day (the last pupil of the whole school out): a class whose parents
# all came early did not cut the service short; a school that sent everyone home early did.
SCHOOL_DAY_KINDS = frozenset({ViolationKind.TOO_SHORT, ViolationKind.END_TOO_EARLY})


def actual_end(planned_end: str, last_out: str) -> str:
    """When a service ended: the last pupil out, or the planned end where the last pupil left
    within its closing half hour (or nobody was recorded leaving)."""
    if not last_out or not planned_end:
        return last_out or planned_end
    early = to_minutes(planned_end) - to_minutes(last_out)
    return planned_end if 0 < early <= CLOSING_MINUTES else last_out


def _breaches(profile: Profile, query: WindowQuery) -> list[Breach]:
    """The window's breaches; on a day the text has no service on for the stage, only that
    (and the stage): the length and end of a service that should not have been held are moot."""
    found = check_window(profile, query)
    if any(b.kind == ViolationKind.SERVICE_DAY for b in found):
        return [b for b in found if b.kind in (ViolationKind.SERVICE_DAY, ViolationKind.STAGE)]
    return found


def check_service(profile: Profile, records: Iterable[ServiceRecord]) -> list[Violation]:
    """Each class-day's service as it happened against the rules of day, length and end time.

    A class ran late or too long when its own last pupil left late (``last_out``, else the
    planned end); the service was too short or ended too early when the whole school's last
    pupil left early (``actual_end``), judged once per day (reported for the first class
    concerned, with the school's day as record)."""
    records = list(records)
    school_out: dict[str, str] = {}
    for r in records:
        school_out[r.day] = max(school_out.get(r.day, ""), r.last_out)
    out: list[Violation] = []
    seen: set[tuple[str, str]] = set()
    for r in records:
        weekday = None if r.makeup_day else date.fromisoformat(r.day).isoweekday()
        end = r.last_out or r.end
        plain = f"{r.day} {r.class_name}"
        query = WindowQuery(
            r.start, end, grade=r.grade, weekday=weekday, boarding=r.boarding, label=plain,
        )  # fmt: skip
        for b in _breaches(profile, query):
            if b.kind in SCHOOL_DAY_KINDS:
                continue
            message = b.message
            if r.last_out and b.kind in (ViolationKind.TOO_LONG, ViolationKind.END_TOO_LATE):
                message = message.replace(f"{plain}：", f"{plain}（按学生离校记录）：", 1)
            out.append(Violation(b.kind, message, b.clause, r.record_ref, r.day))
        day_end = actual_end(r.end, school_out[r.day])
        from_records = day_end != r.end
        label = (
            f"{r.day} 全校（按最后一名学生离校时间）" if from_records else f"{r.day} {r.class_name}"
        )
        query = replace(query, end=day_end, label=label)
        ref = f"school_day:{r.day}" if from_records else r.record_ref
        for b in _breaches(profile, query):
            if b.kind in SCHOOL_DAY_KINDS and (
                from_records is False or (r.day, b.kind) not in seen
            ):
                seen.add((r.day, b.kind))
                out.append(Violation(b.kind, b.message, b.clause, ref, r.day))
    return out


def check_duty_leaders(profile: Profile, records: Iterable[DutyDayRecord]) -> list[Violation]:
    duty = profile.duty("duty_leader_per_day")
    if duty is None:
        return []
    return [
        Violation(
            ViolationKind.NO_DUTY_LEADER,
            f"{r.day} 没有带班领导在岗",
            duty.clause,
            r.record_ref,
            r.day,
        )
        for r in records
        if not (r.leader_name or "").strip()
    ]


def check_supervisors(profile: Profile, records: Iterable[SupervisionRecord]) -> list[Violation]:
    duty = profile.duty("supervisor_per_class")
    if duty is None:
        return []
    return [
        Violation(
            ViolationKind.NO_SUPERVISOR,
            f"{r.day} {r.class_name} 没有管理人员",
            duty.clause,
            r.record_ref,
            r.day,
        )
        for r in records
        if not (r.supervisor_name or "").strip()
    ]


def check_staff(profile: Profile, records: Iterable[StaffOnPost]) -> list[Violation]:
    """Helpers on post without 备案/把关: external staff (and, where the text says so,
    volunteers) not filed; where the text covers every participant (Urumqi, Luoyang, Lhasa),
    also the school's own staff whose filing is recorded as pending or refused (their filing is
    otherwise not recorded: confirmed by signature, after_school_desk/domain/manual_checks.py). Once per
    person and day."""
    duty = profile.duty("external_vetting")
    if duty is None:
        return []
    out: list[Violation] = []
    seen: set[tuple[str, str]] = set()
    for r in records:
        covered = r.external or (duty.scope == "volunteers" and r.volunteer)
        own_recorded = duty.scope == "all" and r.vetting in ("pending", "rejected")
        if (covered and r.vetting != "filed") or own_recorded:
            if (r.day, r.name) in seen:
                continue
            seen.add((r.day, r.name))
            state = {"pending": "备案待审", "rejected": "备案未通过"}.get(r.vetting, "未备案")
            who = "外聘/志愿人员" if covered else "参与人员"
            message = f"{r.day} {who} {r.name} 在岗，但{state}"
            out.append(
                Violation(ViolationKind.UNVETTED_STAFF, message, duty.clause, r.record_ref, r.day)
            )
    return out


def check_fees(profile: Profile, records: Iterable[FeeStandardRecord]) -> list[Violation]:
    """Standards above the cap, the cap converted to the standard's unit first; standards
    without the approval the text requires. One finding per standard and kind (a standard
    for all stages is checked once per stage, the strictest finding kept)."""
    out: dict[tuple[str, str], Violation] = {}
    approval = profile.duty("fee_approval")
    for r in records:
        day = r.day or r.valid_from
        who = STAGES.get(r.stage or "", "") + (f"{r.grade}年级" if r.grade else "")
        mode = mode_of(profile, r.mode) if r.mode else None
        key = ("fee_above_cap", r.record_ref)
        if mode is not None and not mode.parent_pays and r.amount_fen > 0:
            message = f"{who}{mode.name}收费 {_yuan(r.amount_fen)}，但该模式不向家长收费"
            out.setdefault(
                key, Violation(ViolationKind.FEE_ABOVE_CAP, message, mode.clause, r.record_ref, day)
            )
            continue
        q = FeeQuery(
            r.unit, stage=r.stage, grade=r.grade, mode=r.mode, boarding=r.boarding,
            day_type=r.day_type, daily_minutes=r.daily_minutes,
        )  # fmt: skip
        cap = strictest_cap(profile, q, r.basis)
        if cap is not None and r.amount_fen > cap.cap_fen and key not in out:
            unit = BILL_UNITS.get(r.unit, r.unit)
            how = f"（{cap.how}）" if cap.how else ""
            message = (
                f"{who}收费标准{unit} {_yuan(r.amount_fen)}，"
                f"超过上限{unit} {_yuan(cap.cap_fen)}{how}"
            )
            out[key] = Violation(
                ViolationKind.FEE_ABOVE_CAP, message, cap.cap.clause, r.record_ref, day
            )
        key = ("fee_not_approved", r.record_ref)
        if approval is not None and r.amount_fen > 0 and not r.approval.strip():
            message = f"收费标准 {_yuan(r.amount_fen)} 没有记录审核公示文件"
            out.setdefault(
                key,
                Violation(
                    ViolationKind.FEE_NOT_APPROVED, message, approval.clause, r.record_ref, day
                ),
            )
    return list(out.values())


def check_charges(profile: Profile, records: Iterable[ChargeRecord]) -> list[Violation]:
    out: list[Violation] = []
    for r in records:
        rule = is_free(profile, r.groups)
        if rule is not None and r.charged_fen > 0:
            message = (
                f"{r.month} {r.pupil_name}（{GROUPS[rule.group]}）应免费，"
                f"却收取 {_yuan(r.charged_fen)}"
            )
            day = f"{r.month}-01"
            out.append(
                Violation(
                    ViolationKind.FEE_CHARGED_FREE_PUPIL, message, rule.clause, r.record_ref, day
                )
            )
    return out


def check_payments(profile: Profile, records: Iterable[PaymentRecord]) -> list[Violation]:
    """Money taken from pupils the text makes free, unless refunded since (oldest first)."""
    out: list[Violation] = []
    refunds = {r.pupil_key: r.refunded_fen for r in records}
    for r in sorted(records, key=lambda p: (p.day, p.record_ref)):
        rule = is_free(profile, r.groups)
        if rule is None:
            continue
        covered = min(refunds[r.pupil_key], r.amount_fen)
        refunds[r.pupil_key] -= covered
        if covered < r.amount_fen:
            kept = r.amount_fen - covered
            message = (
                f"{r.day} {r.pupil_name}（{GROUPS[rule.group]}）应免费，却缴费 {_yuan(kept)}"
                "（应退还）"
            )
            out.append(
                Violation(
                    ViolationKind.FEE_PAID_FREE_PUPIL, message, rule.clause, r.record_ref, r.day
                )
            )
    return out


# Written reasons that make a refusal none of the school's doing, or the pupil none the text
# covers: not an alarm under 不得拒绝 (the school records why in the refusal).
LAWFUL_REFUSAL_WORDS = (
    "撤回", "撤销申请", "家长放弃", "自愿放弃", "不再参加", "不参加了", "不需要", "无需",
    "重复申请", "重复报名", "非本校", "不是本校", "转学", "已转出", "已退学", "已离校",
)  # fmt: skip


def lawful_refusal(profile: Profile, r: RefusalRecord) -> bool:
    """Is the refusal lawful: the family withdrew the application, it was a duplicate, the
    pupil is not (or no longer) the school's, or the pupil's stage is one the text does not
    serve?"""
    if any(word in r.reason for word in LAWFUL_REFUSAL_WORDS):
        return True
    if r.grade is not None and 1 <= r.grade <= 12:
        served, clause = serves_stage(profile, stage_of_grade(r.grade))
        return not served and clause is not None
    return False


def check_refusals(profile: Profile, records: Iterable[RefusalRecord]) -> list[Violation]:
    """Refusals where the region's own text bans refusing (应收尽收); a lawful refusal (see
    ``lawful_refusal``) is none. Where the ban only comes from the base profile, the region's
    own enrolment procedure has the school approve (学校核准): a refusal with a written
    reason is listed for review under that clause, not counted as a breach."""
    duty = profile.duty("no_refusal")
    procedure = profile.duty("enrolment_procedure")
    out: list[Violation] = []
    for r in records:
        if lawful_refusal(profile, r):
            continue
        message = f"{r.day} 拒绝了 {r.pupil_name} 的课后服务申请（理由：{r.reason or '未写'}）"
        if duty is not None and not duty.clause.default_from:
            out.append(
                Violation(
                    ViolationKind.ENROLMENT_REFUSED, message, duty.clause, r.record_ref, r.day
                )
            )
        elif procedure is not None and not procedure.clause.default_from:
            out.append(
                Violation(ViolationKind.ENROLMENT_REFUSED, message, procedure.clause, r.record_ref, r.day,
                    listed=True,
                )
            )  # fmt: skip
    return out


def check_absences(profile: Profile, records: Iterable[AbsenceRecord]) -> list[Violation]:
    duty = profile.duty("absence_notice")
    if duty is None:
        return []
    return [
        Violation(
            ViolationKind.ABSENCE_NOT_FOLLOWED,
            f"{r.day} {r.class_name} {r.pupil_name} 缺席，没有记录通知监护人",
            duty.clause,
            r.record_ref,
            r.day,
        )
        for r in records
        if not r.guardian_contacted and _served(profile, r)
    ]


def _served(profile: Profile, r: AbsenceRecord) -> bool:
    """Was there a service to be absent from? Not where the school recorded nothing that day
    (a day without service, judged as such), nor where the class recorded nothing on a day
    its stage has no service by the text (the city plan's primary Wednesday)."""
    if r.class_held or r.grade is None:
        return True
    return r.school_held and required_on(profile, r.day, r.grade) is not None


def check_month(profile: Profile, records: MonthRecords) -> list[Violation]:
    """Every violation in the month's records, ordered by day then kind."""
    found = [
        *check_service(profile, records.service),
        *check_missed_days(profile, records.missed_days),
        *check_departures(profile, records.departures),
        *check_duty_leaders(profile, records.duty_days),
        *check_supervisors(profile, records.supervision),
        *check_staff(profile, records.staff_on_post),
        *check_fees(profile, records.fee_standards),
        *check_charges(profile, records.charges),
        *check_payments(profile, records.payments),
        *check_refusals(profile, records.refusals),
        *check_enrolment_steps(profile, records.enrolments),
        *check_absences(profile, records.absences),
        *check_expenses(profile, records.expenses),
        *check_subsidy_floors(profile, records.flat_rates),
        *check_staff_pay_share(profile, records.spending),
    ]
    return sorted(found, key=sort_key)
