"""Roles and what each may do. Enforced in the service layer."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TEACHER = "teacher"
    DUTY_LEADER = "duty_leader"
    PRINCIPAL = "principal"
    ADMIN = "admin"
    SYSTEM = "system"  # the command line, run by the PC's own account holder


ROLE_LABELS = {
    Role.TEACHER: "班主任/管理老师",
    Role.DUTY_LEADER: "带班领导",
    Role.PRINCIPAL: "校长",
    Role.ADMIN: "系统管理员",
    Role.SYSTEM: "命令行",
}


class Action(StrEnum):
    SETUP_SCHOOL = "setup_school"
    MANAGE_CALENDAR = "manage_calendar"
    MANAGE_STAFF = "manage_staff"
    MANAGE_USERS = "manage_users"
    IMPORT_ROSTER = "import_roster"
    EDIT_PUPIL = "edit_pupil"
    VIEW_PUPILS = "view_pupils"
    VIEW_AUDIT = "view_audit"
    ENROL = "enrol"
    APPROVE_ENROLMENT = "approve_enrolment"
    ATTENDANCE = "attendance"
    DUTY = "duty"
    SIGN_OFF_DAY = "sign_off_day"
    MANAGE_ROSTER_DUTY = "manage_duty_roster"
    MANAGE_FEES = "manage_fees"  # fee standards, billing, waivers, refunds, ledger, subsidies
    RECORD_PAYMENT = "record_payment"  # teachers collect fees against a receipt
    VIEW_FINANCE = "view_finance"
    RECORD_CONSENT = "record_consent"  # a guardian's signed consent (service / publication)
    CLOSE_MONTH = "close_month"  # 月结: freeze a month's reports, reopen it with a reason


_ALL = set(Action)
_TEACHER = {
    Action.VIEW_PUPILS,
    Action.ENROL,
    Action.ATTENDANCE,
    Action.RECORD_PAYMENT,
    Action.RECORD_CONSENT,
}
_DUTY = _TEACHER | {Action.DUTY, Action.SIGN_OFF_DAY}
_PRINCIPAL = set(_ALL)  # the wizard's only account: it must be able to make the others
_ADMIN = {Action.MANAGE_USERS, Action.SETUP_SCHOOL, Action.MANAGE_CALENDAR, Action.VIEW_PUPILS}

PERMISSIONS: dict[Role, set[Action]] = {
    Role.TEACHER: _TEACHER,
    Role.DUTY_LEADER: _DUTY,
    Role.PRINCIPAL: _PRINCIPAL,
    Role.ADMIN: _ADMIN,
    Role.SYSTEM: _ALL,
}


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]
