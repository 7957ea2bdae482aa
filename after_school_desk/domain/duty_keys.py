"""The duties and bans a policy text states without numbers: key -> what it means, in Chinese.

A profile's ``[duties.KEY]`` must name one of these keys (after_school_desk/domain/profile_parse.py). Some are
checked from the records (after_school_desk/domain/compliance.py and the modules it calls), some cannot be and
are confirmed by signature (after_school_desk/domain/manual_checks.py).
"""

from __future__ import annotations

from enum import StrEnum


class DutyKey(StrEnum):
    """A duty or ban a policy text states (a profile's ``[duties.KEY]``)."""

    END_LINKED_TO_WORK_END = "end_linked_to_work_end"
    NO_NEW_LESSONS = "no_new_lessons"
    NO_GROUP_TEACHING = "no_group_teaching"
    NO_WRITTEN_HOMEWORK = "no_written_homework"
    NO_ADVANCED_TEACHING = "no_advanced_teaching"
    NO_EARLY_DISMISSAL = "no_early_dismissal"
    VOLUNTARY = "voluntary"
    NO_REFUSAL = "no_refusal"
    AGREEMENT = "agreement"
    ENROLMENT_PROCEDURE = "enrolment_procedure"
    TERM_FIXED = "term_fixed"
    PRIORITY_GROUPS = "priority_groups"
    EXTERNAL_VETTING = "external_vetting"
    NO_BAD_RECORD = "no_bad_record"
    NO_SUBJECT_INSTITUTIONS = "no_subject_institutions"
    NO_PAID_TUTORING_WITH_INSTITUTIONS = "no_paid_tutoring_with_institutions"
    DUTY_LEADER_PER_DAY = "duty_leader_per_day"
    SUPERVISOR_PER_CLASS = "supervisor_per_class"
    LEADER_IN_CHARGE = "leader_in_charge"
    HANDOVER = "handover"
    ATTENDANCE_HANDOVER = "attendance_handover"
    ABSENCE_NOTICE = "absence_notice"
    SAFE_DEPARTURE = "safe_departure"
    FEE_APPROVAL = "fee_approval"
    FEE_ACCOUNT = "fee_account"
    SEPARATE_ACCOUNTS = "separate_accounts"
    NO_SELLING_MATERIALS = "no_selling_materials"
    NO_EXTRA_FEE_OUTSIDE = "no_extra_fee_outside"
    NO_MANAGEMENT_FEE = "no_management_fee"
    EARMARKED = "earmarked"
    SPENDING_MAIN = "spending_main"
    SPENDING_PLAN = "spending_plan"
    REFUND = "refund"
    REFUND_ON_WITHDRAWAL = "refund_on_withdrawal"
    FINANCE_NOTICE = "finance_notice"
    WAIVER_LIST_MONTHLY = "waiver_list_monthly"
    DISCLOSURE = "disclosure"
    ACTIVITY_NOTICE = "activity_notice"
    RECORDS_KEPT = "records_kept"
    LEDGER = "ledger"
    MONTHLY_DIRECT_REPORT = "monthly_direct_report"
    MIDDAY_ALLOWED = "midday_allowed"
    FREE_TUTORING = "free_tutoring"
    ONE_PLUS_X = "one_plus_x"
    SUBSIDY_BASE_CAP = "subsidy_base_cap"
    SUBSIDY_MONTHLY = "subsidy_monthly"
    SENIOR_HOLIDAY_SERVICE = "senior_holiday_service"
    RURAL_OPTIONAL = "rural_optional"


class AgreementDue(StrEnum):
    """When the guardian's signed agreement must be there (``duties.agreement`` ``due``)."""

    BEFORE_SERVICE = "before_service"
    AFTER_APPROVAL = "after_approval"


# Keyed by the members; typed by str, as a profile names a key in its text (a DutyKey is a str).
DUTIES: dict[str, str] = {
    DutyKey.END_LINKED_TO_WORK_END: "结束时间与当地下班时间衔接",
    DutyKey.NO_NEW_LESSONS: "课后服务期间不上新课",
    DutyKey.NO_GROUP_TEACHING: "不以课后服务名义集体教学或补课",
    DutyKey.NO_WRITTEN_HOMEWORK: "不借课后服务布置书面家庭作业",
    DutyKey.NO_ADVANCED_TEACHING: "不超纲教学、拔高训练",
    DutyKey.NO_EARLY_DISMISSAL: "不得提前放学延长课后服务时间",
    DutyKey.VOLUNTARY: "学生和家长自愿参加",
    DutyKey.NO_REFUSAL: "不得拒绝有需求的学生（应收尽收）",
    DutyKey.AGREEMENT: "签订自愿参加课后服务协议",
    DutyKey.ENROLMENT_PROCEDURE: "家长申请、班级初审、学校核准、统筹安排",
    DutyKey.TERM_FIXED: "以学期为相对固定期",
    DutyKey.PRIORITY_GROUPS: "优先保障亟需服务群体",
    DutyKey.EXTERNAL_VETTING: "参与人员严格把关/备案",
    DutyKey.NO_BAD_RECORD: "有不良记录人员不得参与",
    DutyKey.NO_SUBJECT_INSTITUTIONS: "不引入学科类校外培训机构",
    DutyKey.NO_PAID_TUTORING_WITH_INSTITUTIONS: "不与校外培训机构联合开展有偿课程辅导",
    DutyKey.DUTY_LEADER_PER_DAY: "每天至少一名带班领导",
    DutyKey.SUPERVISOR_PER_CLASS: "每班至少一名管理人员",
    DutyKey.LEADER_IN_CHARGE: "一位副校长主管课后服务",
    DutyKey.HANDOVER: "与每个学生家长完成交接",
    DutyKey.ATTENDANCE_HANDOVER: "考勤、监管、交接班制度",
    DutyKey.ABSENCE_NOTICE: "缺席、生病及时通知监护人",
    DutyKey.SAFE_DEPARTURE: "确保学生离校安全",
    DutyKey.FEE_APPROVAL: "收费标准须经价格主管部门审核公示",
    DutyKey.FEE_ACCOUNT: "服务费纳入学校财务专户",
    DutyKey.SEPARATE_ACCOUNTS: "收支两条线",
    DutyKey.NO_SELLING_MATERIALS: "不得推荐、兜售学习材料",
    DutyKey.NO_EXTRA_FEE_OUTSIDE: "引进校外资源不得额外收费",
    DutyKey.NO_MANAGEMENT_FEE: "不得截留或提取管理费",
    DutyKey.EARMARKED: "课后服务经费专款专用，不得用于无关支出",
    DutyKey.SPENDING_MAIN: "经费主要用于参与课后服务人员的劳务补助",
    DutyKey.SPENDING_PLAN: "开支范围以审核同意的方案为准",
    DutyKey.REFUND: "多退少不补",
    DutyKey.REFUND_ON_WITHDRAWAL: "中途退出可退回剩余费用",
    DutyKey.FINANCE_NOTICE: "公开财务收支（收支公示）",
    DutyKey.WAIVER_LIST_MONTHLY: "减免登记按月公示",
    DutyKey.DISCLOSURE: "向家长公开服务时间、方式、内容、收费标准",
    DutyKey.ACTIVITY_NOTICE: "课后服务活动安排对外公示",
    DutyKey.RECORDS_KEPT: "服务人数、内容、时间、形式留档",
    DutyKey.LEDGER: "建立课后服务工作台账",
    DutyKey.MONTHLY_DIRECT_REPORT: "每月更新直报系统",
    DutyKey.MIDDAY_ALLOWED: "可将午间纳入课后服务",
    DutyKey.FREE_TUTORING: "对学习有困难的学生免费辅导",
    DutyKey.ONE_PLUS_X: "“1+X”两个时段",
    DutyKey.SUBSIDY_BASE_CAP: "补助基数上限",
    DutyKey.SUBSIDY_MONTHLY: "补助按月发放",
    DutyKey.SENIOR_HOLIDAY_SERVICE: "高中寒暑假服务不超过两周",
    DutyKey.RURAL_OPTIONAL: "农村/涉农学校是否开展由当地确定",
}

# When the guardian's signed agreement (duties.agreement ``due``) must be there: before the
# pupil's first day of service, or (Helan: 家长申请课后服务通过后，应定期与学校签订协议) after the
# approval, by the end of each month the pupil is served.
AGREEMENT_DUE: dict[str, str] = {  # keyed by AgreementDue, looked up by the text's word
    AgreementDue.BEFORE_SERVICE: "开始参加服务前签订",
    AgreementDue.AFTER_APPROVAL: "核准后签订，按月核对",
}
