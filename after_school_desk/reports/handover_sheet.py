"""The paper handover sheet (交接单) of one class and day: printed in advance as the fallback
for a power cut, filled in by hand, and entered into the program afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from after_school_desk.reports.pdf_common import (
    KeepWithLastRows,
    Section,
    build_pdf,
    frame_width,
    name_cell,
    signature_block,
    styles,
    table,
)


@dataclass
class SheetPupil:
    name: str
    national_id: str
    adults: list[str]  # "母亲 王芳 139…"
    self_leave: bool


@dataclass
class HandoverSheet:
    school_name: str
    class_name: str
    date: str
    weekday: str
    window: str  # "16:00–18:00" or ""
    teacher: str
    pupils: list[SheetPupil]


def sheet_story(sheet: HandoverSheet) -> list[Flowable]:
    st = styles()
    width = frame_width(wide=True)
    rows: list[list[Any]] = [["序号", "姓名", "签到", "可接走的人（关系 姓名 电话）", "离校时间",
                              "接走人 / 自行离校", "接走人签字", "备注"]]  # fmt: skip
    fixed = [10 * mm, 30 * mm, 14 * mm, 0.0, 20 * mm, 32 * mm, 34 * mm, 26 * mm]
    fixed[3] = width - sum(fixed)
    name_style = ParagraphStyle("sheet-name", parent=st["cell"], fontSize=8, leading=10)
    for i, p in enumerate(sheet.pupils, 1):
        allowed = "<br/>".join(escape(a) for a in p.adults) or "（未登记）"
        if p.self_leave:
            allowed += "<br/>【有自行离校同意书】"
        rows.append([i, name_cell(p.name, name_style, fixed[1], 6), "",
                     Paragraph(allowed, st["cell"]), "", "", "", ""])  # fmt: skip
    return [
        Paragraph(f"{sheet.school_name}　课后服务放学交接单", st["h1"]),
        Section(sheet.class_name),  # continuation pages name the class
        Paragraph(
            f"班级：{sheet.class_name}　日期：{sheet.date}（{sheet.weekday}）"
            f"　服务时间：{sheet.window or '—'}　班主任：{sheet.teacher or '—'}"
            f"　共 {len(sheet.pupils)} 人",
            st["base"],
        ),
        Paragraph(
            "停电或电脑不能用时使用：签到栏打 √，缺席写 ×，请假写 假；学生离校时填写时间并由接走人签字。"
            "恢复后请把本单内容补录到课后服务台。",
            st["small"],
        ),
        Spacer(1, 3 * mm),
        KeepWithLastRows(
            table(
                rows,
                fixed,
                font_size=8,
                extra=[
                    ("ALIGN", (0, 1), (0, -1), "CENTER"),
                    ("TOPPADDING", (0, 1), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                ],
            ),
            signature_block(["管理教师", "带班领导"], st),
        ),
    ]


def write_handover_sheet(sheet: HandoverSheet, out: Path | BytesIO) -> None:
    title = f"{sheet.school_name} {sheet.class_name} 交接单 {sheet.date}"
    build_pdf(out, sheet_story(sheet), title=title, header=title, footer=sheet.school_name)


def write_handover_sheets(sheets: list[HandoverSheet], out: Path | BytesIO) -> None:
    """Several classes' sheets of one day in one PDF, each class starting on a new page."""
    if not sheets:
        raise ValueError("no sheets")
    if len(sheets) == 1:
        write_handover_sheet(sheets[0], out)
        return
    first = sheets[0]
    story: list[Flowable] = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story += sheet_story(sheet)
    title = f"{first.school_name} 交接单 {first.date}"
    build_pdf(out, story, title=title, header=title, footer=first.school_name)
