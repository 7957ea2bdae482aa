"""The duty-leader roster (带班领导值班表) of a month, for the notice board (A4 portrait)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from after_school_desk.reports.pdf_common import build_pdf, signature_block, styles, table


def roster_story(school: str, month: str, days: Sequence[Mapping[str, Any]]) -> list[Flowable]:
    """``days``: dicts with date, weekday, leader (the duty service's roster shape)."""
    st = styles()
    label = f"{month[:4]}年{int(month[5:7])}月"
    rows: list[list[Any]] = [["日期", "星期", "带班领导", "备注"]]
    rows += [[d["date"], d["weekday"], d["leader"], ""] for d in days]
    counts = Counter(d["leader"] for d in days)
    summary = "、".join(f"{name} {n} 天" for name, n in counts.most_common()) or "本月未排班"
    return [
        Paragraph(f"{school}", st["subtitle"]),
        Paragraph(f"{label} 课后服务带班领导值班表", st["title"]),
        Spacer(1, 5 * mm),
        table(
            rows,
            [40 * mm, 25 * mm, 50 * mm, 60 * mm],
            font_size=11,
            extra=[
                ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
            ],
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            f"合计：{summary}。带班领导因故不能值班的，请提前与他人调换并报校长。", st["base"]
        ),
        signature_block(["校长"], st),
    ]


def write_roster_pdf(
    school: str, month: str, days: Sequence[Mapping[str, Any]], out: Path | BytesIO
) -> None:
    title = f"{school} {month} 带班领导值班表"
    build_pdf(out, roster_story(school, month, days), title=title, header=title, footer=school,
              wide=False)  # fmt: skip
