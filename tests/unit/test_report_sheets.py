"""The handover sheet, the duty roster and the money sheets render with their content."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from after_school_desk.reports import money_sheets
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import reports
from tests.unit.report_month import play_week


def _text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def test_handover_sheet_lists_pupils_and_adults(
    school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    out = tmp_path / "h.pdf"
    n = reports.handover_sheet_pdf(school_ctx, "一年级(1)班", "2026-11-09", out)
    assert n == 1  # 学生01 withdrew on 11-05
    text = _text(out)
    assert "学生00" in text and "母亲00" in text and "学生01" not in text
    assert "舅舅00" not in text  # may not collect


def test_money_sheets_public_list_has_no_national_id(tmp_path: Path) -> None:
    data = {
        "month": "2026-11", "school": "测试小学", "charged_fen": 10000, "waived_fen": 5000,
        "paid_fen": 5000, "refunded_fen": 0, "income_fen": 5000, "expenses_fen": 1200,
        "balance_fen": 3800, "expenses": [{"category": "教师补助", "fen": 1200}],
        "waivers": [{"national_id": "G123456789", "name": "张小明", "class": "一年级(1)班",
                     "kind": "registered_poor", "fen": 5000}],
        "public_waivers": [{"class": "一年级(1)班", "name": "张*明", "fen": 5000}],
    }  # fmt: skip
    pdf, xlsx = tmp_path / "f.pdf", tmp_path / "f.xlsx"
    money_sheets.write_finance_pdf(data, pdf)
    money_sheets.write_finance_xlsx(data, xlsx)
    text = _text(pdf)
    assert "张*明" in text and "G123456789" not in text and "张小明" not in text
    assert "38.00" in text
    wb = openpyxl.load_workbook(xlsx)
    assert [r for r in wb["减免名单"].iter_rows(values_only=True)][2] == (
        1,
        "一年级(1)班",
        "张*明",
        50.0,
    )
