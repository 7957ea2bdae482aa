"""The finance notice (收支公示 with the public waiver list), the staff subsidy sheet and the
arrears list (欠费名单, for the principal), as PDF (and XLSX), from the money module's month data
(finance_month / subsidy_month / arrears_month in after_school_desk.services.money.finance_reports)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from after_school_desk.reports.pdf_common import (
    KeepWithLastRows,
    build_pdf,
    cell_text,
    frame_width,
    name_cell,
    signature_block,
    signature_parts,
    styles,
    table,
)
from after_school_desk.reports.safe_cells import safe_row

RIGHT = "RIGHT"


def yuan(fen: Any) -> str:
    return f"{int(fen or 0) / 100:,.2f}"


def finance_rows(data: Mapping[str, Any]) -> tuple[list[list[Any]], list[list[Any]]]:
    """(the income/expense table, the PUBLIC waiver list: class, masked name, amount only)."""
    money: list[list[Any]] = [["项目", "金额（元）"]]
    money += [
        ["应收服务费", yuan(data.get("charged_fen"))],
        ["减免", yuan(data.get("waived_fen"))],
        ["实收服务费", yuan(data.get("paid_fen"))],
        ["退费", yuan(data.get("refunded_fen"))],
        *[[f"其他收入：{e['category']}", yuan(e["fen"])] for e in data.get("other_income") or []],
        ["收入合计", yuan(data.get("income_fen"))],
        *[[f"支出：{e['category']}", yuan(e["fen"])] for e in data.get("expenses") or []],
        ["支出合计", yuan(data.get("expenses_fen"))],
        ["结余", yuan(data.get("balance_fen"))],
    ]
    waivers: list[list[Any]] = [["序号", "班级", "姓名", "减免金额（元）"]]
    waivers += [[i, w["class"], w["name"], yuan(w["fen"])]
                for i, w in enumerate(data.get("public_waivers") or [], 1)]  # fmt: skip
    return money, waivers


def subsidy_rows(data: Mapping[str, Any]) -> list[list[Any]]:
    day_types: Mapping[str, str] = data.get("day_types") or {}
    rows: list[list[Any]] = [["序号", "姓名", "类别", *[f"{v}（小时）" for v in day_types.values()],
                              "金额（元）", "本人签字"]]  # fmt: skip
    for i, p in enumerate(data.get("people") or [], 1):
        hours = p.get("hours") or {}
        rows.append([i, p["name"], p.get("category_label", ""),
                     *[hours.get(k, "") for k in day_types], yuan(p.get("amount_fen")), ""])  # fmt: skip
    rows.append(["", "合计", "", *["" for _ in day_types], yuan(data.get("total_fen")), ""])
    return rows


def _title(school: str, month: str, what: str) -> str:
    return f"{school} {month[:4]}年{int(month[5:7])}月 {what}"


def _style(st: dict[str, ParagraphStyle], size: float) -> ParagraphStyle:
    return ParagraphStyle(f"money{size}", parent=st["cell"], fontSize=size, leading=size + 2)


def _standards_table(data: Mapping[str, Any], st: dict[str, ParagraphStyle]) -> Flowable:
    found = data.get("standards") or []
    if not found:
        return Paragraph("收费标准：（未登记收费标准）", st["base"])
    cell = _style(st, 9)
    widths = [42 * mm, 46 * mm, 60 * mm, 38 * mm]
    rows: list[list[Any]] = [["服务项目", "收费标准", "批准文号", "执行日期"]]
    for s in found:
        approval = s.get("approval_doc") or "（未登记）"
        if s.get("approval_date"):
            approval += f"（{s['approval_date']}）"
        rows.append([cell_text(s["label"], cell, widths[0]), cell_text(s["text"], cell, widths[1]),
                     cell_text(approval, cell, widths[2]), s.get("effective_from", "")])  # fmt: skip
    return table(rows, widths, font_size=9)


def _notice_lines(data: Mapping[str, Any], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    base = st["base"]
    phone = str(data.get("complaint_phone") or "").strip()
    days = int(data.get("notice_days") or 0)
    period = (f"{data.get('notice_from')} 至 {data.get('notice_to')}（共 {days} 天）" if days
              else "______年____月____日 至 ______年____月____日")  # fmt: skip
    lines = [
        f"服务时间：{escape(str(data.get('service_time') or '（未设置服务时段）'))}",
        f"服务内容：{escape(str(data.get('service_content') or ''))}",
        f"公示期：{period}",
        f"监督电话：{escape(phone) if phone else '____________________'}"
        "　　公示期内如有疑问或异议，请向学校办公室反映，或拨打监督电话。",
    ]
    return [Paragraph(line, base) for line in lines]


def write_finance_pdf(data: Mapping[str, Any], out: Path) -> None:
    st = styles()
    school, month = str(data.get("school", "")), str(data["month"])
    money, waivers = finance_rows(data)
    title = _title(school, month, "课后服务收支公示")
    name = _style(st, 10)
    for row in waivers[1:]:
        row[1] = name_cell(str(row[1]), name, 50 * mm, 7)
        row[2] = name_cell(str(row[2]), name, 45 * mm, 7)
    withheld = int(data.get("withheld_from_public") or 0)
    note = (f"另有 {withheld} 名学生享受减免，因监护人未书面同意公示，未列姓名；"
            "其减免金额已计入上表“减免”合计。") if withheld else ""  # fmt: skip
    waiver_table: Flowable = (
        table(waivers, [15 * mm, 50 * mm, 45 * mm, 40 * mm], font_size=10,
              extra=[("ALIGN", (-1, 1), (-1, -1), RIGHT), ("ALIGN", (0, 1), (0, -1), "CENTER")])
        if len(waivers) > 1 else Paragraph("本月无公示的减免。", st["base"])
    )  # fmt: skip
    story: list[Flowable] = [
        Paragraph(title, st["h1"]),
        Paragraph("一、收费标准及服务", st["h2"]),
        _standards_table(data, st),
        Spacer(1, 2 * mm),
        *_notice_lines(data, st)[:2],
        Paragraph("二、本月收支", st["h2"]),
        table(money, [90 * mm, 50 * mm], font_size=10, extra=[("ALIGN", (1, 1), (1, -1), RIGHT)]),
        Paragraph("三、减免名单（经家长同意公示；只列班级、姓名和金额）", st["h2"]),
        waiver_table,
        *([Spacer(1, 2 * mm), Paragraph(note, st["base"])] if note else []),
        Spacer(1, 4 * mm),
        *_notice_lines(data, st)[2:],
    ]
    # the period and phone lines stay with the signatures: no page with only a signature
    story[-2:] = [KeepTogether([*story[-2:], *signature_parts(["经办人", "校长"], st, seal=True)])]
    build_pdf(out, story, title=title, header=title, footer=school, wide=False)


def arrears_rows(data: Mapping[str, Any]) -> list[list[Any]]:
    rows: list[list[Any]] = [["序号", "班级", "姓名", "本月应缴（元）", "本月欠费（元）",
                              "往月欠费（元）", "欠费合计（元）", "监护人及电话", "催缴情况"]]  # fmt: skip
    for i, p in enumerate(data.get("pupils") or [], 1):
        rows.append([i, p["class"], p["name"], yuan(p["due_month_fen"]), yuan(p["owed_month_fen"]),
                     yuan(p["owed_before_fen"]), yuan(p["owed_fen"]), p.get("guardian", ""), ""])  # fmt: skip
    rows.append(["", "合计", f"{data.get('count', 0)} 人", "", yuan(data.get("owed_month_fen")),
                 "", yuan(data.get("owed_fen")), "", ""])  # fmt: skip
    return rows


def write_arrears_pdf(data: Mapping[str, Any], out: Path | BytesIO) -> None:
    """欠费名单: internal, for the principal to follow up (never posted: names in full)."""
    st = styles()
    school, month = str(data.get("school", "")), str(data["month"])
    title = _title(school, month, "课后服务欠费名单")
    rows = arrears_rows(data)
    widths = [12 * mm, 30 * mm, 36 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 60 * mm, 0.0]
    widths[-1] = frame_width(wide=True) - sum(widths)
    cell = _style(st, 9)
    for row in rows[1:-1]:
        row[1] = name_cell(str(row[1]), cell, widths[1], 7)
        row[2] = name_cell(str(row[2]), cell, widths[2], 7)
        row[7] = cell_text(str(row[7]), cell, widths[7])
    summary = (
        f"截至 {data.get('as_of', '')}，{month[:4]}年{int(month[5:7])}月及以前的服务费尚有 "
        f"{data.get('count', 0)} 名学生未缴清，合计 {yuan(data.get('owed_fen'))} 元"
        f"（其中本月 {yuan(data.get('owed_month_fen'))} 元）；本月收费学生 "
        f"{data.get('charged_pupils', 0)} 人。已缴金额按缴费减退费计，先抵往月。"
    )
    story: list[Flowable] = [
        Paragraph(title, st["h1"]),
        Paragraph("内部资料：供校长和班主任催缴使用，不得张贴或公示。", st["base"]),
        Paragraph(summary, st["base"]),
        Spacer(1, 3 * mm),
    ]
    if len(rows) > 2:
        grid = table(rows, widths, font_size=9,
                     extra=[("ALIGN", (3, 1), (6, -1), RIGHT), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                            ("TOPPADDING", (0, 1), (-1, -1), 4),
                            ("BOTTOMPADDING", (0, 1), (-1, -1), 4)])  # fmt: skip
        story.append(KeepWithLastRows(grid, signature_block(["制表人", "校长"], st)))
    else:
        story += [Paragraph("本月没有欠费的学生。", st["h2"]),
                  signature_block(["制表人", "校长"], st)]  # fmt: skip
    build_pdf(out, story, title=title, header=title, footer=school, wide=True)


def write_subsidy_pdf(data: Mapping[str, Any], out: Path, school: str) -> None:
    st = styles()
    month = str(data["month"])
    title = _title(school, month, "课后服务教职工补助发放表")
    rows = subsidy_rows(data)
    n_types = len(data.get("day_types") or {})
    widths = [12 * mm, 36 * mm, 30 * mm, *[32 * mm] * n_types, 30 * mm, 55 * mm]
    name = _style(st, 9)
    for row in rows[1:-1]:
        row[1] = name_cell(str(row[1]), name, widths[1], 6.5)
    extra = [("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
             ("ALIGN", (3, 1), (-2, -1), RIGHT)]  # fmt: skip
    story: list[Flowable] = [
        Paragraph(title, st["h1"]),
        KeepWithLastRows(
            table(rows, widths, font_size=9, extra=extra),
            signature_block(["制表人", "校长"], st, seal=True),
        ),
    ]
    build_pdf(out, story, title=title, header=title, footer=school, wide=True)


def _sheet(wb: Workbook, name: str, title: str, rows: list[list[Any]], first: bool) -> None:
    ws = wb.active if first else wb.create_sheet()
    assert ws is not None
    ws.title = name
    ws.append(safe_row([title]))
    ws["A1"].font = Font(bold=True, size=13)
    for row in rows:
        ws.append(safe_row(_number(v) for v in row))
    for col in "ABCDEFGH":
        ws.column_dimensions[col].width = 16


_NUMBER = re.compile(r"-?[\d,]*\d(?:\.\d+)?")


def _number(v: Any) -> Any:
    """Amounts and hours as numbers; anything else (a name like "1e5" or "nan") stays text."""
    if isinstance(v, str) and _NUMBER.fullmatch(v):
        try:
            return float(v.replace(",", ""))
        except ValueError:
            return v
    return v


def write_finance_xlsx(data: Mapping[str, Any], out: Path) -> None:
    school, month = str(data.get("school", "")), str(data["month"])
    money, waivers = finance_rows(data)
    wb = Workbook()
    _sheet(wb, "收支公示", _title(school, month, "课后服务收支公示"), money, True)
    _sheet(wb, "减免名单", _title(school, month, "减免名单"), waivers, False)
    wb.save(out)


def write_subsidy_xlsx(data: Mapping[str, Any], out: Path, school: str) -> None:
    wb = Workbook()
    _sheet(wb, "补助", _title(school, str(data["month"]), "课后服务教职工补助发放表"),
           subsidy_rows(data), True)  # fmt: skip
    wb.save(out)
