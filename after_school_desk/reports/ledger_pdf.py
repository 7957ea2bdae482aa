"""The monthly ledger (课后服务工作台账) as an A4 landscape PDF, ready to sign and archive."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from after_school_desk.domain.calendar import WEEKDAY_LABELS
from after_school_desk.reports import charts
from after_school_desk.reports.ledger_data import ClassLedger, Ledger, record_label
from after_school_desk.reports.month_facts import MARK_LEGEND
from after_school_desk.reports.pdf_common import (
    GRID_GREY,
    HEAD_FILL,
    KeepWithLastRows,
    Progress,
    Section,
    build_pdf,
    cell_text,
    frame_width,
    name_cell,
    signature_block,
    styles,
    table,
)

WIDTH = frame_width(wide=True)
NAME_W = 24 * mm  # the name column of the class grids: 12 characters at 5 pt still fit
NO_VIOLATIONS = "本月未发现不符合政策配置的情况。"


def weekday_label(day: str) -> str:
    return WEEKDAY_LABELS[date.fromisoformat(day).weekday()]


def month_label(month: str) -> str:
    return f"{month[:4]}年{int(month[5:7])}月"


def _figures(ledger: Ledger, st: dict[str, Any]) -> Table:
    """The month's figures in two label/value column pairs."""
    leaders = "、".join(f"{name}（{n}天）" for name, n in ledger.leaders) or "（本月未排班）"
    present = sum(d.present for d in ledger.daily)
    enrolled = sum(d.enrolled for d in ledger.daily)
    rate = f"{present / enrolled * 100:.1f}%" if enrolled else "—"
    followed = sum(1 for c in ledger.classes for f in c.followups if f.minutes is not None)
    pairs: list[tuple[str, Any]] = [
        ("学校", ledger.school_name),
        ("所属县（区）", ledger.county),
        ("上课日 / 课后服务日（已开展）",
         f"{ledger.school_days} 天 / {ledger.service_days_held} 天（计划 {ledger.service_days_planned} 天）"),
        ("参加课后服务学生", f"{ledger.participants} 人"),
        ("出勤人次 / 应到人次（出勤率）", f"{present} / {enrolled}（{rate}）"),
        ("请假 / 缺席 / 迟到人次", f"{sum(d.leave for d in ledger.daily)} / "
         f"{sum(d.absent for d in ledger.daily)} / {sum(d.late_arrivals for d in ledger.daily)}"),
        ("缺席跟进（已联系上 / 未关闭）", f"{followed} / {ledger.followups_open} 人次"),
        ("延迟接走 / 延时托管人次", f"{sum(d.late_pickups for d in ledger.daily)} / "
         f"{sum(d.extended for d in ledger.daily)}"),
        ("参与管理的教师", f"{len(ledger.teachers)} 人，共 "
         f"{sum(t.minutes for t in ledger.teachers) / 60:.1f} 小时"),
    ]  # fmt: skip
    if ledger.compliance is not None:
        found = len(ledger.compliance.lines)
        text = f"{found} 处不符合（见第三部分）" if found else "未发现问题"
        if ledger.compliance.manual:
            text += f"；需人工确认 {len(ledger.compliance.manual)} 项（见第四部分）"
        pairs.append(("合规检查", Paragraph(text, st["base"])))  # long: wraps in its cell
    else:
        pairs.append(("", ""))
    rows: list[list[Any]] = [
        [pairs[i][0], pairs[i][1], pairs[i + 1][0], pairs[i + 1][1]]
        for i in range(0, len(pairs) - 1, 2)
    ]
    rows.append(["本月带班领导", Paragraph(leaders, st["base"]), "", ""])
    extra: list[tuple[Any, ...]] = [
        ("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
        ("BACKGROUND", (2, 0), (2, -2), HEAD_FILL),
    ]
    if (
        ledger.as_of < f"{ledger.month}-31"
        and ledger.service_days_held < ledger.service_days_planned
    ):
        rows.append(["统计截至", f"{ledger.as_of}（本月尚未结束）", "", ""])
        extra.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    return table(rows, [62 * mm, WIDTH / 2 - 62 * mm] * 2, font_size=9, header_rows=0,
                 extra=extra)  # fmt: skip


FLAT = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip


def _row(cells: list[Flowable], widths: list[float]) -> Table:
    return Table([cells], colWidths=widths, style=TableStyle(FLAT))


def _chart_grid(ledger: Ledger) -> Table:
    """The four charts of the month, two rows of two, sized to share the cover page."""
    h = 150.0
    half = WIDTH / 2
    wide, narrow = WIDTH * 0.62, WIDTH * 0.38
    top = _row([charts.daily_participation(ledger.daily, half - 4, h),
                charts.late_pickups(ledger.daily, half - 4, h)], [half, half])  # fmt: skip
    bottom = _row([charts.class_attendance(ledger.class_rates, wide - 4, h),
                   charts.absences_followup(ledger.daily, ledger.followup_minutes,
                                            ledger.followups_open, narrow - 4, h)],
                  [wide, narrow])  # fmt: skip
    return Table([[top], [bottom]], colWidths=[WIDTH], style=TableStyle(FLAT))


def _cover(ledger: Ledger, st: dict[str, Any]) -> list[Flowable]:
    """Title, the month's figures and its charts on one page (a principal would rather look)."""
    return [
        Paragraph(ledger.school_name, st["subtitle"]),
        Paragraph(f"课后服务工作台账（{month_label(ledger.month)}）", st["title"]),
        Spacer(1, 2 * mm),
        _figures(ledger, st),
        Spacer(1, 3 * mm),
        _chart_grid(ledger),
        PageBreak(),
    ]


def _compliance(ledger: Ledger, st: dict[str, Any]) -> list[Flowable]:
    section = ledger.compliance
    if section is None:
        return []
    head = (f"三、合规检查（依据：{section.profile_name}；检查了 {section.days_checked} 个"
            "服务日的记录）")  # fmt: skip
    if not section.lines:
        return [Paragraph(head, st["h1"]), Paragraph(NO_VIOLATIONS, st["base"])]
    rows: list[list[Any]] = [["序号", "日期", "问题", "情况说明", "违反的条款", "所指记录"]]
    widths = [10 * mm, 22 * mm, 32 * mm, 70 * mm, WIDTH - 164 * mm, 30 * mm]
    cell = st["cell"]
    rows += [
        [i, v.day, cell_text(v.label, cell, widths[2]), cell_text(v.message, cell, widths[3]),
         cell_text(v.citation, cell, widths[4]), Paragraph(record_label(v.record_ref), st["small"])]
        for i, v in enumerate(section.lines, 1)
    ]  # fmt: skip
    return [
        Paragraph(head, st["h1"]),
        Paragraph(f"本月共发现 {len(section.lines)} 处记录与政策配置不符，逐条列出如下：", st["base"]),
        Spacer(1, 2 * mm),
        table(rows, widths, extra=[("ALIGN", (0, 1), (0, -1), "CENTER")]),
    ]  # fmt: skip


def _duty(ledger: Ledger, st: dict[str, Any]) -> list[Flowable]:
    """Duty leaders, teachers' hours and the compliance check (sections 一 to 三)."""
    rows: list[list[Any]] = [["日期", "星期", "排班领导", "到岗领导", "到岗时间", "突发情况及处理",
                              "签结（时间、签结人）"]]  # fmt: skip
    widths = [24 * mm, 16 * mm, 28 * mm, 28 * mm, 18 * mm, 106 * mm, 53 * mm]
    cell = st["cell"]
    for d in ledger.duty:
        rows.append([d.date, d.weekday, name_cell(d.rostered, cell, widths[2], 6),
                     name_cell(d.leader, cell, widths[3], 6), d.on_post,
                     cell_text(d.incidents, cell, widths[5]),
                     cell_text(d.signed_off, cell, widths[6])])  # fmt: skip
    teachers: list[list[Any]] = [["管理教师", "管理天数", "服务时长（小时）"]]
    teachers += [[name_cell(t.name, cell, 50 * mm, 6), t.days, f"{t.minutes / 60:.1f}"]
                 for t in ledger.teachers]  # fmt: skip
    return [
        Paragraph("一、带班领导值班记录", st["h1"]),
        table(rows, widths),
        Spacer(1, 6 * mm),
        Paragraph("二、管理教师及服务时长", st["h1"]),
        table(teachers, [50 * mm, 30 * mm, 40 * mm]),
        Spacer(1, 6 * mm),
        *_compliance(ledger, st),
        PageBreak(),
    ]


def _grid_style(font_size: float) -> ParagraphStyle:
    """The "cell" style at a grid's font size (names measured and shrunk in it)."""
    base = styles()["cell"]
    return ParagraphStyle(f"grid{font_size}", parent=base, fontSize=font_size,
                          leading=font_size + 2)  # fmt: skip


def _attendance_grid(c: ClassLedger) -> Table:
    n = len(c.days)
    fixed = 8 * mm + NAME_W + 4 * 9 * mm
    day_w = min(12 * mm, (WIDTH - fixed) / max(n, 1))
    head1 = ["序号", "姓名", *[d[8:] for d in c.days], "出勤", "迟到", "请假", "缺席"]
    head2 = ["", "", *[weekday_label(d) for d in c.days], "", "", "", ""]
    rows: list[list[Any]] = [head1, head2]
    grid = _grid_style(7)
    for i, p in enumerate(c.pupils, 1):
        rows.append([i, name_cell(p.name, grid, NAME_W, 5), *p.marks, p.present, p.late,
                     p.leave, p.absent])  # fmt: skip
    spans = [("SPAN", (i, 0), (i, 1)) for i in (0, 1, n + 2, n + 3, n + 4, n + 5)]
    return table(rows, [8 * mm, NAME_W, *[day_w] * n, *[9 * mm] * 4], font_size=7,
                 header_rows=2, extra=[*spans, ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                        ("ALIGN", (0, 1), (0, -1), "CENTER")])  # fmt: skip


def _departure_grid(c: ClassLedger, st: dict[str, Any]) -> Table:
    n = len(c.days)
    who_w = 52 * mm
    day_w = (WIDTH - 8 * mm - NAME_W - who_w) / max(n, 1)
    small = st["small"]
    grid = _grid_style(5.5)
    rows: list[list[Any]] = [["序号", "姓名", *[d[8:] for d in c.days], "接走人（次数）"]]
    for i, p in enumerate(c.pupils, 1):
        rows.append([i, name_cell(p.name, grid, NAME_W, 5), *p.departures,
                     cell_text(p.collectors, small, who_w)])  # fmt: skip
    # the collectors' column in the "small" style, so a plain string there prints as its
    # Paragraph would
    return table(rows, [8 * mm, NAME_W, *[day_w] * n, who_w], font_size=5.5,
                 extra=[("ALIGN", (2, 1), (-2, -1), "CENTER"),
                        ("ALIGN", (0, 1), (0, -1), "CENTER"),
                        ("FONTSIZE", (-1, 1), (-1, -1), small.fontSize),
                        ("LEADING", (-1, 1), (-1, -1), small.leading)])  # fmt: skip


def _blank_or(text: str, style: ParagraphStyle, col_width: float) -> str | Paragraph:
    """``cell_text`` for a grid whose every row has a date in its first column, in the
    grid's own style: there an empty cell may be a plain empty string (it is no taller than
    the date, and prints nothing), which costs nothing to lay out, unlike an empty Paragraph
    (a large school's follow-ups have thousands without a reason or a call)."""
    return cell_text(text, style, col_width) if text else ""


def _class_section(c: ClassLedger, st: dict[str, Any]) -> list[Flowable]:
    cell = st["cell"]
    head = f"{c.name}　班主任：{c.head_teacher or '（未设）'}　参加学生 {len(c.pupils)} 人"
    story: list[Flowable] = [
        Paragraph(head, st["h1"]),
        Section(c.name),  # continuation pages name the class
        Paragraph("1. 出勤记录　" + MARK_LEGEND, st["h2"]),
        _attendance_grid(c),
        CondPageBreak(40 * mm),
        Paragraph("2. 离校记录（签退时间；自 = 自行离校，延 = 延时托管）", st["h2"]),
        _departure_grid(c, st),
    ]
    if c.followups:
        w = [24 * mm, 30 * mm, 45 * mm, 102 * mm, 50 * mm, 22 * mm]
        rows: list[list[Any]] = [["日期", "学生", "原因", "联系家长情况", "结果", "用时（分钟）"]]
        rows += [[f.date, name_cell(f.name, cell, w[1], 6), _blank_or(f.reason, cell, w[2]),
                  _blank_or(f.contacts, cell, w[3]), _blank_or(f.outcome, cell, w[4]),
                  "" if f.minutes is None else f.minutes]
                 for f in c.followups]  # fmt: skip
        story += [CondPageBreak(30 * mm), Paragraph("3. 缺席跟进", st["h2"]), table(rows, w)]
    else:
        story.append(Paragraph("3. 缺席跟进：本月无缺席。", st["h2"]))
    if c.late_pickups:
        rows = [["日期", "学生", "服务结束", "离校时间", "接走人", "联系家长情况", "延时托管"]]
        w = [24 * mm, 30 * mm, 18 * mm, 18 * mm, 40 * mm, 123 * mm, 20 * mm]
        rows += [[lp.date, name_cell(lp.name, cell, w[1], 6), lp.service_end, lp.left_at,
                  name_cell(lp.adult, cell, w[4], 6),
                  cell_text(lp.contacts, cell, w[5]), "是" if lp.extended else ""]
                 for lp in c.late_pickups]  # fmt: skip
        story += [CondPageBreak(30 * mm), Paragraph("4. 延迟接走", st["h2"]), table(rows, w)]
    else:
        story.append(Paragraph("4. 延迟接走：本月无延迟接走。", st["h2"]))
    w = [24 * mm, 28 * mm, 26 * mm, WIDTH - 78 * mm]
    rows = [["日期", "管理教师", "在岗时间", "服务内容（作业辅导、社团活动等）"]]
    rows += [[x.date, name_cell(x.supervisor, cell, w[1], 6), x.hours,
              cell_text(x.content or "（未记录）", cell, w[3])]
             for x in c.content]  # fmt: skip
    story += [CondPageBreak(30 * mm), Paragraph("5. 每日服务内容及管理教师", st["h2"]),
              KeepWithLastRows(table(rows, w), signature_block(["班主任"], st)),
              PageBreak()]  # fmt: skip
    return story


MANUAL_INTRO = (
    "以下事项无法从签到、交接、收支等记录中核对，由负责人逐项核实后在“确认情况”中勾选，"
    "并签字、写明日期；核实不属实的，请在表下写明情况。"
)


def _manual(ledger: Ledger, st: dict[str, Any]) -> list[Flowable]:
    """Section 四: the duties no record shows, a line each to confirm and sign."""
    section = ledger.compliance
    if section is None or not section.manual:
        return []
    cell = st["cell"]
    widths = [10 * mm, 70 * mm, WIDTH - 178 * mm, 30 * mm, 38 * mm, 30 * mm]
    rows: list[list[Any]] = [["序号", "需确认的事项", "依据（条款原文）", "确认情况",
                              "确认人（签字）", "日期"]]  # fmt: skip
    rows += [
        [i, cell_text(m.statement, cell, widths[1]), cell_text(m.citation, cell, widths[2]),
         "□属实　□不属实", "", "　　月　　日"]
        for i, m in enumerate(section.manual, 1)
    ]  # fmt: skip
    pad = [("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
           ("ALIGN", (0, 1), (0, -1), "CENTER")]  # fmt: skip
    return [
        Paragraph("四、需人工确认的事项", st["h1"]),
        Section("需人工确认的事项"),
        Paragraph(MANUAL_INTRO, st["base"]),
        Spacer(1, 2 * mm),
        table(rows, widths, extra=pad),
        Spacer(1, 3 * mm),
        Table(
            [["情况说明：", ""], ["", ""]],
            colWidths=[22 * mm, WIDTH - 22 * mm],
            rowHeights=[9 * mm, 9 * mm],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("LINEBELOW", (1, 0), (1, -1), 0.4, GRID_GREY),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ]
            ),
        ),
        Spacer(1, 8 * mm),
    ]


def _closing(ledger: Ledger, st: dict[str, Any]) -> list[Flowable]:
    leaders = [name for name, _ in ledger.leaders] or ["带班领导"]
    manual = _manual(ledger, st)
    return [
        *manual,
        Paragraph("五、审核确认" if manual else "四、审核确认", st["h1"]),
        Section(""),
        Paragraph("以上记录由课后服务台根据每日签到、交接和值班记录生成，经核对无误。", st["base"]),
        signature_block([f"带班领导 {n}" for n in leaders] + ["校长"], st, seal=True),
        Spacer(1, 8 * mm),
        Paragraph("数据校验码：", st["small"]),
        Paragraph(ledger.audit_head, st["small"]),
    ]


# The first pages shown while a whole-school ledger is made: the cover, the duty record and
# this many classes (a few seconds sooner than the whole, at a large school).
FIRST_PART_CLASSES = 1


def ledger_story(ledger: Ledger, classes: int | None = None) -> list[Flowable]:
    """The whole ledger; ``classes``: only its first pages, up to that many classes."""
    st = styles()
    story = _cover(ledger, st) + _duty(ledger, st)
    story.append(Paragraph("各班记录", st["h1"]))
    for c in ledger.classes[:classes]:
        story += _class_section(c, st)
    if not ledger.classes:
        story += [Paragraph("本月没有学生参加课后服务。", st["base"]), PageBreak()]
    return story if classes is not None else story + _closing(ledger, st)


def has_first_part(ledger: Ledger) -> bool:
    """Whether the ledger is long enough for its first pages to be shown before the rest."""
    return len(ledger.classes) > FIRST_PART_CLASSES


def write_ledger_pdf(
    ledger: Ledger, out: Path | BytesIO, progress: Progress | None = None, first_part: bool = False
) -> None:
    """The ledger as a PDF; ``first_part``: only its first pages (``FIRST_PART_CLASSES``)."""
    title = f"{ledger.school_name} 课后服务工作台账 {month_label(ledger.month)}"
    story = ledger_story(ledger, FIRST_PART_CLASSES if first_part else None)
    build_pdf(out, story, title=title, header=title, footer=f"{ledger.county} · {ledger.school_name}",
              progress=progress, whole=not first_part)  # fmt: skip
