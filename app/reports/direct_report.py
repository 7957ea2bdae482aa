"""The monthly direct report (直报): one stable set of indicators for the county's forms.

Indicators are computed from the month's facts (pure); renderers write a reference sheet
(XLSX or CSV: Chinese label, value, explanation) and fill a county template whose cells hold
placeholders such as ``{{pupils_enrolled}}`` (a cell that is exactly one placeholder gets the
value itself, numbers as numbers; placeholders inside longer text are replaced as text).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

from app.reports.month_facts import (
    MARK_ABSENT,
    MARK_LATE,
    MARK_PRESENT,
    PRIORITY_GROUPS,
    MonthTally,
)

STAGE_LABELS = {
    "primary": "小学",
    "junior": "初中",
    "nine_year": "九年一贯制",
    "complete": "完全中学",
}
EXTERNAL_TYPES = {
    "retired_teacher": "退休教师",
    "professional": "社会专业人员",
    "volunteer": "志愿者",
}
CONTENT_KEYWORDS = {
    "作业辅导": ("作业",),
    "阅读": ("阅读", "读书", "绘本"),
    "体育": ("体育", "篮球", "足球", "跳绳", "踢毽", "乒乓", "排球", "田径", "户外"),
    "艺术": ("艺术", "书法", "合唱", "剪纸", "美术", "绘画", "舞蹈", "音乐", "器乐"),
    "科普": ("科普", "科学", "实验", "编程", "机器人"),
    "劳动": ("劳动", "种植", "手工"),
    "兴趣小组/社团": ("社团", "兴趣小组"),
}
CLUB_PATTERN = re.compile(r"(?:社团活动|兴趣小组|社团)[：:]\s*([^；;，,。\s（(]+)")
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_.]*)\s*\}\}")


@dataclass
class DirectInput:
    """What the direct report needs beyond the month's attendance counts."""

    facts: MonthTally
    pupils_total: int
    enrolment_records: list[dict[str, Any]]  # pupil_id, status, agreement_signed_on …
    staff: list[dict[str, Any]]  # id, name, role, vetting, vetting_note, active
    service_weekdays: list[int]  # weekdays (1–7) with a service window
    settings: dict[str, str] = field(default_factory=dict)  # work_end_time, homework_policy …
    finance: dict[str, Any] | None = None  # finance_month() when the money module is there
    subsidy: dict[str, Any] | None = None


# key -> (Chinese label, explanation). The order is the order of every output.
INDICATORS: dict[str, tuple[str, str]] = {
    "school_name": ("学校名称", ""),
    "school_code": ("学校标识码", "10 位学校标识码（学校设置中填写）"),
    "county": ("所属县（区）", ""),
    "month": ("填报月份", "YYYY-MM"),
    "stage": ("学段", "primary 小学 / junior 初中 / nine_year 九年一贯制 / complete 完全中学"),
    "boarding": ("是否寄宿制学校", ""),
    "village_school": ("是否村小/教学点", ""),
    "offers_service": ("是否开展课后服务", "本月有课后服务日且有学生参加"),
    "pupils_total": ("在校学生数", "学籍状态为在校的学生"),
    "pupils_applied": ("申请参加学生数", "本学期提交过报名申请的学生（任何状态）"),
    "pupils_enrolled": ("参加课后服务学生数", "本月至少一个服务日处于报名有效期内的学生"),
    "pupils_refused": ("未获批准学生数", "本学期申请被学校驳回且未再获批准的学生"),
    "participation_rate": ("学生参与率", "参加学生数 ÷ 在校学生数，0–1 的小数"),
    "pupils_all_five_days": (
        "每周5天均参加的学生数",
        "在本月每个完整服务周（周一至周五均为服务日）都已报名、且每个服务日都签到的学生",
    ),
    "pupils_priority": ("重点群体参加学生数", "留守/随迁/残疾/困境/家庭经济困难，按参加学生统计"),
    "school_days": ("本月上课日数", "学期内的工作日（含调休上班日，不含节假日和学校放假）"),
    "service_days": ("本月课后服务天数", "已经开展的课后服务日"),
    "days_per_week": ("每周服务天数", "安排了服务时段的星期数"),
    "avg_service_minutes": (
        "平均每天服务时长（分钟）",
        "按服务时段计算，不含早到看护、午间看护和晚自习",
    ),
    "min_service_minutes": ("最短一天服务时长（分钟）", ""),
    "end_time_latest": ("最晚结束时间", "HH:MM"),
    "end_time_meets_work_end": (
        "结束时间是否与当地下班时间衔接",
        "每个服务日结束时间不早于学校设置的当地下班时间；未设置时为空",
    ),
    "homework_support": ("是否开展作业辅导", "服务内容记录中有作业辅导"),
    "clubs_count": ("社团/兴趣小组数", "服务内容记录中“社团活动：名称”的不同名称数"),
    "extended_care_pupils": ("延时托管学生数", "本月至少一次转入延时托管的学生"),
    "teachers_total": ("教师总数", "在职教师、带班领导和校长"),
    "teachers_participating": ("参与课后服务教师数", "本月至少担任一次管理教师或带班领导的教职工"),
    "teacher_participation_rate": ("教师参与率", "参与教师数 ÷ 教师总数，0–1 的小数"),
    "external_staff": (
        "校外人员数",
        "按类型：退休教师、社会专业人员、志愿者（按备案备注判断类型）",
    ),
    "outside_providers": ("引进第三方机构", "经审核的第三方机构名称（学校设置 outside_providers）"),
    "content_categories": ("服务内容类别", "从每日服务内容记录归类"),
    "funding_sources": ("经费来源", "财政补贴、服务性收费、代收费"),
    "homework_policy": ("是否制定作业管理办法", "学校设置，未设置时为空"),
    "homework_notice": ("是否公示作业管理要求", "学校设置，未设置时为空"),
    "no_new_lessons": ("是否杜绝讲授新课", "服务内容记录中未出现“新课”"),
    "voluntary_agreements": ("签订自愿参加协议数", "参加学生中已签订协议的人数"),
    "attendance_rate": ("学生出勤率", "签到人次 ÷ 应到人次（请假计为未出勤），0–1 的小数"),
    "absences": ("缺席人次", "报名当天既未签到又未请假"),
    "absences_followed_up": ("缺席已联系家长人次", "缺席当天联系到家长的人次"),
    "late_pickups": ("延迟接走人次", "服务结束时仍在校的人次"),
    "incidents": ("突发情况记录数", "带班领导值班记录中的突发情况"),
    "fee_charged": ("是否收取服务性收费", "需要收费模块"),
    "fee_standard_yuan": ("收费标准（元）", ""),
    "fee_unit": ("收费计费单位", "month 每月 / term 每学期"),
    "fee_income_yuan": ("本月收费收入（元）", ""),
    "waivers_count": ("减免人数", ""),
    "waivers_yuan": ("减免金额（元）", ""),
    "subsidy_yuan": ("教师补助金额（元）", ""),
}


def _week_start(day: str) -> date:
    d = date.fromisoformat(day)
    return d - timedelta(days=d.weekday())


def _full_weeks(facts: MonthTally) -> list[list[str]]:
    """Weeks of the month whose Monday–Friday were all held service days."""
    held = {d.date for d in facts.held}
    weeks: dict[date, list[str]] = {}
    for d in held:
        weeks.setdefault(_week_start(d), []).append(d)
    result = []
    for monday, _days in sorted(weeks.items()):
        weekdays = [(monday + timedelta(days=i)).isoformat() for i in range(5)]
        if all(w in held for w in weekdays):
            result.append(weekdays)
    return result


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _yes_no(value: str | None) -> bool | None:
    if value is None or value == "":
        return None
    return value.strip().lower() in ("1", "true", "yes", "是", "y")


def _external_type(member: Mapping[str, Any]) -> str:
    note = str(member.get("vetting_note") or "")
    if "退休" in note:
        return "retired_teacher"
    if "志愿" in note:
        return "volunteer"
    return "professional"


def _yuan(fen: Any) -> float | None:
    return None if fen is None else round(int(fen) / 100, 2)


def indicators(data: DirectInput) -> dict[str, Any]:
    facts = data.facts
    school = facts.input.school
    pupils = facts.pupils
    held = facts.held
    day_keys = [d.date for d in held]
    attended = (MARK_PRESENT, MARK_LATE)
    enrolled_days = present_days = absences = followed = late_pickups = 0
    for pm in pupils:
        marks = list(pm.marks.values())
        enrolled_days += len(marks)
        present_days += sum(m in attended for m in marks)
        absences += marks.count(MARK_ABSENT)
        followed += pm.followed_up
        late_pickups += pm.late_pickups
    weeks = _full_weeks(facts)
    five = 0
    for pm in pupils:
        mine = [w for w in weeks if all(d in pm.marks for d in w)]
        if mine and all(pm.marks[d] in attended for w in mine for d in w):
            five += 1
    records = data.enrolment_records
    applied = {r["pupil_id"] for r in records}
    ok = {r["pupil_id"] for r in records if r["status"] in ("enrolled", "withdrawn", "applied",
                                                            "reviewed")}  # fmt: skip
    refused = {r["pupil_id"] for r in records if r["status"] == "refused"} - ok
    participants = {pm.pupil_id for pm in pupils}
    agreements = {r["pupil_id"] for r in records if r.get("agreement_signed_on")} & participants
    logs = [log for log in facts.input.duty_logs if log["day"] in set(day_keys)]
    content = [str(log["text"]) for log in logs if log["kind"] == "content"]
    categories = [k for k, words in CONTENT_KEYWORDS.items()
                  if any(w in t for t in content for w in words)]  # fmt: skip
    clubs = {m.group(1) for t in content for m in CLUB_PATTERN.finditer(t)}
    teacher_roles = ("teacher", "duty_leader", "principal")
    staff_role = {s["id"]: s["role"] for s in data.staff}
    teachers_total = sum(1 for s in data.staff if s["active"] and s["role"] in teacher_roles)
    took_part = {s["staff_id"] for s in facts.input.supervision if s["day"] in set(day_keys)}
    took_part |= {d["leader_staff_id"] for d in facts.input.duty_days
                  if d["day"] in set(day_keys) and d.get("on_post_at") and d["leader_staff_id"]}  # fmt: skip
    teachers_part = sum(1 for s in took_part if staff_role.get(s) in teacher_roles)
    externals = Counter(_external_type(s) for s in data.staff
                        if s["active"] and s["role"] == "external")  # fmt: skip
    minutes = [d.minutes for d in held]
    ends = [d.end for d in held if d.end]
    work_end = data.settings.get("work_end_time") or None
    fin = data.finance or {}
    standard = fin.get("fee_standard") or {}
    funding = []
    if data.subsidy and data.subsidy.get("total_fen"):
        funding.append("财政补贴")
    if fin.get("charged_fen"):
        funding.append("服务性收费")
    providers = [p.strip() for p in (data.settings.get("outside_providers") or "").split("\n")
                 if p.strip()]  # fmt: skip
    return {
        "school_name": school.get("name"),
        "school_code": school.get("school_code") or "",
        "county": school.get("county"),
        "month": facts.input.month,
        "stage": school.get("stage"),
        "boarding": bool(school.get("boarding")),
        "village_school": bool(school.get("village")),
        "offers_service": bool(held) and bool(participants),
        "pupils_total": data.pupils_total,
        "pupils_applied": len(applied),
        "pupils_enrolled": len(participants),
        "pupils_refused": len(refused),
        "participation_rate": _ratio(len(participants), data.pupils_total),
        "pupils_all_five_days": five,
        "pupils_priority": {k: sum(1 for pm in pupils if pm.flags.get(k)) for k in PRIORITY_GROUPS},
        "school_days": sum(1 for d in facts.input.days if d.school_day),
        "service_days": len(held),
        "days_per_week": len(set(data.service_weekdays)),
        "avg_service_minutes": round(sum(minutes) / len(minutes), 1) if minutes else 0,
        "min_service_minutes": min(minutes) if minutes else 0,
        "end_time_latest": max(ends) if ends else None,
        "end_time_meets_work_end": (
            all(e >= work_end for e in ends) if work_end and ends else None
        ),
        "homework_support": "作业辅导" in categories,
        "clubs_count": len(clubs),
        "extended_care_pupils": sum(1 for pm in pupils if pm.extended),
        "teachers_total": teachers_total,
        "teachers_participating": teachers_part,
        "teacher_participation_rate": _ratio(teachers_part, teachers_total),
        "external_staff": {k: externals.get(k, 0) for k in EXTERNAL_TYPES},
        "outside_providers": providers,
        "content_categories": categories,
        "funding_sources": funding,
        "homework_policy": _yes_no(data.settings.get("homework_policy")),
        "homework_notice": _yes_no(data.settings.get("homework_notice")),
        "no_new_lessons": not any("新课" in t for t in content),
        "voluntary_agreements": len(agreements),
        "attendance_rate": _ratio(present_days, enrolled_days),
        "absences": absences,
        "absences_followed_up": followed,
        "late_pickups": late_pickups,
        "incidents": sum(1 for log in logs if log["kind"] == "incident"),
        "fee_charged": bool(fin.get("charged_fen")) if data.finance is not None else None,
        "fee_standard_yuan": _yuan(standard.get("amount_fen")) if standard else None,
        "fee_unit": standard.get("per") if standard else None,
        "fee_income_yuan": _yuan(fin.get("income_fen")),
        "waivers_count": len(fin.get("waivers") or []) if data.finance is not None else None,
        "waivers_yuan": _yuan(fin.get("waived_fen")),
        "subsidy_yuan": _yuan((data.subsidy or {}).get("total_fen")),
    }


# --- printing -------------------------------------------------------------------------------

SUB_LABELS = {**PRIORITY_GROUPS, **EXTERNAL_TYPES}


def display(value: Any) -> Any:
    """A value as a person types it into the web form (numbers stay numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict):
        return "；".join(f"{SUB_LABELS.get(k, k)} {v}" for k, v in value.items())
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "无"
    return value


def _value_text(key: str, value: Any) -> Any:
    if key in ("participation_rate", "teacher_participation_rate", "attendance_rate"):
        return f"{value * 100:.1f}%"
    if key == "stage":
        return STAGE_LABELS.get(str(value), value)
    return display(value)


def reference_rows(values: Mapping[str, Any]) -> list[list[Any]]:
    """Rows of the reference sheet: 指标, 填报值, 说明, key."""
    rows: list[list[Any]] = [["指标", "填报值", "说明", "字段"]]
    for key, (label, note) in INDICATORS.items():
        rows.append([label, _value_text(key, values.get(key)), note, key])
    return rows


def write_csv(values: Mapping[str, Any], out: Path) -> None:
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(reference_rows(values))


def write_xlsx(values: Mapping[str, Any], out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "直报参考"
    ws.append(
        [f"{values.get('school_name')} {values.get('month')} 课后服务直报数据（对照网页逐项填写）"]
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    for i, row in enumerate(reference_rows(values)):
        ws.append(row)
        if i == 0:
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="E8EEF4")
    for col, width in zip("ABCD", (30, 22, 60, 28), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    ws.freeze_panes = "A4"
    wb.save(out)


def _lookup(values: Mapping[str, Any], key: str) -> tuple[bool, Any]:
    """``key`` or ``key.sub`` (e.g. ``pupils_priority.left_behind``)."""
    head, _, sub = key.partition(".")
    if head not in values:
        return False, None
    value = values[head]
    if sub:
        if not isinstance(value, dict) or sub not in value:
            return False, None
        value = value[sub]
    return True, value


def _cell_value(key: str, value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return display(value)
    if key == "stage":
        return STAGE_LABELS.get(str(value), value)
    return value


def fill_template(values: Mapping[str, Any], template: Path, out: Path) -> list[str]:
    """Replace ``{{key}}`` placeholders in every sheet of ``template``; returns unknown keys."""
    wb = load_workbook(template)
    unknown: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or "{{" not in cell.value:
                    continue
                text = cell.value
                whole = PLACEHOLDER.fullmatch(text.strip())
                if whole:
                    found, value = _lookup(values, whole.group(1))
                    if found:
                        cell.value = _cell_value(whole.group(1), value)
                    else:
                        unknown.append(whole.group(1))
                    continue

                def repl(m: re.Match[str]) -> str:
                    found, value = _lookup(values, m.group(1))
                    if not found:
                        unknown.append(m.group(1))
                        return m.group(0)
                    return str(_cell_value(m.group(1), value))

                cell.value = PLACEHOLDER.sub(repl, text)
    wb.save(out)
    return sorted(set(unknown))


def write_default_template(out: Path) -> None:
    """A county template with every indicator as a placeholder (also documents them)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "课后服务月报"
    ws.append(["{{county}} 义务教育课后服务开展情况月报（{{month}}）"])
    ws.append(["指标", "数值", "字段（占位符里写的名字）"])
    for key, (label, _note) in INDICATORS.items():
        ws.append([label, "{{" + key + "}}", key])
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 34
    wb.save(out)
