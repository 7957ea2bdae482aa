"""Which tables the school's PCs share, and how (docs/several-pcs.md).

- REGISTER: written only on the school's hub PC (学校主机) once one is named; another PC's
  journal changing one of these is refused and listed. A record is taken whole, as the hub
  last wrote it.
- FACTS: written on any PC, never changed afterwards: merged as a union by id.
- MERGED: written on any PC, with fields set once (an end date, an export time, a duty
  leader's on-post and sign-off, an enrolment's steps): merged field by field with a rule every PC applies alike
  (``after_school_desk.domain.sync_merge``), so all PCs end with the same record whatever the order.
- Everything else is local to each PC: its audit trail (one hash chain per PC), its script
  tokens, its packed archives, its seals' bookkeeping, its settings.
"""

from __future__ import annotations

REGISTER = (
    "school", "school_hub", "term", "holiday_year", "calendar_day", "service_window", "grade",
    "staff", "class", "pupil", "pupil_adult", "app_user", "fee_standard",
    "subsidy_rate", "waiver", "charge", "refund", "ledger_entry", "pupil_consent",
    "pupil_departure", "duty_unavailable", "duty_roster", "month_snapshot", "month_reopening",
    "policy_profile", "school_profile_in_force",
)  # fmt: skip
# Payments too: class teachers take fees against a receipt on their own PC (migration 0010
# lets a receipt number recur across PCs; check lists it to be looked at).
FACTS = ("attendance_event", "duty_log", "payment")
MERGED = ("duty_day", "class_supervision", "self_leave_permission", "outbox", "enrolment")
# Of an enrolment, only the school's decision is the hub's (approved or refused): a class
# teacher files, reviews, records the agreement and a withdrawal on any PC.
HUB_FIELDS = {"enrolment": ("approved_at", "approved_by", "enrolled_from", "refused_reason")}
SHARED = REGISTER + FACTS + MERGED

# The tables migration 0010 seals (0008 sealed the others).
NEWLY_SEALED = (
    "school", "school_hub", "term", "holiday_year", "calendar_day", "service_window", "grade",
    "self_leave_permission", "outbox", "duty_unavailable", "duty_roster", "pupil_consent",
    "pupil_departure",
)  # fmt: skip
# The tables migration 0012 adds and seals: the school's own policy profiles (their TOML text)
# and which profile is in force from which day.
SEALED_0012 = ("policy_profile", "school_profile_in_force")
# The column that names a record (``id`` unless said here).
KEY_COLUMN = {
    "audit": "seq",
    "calendar_day": "day",
    "holiday_year": "year",
    "pupil_departure": "pupil_id",
}
# Columns each PC keeps for itself: the local row number of an event, an account's failed
# log-in count and lock-out.
LOCAL_COLUMNS = {"attendance_event": ("seq",), "app_user": ("failed_attempts", "locked_until")}

LABELS = {
    "school": "学校信息",
    "school_hub": "学校主机",
    "term": "学期",
    "holiday_year": "节假日年份",
    "calendar_day": "校历",
    "service_window": "服务时段",
    "grade": "年级",
    "pupil_consent": "监护人同意书",
    "pupil_departure": "学生离校记录",
    "duty_unavailable": "值班不便日",
    "duty_roster": "值班表",
    "self_leave_permission": "自行离校许可",
    "outbox": "待发短信",
    "policy_profile": "本校政策配置",
    "school_profile_in_force": "政策配置生效记录",
}


def key_column(table: str) -> str:
    return KEY_COLUMN.get(table, "id")
