"""Enrolment in the after-school service: its states, the service modes, the steps that wait.

The values are the strings stored in the ``enrolment`` table (StrEnum: a member is the str).
家长申请 (applied) → 班级初审 (reviewed) → 学校核准 (enrolled from a date); or 未核准 (refused,
with a written reason), and later 退出 (withdrawn, dated).
"""

from __future__ import annotations

from enum import StrEnum


class EnrolmentStatus(StrEnum):
    """Where an enrolment stands."""

    APPLIED = "applied"
    REVIEWED = "reviewed"
    ENROLLED = "enrolled"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ServiceMode(StrEnum):
    """What the pupil enrols for, and so what a fee is for (``enrolment.mode``,
    ``fee_standard.mode``, ``charge.mode``)."""

    BASIC = "basic"
    COURSE = "course"


class EnrolmentStep(StrEnum):
    """What an enrolment waits for next (an enrolled pupil without the signed agreement waits
    for the agreement)."""

    REVIEW = "review"
    APPROVAL = "approval"
    AGREEMENT = "agreement"


class HistoryStep(StrEnum):
    """One step of an enrolment's history, as the enrolment screen lists them."""

    APPLY = "apply"
    REVIEW = "review"
    APPROVE = "approve"
    REFUSE = "refuse"
    AGREEMENT = "agreement"
    WITHDRAW = "withdraw"


class ConsentKind(StrEnum):
    """A guardian's separate consents (PIPL art. 25)."""

    SERVICE = "service"
    PUBLICATION = "publication"


NO_ENROLMENT = "none"  # the enrolment screen's state of a pupil without an enrolment this term

MODE_LABELS: dict[ServiceMode, str] = {
    ServiceMode.BASIC: "普惠托管",
    ServiceMode.COURSE: "个性化课程",
}
STATUS_LABELS: dict[EnrolmentStatus, str] = {
    EnrolmentStatus.APPLIED: "已申请",
    EnrolmentStatus.REVIEWED: "班级已初审",
    EnrolmentStatus.ENROLLED: "已参加",
    EnrolmentStatus.REFUSED: "未核准",
    EnrolmentStatus.WITHDRAWN: "已退出",
}
# still in progress or running (a pupil has at most one of these per term)
OPEN_STATUSES = frozenset(
    {EnrolmentStatus.APPLIED, EnrolmentStatus.REVIEWED, EnrolmentStatus.ENROLLED}
)
# waiting for the school's approval (or its refusal)
AWAITING_APPROVAL = frozenset({EnrolmentStatus.APPLIED, EnrolmentStatus.REVIEWED})
NEXT_STEP: dict[EnrolmentStatus, EnrolmentStep] = {
    EnrolmentStatus.APPLIED: EnrolmentStep.REVIEW,
    EnrolmentStatus.REVIEWED: EnrolmentStep.APPROVAL,
}
CONSENT_LABELS: dict[ConsentKind, str] = {
    ConsentKind.SERVICE: "参加课后服务",
    ConsentKind.PUBLICATION: "减免名单公示",
}
