"""The finance notice (收支公示 with the public waiver list) and the staff subsidy sheet, as
PDF and XLSX, from the money module's month data (finance_month / subsidy_month)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.reports.pdf_common import build_pdf, signature_block, styles, table


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


def write_finance_pdf(data: Mapping[str, Any], out: Path) -> None:
    st = styles()
    school, month = str(data.get("school", "")), str(data["month"])
    money, waivers = finance_rows(data)
    title = _title(school, month, "课后服务收支公示")
    story: list[Flowable] = [
        Paragraph(title, st["h1"]),
        table(money, [80 * mm, 50 * mm], font_size=10),
        Spacer(1, 6 * mm),
        Paragraph("减免名单（经家长同意公示；只列班级、姓名和金额）", st["h2"]),
        table(waivers, [15 * mm, 40 * mm, 30 * mm, 40 * mm], font_size=10)
        if len(waivers) > 1
        else Paragraph("本月无公示的减免。", st["base"]),
        Spacer(1, 4 * mm),
        Paragraph("公示期内如有疑问，请向学校办公室反映。", st["base"]),
        signature_block(["经办人", "校长"], st),
    ]
    build_pdf(out, story, title=title, header=title, footer=school, wide=False)


def write_subsidy_pdf(data: Mapping[str, Any], out: Path, school: str) -> None:
    st = styles()
    month = str(data["month"])
    title = _title(school, month, "课后服务教职工补助发放表")
    rows = subsidy_rows(data)
    n_types = len(data.get("day_types") or {})
    widths = [12 * mm, 30 * mm, 30 * mm, *[32 * mm] * n_types, 30 * mm, 55 * mm]
    extra = [("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]
    story: list[Flowable] = [
        Paragraph(title, st["h1"]),
        table(rows, widths, font_size=9, extra=extra),
        signature_block(["制表人", "校长"], st),
    ]
    build_pdf(out, story, title=title, header=title, footer=school, wide=True)


def _sheet(wb: Workbook, name: str, title: str, rows: list[list[Any]], first: bool) -> None:
    ws = wb.active if first else wb.create_sheet()
    assert ws is not None
    ws.title = name
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    for row in rows:
        ws.append([_number(v) for v in row])
    for col in "ABCDEFGH":
        ws.column_dimensions[col].width = 16


def _number(v: Any) -> Any:
    if isinstance(v, str):
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
