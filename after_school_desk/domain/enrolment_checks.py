"""The enrolment procedure a region's text requires, checked on the approved enrolments.

- Class review (班级初审 / 班级审核) before the school's approval, where the region's own
  ``enrolment_procedure`` names the class's step. A review counts when it was recorded no
  later than the approval (an approval never fills the review in). Judged once, in the month
  the enrolment starts to count.
- The guardian's signed agreement, where the region's own text requires one
  (``duties.agreement``): before the pupil's first day of service (``due`` before_service), or
  after the approval, by the end of each month the pupil is served (after_approval: Helan's
  家长申请课后服务通过后，应定期与学校签订协议). Judged every month the pupil is served without
  it.

Pure: the records come from after_school_desk/services/month/compliance.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from after_school_desk.domain.profiles import Duty, Profile
from after_school_desk.domain.violations import Violation


@dataclass(frozen=True)
class EnrolmentRecord:
    """An approved enrolment that counts on some day of the checked period."""

    pupil_name: str
    class_name: str
    record_ref: str  # "enrolment:<id>"
    approved_at: str  # the school's approval (ISO time)
    approved_by: str
    service_from: str  # the first day it counts at all (its term's days from enrolled_from)
    first_day: str  # the first day it counts in the checked period
    last_day: str  # the last day it counts in the checked period
    reviewed_at: str = ""
    reviewed_by: str = ""
    agreement_on: str = ""  # the day the guardian signed the agreement, "" if never


def own_duty(profile: Profile, key: str) -> Duty | None:
    """The duty where the region's own text states it (not one taken from the baseline)."""
    duty = profile.duty(key)
    return duty if duty is not None and not duty.clause.default_from else None


def review_duty(profile: Profile) -> Duty | None:
    """The region's own enrolment procedure, where it names the class's step (班级初审 or
    班级审核)."""
    duty = own_duty(profile, "enrolment_procedure")
    return duty if duty is not None and "班级" in duty.clause.quote else None


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


def review_problem(r: EnrolmentRecord) -> str:
    """Why the enrolment had no class review before its approval, or "" when it had."""
    if not r.reviewed_at:
        return "没有班级初审记录"
    if _instant(r.reviewed_at) > _instant(r.approved_at):
        return f"班级初审（{r.reviewed_at[:10]}）晚于学校核准"
    return ""


def agreement_problem(r: EnrolmentRecord, due: str) -> str:
    """Why the agreement was not there when the text wants it, or "" when it was."""
    if due == "after_approval":
        if not r.agreement_on or r.agreement_on > r.last_day:
            return f"至 {r.last_day} 仍未签订参加课后服务协议"
        return ""
    if not r.agreement_on:
        return f"自 {r.service_from} 参加课后服务，没有签订参加课后服务协议的记录"
    if r.agreement_on > r.first_day:
        return f"协议 {r.agreement_on} 才签订，晚于开始参加服务（{r.service_from}）"
    return ""


def check_enrolment_steps(profile: Profile, records: Iterable[EnrolmentRecord]) -> list[Violation]:
    """Approved enrolments missing the steps the region's own text requires."""
    review = review_duty(profile)
    agreement = own_duty(profile, "agreement")
    out: list[Violation] = []
    for r in records:
        who = f"{r.class_name} {r.pupil_name}".strip()
        if review is not None and r.first_day == r.service_from:
            why = review_problem(r)
            if why:
                message = f"{who} 的报名 {r.approved_at[:10]} 经学校核准，{why}"
                out.append(
                    Violation("enrolment_not_reviewed", message, review.clause, r.record_ref,
                              r.first_day)
                )  # fmt: skip
        if agreement is not None:
            why = agreement_problem(r, agreement.due or "before_service")
            if why:
                out.append(
                    Violation("no_agreement", f"{who}：{why}", agreement.clause, r.record_ref,
                              r.first_day)
                )  # fmt: skip
    return out
