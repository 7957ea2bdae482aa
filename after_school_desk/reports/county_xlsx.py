"""The county's workbook: the county totals, the per-school table, the schools missing, the
problems to chase and the county across months (openpyxl); or the county's own template with
its ``{{key}}`` cells filled the way the direct report fills a school's
(``direct_report.fill_template``), the per-school table added as a sheet of its own.

Every text cell goes through ``safe_cells``: school names and file names come from outside.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

from after_school_desk.domain.county import KINDS, Collection
from after_school_desk.domain.county_indicators import COUNTY_FIGURES, DICT_KEYS, ROW_KEYS
from after_school_desk.reports.direct_report import INDICATORS, SUB_LABELS, display, fill_template
from after_school_desk.reports.safe_cells import safe_row

YES_LABELS = {
    "offers_service": "开展课后服务的学校数",
    "boarding": "寄宿制学校数",
    "village_school": "村小/教学点数",
    "homework_support": "开展作业辅导的学校数",
    "no_new_lessons": "杜绝讲授新课的学校数",
    "fee_charged": "收取服务性收费的学校数",
}
RATE_NOTES = {
    "participation_rate": "全县参加学生数 ÷ 全县在校学生数",
    "teacher_participation_rate": "全县参与教师数 ÷ 全县教师总数",
}
SCHOOL_COLUMNS = (
    ("school_code", "学校标识码"),
    ("school_name", "学校名称"),
    ("reported", "报送情况"),
    ("month_closed", "已月结"),
    ("complete", "记录完整"),
    ("resubmissions", "重报次数"),
)
HISTORY_COLUMNS = (
    ("month", "月份"),
    ("schools", "报送学校数"),
    ("pupils_total", "在校学生数"),
    ("pupils_enrolled", "参加课后服务学生数"),
    ("participation_rate", "学生参与率"),
)


def label_of(key: str) -> str:
    if key in COUNTY_FIGURES:
        return COUNTY_FIGURES[key][0]
    if key in YES_LABELS:
        return YES_LABELS[key]
    return INDICATORS.get(key, (key, ""))[0]


def total_rows(totals: Mapping[str, Any]) -> list[tuple[str, Any, str]]:
    """(label, value, field) for every county figure; a breakdown one row per part
    (field ``pupils_priority.left_behind``, the name a template's placeholder uses)."""
    rows: list[tuple[str, Any, str]] = []
    for key, value in totals.items():
        if key in DICT_KEYS and isinstance(value, dict):
            for part, n in value.items():
                rows.append((f"{label_of(key)}：{SUB_LABELS.get(part, part)}", n, f"{key}.{part}"))
        else:
            rows.append((label_of(key), value, key))
    return rows


def school_headers() -> list[str]:
    return (
        [title for _key, title in SCHOOL_COLUMNS]
        + [label_of(k) for k in ROW_KEYS]
        + ["问题", "所用报送包", "生成时间"]
    )


def _yes(value: Any) -> str:
    return "" if value is None else ("是" if value else "否")


def school_cells(row: Mapping[str, Any]) -> list[Any]:
    """One school's row as the table shows it."""
    cells: list[Any] = [
        row["school_code"],
        row["school_name"],
        "已报送" if row["reported"] else "未报送",
        _yes(row["month_closed"]),
        _yes(row["complete"]),
        row["resubmissions"] or "",
    ]
    cells += [display(row.get(k)) if isinstance(row.get(k), dict) else row.get(k) for k in ROW_KEYS]
    cells.append("、".join(KINDS[k] for k in row["problems"]))
    cells += [row["file"], str(row["generated_at"])[:16].replace("T", " ")]
    return cells


def _bold_row(ws: Any) -> None:
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF4")


def _table(ws: Any, header: list[str], rows: list[list[Any]], widths: list[int]) -> None:
    ws.append(safe_row(header))
    _bold_row(ws)
    ws.freeze_panes = f"A{ws.max_row + 1}"
    for row in rows:
        ws.append(safe_row(row))
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def _title(result: Collection) -> str:
    return f"{result.county or ''}课后服务月报汇总（{result.month}）".lstrip()


def add_school_sheets(wb: Any, result: Collection) -> None:
    """The per-school table, the schools missing, the problems and the months."""
    schools = wb.create_sheet(_free_name(wb, "各校明细"))
    _table(
        schools,
        school_headers(),
        [school_cells(r) for r in result.schools],
        [13, 24, 9, 8, 9, 9] + [12] * len(ROW_KEYS) + [24, 34, 17],
    )
    names = {r["school_code"]: r["school_name"] for r in result.schools}
    missing = wb.create_sheet(_free_name(wb, "未报送"))
    _table(
        missing,
        ["学校标识码", "学校名称"],
        [[c, names.get(c, "")] for c in result.missing],
        [14, 30],
    )
    problems = wb.create_sheet(_free_name(wb, "问题"))
    _table(
        problems,
        ["类别", "文件", "说明"],
        [[KINDS[p.kind], p.file, p.detail] for p in result.problems],
        [14, 40, 90],
    )
    for row in problems.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    months = wb.create_sheet(_free_name(wb, "各月趋势"))
    _table(
        months,
        [t for _k, t in HISTORY_COLUMNS],
        [[h[k] for k, _t in HISTORY_COLUMNS] for h in result.history],
        [10, 12, 12, 18, 12],
    )


def _free_name(wb: Any, name: str) -> str:
    taken = set(wb.sheetnames)
    if name not in taken:
        return name
    n = 2
    while f"{name}{n}" in taken:
        n += 1
    return f"{name}{n}"


def write_county(result: Collection, out: Path, made_at: datetime | None = None) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "县汇总"
    ws.append(safe_row([_title(result)]))
    ws["A1"].font = Font(bold=True, size=13)
    when = made_at.strftime("%Y-%m-%d %H:%M") if made_at else ""
    ws.append(safe_row(["汇总时间", when, ""]))
    ws.append(safe_row(["读取的文件数", result.files_read, ""]))
    ws.append([])
    ws.append(["项目", "全县合计", "字段"])
    _bold_row(ws)
    for label, value, key in total_rows(result.totals):
        shown = (
            value
            if isinstance(value, int | float) and not isinstance(value, bool)
            else display(value)
        )
        note = RATE_NOTES.get(key, "")
        ws.append(safe_row([label + (f"（{note}）" if note else ""), shown, key]))
    for col, width in zip("ABC", (44, 16, 34), strict=True):
        ws.column_dimensions[col].width = width
    add_school_sheets(wb, result)
    wb.save(out)


def template_values(result: Collection, made_at: datetime | None = None) -> dict[str, Any]:
    """What a county template's placeholders may name: ``{{month}}``, ``{{county}}``,
    ``{{made_at}}`` and every county figure (``{{pupils_enrolled}}``,
    ``{{pupils_priority.left_behind}}``, ``{{schools_missing}}`` …)."""
    return {
        "month": result.month,
        "county": result.county,
        "made_at": made_at.strftime("%Y-%m-%d %H:%M") if made_at else "",
        **result.totals,
    }


def fill_county_template(
    result: Collection, template: Path, out: Path, made_at: datetime | None = None
) -> list[str]:
    """The county's template filled, the per-school sheets added; returns unknown keys."""
    unknown = fill_template(template_values(result, made_at), template, out)
    wb = load_workbook(out)
    add_school_sheets(wb, result)
    wb.save(out)
    return unknown
