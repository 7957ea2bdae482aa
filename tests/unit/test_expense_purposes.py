"""What the money was spent for (用途), judged by each region's own text: a management fee or
spending unrelated to the service is refused at entry where the text earmarks the money (the
city plan, Urumqi, Luoyang, Helan) and listed for review where it only says what the money is
mainly for (Lhasa); entries the check finds (from before purposes were recorded, or brought in
from elsewhere) carry the same clause. A month of ordinary spending raises nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import expenses
from after_school_desk.services.month import compliance
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import rows

REGIONS = ["urumqi-2019", "luoyang-2020", "lhasa-2021", "city-plan-2024", "helan-2021"]
# region -> (how its text treats a management fee / unrelated spending, a phrase of the clause)
RULES = {
    "urumqi-2019": ("refused", "保障专款专用", "保障专款专用"),
    "luoyang-2020": ("refused", "专款专用", "专款专用"),
    "city-plan-2024": ("refused", "不得截留或提取管理费", "不得列支其他无关费用"),
    "helan-2021": ("refused", "不得用于其他任何支出", "不得用于其他任何支出"),
    "lhasa-2021": ("listed", "主要用于参与课后服务教师", "主要用于参与课后服务教师"),
}


def _school(ctx: ServiceContext, clock: FixedClock, profile_id: str) -> None:
    clock.set(datetime.fromisoformat("2026-11-20T10:00:00+08:00"))
    create_school(
        ctx,
        SchoolSetup(name="某镇小学", county="某县", term_start="2026-09-01",
                    term_end="2027-01-20", classes_per_grade=1, profile_id=profile_id),
    )  # fmt: skip


def _ordinary_month(ctx: ServiceContext) -> None:
    expenses.add_expense(ctx, "教师补助", "1200", "2026-11-05")
    expenses.add_expense(ctx, "电费", "86.40", "2026-11-06", "十月电费")
    expenses.add_expense(ctx, "其他", "350", "2026-11-09", "购置跳绳、毽子", purpose="equipment")
    expenses.add_expense(ctx, "保险", "240", "2026-11-10", "学生意外险")
    expenses.add_income(ctx, "财政补助", "2000", "2026-11-02")


def _legacy(ctx: ServiceContext, category: str, note: str, day: str) -> str:
    """An entry as an older version (or another PC's journal) left it: no purpose."""
    row = {"id": f"legacy-{day}", "direction": "expense", "category": category,
           "amount_fen": 10000, "entry_on": day, "note": note, "recorded_by": "old",
           "created_at": f"{day}T10:00:00+08:00", "device_id": ctx.device_id}  # fmt: skip
    with ctx.write() as conn:
        rows.insert(conn, "ledger_entry", row)
    return f"ledger_entry:{row['id']}"


@pytest.mark.parametrize("profile_id", [*REGIONS, "national"])
def test_ordinary_spending_raises_nothing(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _school(ctx, clock, profile_id)
    _ordinary_month(ctx)
    result = compliance.check_month(ctx, "2026-11")
    assert result["violations"] == [] and result["listed"] == []
    purposes = {e["category"]: e["purpose"] for e in expenses.month_ledger(ctx, "2026-11")}
    assert purposes == {"教师补助": "staff_pay", "电费": "running", "其他": "equipment",
                        "保险": "running", "财政补助": ""}  # fmt: skip


@pytest.mark.parametrize("profile_id", REGIONS)
def test_forbidden_purposes_by_each_regions_own_text(
    ctx: ServiceContext, clock: FixedClock, profile_id: str
) -> None:
    _school(ctx, clock, profile_id)
    how, fee_quote, unrelated_quote = RULES[profile_id]
    planted = [
        ("management_fee", fee_quote, dict(category="其他", amount="500", on="2026-11-10",
                                           note="提取管理费10%")),
        ("unrelated", unrelated_quote, dict(category="其他", amount="300", on="2026-11-11",
                                            note="教师节聚餐", purpose="unrelated")),
        ("unrelated", unrelated_quote, dict(category="电费", amount="90", on="2026-11-12",
                                            note="教师宿舍电费", purpose="无关")),
    ]  # fmt: skip
    for purpose, quote, kw in planted:
        if how == "refused":
            with pytest.raises(ValidationError) as refused:
                expenses.add_expense(ctx, **kw)
            assert quote in refused.value.problems[0]
            assert refused.value.problems[0].startswith(f"依据：《{_title(profile_id)}")
        else:
            assert expenses.add_expense(ctx, **kw)["purpose"] == purpose
    ledger = expenses.month_ledger(ctx, "2026-11")
    assert len(ledger) == (0 if how == "refused" else 3)  # a refusal changes nothing
    # what the check finds: the entries taken (Lhasa), and in every region entries from before
    # purposes were recorded: a management fee in the note, a "其他" that does not say
    fee = _legacy(ctx, "其他", "学校统筹提取管理费", "2026-11-13")
    unsaid = _legacy(ctx, "其他", "", "2026-11-14")
    result = compliance.check_month(ctx, "2026-11")
    found = result["violations"] + result["listed"]
    assert all(v["clause"]["source"] == profile_id and not v["national_default"] for v in found)
    by_ref = {v["record_ref"]: v for v in found}
    assert by_ref[fee]["kind"] == "expense_purpose" and fee_quote in by_ref[fee]["citation"]
    assert by_ref[fee]["listed"] == (how == "listed")
    assert by_ref[unsaid]["kind"] == "expense_unspecified" and by_ref[unsaid]["listed"]
    expected = 2 if how == "refused" else 6  # Lhasa: and no staff pay at all (below half)
    assert len(found) == expected
    if how == "listed":
        assert result["violations"] == []
        assert {v["kind"] for v in result["listed"]} == {
            "expense_purpose", "expense_unspecified", "staff_pay_share",
        }  # fmt: skip


def _title(profile_id: str) -> str:
    from after_school_desk.services.school import profiles

    return profiles.load_profile(profile_id).title


def test_the_baseline_judges_no_spending(ctx: ServiceContext, clock: FixedClock) -> None:
    _school(ctx, clock, "national")
    expenses.add_expense(ctx, "其他", "500", "2026-11-10", "提取管理费10%")
    _legacy(ctx, "其他", "", "2026-11-14")
    result = compliance.check_month(ctx, "2026-11")
    assert result["violations"] == [] and result["listed"] == []


def test_purposes_are_checked_at_entry(ctx: ServiceContext, clock: FixedClock) -> None:
    _school(ctx, clock, "national")
    with pytest.raises(ValidationError, match="请写明用途"):
        expenses.add_expense(ctx, "其他", "10", "2026-11-10", "购物")
    with pytest.raises(ValidationError, match="用途“买菜”无效"):
        expenses.add_expense(ctx, "其他", "10", "2026-11-10", purpose="买菜")
    with pytest.raises(ValidationError, match="类别“水费”的支出用途只能是"):
        expenses.add_expense(ctx, "水费", "10", "2026-11-10", purpose="staff_pay")
    assert expenses.month_ledger(ctx, "2026-11") == []


def test_the_command_line_refuses_with_the_clause(
    ctx: ServiceContext, clock: FixedClock, db_path: Path, cli_login,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    _school(ctx, clock, "city-plan-2024")
    cli_login(ctx)
    ctx.store.close()
    monkeypatch.setenv("APP_NOW", "2026-11-20T10:00")

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = run("expense", "add", "--category", "其他", "--amount", "50", "--note",
                       "提取管理费")  # fmt: skip
    assert code == 1 and "不得截留或提取管理费" in err
    code, _, err = run("expense", "add", "--category", "其他", "--amount", "50",
                       "--purpose", "unrelated")  # fmt: skip
    assert code == 1 and "不得列支其他无关费用" in err
    code, out, _ = run("expense", "add", "--category", "其他", "--amount", "50",
                       "--purpose", "equipment", "--note", "篮球")  # fmt: skip
    assert code == 0 and "课后服务设备购置与维护" in out
    code, out, _ = run("expense", "list", "--month", "2026-11")
    assert code == 0 and "课后服务设备购置与维护" in out and out.count("2026-11-20") == 1
