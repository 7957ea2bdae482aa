"""A compliance finding: what broke which clause, in which record.

A finding is either a breach (不符合: the record breaks the clause) or ``listed`` (需核查: a
record the clause makes worth a look — a handover to an adult not on the list, a pupil who
left alone with a written permission — which is not counted as a breach). Every finding
carries its clause; a clause taken from the base profile says so in its citation
(``Clause.default_from``).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.profiles import Clause

# kind -> label, in the order findings of one day are listed
KINDS = {
    "stage": "学段不在服务范围内",
    "service_day": "非服务日开展服务",
    "no_service": "服务日未开展课后服务",
    "too_short": "服务时长不足",
    "too_long": "服务时长超出",
    "end_too_late": "结束时间过晚",
    "end_too_early": "结束时间过早",
    "extended_too_long": "延时托管超时",
    "not_handed_over": "学生离校未交接",
    "self_leave": "学生自行离校",
    "handover_override": "交接给名单外成人",
    "no_duty_leader": "当天没有带班领导",
    "no_supervisor": "班级没有管理人员",
    "unvetted_staff": "外聘人员未经备案/把关",
    "fee_above_cap": "收费标准超过上限",
    "fee_not_approved": "收费标准未经审核公示",
    "fee_charged_free_pupil": "应免费学生被收费",
    "fee_paid_free_pupil": "应免费学生缴费",
    "expense_purpose": "经费用于文本不允许的用途",
    "expense_unspecified": "支出用途未写明",
    "subsidy_below_floor": "补助标准低于文本下限",
    "enrolment_refused": "拒绝学生参加",
    "enrolment_not_reviewed": "未经班级初审即核准",
    "no_agreement": "未签订参加服务协议",
    "absence_not_followed": "缺席未通知监护人",
}


@dataclass(frozen=True)
class Violation:
    kind: str
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
