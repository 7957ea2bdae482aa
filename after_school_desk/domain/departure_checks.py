"""Compliance from what happened at the end of the day: how each pupil left, and the school
days on which a class held no service at all.

- A pupil signed in and never signed out (no handover, no self-leave, still in extended care)
  breaks the text's handover rule: the city plan's 与每个学生家长完成交接, the 考勤、监管、
  交接班制度 of Urumqi, Luoyang and Helan, Lhasa's 确保学生离校安全.
- Self-leave (with the written permission the program requires) and a handover to an adult
  not on the pupil's list, let through by the duty leader, are listed for review under that
  rule (需核查): the guardian's written word stands in for the handover, and the duty leader
  answers for the override; the inspector sees each with its clause.
- Extended care longer than the text allows after the service ended (Helan: half an hour).
- A school day whose weekday the text requires service on (for the stage of a class with
  pupils enrolled) on which the school recorded nothing at all: one finding for the day. (A
  single class with nothing recorded on a day the school served shows as its pupils'
  absences; on a day its stage has no service — the city plan's primary Wednesday in a
  nine-year school — it shows as nothing.)

The service length and end time of each class-day are judged from the last pupil out in
after_school_desk/domain/compliance.py (``ServiceRecord.last_out``). Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from after_school_desk.domain.attendance import pupil_day_id
from after_school_desk.domain.profiles import (
    STAGES,
    WEEKDAY_NAMES,
    Clause,
    Profile,
    service_weekdays,
    stage_of_grade,
)
from after_school_desk.domain.violations import Violation

WAYS = {"handed_over": "交接", "self_leave": "自行离校", "none": "未签退"}


@dataclass(frozen=True)
class Departure:
    """How one pupil who signed in on a held day left the service (or did not)."""

    day: str
    class_name: str
    pupil_name: str
    way: str  # handed_over / self_leave / none (signed in, never signed out)
    pupil_id: str
    at: str = ""  # "HH:MM" the pupil left
    adult: str = ""  # who took the pupil
    override_reason: str = ""  # handed to an adult not on the list, on the duty leader's word
    extended_minutes: int | None = None  # minutes in extended care after the service ended

    @property
    def record_ref(self) -> str:
        """The pupil-day, as a finding names it (made only for the few a finding cites)."""
        return f"pupil_day:{pupil_day_id(self.pupil_id, self.day)}"


@dataclass(frozen=True)
class MissedDay:
    """A school day in term (no holiday, no day off, no make-up working day) on which the
    school recorded nothing at all, and one of its classes with pupils enrolled that day."""

    day: str
    class_name: str
    grade: int


def handover_clause(profile: Profile) -> Clause | None:
    """The clause that makes the end of the day a matter of handing each pupil over."""
    for key in ("handover", "attendance_handover", "safe_departure"):
        duty = profile.duty(key)
        if duty is not None:
            return duty.clause
    return None


def check_departures(profile: Profile, records: Iterable[Departure]) -> list[Violation]:
    clause = handover_clause(profile)
    parent_handover = profile.duty("handover") is not None
    care = profile.extended_care
    out: list[Violation] = []
    for r in records:
        who = f"{r.day} {r.class_name} {r.pupil_name}"
        if clause is not None and r.way == "none":
            message = f"{who} 签到后没有签退记录（未交接、未离校登记）"
            out.append(Violation("not_handed_over", message, clause, r.record_ref, r.day))
        elif clause is not None and r.way == "self_leave":
            message = f"{who} {r.at} 凭家长书面许可自行离校" + (
                "，没有与家长当面交接" if parent_handover else ""
            )
            out.append(Violation("self_leave", message, clause, r.record_ref, r.day, True))
        elif clause is not None and r.override_reason:
            message = (
                f"{who} {r.at} 交接给名单外成人{('“' + r.adult + '”') if r.adult else ''}"
                f"（带班领导放行，理由：{r.override_reason}）"
            )
            out.append(Violation("handover_override", message, clause, r.record_ref, r.day, True))
        if (
            care is not None
            and care.minutes is not None
            and r.extended_minutes is not None
            and r.extended_minutes > care.minutes
        ):
            message = (
                f"{who} 延时托管到 {r.at}，课后服务结束后 {r.extended_minutes} 分钟，"
                f"超过 {care.minutes} 分钟"
            )
            out.append(Violation("extended_too_long", message, care.clause, r.record_ref, r.day))
    return out


def required_on(profile: Profile, day: str, grade: int) -> Clause | None:
    """The clause requiring service on ``day``'s weekday for ``grade``, or None."""
    plan = service_weekdays(profile, stage_of_grade(grade), grade)
    if plan is None or date.fromisoformat(day).isoweekday() not in plan.required:
        return None
    return plan.clauses[0]


def check_missed_days(profile: Profile, records: Iterable[MissedDay]) -> list[Violation]:
    """School days the text requires service on (for the stage of a class with pupils
    enrolled) on which the school held none: one finding per day."""
    out: list[Violation] = []
    done: set[str] = set()
    for r in records:
        clause = required_on(profile, r.day, r.grade)
        if clause is None or r.day in done:
            continue
        done.add(r.day)
        weekday = WEEKDAY_NAMES[date.fromisoformat(r.day).isoweekday()]
        message = (
            f"{r.day}（星期{weekday}）是{STAGES[stage_of_grade(r.grade)]}的课后服务日，"
            f"{r.class_name}等班级有学生报名，全校却没有任何签到、缺席或请假记录"
        )
        out.append(Violation("no_service", message, clause, f"school_day:{r.day}", r.day))
    return out
