"""The duties and bans a policy text states without numbers: key -> what it means, in Chinese.

A profile's ``[duties.KEY]`` must name one of these keys (app/domain/profile_parse.py). Some are
checked from the records (app/domain/compliance.py and the modules it calls), some cannot be and
are confirmed by signature (app/domain/manual_checks.py).
"""

from __future__ import annotations

DUTIES = {
    "end_linked_to_work_end": "结束时间与当地下班时间衔接",
    "no_new_lessons": "课后服务期间不上新课",
    "no_group_teaching": "不以课后服务名义集体教学或补课",
    "no_written_homework": "不借课后服务布置书面家庭作业",
    "no_advanced_teaching": "不超纲教学、拔高训练",
    "no_early_dismissal": "不得提前放学延长课后服务时间",
    "voluntary": "学生和家长自愿参加",
    "no_refusal": "不得拒绝有需求的学生（应收尽收）",
    "agreement": "签订自愿参加课后服务协议",
    "enrolment_procedure": "家长申请、班级初审、学校核准、统筹安排",
    "term_fixed": "以学期为相对固定期",
    "priority_groups": "优先保障亟需服务群体",
    "external_vetting": "参与人员严格把关/备案",
    "no_bad_record": "有不良记录人员不得参与",
    "no_subject_institutions": "不引入学科类校外培训机构",
    "no_paid_tutoring_with_institutions": "不与校外培训机构联合开展有偿课程辅导",
    "duty_leader_per_day": "每天至少一名带班领导",
    "supervisor_per_class": "每班至少一名管理人员",
    "leader_in_charge": "一位副校长主管课后服务",
    "handover": "与每个学生家长完成交接",
    "attendance_handover": "考勤、监管、交接班制度",
    "absence_notice": "缺席、生病及时通知监护人",
    "safe_departure": "确保学生离校安全",
    "fee_approval": "收费标准须经价格主管部门审核公示",
    "fee_account": "服务费纳入学校财务专户",
    "separate_accounts": "收支两条线",
    "no_selling_materials": "不得推荐、兜售学习材料",
    "no_extra_fee_outside": "引进校外资源不得额外收费",
    "no_management_fee": "不得截留或提取管理费",
    "earmarked": "课后服务经费专款专用，不得用于无关支出",
    "spending_main": "经费主要用于参与课后服务人员的劳务补助",
    "spending_plan": "开支范围以审核同意的方案为准",
    "refund": "多退少不补",
    "refund_on_withdrawal": "中途退出可退回剩余费用",
    "finance_notice": "公开财务收支（收支公示）",
    "waiver_list_monthly": "减免登记按月公示",
    "disclosure": "向家长公开服务时间、方式、内容、收费标准",
    "activity_notice": "课后服务活动安排对外公示",
    "records_kept": "服务人数、内容、时间、形式留档",
    "ledger": "建立课后服务工作台账",
    "monthly_direct_report": "每月更新直报系统",
    "midday_allowed": "可将午间纳入课后服务",
    "free_tutoring": "对学习有困难的学生免费辅导",
    "one_plus_x": "“1+X”两个时段",
    "subsidy_base_cap": "补助基数上限",
    "subsidy_monthly": "补助按月发放",
    "senior_holiday_service": "高中寒暑假服务不超过两周",
    "rural_optional": "农村/涉农学校是否开展由当地确定",
}

# When the guardian's signed agreement (duties.agreement ``due``) must be there: before the
# pupil's first day of service, or (Helan: 家长申请课后服务通过后，应定期与学校签订协议) after the
# approval, by the end of each month the pupil is served.
AGREEMENT_DUE = {"before_service": "开始参加服务前签订", "after_approval": "核准后签订，按月核对"}
