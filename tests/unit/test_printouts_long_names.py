"""Paper a county and a principal accept: names of any length (2 to 12 characters, names
with "·" as in Xinjiang) print whole in every table and card, continuation pages name the
class, no page holds only a signature, the QR code on a pickup card holds an opaque code (not
the 学籍号) and still scans, the 收支公示 says everything it must, and the arrears list."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from after_school_desk.reports import money_sheets
from after_school_desk.reports.handover_sheet import HandoverSheet, SheetPupil, write_handover_sheet
from after_school_desk.reports.ledger_data import (
    ClassLedger,
    ContentLine,
    DailyFigures,
    DutyLine,
    FollowUp,
    Ledger,
    PupilLine,
    TeacherHours,
)
from after_school_desk.reports.ledger_pdf import write_ledger_pdf
from after_school_desk.reports.pickup_cards import Card, write_pickup_cards
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import pickup_codes
from after_school_desk.services.money import billing, fees, payments, waivers
from after_school_desk.services.money.finance_reports import arrears_month, finance_month
from after_school_desk.services.school import consent, school_settings
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from tests.unit.money_school import CLASS, add_pupils, money_ctx

LONG = "阿卜杜热合曼·买买提艾力"  # 12 characters with "·"
NAMES = ["王一", "欧阳娜娜", "司马相如诸葛亮明", LONG, "古丽娜尔·阿不都热西提江",
         "买买提·阿卜杜拉·艾山江尼"]  # fmt: skip


def _pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    run = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True)
    return run.stdout.decode()


def _pages(path: Path) -> list[str]:
    return _pdftotext(path).split("\f")[:-1]


def _whole(name: str, text: str) -> bool:
    """The name is printed whole: on one line, or over lines of its own (wrapped in its cell)."""
    flat = "".join(text.split())
    if name in flat:
        return True
    parts = name.split("·")  # wrapped after a "·": each part whole on its line
    return len(parts) > 1 and all(p in flat for p in parts)


def _days(n: int) -> list[str]:
    d, out = date(2026, 11, 2), list[str]()
    while len(out) < n:
        if d.weekday() < 5:
            out.append(d.isoformat())
        d += timedelta(days=1)
    return out


def _ledger(pupils: int = 45) -> Ledger:
    days = _days(21)
    names = [NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else str(i)) for i in range(pupils)]
    lines = [PupilLine(n, f"G{i:018d}", ["√"] * 21, 21, 0, 0, 0, ["17:40"] * 21,
                       "母亲 努尔比亚·阿卜杜热合曼 21次") for i, n in enumerate(names)]  # fmt: skip
    follow = [FollowUp(days[0], LONG, "发烧请假", "16:40 电话母亲已联系到", "已联系到 16:45", 5)]
    content = [ContentLine(d, "热依拉·买买提明", "16:00–18:00", "作业辅导；社团活动") for d in days]
    cls = ClassLedger("c1", "一年级(1)班", "热依拉·买买提明", days, lines, follow, [], content)
    daily = [DailyFigures(d, pupils, pupils, 0, 0, 0, 0, 0) for d in days]
    duty = [DutyLine(d, "星期一", "阿卜杜热合曼·买买提艾力", "阿卜杜热合曼·买买提艾力", "15:50", "无",
                     "18:10 秦梅") for d in days]  # fmt: skip
    return Ledger("习岗镇中心小学", "贺兰县", "2026-11", 21, 21, 21, pupils,
                  [("阿卜杜热合曼·买买提艾力", 21)], daily, [cls], duty,
                  [TeacherHours("热依拉·买买提明", 21, 2520)], [5], "abc123", "2026-11-30",
                  [("一年级(1)班", 1.0)])  # fmt: skip


def test_ledger_long_names_class_on_every_page_and_no_lone_signature(tmp_path: Path) -> None:
    out = tmp_path / "ledger.pdf"
    write_ledger_pdf(_ledger(), out)
    pages = _pages(out)
    text = "\n".join(pages)
    for name in NAMES:
        assert _whole(name, text), name
    assert "发烧请假" in text and "（发烧请假）" not in text  # the reason in its own column
    first = next(i for i, p in enumerate(pages) if "一年级(1)班 班主任" in p)
    last = next(i for i, p in enumerate(pages) if "四、审核确认" in p)
    assert last - first >= 3  # a long class: several pages
    for page in pages[first + 1 : last]:
        assert "一年级(1)班（续）" in page  # continuation pages name the class
    for page in pages:
        body = [ln for ln in page.splitlines()[1:-1] if ln.strip()]  # no header or footer
        assert not (body and all("签字" in ln or "盖章" in ln or "年" in ln for ln in body)), page
    assert "学校（盖章）" in pages[-1] and "校长（签字）" in pages[-1]
    assert "带班领导阿卜杜热合曼·买买提艾力（签字）" in "".join(pages[-1].split())


def test_handover_sheet_long_names(tmp_path: Path) -> None:
    pupils = [SheetPupil(n, f"G{i}", [f"母亲 努尔比亚·阿卜杜热合曼 1390000{i:04d}"], i % 2 == 0)
              for i, n in enumerate(NAMES * 5)]  # fmt: skip
    sheet = HandoverSheet("习岗镇中心小学", "一年级(1)班", "2026-11-27", "星期五", "16:00–18:00",
                          "热依拉·买买提明", pupils)  # fmt: skip
    out = tmp_path / "sheet.pdf"
    write_handover_sheet(sheet, out)
    pages = _pages(out)
    for name in NAMES:
        assert _whole(name, "\n".join(pages)), name
    assert len(pages) >= 2
    assert all("一年级(1)班（续）" in p for p in pages[1:])
    before = pages[-1].split("管理教师（签字）")[0]
    assert re.search(r"^\s*30\s", before, re.M)  # the last rows stay with the signatures


def _zbar(png: Path) -> list[str]:
    run = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True)
    return run.stdout.decode().split()


def test_pickup_cards_long_names_and_opaque_code(tmp_path: Path) -> None:
    cards = [
        Card("习岗镇中心小学", n, "一年级(1)班", f"KHTEST{i:012d}") for i, n in enumerate(NAMES)
    ]
    out = tmp_path / "cards.pdf"
    assert write_pickup_cards(cards, out) == 1
    text = _pdftotext(out)
    for name in NAMES:
        assert _whole(name, text), name
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg / pdftoppm not installed")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "c")], check=True)
    found = _zbar(next(tmp_path.glob("c*.png")))
    assert sorted(found) == sorted(c.code for c in cards)  # every code scans


def test_pickup_cards_only_enrolled_and_code_finds_the_pupil(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    principal = money_ctx(ctx)
    add_pupils(principal)
    save_pupil(principal, PupilInput(national_id="G650102201603041234", name=LONG, sex="男",
                                     class_name=CLASS, adults=[AdultInput("母亲", "母亲", "")]))  # fmt: skip
    save_pupil(principal, PupilInput(national_id="G650102201603049999", name="没报名", sex="女",
                                     class_name=CLASS, adults=[]))  # fmt: skip
    from after_school_desk.services.school.enrolment import enroll

    enroll(principal, ["G650102201603041234"], start="2026-12-21", approve=True)
    cards = pickup_codes.pickup_cards(principal, CLASS)
    names = [c.name for c in cards]
    assert LONG in names and "没报名" not in names  # in the service (from a later date) only
    assert len(names) == 9
    for c in cards:
        assert c.code.startswith("KH") and len(c.code) == 18 and "G65" not in c.code
    mine = next(c for c in cards if c.name == LONG)
    assert pickup_codes.pickup_cards(principal, CLASS)[names.index(LONG)].code == mine.code
    pid = pickup_codes.pupil_id_for_code(principal, mine.code.lower())
    from after_school_desk.store import people_store

    row = people_store.pupil_by_national_id(principal.store.conn, "G650102201603041234")
    assert row is not None and pid == row["id"]
    assert pickup_codes.pupil_id_for_code(principal, "G650102201603041234") is None
    out = tmp_path / "cards.pdf"
    assert pickup_codes.pickup_cards_pdf(principal, CLASS, out) == 9
    text = _pdftotext(out)
    assert "G650102201603041234" not in text and "学籍号" not in text
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg / pdftoppm not installed")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "p")], check=True)
    found = _zbar(next(tmp_path.glob("p*.png")))
    assert mine.code in found and not any(s.startswith("G") for s in found)
    assert sorted(found) == sorted(c.code for c in cards)


def _money_month(ctx: ServiceContext) -> ServiceContext:
    principal = money_ctx(ctx)
    add_pupils(principal)
    fees.set_fee(principal, "150", "month", approval="某价〔2026〕12号",
                 approval_date="2026-08-01", start="2026-09-01")  # fmt: skip
    waivers.grant_waiver(principal, "M100000003", "低保", 100, "低保证", "2026-09-01")
    waivers.grant_waiver(principal, "M100000004", "特困", 50, "特困证", "2026-09-01")
    consent.record_consent(principal, "M100000003", "publication", "王母", "2026-10-01")
    for month in ("2026-10", "2026-11"):
        billing.bill_month(principal, month)
    payments.record_payment(principal, "M100000001", "150", "2026-10-10")
    payments.record_payment(principal, "M100000005", "300", "2026-11-10")
    return principal


def test_finance_notice_is_complete(ctx: ServiceContext, tmp_path: Path) -> None:
    principal = _money_month(ctx)
    s = school_settings.load(principal)
    s.complaint_phone, s.notice_days = "0951-1234567（县教育局）", 7
    school_settings.save(principal, s)
    assert school_settings.load(principal).notice_days == 7
    data = finance_month(principal, "2026-11")
    assert data["standards"][0]["approval_doc"] == "某价〔2026〕12号"
    assert data["complaint_phone"] == "0951-1234567（县教育局）"
    assert (data["notice_from"], data["notice_to"]) == ("2026-12-20", "2026-12-26")
    assert data["service_time"] and data["service_content"]
    assert data["withheld_from_public"] == 2  # 建档立卡 and 特困 without consent
    out = tmp_path / "notice.pdf"
    money_sheets.write_finance_pdf(data, out)
    text = _pdftotext(out)
    flat = "".join(text.split())
    for what in ("某价〔2026〕12号", "150.00元/每月", "服务时间：", "服务内容：", "监督电话：0951-1234567",
                 "公示期：2026-12-20至2026-12-26", "另有2名学生", "学校（盖章）", "校长（签字）"):  # fmt: skip
        assert what in flat, what
    # amounts are right-aligned: their right ends line up in the layout text
    ends = {ln.rstrip().__len__() for ln in text.splitlines() if ln.rstrip().endswith(".00")
            and ("应收服务费" in ln or ln.split()[0] == "减免" or "结余" in ln)}  # fmt: skip
    assert len(ends) == 1, ends


def test_finance_notice_without_settings_leaves_lines_to_fill(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    data = finance_month(_money_month(ctx), "2026-11")
    assert data["complaint_phone"] == "" and data["notice_days"] == 0
    out = tmp_path / "notice.pdf"
    money_sheets.write_finance_pdf(data, out)
    flat = "".join(_pdftotext(out).split())
    assert "监督电话：____" in flat and "公示期：______年" in flat


def test_arrears_list(ctx: ServiceContext, tmp_path: Path) -> None:
    principal = _money_month(ctx)
    october = arrears_month(principal, "2026-10")
    owed = {p["national_id"]: p["owed_fen"] for p in october["pupils"]}
    # A paid October; E paid 300 in November (covers Oct and Nov); B and C free; D half
    assert "M100000001" not in owed and "M100000005" not in owed
    assert "M100000002" not in owed and "M100000003" not in owed
    assert owed["M100000004"] == 7500 and owed["M100000007"] == 15000
    assert october["owed_fen"] == sum(owed.values()) == october["owed_month_fen"]
    november = arrears_month(principal, "2026-11")
    a = next(p for p in november["pupils"] if p["national_id"] == "M100000001")
    assert (a["owed_month_fen"], a["owed_before_fen"]) == (15000, 0)
    g = next(p for p in november["pupils"] if p["national_id"] == "M100000007")
    assert (g["owed_before_fen"], g["owed_fen"]) == (15000, 30000)
    out = tmp_path / "arrears.pdf"
    money_sheets.write_arrears_pdf(november, out)
    flat = "".join(_pdftotext(out).split())
    assert "课后服务欠费名单" in flat and "吴承恩" in flat and "张小明" in flat
    assert f"{november['count']}人" in flat and "不得张贴" in flat
