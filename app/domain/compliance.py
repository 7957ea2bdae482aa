"""The compliance check: where a month's records break the school's policy profile.

Each check takes plain records (built by the service layer from the store) and returns
Violations, each with the clause it breaks and a reference to the record (``record_ref``,
e.g. "class_supervision:<id>" or "duty_day:2026-11-04") so the page can link to it.
A check runs only where the profile has the rule: a text that says nothing about duty
leaders produces no duty-leader violations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.profiles import (
    GROUPS,
    STAGES,
    UNITS,
    Clause,
    Profile,
    WindowQuery,
    check_window,
    fee_cap,
    is_free,
    mode_of,
)

KINDS = {
    "stage": "学段不在服务范围内",
    "service_day": "非服务日开展服务",
    "too_short": "服务时长不足",
    "too_long": "服务时长超出",
    "end_too_late": "结束时间过晚",
    "end_too_early": "结束时间过早",
    "no_duty_leader": "当天没有带班领导",
    "no_supervisor": "班级没有管理人员",
    "unvetted_staff": "外聘人员未经备案/把关",
    "fee_above_cap": "收费标准超过上限",
    "fee_not_approved": "收费标准未经审核公示",
    "fee_charged_free_pupil": "应免费学生被收费",
    "enrolment_refused": "拒绝学生参加",
    "absence_not_followed": "缺席未通知监护人",
}


@dataclass(frozen=True)
class Violation:
    kind: str
    message: str
    clause: Clause
    record_ref: str
    day: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "label": KINDS.get(self.kind, self.kind),
            "day": self.day,
            "message": self.message,
            "record_ref": self.record_ref,
            "clause": self.clause.as_dict(),
            "citation": self.clause.cite(),
        }


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
    amount_fen: int
    unit: str  # month / term
    record_ref: str
    stage: str | None = None
    grade: int | None = None
    mode: str | None = None
    boarding: bool | None = None
    day_type: str = "weekday"
    daily_minutes: int | None = None
    approval: str = ""  # the approving document (文号), empty when none
    valid_from: str = ""


@dataclass(frozen=True)
class ChargeRecord:
    pupil_name: str
    groups: frozenset[str]  # pupil flags: registered_poor, low_income …
    charged_fen: int  # after waivers
    month: str
    record_ref: str


@dataclass(frozen=True)
class RefusalRecord:
    day: str
    pupil_name: str
    reason: str
    record_ref: str


@dataclass(frozen=True)
class AbsenceRecord:
    day: str
    pupil_name: str
    class_name: str
    guardian_contacted: bool  # any contact attempt recorded for the absence
    record_ref: str


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


def check_service(profile: Profile, records: Iterable[ServiceRecord]) -> list[Violation]:
    out: list[Violation] = []
    for r in records:
        weekday = None if r.makeup_day else date.fromisoformat(r.day).isoweekday()
        query = WindowQuery(
            r.start, r.end, grade=r.grade, weekday=weekday, boarding=r.boarding,
            label=f"{r.day} {r.class_name}",
        )  # fmt: skip
        for b in check_window(profile, query):
            out.append(Violation(b.kind, b.message, b.clause, r.record_ref, r.day))
    return out


def check_duty_leaders(profile: Profile, records: Iterable[DutyDayRecord]) -> list[Violation]:
    duty = profile.duty("duty_leader_per_day")
    if duty is None:
        return []
    return [
        Violation("no_duty_leader", f"{r.day} 没有带班领导在岗", duty.clause, r.record_ref, r.day)
        for r in records
        if not (r.leader_name or "").strip()
    ]


def check_supervisors(profile: Profile, records: Iterable[SupervisionRecord]) -> list[Violation]:
    duty = profile.duty("supervisor_per_class")
    if duty is None:
        return []
    return [
        Violation(
            "no_supervisor",
            f"{r.day} {r.class_name} 没有管理人员",
            duty.clause,
            r.record_ref,
            r.day,
        )
        for r in records
        if not (r.supervisor_name or "").strip()
    ]


def check_staff(profile: Profile, records: Iterable[StaffOnPost]) -> list[Violation]:
    """External (or, where the text says so, volunteer) helpers on post without 备案/把关."""
    duty = profile.duty("external_vetting")
    if duty is None:
        return []
    out: list[Violation] = []
    for r in records:
        covered = r.external or (duty.scope == "volunteers" and r.volunteer)
        if covered and r.vetting != "filed":
            state = {"pending": "备案待审", "rejected": "备案未通过"}.get(r.vetting, "未备案")
            message = f"{r.day} 外聘/志愿人员 {r.name} 在岗，但{state}"
            out.append(Violation("unvetted_staff", message, duty.clause, r.record_ref, r.day))
    return out


def check_fees(profile: Profile, records: Iterable[FeeStandardRecord]) -> list[Violation]:
    out: list[Violation] = []
    approval = profile.duty("fee_approval")
    for r in records:
        who = STAGES.get(r.stage or "", "") + (f"{r.grade}年级" if r.grade else "")
        mode = mode_of(profile, r.mode) if r.mode else None
        if mode is not None and not mode.parent_pays and r.amount_fen > 0:
            message = f"{who}{mode.name}收费 {_yuan(r.amount_fen)}，但该模式不向家长收费"
            out.append(Violation("fee_above_cap", message, mode.clause, r.record_ref, r.valid_from))
            continue
        cap = fee_cap(
            profile, r.stage, r.unit, r.mode, grade=r.grade, boarding=r.boarding,
            day_type=r.day_type, daily_minutes=r.daily_minutes,
        )  # fmt: skip
        if cap is not None and r.amount_fen > cap.cap_fen:
            message = (
                f"{who}收费标准{UNITS[r.unit]} {_yuan(r.amount_fen)}，超过上限 {_yuan(cap.cap_fen)}"
            )
            out.append(Violation("fee_above_cap", message, cap.clause, r.record_ref, r.valid_from))
        if approval is not None and r.amount_fen > 0 and not r.approval.strip():
            message = f"{who}收费标准 {_yuan(r.amount_fen)} 没有记录审核公示文件"
            out.append(
                Violation("fee_not_approved", message, approval.clause, r.record_ref, r.valid_from)
            )
    return out


def check_charges(profile: Profile, records: Iterable[ChargeRecord]) -> list[Violation]:
    out: list[Violation] = []
    for r in records:
        rule = is_free(profile, r.groups)
        if rule is not None and r.charged_fen > 0:
            message = (
                f"{r.month} {r.pupil_name}（{GROUPS[rule.group]}）应免费，"
                f"却收取 {_yuan(r.charged_fen)}"
            )
            out.append(Violation("fee_charged_free_pupil", message, rule.clause, r.record_ref))
    return out


def check_refusals(profile: Profile, records: Iterable[RefusalRecord]) -> list[Violation]:
    duty = profile.duty("no_refusal")
    if duty is None:
        return []
    return [
        Violation(
            "enrolment_refused",
            f"{r.day} 拒绝了 {r.pupil_name} 的课后服务申请（理由：{r.reason or '未写'}）",
            duty.clause,
            r.record_ref,
            r.day,
        )
        for r in records
    ]


def check_absences(profile: Profile, records: Iterable[AbsenceRecord]) -> list[Violation]:
    duty = profile.duty("absence_notice")
    if duty is None:
        return []
    return [
        Violation(
            "absence_not_followed",
            f"{r.day} {r.class_name} {r.pupil_name} 缺席，没有记录通知监护人",
            duty.clause,
            r.record_ref,
            r.day,
        )
        for r in records
        if not r.guardian_contacted
    ]


def check_month(profile: Profile, records: MonthRecords) -> list[Violation]:
    """Every violation in the month's records, ordered by day then kind."""
    found = [
        *check_service(profile, records.service),
        *check_duty_leaders(profile, records.duty_days),
        *check_supervisors(profile, records.supervision),
        *check_staff(profile, records.staff_on_post),
        *check_fees(profile, records.fee_standards),
        *check_charges(profile, records.charges),
        *check_refusals(profile, records.refusals),
        *check_absences(profile, records.absences),
    ]
    return sorted(found, key=lambda v: (v.day, list(KINDS).index(v.kind), v.record_ref))


def _yuan(fen: int) -> str:
    return f"{fen // 100}元" if fen % 100 == 0 else f"{fen / 100:.2f}元"
