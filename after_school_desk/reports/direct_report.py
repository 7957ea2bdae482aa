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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

from after_school_desk.errors import ValidationError
from after_school_desk.reports.month_facts import (
    MARK_ABSENT,
    MARK_LATE,
    MARK_PRESENT,
    PRIORITY_GROUPS,
    TEACHER_ROLES,
    empty_month_problem,
    staff_served,
)
from after_school_desk.reports.month_tally import MonthTally
from after_school_desk.reports.safe_cells import safe_row, safe_rows, set_cell

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


FORMAT = "after-school-desk/direct-report"
FORMAT_VERSION = 2  # 2: file header; fee standard, fee income, staff and five-day fixed


@dataclass
class DirectInput:
    """What the direct report needs beyond the month's attendance counts. Head counts and staff
    are as of ``reference_day`` (the month's last service day held), never today's."""

    facts: MonthTally
    pupils_total: int  # on the register on reference_day
    enrolment_records: list[dict[str, Any]]  # pupil_id, status, agreement_signed_on …
    staff: list[dict[str, Any]]  # id, name, role, vetting, vetting_note, active (on that day)
    service_weekdays: list[int]  # weekdays (1–7) with a service window
    settings: dict[str, str] = field(default_factory=dict)  # work_end_time, homework_policy …
    finance: Mapping[str, Any] | None = None  # finance_month() when the money module is there
    subsidy: Mapping[str, Any] | None = None
    # basic-mode fee standards in force on reference_day, one per stage of the school:
    # stage, amount_fen, unit, approval_doc (empty: none set, or the money module is absent)
    fee_standards: Sequence[Mapping[str, Any]] = field(default_factory=list)
    reference_day: str = ""
    generated_at: str = ""  # ISO instant the figures were computed
    is_closed: bool = False  # the month is closed (月结) and these are its figures
    snapshot_hash: str | None = None  # SHA-256 of the month's closing snapshot


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
    "pupils_total": (
        "在校学生数",
        "本月最后一个服务日在册的学生（当日及以前登记、当日尚未离校），不是生成报表当天的人数",
    ),
    "pupils_applied": ("申请参加学生数", "本学期提交过报名申请的学生（任何状态）"),
    "pupils_enrolled": ("参加课后服务学生数", "本月至少一个服务日处于报名有效期内的学生"),
    "pupils_refused": ("未获批准学生数", "本学期申请被学校驳回且未再获批准的学生"),
    "participation_rate": (
        "学生参与率",
        "参加学生数 ÷ 在校学生数，0–1 的小数（JSON、XLSX、CSV 同一个数）",
    ),
    "pupils_all_five_days": (
        "每周5天全程参加的学生数",
        "按国家直报平台的口径理解为参加方式：学校每周一至周五都开展服务，学生报名参加每周全部"
        "5天（本系统的报名不分星期，参加学生即全部5天）；学校每周不足5天时为0。"
        "不是“每天都到”，实际出勤见下一项",
    ),
    "pupils_full_attendance": (
        "本月全勤学生数",
        "参加学生中，本月已开展的每个报名服务日都签到（含迟到）的学生",
    ),
    "pupils_priority": ("重点群体参加学生数", "留守/随迁/残疾/困境/家庭经济困难，按参加学生统计"),
    "school_days": ("本月上课日数", "学期内的工作日（含调休上班日，不含节假日和学校放假）"),
    "service_days": ("本月课后服务天数", "已经开展的课后服务日"),
    "days_per_week": ("每周服务天数", "安排了服务时段的星期数；本月没有服务日时为0"),
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
    "teachers_total": (
        "教师总数",
        "本月最后一个服务日在职的教师、带班领导和校长（外聘人员不计）",
    ),
    "teachers_participating": (
        "参与课后服务教师数",
        "本月已开展的服务日中至少担任一次班级管理教师或到岗带班领导的教职工（与台账“参与管理的"
        "教师”、补助表的人员同一口径；外聘人员另计）",
    ),
    "teacher_participation_rate": ("教师参与率", "参与教师数 ÷ 教师总数，0–1 的小数"),
    "external_staff": (
        "校外人员数",
        "本月实际参与服务（担任过班级管理）的外聘人员，按类型：退休教师、社会专业人员、志愿者"
        "（按备案备注判断类型）；登记了但本月没有参与的不计",
    ),
    "external_staff_not_filed": (
        "其中未完成备案的校外人员数",
        "上一项中备案状态不是“已备案”的人数（待备案或未通过）",
    ),
    "outside_providers": ("引进第三方机构", "经审核的第三方机构名称（学校设置 outside_providers）"),
    "content_categories": ("服务内容类别", "从每日服务内容记录归类"),
    "funding_sources": (
        "经费来源",
        "按本月实际入账：财政补贴（收入登记中的财政补助）、服务性收费（家长缴费）",
    ),
    "homework_policy": ("是否制定作业管理办法", "学校设置，未设置时为空"),
    "homework_notice": ("是否公示作业管理要求", "学校设置，未设置时为空"),
    "no_new_lessons": ("是否杜绝讲授新课", "服务内容记录中未出现“新课”"),
    "voluntary_agreements": ("签订自愿参加协议数", "参加学生中已签订协议的人数"),
    "attendance_rate": ("学生出勤率", "签到人次 ÷ 应到人次（请假计为未出勤），0–1 的小数"),
    "absences": ("缺席人次", "报名当天既未签到又未请假"),
    "absences_followed_up": ("缺席已联系家长人次", "缺席当天联系到家长的人次"),
    "late_pickups": ("延迟接走人次", "服务结束时仍在校的人次"),
    "incidents": ("突发情况记录数", "带班领导值班记录中的突发情况"),
    "fee_charged": ("是否收取服务性收费", "本月有收费记录（账单）"),
    "fee_standard_yuan": (
        "收费标准（元）",
        "本月最后一个服务日执行的普惠托管收费标准；各学段不同时按学段分列",
    ),
    "fee_unit": ("收费计费单位", "month 每月 / term 每学期 / day 每天"),
    "fee_income_yuan": (
        "本月收费收入（元）",
        "本月家长缴费减去退费，不含财政补助等其他收入",
    ),
    "waivers_count": ("减免人数", ""),
    "waivers_yuan": ("减免金额（元）", ""),
    "subsidy_yuan": ("教师补助金额（元）", ""),
}


# The file's header: tells a county a first submission from a resubmission.
HEADER: dict[str, tuple[str, str]] = {
    "format": ("文件格式", "固定为 after-school-desk/direct-report"),
    "format_version": ("格式版本", "字段含义改变时加一"),
    "generated_at": ("生成时间", "生成这份数据的时刻（学校时区）"),
    "school_code": ("学校标识码", ""),
    "month": ("填报月份", "YYYY-MM"),
    "reference_day": ("统计截止日", "本月最后一个已开展的服务日：人数按这一天统计"),
    "month_closed": ("本月是否已月结", "是：数字已冻结为月结快照；否：草稿，数字仍可能变化"),
    "snapshot_hash": (
        "月结快照校验码",
        "月结快照的 SHA-256；未月结时为空。与上次上报的不同即为重报",
    ),
}
FIVE_WEEKDAYS = frozenset(range(1, 6))


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


def served_staff_counts(
    served: Mapping[str, Any], staff: list[dict[str, Any]]
) -> tuple[int, Counter[str], int]:
    """Of the people who served in the month: teachers (teacher, duty leader, principal),
    external staff by type, and external staff not filed (备案) — one definition for all."""
    by_id = {s["id"]: s for s in staff}
    teachers = 0
    externals: Counter[str] = Counter()
    not_filed = 0
    for sid in served:
        member = by_id.get(sid)
        if member is None:
            continue
        if member["role"] in TEACHER_ROLES:
            teachers += 1
        elif member["role"] == "external":
            externals[_external_type(member)] += 1
            not_filed += member.get("vetting") != "filed"
    return teachers, externals, not_filed


def _fee_standard(standards: Sequence[Mapping[str, Any]]) -> tuple[Any, Any]:
    """(amount in yuan, unit): one value when every stage has the same standard, else per stage."""
    if not standards:
        return None, None
    if len({(s["amount_fen"], s["unit"]) for s in standards}) == 1:
        return _yuan(standards[0]["amount_fen"]), standards[0]["unit"]
    return (
        {s["stage"]: _yuan(s["amount_fen"]) for s in standards},
        {s["stage"]: s["unit"] for s in standards},
    )


def header(data: DirectInput) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at": data.generated_at,
        "school_code": data.facts.input.school.get("school_code") or "",
        "month": data.facts.input.month,
        "reference_day": data.reference_day,
        "month_closed": data.is_closed,
        "snapshot_hash": data.snapshot_hash,
    }


def indicators(data: DirectInput) -> dict[str, Any]:
    """The header, then every indicator of ``INDICATORS`` in its order. A month with no service
    day held is refused (ValidationError): there is nothing to report."""
    facts = data.facts
    problem = empty_month_problem(facts.input.month, facts.planned, facts.held)
    if problem:
        raise ValidationError(problem)
    school = facts.input.school
    pupils = facts.pupils
    held = facts.held
    day_keys = {d.date for d in held}
    attended = (MARK_PRESENT, MARK_LATE)
    enrolled_days = present_days = absences = followed = late_pickups = 0
    full_attendance = 0
    for pm in pupils:
        marks = list(pm.marks.values())
        enrolled_days += len(marks)
        present = sum(m in attended for m in marks)
        present_days += present
        full_attendance += bool(marks) and present == len(marks)
        absences += marks.count(MARK_ABSENT)
        followed += pm.followed_up
        late_pickups += pm.late_pickups
    records = data.enrolment_records
    applied = {r["pupil_id"] for r in records}
    ok = {r["pupil_id"] for r in records if r["status"] in ("enrolled", "withdrawn", "applied",
                                                            "reviewed")}  # fmt: skip
    refused = {r["pupil_id"] for r in records if r["status"] == "refused"} - ok
    participants = {pm.pupil_id for pm in pupils}
    agreements = {r["pupil_id"] for r in records if r.get("agreement_signed_on")} & participants
    logs = [log for log in facts.input.duty_logs if log["day"] in day_keys]
    content = [str(log["text"]) for log in logs if log["kind"] == "content"]
    categories = [k for k, words in CONTENT_KEYWORDS.items()
                  if any(w in t for t in content for w in words)]  # fmt: skip
    clubs = {m.group(1) for t in content for m in CLUB_PATTERN.finditer(t)}
    teachers_total = sum(1 for s in data.staff if s["active"] and s["role"] in TEACHER_ROLES)
    served = staff_served(facts.input, held)
    teachers_part, externals, not_filed = served_staff_counts(served, data.staff)
    weekdays = set(data.service_weekdays)
    five_days = weekdays.issuperset(FIVE_WEEKDAYS)
    minutes = [d.minutes for d in held]
    ends = [d.end for d in held if d.end]
    work_end = data.settings.get("work_end_time") or None
    fin = data.finance or {}
    standard_yuan, standard_unit = _fee_standard(data.fee_standards)
    other_income = {str(e["category"]): int(e["fen"]) for e in fin.get("other_income") or []}
    fee_income = fin.get("fee_income_fen")
    funding = []
    if other_income.get("财政补助"):
        funding.append("财政补贴")
    if fin.get("paid_fen"):
        funding.append("服务性收费")
    providers = [p.strip() for p in (data.settings.get("outside_providers") or "").split("\n")
                 if p.strip()]  # fmt: skip
    money = data.finance is not None
    return {
        "header": header(data),
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
        "pupils_all_five_days": len(participants) if five_days else 0,
        "pupils_full_attendance": full_attendance,
        "pupils_priority": {k: sum(1 for pm in pupils if pm.flags.get(k)) for k in PRIORITY_GROUPS},
        "school_days": sum(1 for d in facts.input.days if d.school_day),
        "service_days": len(held),
        "days_per_week": len(weekdays),
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
        "external_staff_not_filed": not_filed,
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
        "fee_charged": bool(fin.get("charged_fen")) if money else None,
        "fee_standard_yuan": standard_yuan,
        "fee_unit": standard_unit,
        "fee_income_yuan": _yuan(fee_income) if money else None,
        "waivers_count": len(fin.get("waivers") or []) if money else None,
        "waivers_yuan": _yuan(fin.get("waived_fen")),
        "subsidy_yuan": _yuan((data.subsidy or {}).get("total_fen")),
    }


# --- printing -------------------------------------------------------------------------------

STAGE_NAMES = {"primary": "小学", "junior": "初中", "senior": "普通高中", "all": "全部学段"}
SUB_LABELS = {**PRIORITY_GROUPS, **EXTERNAL_TYPES, **STAGE_NAMES}


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
    """The value as the reference sheet shows it. Rates stay the 0–1 fraction of the JSON."""
    if key == "stage":
        return STAGE_LABELS.get(str(value), value)
    if key in ("fee_standard_yuan", "fee_unit") and isinstance(value, dict):
        units = {"month": "每月", "term": "每学期", "day": "每天"}
        return "；".join(f"{STAGE_NAMES.get(k, k)} {units.get(v, v)}" for k, v in value.items())
    return display(value)


def header_rows(values: Mapping[str, Any]) -> list[list[Any]]:
    """The file's header: label, value (format, version, time, school, month, closed, hash)."""
    head = values.get("header") or {}
    return [[label, display(head.get(key))] for key, (label, _note) in HEADER.items()]


def reference_rows(values: Mapping[str, Any], notes: bool = True) -> list[list[Any]]:
    """Rows of the reference sheet: 指标, 填报值, (说明,) 字段."""
    rows: list[list[Any]] = [
        ["指标", "填报值", "说明", "字段"] if notes else ["指标", "填报值", "字段"]
    ]
    for key, (label, note) in INDICATORS.items():
        value = _value_text(key, values.get(key))
        rows.append([label, value, note, key] if notes else [label, value, key])
    return rows


def definition_rows() -> list[list[str]]:
    """Every header field and indicator with its definition (the 指标说明 sheet, the README)."""
    rows = [["项目", "字段", "说明"]]
    rows += [[label, f"header.{key}", note] for key, (label, note) in HEADER.items()]
    rows += [[label, key, note] for key, (label, note) in INDICATORS.items()]
    return rows


def definitions_markdown() -> str:
    """The definitions as the Markdown table README.md carries (a test keeps the two equal)."""
    lines = ["| 项目 | 字段 | 说明 |", "|---|---|---|"]
    lines += [f"| {label} | `{key}` | {note} |" for label, key, note in definition_rows()[1:]]
    return "\n".join(lines) + "\n"


def write_csv(values: Mapping[str, Any], out: Path) -> None:
    """The header lines, a blank line, then the indicators (指标, 填报值, 说明, 字段)."""
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows(safe_rows(header_rows(values)))
        writer.writerow([])
        writer.writerows(safe_rows(reference_rows(values)))


def _bold_row(ws: Any) -> None:
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF4")


def write_xlsx(values: Mapping[str, Any], out: Path) -> None:
    """Sheet 直报参考: title, the file header, the indicators (指标, 填报值, 字段); sheet 指标说明:
    what each one means. Rates are the same 0–1 fractions as in the JSON."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "直报参考"
    ws.append(
        safe_row(
            [
                f"{values.get('school_name')} {values.get('month')} 课后服务直报数据（对照网页逐项填写）"
            ]
        )
    )
    ws["A1"].font = Font(bold=True, size=13)
    for row in header_rows(values):
        ws.append(safe_row(row))
    ws.append([])
    for i, row in enumerate(reference_rows(values, notes=False)):
        ws.append(safe_row(row))
        if i == 0:
            _bold_row(ws)
            ws.freeze_panes = f"A{ws.max_row + 1}"
    for col, width in zip("ABC", (34, 30, 28), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    notes = wb.create_sheet("指标说明")
    for i, row in enumerate(definition_rows()):
        notes.append(row)
        if i == 0:
            _bold_row(notes)
    for col, width in zip("ABC", (30, 30, 80), strict=True):
        notes.column_dimensions[col].width = width
    for row in notes.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    notes.freeze_panes = "A2"
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
                        set_cell(cell, _cell_value(whole.group(1), value))
                    else:
                        unknown.append(whole.group(1))
                    continue

                def repl(m: re.Match[str]) -> str:
                    found, value = _lookup(values, m.group(1))
                    if not found:
                        unknown.append(m.group(1))
                        return m.group(0)
                    return str(_cell_value(m.group(1), value))

                set_cell(cell, PLACEHOLDER.sub(repl, text))
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
