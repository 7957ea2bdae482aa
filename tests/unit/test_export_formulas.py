"""Exports safe from formulas: a name typed as ``=HYPERLINK(…)`` is text in every CSV and XLSX.

OWASP's rule: a text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a line break gets a
single quote in front; in XLSX it is also a string cell, never a formula. Numbers stay numbers.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from after_school_desk.reports import direct_report, money_sheets
from after_school_desk.reports.safe_cells import safe_row, safe_text
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts, outbox
from after_school_desk.services.month import reports
from after_school_desk.services.school import enrolment
from tests.unit.daily_school import DAY, build
from tests.unit.report_month import play_week

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "@SUM(A1)",
    "-2+3",
    "\tx",
    "=**1",
    "=cmd|' /C calc'!A0",
]


def inert_csv(field: str) -> bool:
    return not field.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


def xlsx_cells(path: Path) -> list[Any]:
    wb = openpyxl.load_workbook(path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def assert_xlsx_inert(path: Path, expected: list[str]) -> None:
    cells = xlsx_cells(path)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    for c in cells:
        if isinstance(c.value, str):
            assert c.data_type == "s" and inert_csv(c.value), (c.coordinate, c.value)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    for name in expected:
        assert any(("'" + name) in t for t in texts), name


def test_the_rule() -> None:
    assert [safe_text(h)[0] for h in HOSTILE] == ["'"] * len(HOSTILE)
    assert safe_text("\rx") == "'\rx" and safe_text("张三") == "张三" and safe_text("") == ""
    assert safe_text("张=三") == "张=三"
    assert safe_row([-5, 1.5, None, "-5", True]) == [-5, 1.5, None, "'-5", True]


def test_outbox_csv(school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path) -> None:
    build(school_ctx)
    enrolment.enroll(school_ctx, ["G10000000", "G10000001"], start=DAY, approve=True)
    conn = school_ctx.store.conn
    conn.execute("UPDATE pupil SET name = ? WHERE national_id = 'G10000000'", (HOSTILE[0],))
    conn.execute("UPDATE pupil SET name = ? WHERE national_id = 'G10000001'", (HOSTILE[1],))
    conn.execute("UPDATE pupil_adult SET name = ? WHERE name = '母亲00'", (HOSTILE[2],))
    conn.execute("UPDATE pupil_adult SET name = ? WHERE name = '母亲01'", (HOSTILE[4],))
    clock.set(datetime.fromisoformat(f"{DAY}T16:50:00+08:00"))
    assert alerts.alerts(school_ctx)
    assert outbox.queue_alert_messages(school_ctx) == 2
    target = tmp_path / "out.csv"
    assert outbox.export_csv(school_ctx, target) == 2
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    fields = [f for r in rows for f in r]
    assert all(inert_csv(f) for f in fields), fields
    for name in (HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[4]):
        assert "'" + name in fields, rows


@pytest.fixture
def values(school_ctx: ServiceContext, clock: FixedClock) -> dict:
    play_week(school_ctx, clock)
    found = reports.direct_report(school_ctx, "2026-11")
    found["school_name"] = HOSTILE[0]
    found["county"] = HOSTILE[3]
    found["end_time_latest"] = HOSTILE[5]
    found["header"] = {**found["header"], "school_name": HOSTILE[2]}
    return found


def test_direct_report_csv_xlsx_and_template(values: dict, tmp_path: Path) -> None:
    text, xlsx = tmp_path / "d.csv", tmp_path / "d.xlsx"
    direct_report.write_csv(values, text)
    with text.open(encoding="utf-8-sig", newline="") as fh:
        fields = [f for r in csv.reader(fh) for f in r]
    assert all(inert_csv(f) for f in fields), [f for f in fields if not inert_csv(f)]
    assert "'" + HOSTILE[0] in fields and "'" + HOSTILE[5] in fields
    direct_report.write_xlsx(values, xlsx)
    assert_xlsx_inert(xlsx, [HOSTILE[0], HOSTILE[5]])
    template = tmp_path / "county.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "{{school_name}}"
    ws["A2"] = "{{county}}（{{month}}）"
    ws["A3"] = "{{pupils_enrolled}}"
    ws["A4"] = "{{end_time_latest}}"
    wb.save(template)
    out = tmp_path / "filled.xlsx"
    direct_report.fill_template(values, template, out)
    filled = openpyxl.load_workbook(out).active
    assert filled is not None
    assert filled["A1"].value == "'" + HOSTILE[0] and filled["A1"].data_type == "s"
    assert filled["A2"].value.startswith("'-2+3") and filled["A2"].data_type == "s"
    assert filled["A3"].value == 3 and filled["A3"].data_type == "n"
    assert filled["A4"].value == "'=**1" and filled["A4"].data_type == "s"


def test_subsidy_and_finance_xlsx(tmp_path: Path) -> None:
    subsidy = {
        "month": "2026-11",
        "day_types": {"workday": "工作日"},
        "people": [
            {"name": h, "category_label": "教师", "hours": {"workday": "1.5"}, "amount_fen": -1250}
            for h in HOSTILE
        ],
        "total_fen": -8750,
    }
    out = tmp_path / "s.xlsx"
    money_sheets.write_subsidy_xlsx(subsidy, out, HOSTILE[3])
    assert_xlsx_inert(out, HOSTILE)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[2][3] == 1.5 and rows[2][4] == -12.5  # numbers stay numbers, negative too
    finance = {
        "month": "2026-11", "school": HOSTILE[0], "charged_fen": 100, "waived_fen": 50,
        "paid_fen": 50, "refunded_fen": -10, "income_fen": 50, "expenses_fen": 0,
        "balance_fen": 50, "expenses": [{"category": HOSTILE[1], "fen": 10}],
        "other_income": [],
        "public_waivers": [{"class": HOSTILE[4], "name": "=**1", "fen": 5000},
                           {"class": "一年级(1)班", "name": "1e5", "fen": 5000}],
    }  # fmt: skip
    out = tmp_path / "f.xlsx"
    money_sheets.write_finance_xlsx(finance, out)
    assert_xlsx_inert(out, ["=**1", HOSTILE[0], HOSTILE[4]])
    waivers = list(openpyxl.load_workbook(out)["减免名单"].iter_rows(values_only=True))
    assert waivers[2] == (1, "'" + HOSTILE[4], "'=**1", 50.0)
    assert waivers[3][2] == "1e5"  # a name that looks like a number is still the name
    money = list(openpyxl.load_workbook(out)["收支公示"].iter_rows(values_only=True))
    assert ("退费", -0.1) in money
