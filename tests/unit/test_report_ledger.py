"""The monthly ledger's data, checked against a played week, and its PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from after_school_desk.reports.ledger_data import ComplianceSection, Ledger
from after_school_desk.reports.ledger_pdf import NO_VIOLATIONS, write_ledger_pdf
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import compliance, reports
from tests.unit.report_month import play_week

DAYS = ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"]


@pytest.fixture
def ledger(school_ctx: ServiceContext, clock: FixedClock) -> Ledger:
    play_week(school_ctx, clock)
    return reports.ledger(school_ctx, "2026-11")


def _pupil(ledger: Ledger, name: str):  # type: ignore[no-untyped-def]
    return next(p for c in ledger.classes for p in c.pupils if p.name == name)


def test_attendance_marks_match_the_events(ledger: Ledger) -> None:
    assert ledger.service_days_held == 5
    assert [c.name for c in ledger.classes] == ["一年级(1)班", "三年级(2)班"]
    assert ledger.classes[0].days == DAYS
    a, b, c = _pupil(ledger, "学生00"), _pupil(ledger, "学生01"), _pupil(ledger, "学生10")
    assert a.marks == ["√", "√", "√", "√", "√"]
    assert b.marks == ["迟", "假", "×", "/", "/"]  # late, leave, absent, withdrawn from 11-05
    assert c.marks == ["/", "/", "√", "×", "√"]  # enrolled mid-week on 11-04
    assert (b.present, b.late, b.leave, b.absent) == (1, 1, 1, 1)
    assert ledger.participants == 3


def test_departures_followups_and_late_pickups(ledger: Ledger) -> None:
    a = _pupil(ledger, "学生00")
    assert a.departures == ["17:50", "17:40", "18:20", "17:45", "17:45"]
    assert a.collectors == "母亲母亲00 4次、祖父爷爷00 1次"
    first, third = ledger.classes
    assert [(f.date, f.name, f.minutes) for f in first.followups] == [("2026-11-04", "学生01", 15)]
    assert first.followups[0].outcome.startswith("已联系到家长")
    assert [(f.date, f.name) for f in third.followups] == [("2026-11-05", "学生10")]
    assert "未关闭" in third.followups[0].outcome
    assert [(lp.date, lp.name, lp.left_at) for lp in first.late_pickups] == [
        ("2026-11-04", "学生00", "18:20")
    ]
    daily = {d.date: d for d in ledger.daily}
    assert (daily["2026-11-04"].enrolled, daily["2026-11-04"].present) == (3, 2)
    assert daily["2026-11-02"].late_arrivals == 1


def test_pdf_holds_school_and_pupils(
    school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    out = tmp_path / "ledger.pdf"
    seen: list[tuple[int, int]] = []
    data = reports.ledger_pdf(school_ctx, "2026-11", out, lambda d, t: seen.append((d, t)))
    head = out.read_bytes()[:5]
    assert head == b"%PDF-"
    assert seen[-1] == (100, 100)
    again = tmp_path / "again.pdf"
    reports.ledger_pdf(school_ctx, "2026-11", again)
    assert again.read_bytes() == out.read_bytes()  # invariant: reproducible
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    decoded = text.decode("utf-8")
    assert data.school_name in decoded
    for name in ("学生00", "学生01", "学生10", "课后服务工作台账"):
        assert name in decoded
    pages = decoded.count("\f")
    assert 3 <= pages <= 20
    assert f"共{pages}页" in decoded.replace(" ", "")


def test_cancel_from_progress_stops_the_build(
    school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 40:
            raise Stop

    with pytest.raises(Stop):
        reports.ledger_pdf(school_ctx, "2026-11", tmp_path / "x.pdf", progress)


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8").replace(" ", "")


def test_compliance_section_lists_the_months_violations(
    school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    # judged by the city plan: nobody confirmed duty, 学生10's absence on 11-05 went unreported
    school_ctx.store.conn.execute("UPDATE school SET profile_id = 'city-plan-2024'")
    out = tmp_path / "ledger.pdf"
    data = reports.ledger_pdf(school_ctx, "2026-11", out)
    checked = compliance.check_month(school_ctx, "2026-11")
    assert data.compliance is not None
    assert data.compliance.days_checked == checked["days_checked"]
    assert [(v.day, v.label, v.citation) for v in data.compliance.lines] == [
        (v["day"], v["label"], v["citation"]) for v in checked["violations"]
    ]
    kinds = {(v.day, v.label) for v in data.compliance.lines}
    assert ("2026-11-05", "缺席未通知监护人") in kinds
    text = _pdf_text(out)
    assert "三、合规检查" in text
    first = data.compliance.lines[0]
    assert first.label in text and first.day in text
    assert "缺席提醒" in text  # the record it points at, named for print
    assert f"{len(data.compliance.lines)}处不符合" in text  # on the cover too


def test_a_clean_month_says_so_in_the_ledger(
    school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    data = reports.ledger(school_ctx, "2026-11")
    data.compliance = ComplianceSection("全国基本要求", 5, [])
    out = tmp_path / "clean.pdf"
    write_ledger_pdf(data, out)
    text = _pdf_text(out)
    assert "三、合规检查" in text and NO_VIOLATIONS.replace(" ", "") in text
    assert "合规检查" in text and "未发现问题" in text  # the cover's figure


def test_the_first_pages_come_first_and_open_the_whole(
    school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    """For a preview: the cover, the duty record and the first class, handed over before the
    whole is written, numbered without a total; the whole is the same as without them."""
    play_week(school_ctx, clock)
    out = tmp_path / "ledger.pdf"
    handed: list[tuple[Path, bool]] = []
    data = reports.ledger_pdf(
        school_ctx, "2026-11", out, first_pages=lambda p: handed.append((p, out.exists()))
    )
    assert len(data.classes) > 1
    assert handed == [(reports.first_part_path(out), False)]  # before the whole was written
    plain = tmp_path / "plain.pdf"
    reports.ledger_pdf(school_ctx, "2026-11", plain)
    assert plain.read_bytes() == out.read_bytes()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")

    def text(path: Path) -> str:
        run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        return run.stdout.decode("utf-8").replace(" ", "")

    part, whole = text(handed[0][0]), text(out)
    first, second = data.classes[0], data.classes[1]
    assert first.name in part and second.name not in part.split("各班记录", 1)[1]
    assert "第1页" in part and "共" not in part.split("第1页", 1)[1][:4]
    assert part.count("\f") < whole.count("\f")
    assert whole.startswith(part.split("第1页", 1)[0])  # the same first page, but the number
