"""The direct report right in every field for a month with fees, payments, 财政补助, staff who
served and staff who did not; figures as of the month, never today's; empty months refused.

The money school (city plan 2024, primary, service Mon/Tue/Thu/Fri, 150 元 a month) with its
eight pupils enrolled since September; the clock stands at 2026-12-20. The staff were added on
1 September.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.errors import ValidationError
from after_school_desk.services.base.classes import find_class
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty
from after_school_desk.services.money import billing, expenses, fees, payments, subsidies
from after_school_desk.services.month import reports
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.staff import add_staff, set_head_teacher, set_staff_active
from tests.unit.money_school import CLASS, add_pupils, money_ctx


@pytest.fixture
def mctx(ctx: ServiceContext) -> ServiceContext:
    m = money_ctx(ctx)
    add_pupils(m)
    fees.set_fee(m, "150", "month", approval="某价〔2026〕12号", start="2026-09-01")
    september = replace(m, clock=FixedClock(datetime.fromisoformat("2026-09-01T08:00:00+08:00")))
    add_staff(september, "王老师", "teacher")
    add_staff(september, "李主任", "duty_leader")
    add_staff(september, "赵老师", "teacher")  # never supervises; leaves in December
    add_staff(september, "退休张老师", "external", vetting="filed", vetting_note="退休教师")
    add_staff(september, "志愿者小刘", "external", vetting="pending", vetting_note="志愿者")
    add_staff(september, "志愿者小陈", "external", vetting="pending", vetting_note="志愿者")
    set_head_teacher(m, CLASS, "王老师")
    class_id = find_class(m, CLASS)["id"]
    duty.set_supervisor(m, class_id, "2026-11-02", staff_key="王老师")
    duty.set_supervisor(m, class_id, "2026-11-03", staff_key="退休张老师")
    duty.set_supervisor(m, class_id, "2026-11-05", staff_key="志愿者小刘")  # 待备案, worked
    duty.confirm_on_post(m, "2026-11-02", at="2026-11-02T15:50:00+08:00", leader_key="李主任")
    # 志愿者小陈 (待备案) never worked
    set_staff_active(m, _staff_id(m, "赵老师"), False)  # on 20 December
    for i in (1, 2):  # two pupils join the school in December
        save_pupil(m, PupilInput(national_id=f"M20000000{i}", name=f"新生{i}", sex="女",
                                 class_name=CLASS, adults=[AdultInput("家长", "母亲", "13900000000")]))  # fmt: skip
    return m


def _staff_id(m: ServiceContext, name: str) -> str:
    from after_school_desk.services.school.staff import list_staff

    return next(s["id"] for s in list_staff(m) if s["name"] == name)


def test_head_counts_and_staff_are_as_of_the_month(mctx: ServiceContext) -> None:
    nov = reports.direct_report(mctx, "2026-11")
    assert nov["header"]["reference_day"] == "2026-11-30"
    # Before: today's counts: 10 pupils (the two December arrivals) and 赵老师 left out.
    assert nov["pupils_total"] == 8
    assert nov["participation_rate"] == 1.0
    staff = {s["name"]: s for s in reports.direct_input(mctx, "2026-11").staff}
    assert staff["赵老师"]["active"] == 1  # still on the staff on 30 November
    teachers = [s for s in staff.values() if s["role"] in ("teacher", "duty_leader", "principal")]
    assert nov["teachers_total"] == len(teachers)
    assert nov["teachers_total"] == sum(1 for s in teachers if s["active"])
    # December so far: as of Friday 18th, its last service day held; the newcomers and
    # 赵老师's leaving (both on the 20th) come after it.
    dec = reports.direct_report(mctx, "2026-12")
    assert dec["header"]["reference_day"] == "2026-12-18"
    assert (dec["pupils_total"], dec["teachers_total"]) == (8, nov["teachers_total"])
    later = replace(mctx, clock=FixedClock(datetime.fromisoformat("2026-12-22T20:00:00+08:00")))
    dec = reports.direct_report(later, "2026-12")  # Monday 21st has been held
    assert (dec["pupils_total"], dec["teachers_total"]) == (10, nov["teachers_total"] - 1)


def test_staff_who_served_by_one_definition(mctx: ServiceContext) -> None:
    nov = reports.direct_report(mctx, "2026-11")
    # Before: teachers by supervision + duty (2), externals by the staff list (3, including
    # 志愿者小陈 who is 待备案 and never worked); the ledger listed supervisors only.
    assert nov["teachers_participating"] == 2  # 王老师 supervised, 李主任 on post
    assert nov["external_staff"] == {"retired_teacher": 1, "professional": 0, "volunteer": 1}
    assert nov["external_staff_not_filed"] == 1  # 志愿者小刘
    ledger = reports.live_ledger(mctx, "2026-11")
    assert {t.name for t in ledger.teachers} == {"李主任", "志愿者小刘", "王老师", "退休张老师"}
    assert len(ledger.teachers) == nov["teachers_participating"] + sum(
        nov["external_staff"].values()
    )


def test_fee_standard_income_and_funding_from_recorded_money(mctx: ServiceContext) -> None:
    m = mctx
    subsidies.set_rate(
        m, "teacher", "30", start="2026-09-01"
    )  # a computed teacher subsidy, no money recorded
    fees.set_fee(m, "120", "month", approval="某价〔2026〕20号", start="2026-12-01")
    billing.bill_month(m, "2026-11")
    payments.record_payment(m, "M100000001", "150", "2026-11-05", receipt_no="R1")
    payments.record_payment(m, "M100000004", "75", "2026-11-06", receipt_no="R2")
    nov = reports.direct_report(m, "2026-11")
    # Before: both null (read a key finance_month never returns).
    assert (nov["fee_standard_yuan"], nov["fee_unit"]) == (150.0, "month")
    assert nov["fee_income_yuan"] == 225.0
    assert nov["subsidy_yuan"] and nov["subsidy_yuan"] > 0
    # Before: ["财政补贴", "服务性收费"]: 财政补贴 whenever a subsidy was computed.
    assert nov["funding_sources"] == ["服务性收费"]
    expenses.add_income(m, "财政补助", "1000", "2026-11-15")
    nov = reports.direct_report(m, "2026-11")
    # Before: 1225.0, the 财政补助 counted as fee income.
    assert nov["fee_income_yuan"] == 225.0
    assert nov["funding_sources"] == ["财政补贴", "服务性收费"]
    dec = reports.direct_report(m, "2026-12")
    assert (dec["fee_standard_yuan"], dec["fee_unit"]) == (120.0, "month")


def test_five_days_reads_the_weekly_pattern(mctx: ServiceContext) -> None:
    nov = reports.direct_report(mctx, "2026-11")
    assert nov["days_per_week"] == 4  # Mon, Tue, Thu, Fri: nobody takes part five days a week
    assert nov["pupils_all_five_days"] == 0
    assert nov["pupils_full_attendance"] == 0  # nobody signed in at all


@pytest.mark.parametrize(
    ("month", "why"),
    [("2026-08", "没有课后服务日"), ("2027-03", "没有课后服务日"), ("2026-12", None)],
)
def test_months_without_service_are_refused(mctx: ServiceContext, month: str, why: str) -> None:
    if why is None:  # in progress (clock at 20 Dec): reported so far
        assert reports.direct_report(mctx, month)["service_days"] > 0
        return
    with pytest.raises(ValidationError, match=why):
        reports.direct_report(mctx, month)
    with pytest.raises(ValidationError, match=why):
        reports.live_ledger(mctx, month)


def test_a_month_not_begun_is_refused(mctx: ServiceContext) -> None:
    early = replace(mctx, clock=FixedClock(datetime.fromisoformat("2026-10-20T12:00:00+08:00")))
    with pytest.raises(ValidationError, match="还没有开始（第一个服务日是 2026-11-02）"):
        reports.direct_report(early, "2026-11")
    with pytest.raises(ValidationError, match="还没有开始"):
        reports.live_ledger(early, "2026-11")


# --- the command line: empty months and outputs that cannot be written ---------------------


def _cli(db: str, *argv: str) -> int:
    from after_school_desk.cli import main

    return main(["--db", db, *argv])


@pytest.fixture
def cli_db(mctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, cli_login) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("APP_NOW", "2026-12-20T10:00:00+08:00")
    path = str(mctx.store.path)
    cli_login(mctx)
    mctx.store.close()
    return path


def test_cli_refuses_empty_months_without_writing(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: a full signed ledger saying 未发现问题, exit 0, for August and for March.
    for month in ("2026-08", "2027-03"):
        out = tmp_path / f"ledger-{month}.pdf"
        assert _cli(cli_db, "report", "ledger", "--month", month, "--out", str(out)) == 1
        assert "没有课后服务日" in capsys.readouterr().err
        assert not out.exists()
        assert _cli(cli_db, "report", "direct", "--month", month, "--json") == 1
        assert "没有课后服务日" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ("report", "ledger", "--month", "2026-11", "--out"),
        ("report", "direct", "--month", "2026-11", "--out"),
        ("report", "roster", "--month", "2026-11", "--out"),
        ("report", "finance", "--month", "2026-11", "--out"),
        ("report", "subsidy", "--month", "2026-11", "--out"),
        ("report", "pickup-cards", "--out"),
        ("report", "handover-sheet", "--class", CLASS, "--date", "2026-11-02", "--out"),
        ("report", "direct", "--month", "2026-11", "--template", "TEMPLATE", "--out"),
    ],
)
def test_cli_unwritable_output_is_refused_in_words(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    # A "folder" that cannot take files (a plain file here: the tests may run as root, for
    # whom a read-only folder is writable). Before: a Python traceback; with --template the
    # message blamed the template.
    blocked = tmp_path / "只读"
    blocked.write_text("")
    template = tmp_path / "county.xlsx"
    from after_school_desk.reports.direct_report import write_default_template

    write_default_template(template)
    suffix = ".xlsx" if "finance" in argv or "subsidy" in argv or "direct" in argv else ".pdf"
    args = [str(template) if a == "TEMPLATE" else a for a in argv]
    out = Path(blocked) / f"x{suffix}"
    # the folder "exists" (it is a file), so the refusal comes from writing
    assert _cli(cli_db, *args, str(out)) == 1
    err = capsys.readouterr().err
    assert f"无法在文件夹“{blocked.resolve()}”中写入" in err
    assert "模板" not in err and "Traceback" not in err


def test_readme_carries_the_definitions_as_written_in_the_code() -> None:
    from after_school_desk.reports.direct_report import definitions_markdown

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "### 直报指标说明" in readme
    assert definitions_markdown() in readme
