"""Direct-report indicators for a played week, the reference sheet, the CSV and a county template."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from after_school_desk.reports.direct_report import (
    HEADER,
    INDICATORS,
    fill_template,
    write_csv,
    write_xlsx,
)
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import reports
from tests.unit.report_month import play_week


@pytest.fixture
def values(school_ctx: ServiceContext, clock: FixedClock) -> dict:
    play_week(school_ctx, clock)
    return reports.direct_report(school_ctx, "2026-11")


def test_indicators_for_the_played_week(values: dict) -> None:
    assert list(values) == ["header", *INDICATORS]  # the file's header first (format 2)
    assert values["header"]["format_version"] == 2
    assert values["header"]["month"] == "2026-11"
    assert values["header"]["reference_day"] == "2026-11-06"
    assert values["header"]["month_closed"] is False
    assert values["header"]["snapshot_hash"] is None
    assert values["header"]["generated_at"].startswith("2026-11-06T20:00")
    assert values["month"] == "2026-11"
    assert values["offers_service"] is True
    assert values["pupils_total"] == 6
    assert values["pupils_enrolled"] == 3  # 学生00, 学生01 (withdrawn 11-05), 学生10 (from 11-04)
    assert values["participation_rate"] == 0.5
    assert values["service_days"] == 5
    # Was "1, only 学生00 was enrolled and present all week": perfect attendance, which is not
    # the national 每周5天全程参加 (a participation pattern: enrolled for all five days of a
    # Mon–Fri service week). Every participant here is, so 3; perfect attendance stays apart.
    assert values["pupils_all_five_days"] == 3
    assert values["pupils_full_attendance"] == 1  # only 学生00 was present every day
    # enrolled pupil-days 5 + 3 + 3 = 11, present 5 + 1 + 2 = 8
    assert values["attendance_rate"] == round(8 / 11, 4)
    assert values["absences"] == 2
    assert values["absences_followed_up"] == 1
    assert values["late_pickups"] == 1
    assert values["avg_service_minutes"] == 120
    assert values["end_time_latest"] == "18:00"
    assert values["pupils_priority"] == dict.fromkeys(
        ["left_behind", "migrant", "disabled", "hardship", "low_income"], 0
    )
    assert values["voluntary_agreements"] >= 0
    assert isinstance(values["teachers_total"], int) and values["teachers_total"] >= 4


def test_reference_sheet_xlsx_and_csv(values: dict, tmp_path: Path) -> None:
    xlsx, text = tmp_path / "d.xlsx", tmp_path / "d.csv"
    write_xlsx(values, xlsx)
    write_csv(values, text)
    ws = openpyxl.load_workbook(xlsx).active
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["直报参考"]
    cells = list(ws.iter_rows(values_only=True))
    head = {row[0]: row[1] for row in cells[1:9]}  # the file's header under the title
    assert head["格式版本"] == 2 and head["填报月份"] == "2026-11"
    assert head["本月是否已月结"] == "否" and head["统计截止日"] == "2026-11-06"
    by_key = {row[2]: row[1] for row in cells[11:]}  # 指标, 填报值, 字段
    assert by_key["pupils_enrolled"] == 3
    # Was the text "50.0%" while the JSON said 0.5 and the note said 0–1: one fraction now.
    assert by_key["participation_rate"] == 0.5 == values["participation_rate"]
    assert by_key["offers_service"] == "是"
    notes = {row[1]: row[2] for row in wb["指标说明"].iter_rows(min_row=2, values_only=True)}
    assert set(notes) == {f"header.{k}" for k in HEADER} | set(INDICATORS)
    assert "0–1" in notes["participation_rate"]
    with text.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[:2] == [["文件格式", "after-school-desk/direct-report"], ["格式版本", "2"]]
    table = rows[rows.index([]) + 1 :]  # a blank line after the header
    assert table[0] == ["指标", "填报值", "说明", "字段"]
    by_field = {r[3]: r[1] for r in table[1:]}
    assert by_field["pupils_enrolled"] == "3"
    assert by_field["participation_rate"] == "0.5"


def test_county_template_is_filled(values: dict, tmp_path: Path) -> None:
    template = tmp_path / "county.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "学生数"
    ws["B1"] = "{{pupils_enrolled}}"
    ws["B2"] = "{{ participation_rate }}"
    ws["B3"] = "{{boarding}}"
    ws["B4"] = "{{pupils_priority.left_behind}}"
    ws["C1"] = "{{school_name}}（{{month}}）"
    ws["C2"] = "{{no_such_key}}"
    wb.save(template)
    out = tmp_path / "filled.xlsx"
    unknown = fill_template(values, template, out)
    assert unknown == ["no_such_key"]
    filled = openpyxl.load_workbook(out).active
    assert filled["B1"].value == 3 and isinstance(filled["B1"].value, int)
    assert filled["B2"].value == 0.5
    assert filled["B3"].value == "否"
    assert filled["B4"].value == 0
    assert filled["C1"].value == f"{values['school_name']}（2026-11）"
    assert filled["C2"].value == "{{no_such_key}}"


def test_cli_direct_json_and_refusals(
    school_ctx: ServiceContext,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from after_school_desk.cli import report_cmds

    play_week(school_ctx, clock)
    import argparse
    import json

    args = argparse.Namespace(month="2026-11", out=None, template=None, json=True)
    from after_school_desk.errors import ValidationError

    with pytest.raises(ValidationError, match="--school-code"):  # the JSON names its school
        report_cmds.cmd_direct(args, school_ctx)
    args.school_code = "6401220001"
    assert report_cmds.cmd_direct(args, school_ctx) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["pupils_enrolled"] == 3
    assert printed["envelope"]["school_code"] == "6401220001"
    from after_school_desk.errors import InputFileError

    with pytest.raises(InputFileError):
        report_cmds.cmd_direct(
            argparse.Namespace(month="2026-11", out=str(tmp_path / "x.txt"), template=None,
                               json=False), school_ctx)  # fmt: skip
    with pytest.raises(ValidationError):
        reports.direct_report(school_ctx, "2026-13")


def test_last_terms_enrolment_does_not_count_this_term(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    from after_school_desk.services.school import enrolment
    from after_school_desk.services.school.setup import add_term_in

    play_week(school_ctx, clock)
    with school_ctx.write() as conn:
        add_term_in(school_ctx, conn, "2026-02-20", "2026-07-10")
    enrolment.enroll(school_ctx, ["G10200000"], start="2026-03-02", approve=True)
    values = reports.direct_report(school_ctx, "2026-11")
    assert values["pupils_enrolled"] == 3  # the spring enrolment ended with its term
    spring = reports.direct_report(school_ctx, "2026-03")
    assert spring["pupils_enrolled"] == 1
