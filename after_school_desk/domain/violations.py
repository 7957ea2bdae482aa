"""A compliance finding: what broke which clause, in which record.

A finding is either a breach (不符合: the record breaks the clause) or ``listed`` (需核查: a
record the clause makes worth a look — a handover to an adult not on the list, a pupil who
left alone with a written permission — which is not counted as a breach). Every finding
carries its clause; a clause taken from the base profile says so in its citation
(``Clause.default_from``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from after_school_desk.domain.profiles import Clause


class ViolationKind(StrEnum):
    """What a compliance finding is about (``Violation.kind``)."""

    STAGE = "stage"
    SERVICE_DAY = "service_day"
    NO_SERVICE = "no_service"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    END_TOO_LATE = "end_too_late"
    END_TOO_EARLY = "end_too_early"
    EXTENDED_TOO_LONG = "extended_too_long"
    NOT_HANDED_OVER = "not_handed_over"
    SELF_LEAVE = "self_leave"
    HANDOVER_OVERRIDE = "handover_override"
    NO_DUTY_LEADER = "no_duty_leader"
    NO_SUPERVISOR = "no_supervisor"
    UNVETTED_STAFF = "unvetted_staff"
    FEE_ABOVE_CAP = "fee_above_cap"
    FEE_NOT_APPROVED = "fee_not_approved"
    FEE_CHARGED_FREE_PUPIL = "fee_charged_free_pupil"
    FEE_PAID_FREE_PUPIL = "fee_paid_free_pupil"
    EXPENSE_PURPOSE = "expense_purpose"
    EXPENSE_UNSPECIFIED = "expense_unspecified"
    STAFF_PAY_SHARE = "staff_pay_share"
    SUBSIDY_BELOW_FLOOR = "subsidy_below_floor"
    ENROLMENT_REFUSED = "enrolment_refused"
    ENROLMENT_NOT_REVIEWED = "enrolment_not_reviewed"
    NO_AGREEMENT = "no_agreement"
    ABSENCE_NOT_FOLLOWED = "absence_not_followed"


# kind -> label, in the order findings of one day are listed
KINDS: dict[str, str] = {
    ViolationKind.STAGE: "学段不在服务范围内",
    ViolationKind.SERVICE_DAY: "非服务日开展服务",
    ViolationKind.NO_SERVICE: "服务日未开展课后服务",
    ViolationKind.TOO_SHORT: "服务时长不足",
    ViolationKind.TOO_LONG: "服务时长超出",
    ViolationKind.END_TOO_LATE: "结束时间过晚",
    ViolationKind.END_TOO_EARLY: "结束时间过早",
    ViolationKind.EXTENDED_TOO_LONG: "延时托管超时",
    ViolationKind.NOT_HANDED_OVER: "学生离校未交接",
    ViolationKind.SELF_LEAVE: "学生自行离校",
    ViolationKind.HANDOVER_OVERRIDE: "交接给名单外成人",
    ViolationKind.NO_DUTY_LEADER: "当天没有带班领导",
    ViolationKind.NO_SUPERVISOR: "班级没有管理人员",
    ViolationKind.UNVETTED_STAFF: "外聘人员未经备案/把关",
    ViolationKind.FEE_ABOVE_CAP: "收费标准超过上限",
    ViolationKind.FEE_NOT_APPROVED: "收费标准未经审核公示",
    ViolationKind.FEE_CHARGED_FREE_PUPIL: "应免费学生被收费",
    ViolationKind.FEE_PAID_FREE_PUPIL: "应免费学生缴费",
    ViolationKind.EXPENSE_PURPOSE: "经费用于文本不允许的用途",
    ViolationKind.EXPENSE_UNSPECIFIED: "支出用途未写明",
    ViolationKind.STAFF_PAY_SHARE: "劳务补助未占经费主要部分",
    ViolationKind.SUBSIDY_BELOW_FLOOR: "补助标准低于文本下限",
    ViolationKind.ENROLMENT_REFUSED: "拒绝学生参加",
    ViolationKind.ENROLMENT_NOT_REVIEWED: "未经班级初审即核准",
    ViolationKind.NO_AGREEMENT: "未签订参加服务协议",
    ViolationKind.ABSENCE_NOT_FOLLOWED: "缺席未通知监护人",
}


@dataclass(frozen=True)
class Violation:
    kind: str  # a ViolationKind
    message: str
    clause: Clause
    record_ref: str
    day: str = ""
    listed: bool = False  # 需核查: shown with its clause, not counted as a breach

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "label": KINDS.get(self.kind, self.kind),
            "day": self.day,
            "message": self.message,
            "record_ref": self.record_ref,
            "clause": self.clause.as_dict(),
            "citation": self.clause.cite(),
            "national_default": bool(self.clause.default_from),
            "listed": self.listed,
        }


def sort_key(v: Violation) -> tuple[str, int, str]:
    """Findings by day, then kind (in the order of KINDS), then record."""
    order = list(KINDS)
    return (v.day, order.index(v.kind) if v.kind in order else len(order), v.record_ref)


def yuan_text(fen: int) -> str:
    """2000 -> "20元", 1250 -> "12.50元" (money in messages)."""
    return f"{fen // 100}元" if fen % 100 == 0 else f"{fen / 100:.2f}元"
