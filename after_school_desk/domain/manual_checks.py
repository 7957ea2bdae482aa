"""Duties the records cannot show (需人工确认): what a session taught, what was published,
where the money was kept. The compliance check lists them with their clause, not as
problems, and the monthly ledger prints them as a checklist the person responsible signs.

Only duties the region's own text states are listed (a rule taken from the national baseline
is not something the region's text asks a school to sign for). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from after_school_desk.domain.profiles import Clause, Profile

# duty key -> what the person responsible confirms for the month, in the order printed
MANUAL = {
    "no_new_lessons": "课后服务期间未上新课",
    "no_group_teaching": "未以课后服务名义集体教学、补课或违规办班",
    "no_advanced_teaching": "未超纲教学、拔高训练",
    "no_written_homework": "未借课后服务布置书面家庭作业",
    "no_early_dismissal": "按时上下课，未提前放学、未在课后服务时间内安排课程",
    "one_plus_x": "课后服务按“1+X”方式分两个时段开展",
    "end_linked_to_work_end": "服务结束时间与当地正常下班时间相衔接",
    "voluntary": "学生自愿参加，未强制或变相强制",
    "priority_groups": "优先保障了残疾、留守、困境、随迁子女、家庭经济困难等亟需服务的学生",
    "no_subject_institutions": "未引入学科类校外培训机构（引进的机构为非学科类且经规定遴选）",
    "no_paid_tutoring_with_institutions": "未与校外培训机构联合开展有偿课程辅导",
    "no_extra_fee_outside": "引进校外资源参与课后服务未向学生额外收费",
    "no_selling_materials": "未借课后服务向学生推荐、兜售学习材料",
    "no_bad_record": "参与课后服务的人员中没有有不良记录的人员",
    "disclosure": "已向家长公开服务时间、方式、内容、收费标准和安全措施",
    "activity_notice": "课后服务活动安排已对外公示",
    "finance_notice": "已公开课后服务经费收支情况",
    "waiver_list_monthly": "本月减免登记已公示",
    "fee_account": "课后服务费已纳入学校财务专户（基本户）管理",
    "separate_accounts": "课后服务费实行“收支两条线”管理",
    "spending_plan": "本月支出在教育行政部门审核同意的方案范围内",
    "subsidy_base_cap": "补助标准基数未高于本市教师每小时平均工资",
    "monthly_direct_report": "本月已在直报系统更新课后服务开展情况",
    "leader_in_charge": "已明确一位副校长主管课后服务工作",
}
# Vetting the text requires of every participant: the program records it for external staff
# only (staff.vetting), so the school's own staff are confirmed by signature.
ALL_VETTED = "参与课后服务的本校教职工均已按文本要求把关、备案（程序只记录外聘人员的备案状态）"


@dataclass(frozen=True)
class ManualCheck:
    key: str
    statement: str
    clause: Clause

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": "manual",
            "key": self.key,
            "label": "需人工确认",
            "statement": self.statement,
            "message": self.statement,
            "citation": self.clause.cite(),
            "clause": self.clause.as_dict(),
            "national_default": bool(self.clause.default_from),
            "day": "",
            "record_ref": "",
        }


def manual_checks(profile: Profile, stages: Sequence[str] = ()) -> list[ManualCheck]:
    """The month's duties to confirm by hand under the profile's own text: the content of the
    sessions (each content rule for the school's ``stages``; all when none given), then the
    duties in MANUAL's order, then the vetting of the school's own staff where the text covers
    every participant."""
    out: list[ManualCheck] = []
    for rule in profile.content:
        taught = not stages or any(rule.scope.matches(s, None, None) for s in stages)
        if rule.clause.default_from or not taught:
            continue
        who = rule.period or (rule.scope.label() if rule.scope.label() != "全体" else "")
        items = "、".join(rule.items)
        statement = (
            f"{who + '：' if who else ''}课后服务内容以{items}等为主（与每日服务内容记录相符）"
        )
        out.append(ManualCheck("content", statement, rule.clause))
    own = {d.key: d for d in profile.duties if not d.clause.default_from}
    for key, statement in MANUAL.items():
        if key in own:
            out.append(ManualCheck(key, statement, own[key].clause))
    vetting = own.get("external_vetting")
    if vetting is not None and vetting.scope == "all":
        out.append(ManualCheck("external_vetting", ALL_VETTED, vetting.clause))
    return out
