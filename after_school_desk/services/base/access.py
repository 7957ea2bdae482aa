"""Who may do what: the permission matrix for display and for checks before showing a control.

The services enforce permissions themselves (``ctx.require``); these helpers only describe them.
"""

from __future__ import annotations

from after_school_desk.domain.roles import PERMISSIONS, ROLE_LABELS, Action, Role
from after_school_desk.services.base.context import ServiceContext

ACTION_LABELS: dict[str, str] = {
    "setup_school": "学校设置、备份与恢复",
    "manage_calendar": "校历与放假安排",
    "manage_staff": "教职工",
    "manage_users": "用户账号",
    "import_roster": "导入学生名单",
    "edit_pupil": "修改学生信息",
    "view_pupils": "查看学生",
    "view_audit": "查看修改记录",
    "enrol": "报名与退出",
    "approve_enrolment": "核准报名",
    "attendance": "签到、请假与交接",
    "duty": "带班值班",
    "sign_off_day": "值班签字",
    "manage_duty_roster": "排值班表",
    "manage_fees": "收费标准与减免",
    "record_payment": "登记收费",
    "view_finance": "查看收支",
    "record_consent": "登记监护人同意",
    "manage_privacy": "个人信息保留与删除",
    "close_month": "月结与重新打开",
}


def can(ctx: ServiceContext, action: Action) -> bool:
    """Whether the acting user may do ``action`` (to enable or hide a control)."""
    return ctx.actor.may(action)


def matrix() -> list[dict[str, object]]:
    """One row per action: its label and, per role, whether that role may do it."""
    roles = [r for r in Role if r != Role.SYSTEM]
    return [
        {
            "action": str(action),
            "label": ACTION_LABELS.get(str(action), str(action)),
            "roles": {ROLE_LABELS[r]: action in PERMISSIONS[r] for r in roles},
        }
        for action in Action
    ]
