"""The county's view: a folder of made-up monthly packages with every kind of problem planted,
collected by ``county collect``; and a package made by the real ``report package`` of a small
school, accepted by the county."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from after_school_desk.cli import main
from after_school_desk.domain import county, county_schools
from after_school_desk.domain.county_indicators import DICT_KEYS, MONEY_KEYS, SUM_KEYS, YES_KEYS
from after_school_desk.reports import direct_report
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import county as county_service
from after_school_desk.services.month import month_close, report_package
from tests.unit.county_packages import Made, envelope_for, values_for, write, write_school_list
from tests.unit.report_month import play_week

MONTH = "2026-11"
NAMES = [
    "立岗镇中心小学",
    "金山小学",
    "洪广小学",
    "常信小学",
    "习岗小学",
    "暖泉小学",
    "南梁小学",
    "京星小学",
    "德胜小学",
    "丰登小学",
    "通义小学",
    "四十里店小学",
]
CODES = [f"64012200{i:02d}" for i in range(1, 13)]
STAFF = {CODES[2]: 30}  # the list gives 教职工数 for 洪广小学: 30


def code(n: int) -> str:
    return CODES[n - 1]


@dataclass
class County:
    root: Path
    schools: Path
    used: dict[str, Made]  # what the county should use for November, per school
    expected: set[tuple[str, str]]  # (kind, file) of every planted problem
    resubmitted: dict[str, Any]


def _gen(month: str, day: int, minute: int = 0) -> str:
    """When a month's package was made: early the next month."""
    year, mon = int(month[:4]), int(month[5:])
    year, mon = (year, mon + 1) if mon < 12 else (year + 1, 1)
    return f"{year:04d}-{mon:02d}-{day:02d}T10:{minute:02d}:00+08:00"


def _rel(root: Path, made: Made) -> str:
    return made.path.relative_to(root).as_posix()


@pytest.fixture
def planted(tmp_path: Path) -> County:
    """12 schools (通义小学 never reports), September to November, every problem planted."""
    root = tmp_path / "报送包"
    schools = write_school_list(
        tmp_path / "学校名单.csv",
        [(c, n, STAFF.get(c, 60)) for c, n in zip(CODES, NAMES, strict=True)],
    )
    folders = {"2026-09": root / "2026-09", "2026-10": root / "2026-10", MONTH: root / "2026年11月"}
    used: dict[str, Made] = {}
    expected: set[tuple[str, str]] = set()

    def make(n: int, month: str, **kw: Any) -> dict[str, Any]:
        total = 150 + 10 * n
        rate = {10: {"2026-09": 0.40, "2026-10": 0.42, MONTH: 0.80}}.get(n, {}).get(month, 0.6)
        enrolled = total if n == 9 else round(total * rate) + n % 3
        options: dict[str, Any] = {
            "total": total,
            "enrolled": enrolled,
            "seed": n,
            "absences": 0 if n == 9 else 5 + n,
        }
        options.update(kw)
        return values_for(code(n), NAMES[n - 1], month, **options)

    for month in ("2026-09", "2026-10", MONTH):
        for n in range(1, 13):
            if n == 11 or (n == 12 and month == MONTH):
                continue  # 通义小学 never reports; 四十里店小学 not for November
            kw: dict[str, Any] = {}
            env: dict[str, Any] = {}
            if month == MONTH:
                kw = {1: {"fee": 200.0}, 3: {"teachers": 40}}.get(n, {})
                env = {7: {"complete": False}, 8: {"closed": False}}.get(n, {})
            if month == MONTH and n == 2:
                kw = {"enrolled": 100}  # first submission, replaced below
            values = make(n, month, **kw)
            made = write(
                folders[month],
                values,
                envelope_for(code(n), NAMES[n - 1], month, _gen(month, 2, n), **env),
            )
            if month == MONTH:
                used[code(n)] = made
    # resubmission: 金山小学 sends November again three days later, with other figures
    second = write(
        root / "收件箱",
        make(2, MONTH, enrolled=110),
        envelope_for(code(2), NAMES[1], MONTH, _gen(MONTH, 5)),
    )
    resubmitted = {
        "school_code": code(2),
        "files": [_rel(root, used[code(2)]), _rel(root, second)],
        "used": _rel(root, second),
    }
    used[code(2)] = second
    # a copy of 常信小学's package in a second folder: the same package, no resubmission
    copy = root / "收件箱" / "副本" / used[code(4)].path.name
    copy.parent.mkdir(parents=True)
    copy.write_bytes(used[code(4)].path.read_bytes())
    # damaged: 暖泉小学's package edited after it was made (later, so it would win if trusted)
    edited = write(
        root / "收件箱", make(6, MONTH), envelope_for(code(6), NAMES[5], MONTH, _gen(MONTH, 6))
    )
    doc = json.loads(edited.path.read_text(encoding="utf-8"))
    doc["pupils_enrolled"] += 50
    edited.path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    expected.add(("damaged", _rel(root, edited)))
    broken = root / "收件箱" / "半截.json"
    broken.write_text(used[code(1)].path.read_text(encoding="utf-8")[:300], encoding="utf-8")
    expected.add(("damaged", "收件箱/半截.json"))
    (root / "收件箱" / "说明.json").write_text('{"备注": "不是报送包"}', encoding="utf-8")
    expected.add(("damaged", "收件箱/说明.json"))
    # newer format: 习岗小学 on a newer program
    newer = write(
        root / "收件箱",
        make(5, MONTH),
        envelope_for(code(5), NAMES[4], MONTH, _gen(MONTH, 7), format_version=2),
    )
    expected.add(("newer_format", _rel(root, newer)))
    # unknown school
    stranger = write(
        root / "收件箱",
        values_for("6401229999", "外县小学", MONTH),
        envelope_for("6401229999", "外县小学", MONTH, _gen(MONTH, 3)),
    )
    expected.add(("unknown_school", _rel(root, stranger)))
    # wrong month, three ways: October's data under a November file name; October's package
    # in the November folder; October's package sent again in December instead of November's
    renamed = write(
        root / "收件箱",
        make(3, "2026-10"),
        envelope_for(code(3), NAMES[2], "2026-10", _gen("2026-10", 4)),
        name=f"{code(3)}-{MONTH}-202612020800.json",
    )
    misplaced = write(
        folders[MONTH],
        make(4, "2026-10"),
        envelope_for(code(4), NAMES[3], "2026-10", _gen("2026-10", 4)),
    )
    again = write(
        root / "收件箱",
        make(12, "2026-10"),
        envelope_for(code(12), NAMES[11], "2026-10", _gen(MONTH, 2)),
    )
    for made in (renamed, misplaced, again):
        expected.add(("wrong_month", _rel(root, made)))
    # the state of the month and of the PCs
    expected.add(("incomplete", _rel(root, used[code(7)])))
    expected.add(("not_closed", _rel(root, used[code(8)])))
    # outliers: fee above the cap, teachers above the list's staff, 100 % for three months,
    # participation far from the school's own history
    for n in (1, 3, 9, 10):
        expected.add(("outlier", _rel(root, used[code(n)])))
    return County(root, schools, used, expected, resubmitted)


def _collect(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code_ = main(["county", "collect", *argv, "--json"])
    out = capsys.readouterr().out
    return code_, json.loads(out)


def test_every_planted_problem_is_found_and_totals_add_up(
    planted: County, capsys: pytest.CaptureFixture[str]
) -> None:
    n_files = len(list(planted.root.rglob("*.json")))
    assert n_files >= 40
    status, found = _collect(
        capsys, str(planted.root), "--schools", str(planted.schools), "--month", MONTH
    )
    assert status == 1
    assert found["month"] == MONTH
    assert found["missing"] == [code(11), code(12)]
    assert found["resubmitted"] == [planted.resubmitted]
    assert all(set(p) == {"file", "kind", "detail"} for p in found["problems"])
    assert {(p["kind"], p["file"]) for p in found["problems"]} == planted.expected
    assert len(found["problems"]) == len(planted.expected)
    details = {(p["kind"], p["file"]): p["detail"] for p in found["problems"]}
    outliers = " ".join(d for (k, _f), d in details.items() if k == "outlier")
    assert "高于" in outliers and "150.00" in outliers  # the fee cap
    assert "教职工数 30" in outliers
    assert "连续 3 个月" in outliers and NAMES[8] in outliers
    assert "中位数是 41.4%" in outliers and NAMES[9] in outliers
    assert any("二年级电脑" in d for (k, _f), d in details.items() if k == "incomplete")

    # totals: the sum of the right packages (the later resubmission, never the edited copy)
    used = [m.values for m in planted.used.values()]
    totals = found["totals"]
    for key in SUM_KEYS:
        assert totals[key] == sum(v[key] for v in used), key
    for key in DICT_KEYS:
        for part in used[0][key]:
            assert totals[key][part] == sum(v[key][part] for v in used), (key, part)
    for key in MONEY_KEYS:
        assert totals[key] == pytest.approx(sum(v[key] for v in used)), key
    for key in YES_KEYS:
        assert totals[key] == sum(1 for v in used if v[key] is True), key
    assert totals["pupils_enrolled"] == sum(v["pupils_enrolled"] for v in used)
    assert planted.used[code(2)].values["pupils_enrolled"] == 110
    assert totals["participation_rate"] == round(
        totals["pupils_enrolled"] / totals["pupils_total"], 4
    )
    assert totals["schools_listed"] == 12 and totals["schools_reported"] == 10
    assert totals["schools_missing"] == 2 and totals["schools_closed"] == 9

    rows = {r["school_code"]: r for r in found["schools"]}
    assert list(rows) == CODES
    assert rows[code(11)]["reported"] is False and rows[code(11)]["pupils_enrolled"] is None
    assert rows[code(2)]["resubmissions"] == 1 and rows[code(2)]["pupils_enrolled"] == 110
    assert rows[code(4)]["resubmissions"] == 0
    assert rows[code(8)]["month_closed"] is False and "not_closed" in rows[code(8)]["problems"]
    assert rows[code(7)]["complete"] is False
    assert rows[code(12)]["problems"] == ["wrong_month"]
    # the county across months: September and October from the history, November as used
    history = {h["month"]: h for h in found["history"]}
    assert list(history) == ["2026-09", "2026-10", MONTH]
    assert history["2026-09"]["schools"] == 11 and history[MONTH]["schools"] == 10
    assert history[MONTH]["pupils_enrolled"] == totals["pupils_enrolled"]


def test_the_workbook_and_the_countys_own_template(
    planted: County, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "county.xlsx"
    argv = [str(planted.root), "--schools", str(planted.schools), "--month", MONTH]
    assert main(["county", "collect", *argv, "--out", str(out)]) == 1
    text = capsys.readouterr().out
    assert "未报送：通义小学（6401220011）、四十里店小学（6401220012）" in text
    assert f"已生成 {out}" in text
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["县汇总", "各校明细", "未报送", "问题", "各月趋势"]
    summary = {row[2]: row[1] for row in wb["县汇总"].iter_rows(min_row=6, values_only=True)}
    used = [m.values for m in planted.used.values()]
    assert summary["pupils_enrolled"] == sum(v["pupils_enrolled"] for v in used)
    assert summary["pupils_priority.left_behind"] == sum(
        v["pupils_priority"]["left_behind"] for v in used
    )
    assert summary["schools_missing"] == 2
    schools = list(wb["各校明细"].iter_rows(values_only=True))
    assert schools[0][:3] == ("学校标识码", "学校名称", "报送情况")
    assert [r[0] for r in schools[1:]] == CODES
    assert schools[11][2] == "未报送"
    missing = [r[0] for r in wb["未报送"].iter_rows(min_row=2, values_only=True)]
    assert missing == [code(11), code(12)]
    problems = list(wb["问题"].iter_rows(min_row=2, values_only=True))
    assert len(problems) == len(planted.expected)

    template = tmp_path / "县模板.xlsx"
    t = openpyxl.Workbook()
    ws = t.active
    assert ws is not None
    ws["A1"] = "{{county}}课后服务月报（{{month}}）"
    ws["B2"] = "{{pupils_enrolled}}"
    ws["B3"] = "{{schools_missing}}"
    ws["B4"] = "{{pupils_priority.left_behind}}"
    ws["B5"] = "{{participation_rate}}"
    ws["B6"] = "{{no_such_figure}}"
    t.save(template)
    filled = tmp_path / "填好.xlsx"
    assert (
        main(["county", "collect", *argv, "--template", str(template), "--out", str(filled)]) == 1
    )
    assert "{{no_such_figure}}" in capsys.readouterr().err
    wb = openpyxl.load_workbook(filled)
    ws = wb.worksheets[0]
    assert ws["A1"].value == f"贺兰县课后服务月报（{MONTH}）"
    assert ws["B2"].value == summary["pupils_enrolled"]
    assert ws["B3"].value == 2
    assert ws["B4"].value == summary["pupils_priority.left_behind"]
    assert ws["B6"].value == "{{no_such_figure}}"
    assert "各校明细" in wb.sheetnames


def test_a_clean_month_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "干净"
    schools = write_school_list(
        tmp_path / "名单.csv", [(code(n), NAMES[n - 1], None) for n in (1, 2, 3)]
    )
    for n in (1, 2, 3):
        for month in ("2026-10", MONTH):
            write(
                root,
                values_for(code(n), NAMES[n - 1], month, seed=n),
                envelope_for(code(n), NAMES[n - 1], month, _gen(month, 3)),
            )
    status, found = _collect(capsys, str(root), "--schools", str(schools), "--month", MONTH)
    assert status == 0
    assert found["missing"] == [] and found["problems"] == [] and found["resubmitted"] == []
    assert found["totals"]["pupils_enrolled"] == 3 * 120
    assert main(["county", "collect", str(root), "--schools", str(schools), "--month", MONTH]) == 0
    assert "没有未报送的学校" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["NOFOLDER", "--schools", "LIST", "--month", MONTH], "找不到报送包文件夹"),
        (["FOLDER", "--schools", "LIST", "--month", "2026-13"], "月份“2026-13”无效"),
        (["FOLDER", "--schools", "NOLIST", "--month", MONTH], "找不到学校名单文件"),
        (["FOLDER", "--schools", "BADLIST", "--month", MONTH], "没有找到“学校标识码”和“学校名称”"),
        (["FOLDER", "--schools", "BADCODES", "--month", MONTH], "第 3 行：学校标识码“12345”"),
        (["FOLDER", "--schools", "LIST", "--month", MONTH, "--template", "LIST"], "--out"),
    ],
)
def test_bad_input_is_refused_in_words_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    folder = tmp_path / "包"
    folder.mkdir()
    write(
        folder,
        values_for(code(1), NAMES[0], MONTH),
        envelope_for(code(1), NAMES[0], MONTH, _gen(MONTH, 2)),
    )
    names = {
        "FOLDER": str(folder),
        "NOFOLDER": str(tmp_path / "没有"),
        "LIST": str(write_school_list(tmp_path / "l.csv", [(code(1), NAMES[0], None)])),
        "NOLIST": str(tmp_path / "没有.csv"),
        "BADLIST": str(tmp_path / "bad.csv"),
        "BADCODES": str(tmp_path / "codes.csv"),
    }
    Path(names["BADLIST"]).write_text("名称,人数\n甲,1\n", encoding="utf-8")
    Path(names["BADCODES"]).write_text(
        "学校标识码,学校名称\n6401220001,甲\n12345,乙\n", encoding="utf-8"
    )
    before = sorted(p.name for p in tmp_path.rglob("*"))
    out = tmp_path / "out.xlsx"
    args = [names.get(a, a) for a in argv]
    if "--template" not in args:
        args += ["--out", str(out)]
    assert main(["county", "collect", *args]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_reading_a_package_judges_it() -> None:
    values = values_for(code(1), NAMES[0], MONTH)
    env = envelope_for(code(1), NAMES[0], MONTH, _gen(MONTH, 2))
    doc = county.seal(env, values)
    data = json.dumps(doc, ensure_ascii=False).encode()
    assert isinstance(county.read_package("a.json", data), county.Package)
    # the envelope is covered too: a package made "complete" by hand is damaged
    doc2 = json.loads(data)
    doc2["envelope"]["month_closed"] = False
    found = county.read_package("b.json", json.dumps(doc2).encode())
    assert isinstance(found, county.Problem) and found.kind == "damaged"
    assert "校验码不符" in found.detail
    newer = county.seal(
        {**env, "indicator_set": {"format": direct_report.FORMAT, "version": 9}}, values
    )
    found = county.read_package("c.json", json.dumps(newer).encode())
    assert isinstance(found, county.Problem) and found.kind == "newer_format"
    assert county.read_package("d.json", b"\xff\xfe").kind == "damaged"  # type: ignore[union-attr]
    assert county.INDICATOR_VERSION == direct_report.FORMAT_VERSION
    assert county.month_named("2026年11月") == "2026-11"
    assert county.month_named("202611") == "2026-11" and county.month_named("收件箱") is None


def test_300_packages_are_collected_in_seconds(tmp_path: Path) -> None:
    root = tmp_path / "三百"
    codes = [f"64012{i:05d}" for i in range(300)]
    for i, c in enumerate(codes):
        write(
            root / f"乡镇{i % 12}",
            values_for(c, f"第{i}小学", MONTH, seed=i),
            envelope_for(c, f"第{i}小学", MONTH, _gen(MONTH, 2)),
        )
    schools = [county_schools.School(c, f"第{i}小学") for i, c in enumerate(codes)]
    start = time.perf_counter()
    result = county_service.collect(root, schools, MONTH)
    seconds = time.perf_counter() - start
    assert result.clean and result.totals["schools_reported"] == 300
    assert seconds < 5, seconds


# --- a package made by the real report package ----------------------------------------------


@pytest.fixture
def closed_school(
    school_ctx: ServiceContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    cli_login: Callable[..., str],
) -> Path:
    """The played week of November, closed on December 2; the command line logged in."""
    play_week(school_ctx, clock)
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CHINA_TZ))
    month_close.close_month(school_ctx, MONTH)
    monkeypatch.setenv("APP_NOW", "2026-12-02T09:30:00+08:00")
    cli_login(school_ctx)
    path = school_ctx.store.path
    school_ctx.store.close()
    return path


def test_a_real_package_is_accepted_by_the_county(
    closed_school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(closed_school)
    usb = tmp_path / "U盘"
    usb.mkdir()
    # no 学校标识码 yet: refused, naming the option, nothing written
    assert main(["--db", db, "report", "package", "--month", MONTH, "--to", str(usb)]) == 1
    err = capsys.readouterr().err
    assert "学校标识码还没有填写" in err and "--school-code" in err
    assert list(usb.iterdir()) == []
    assert main(["--db", db, "report", "direct", "--month", MONTH, "--json"]) == 1
    assert "--school-code" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "package",
                "--month",
                MONTH,
                "--to",
                str(usb),
                "--school-code",
                "12345",
            ]
        )
        == 1
    )
    assert "应为 10 位数字" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "package",
                "--month",
                MONTH,
                "--to",
                str(usb),
                "--school-code",
                "6401220001",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    files = list(usb.iterdir())
    assert [f.name for f in files] == ["6401220001-2026-11-202612020930.json"]
    assert "已保存报送包" in out and "已月结（第1版）" in out
    text = files[0].read_text(encoding="utf-8")
    for private in ("学生00", "学生01", "G10000000", "母亲00", "13900000000"):
        assert private not in text  # aggregates only
    doc = json.loads(text)
    env = doc["envelope"]
    assert env["school_code"] == "6401220001" and env["month"] == MONTH
    assert env["month_closed"] is True and env["snapshot_version"] == 1
    assert env["generated_at"].startswith("2026-12-02T09:30")
    assert env["indicator_set"] == {
        "format": direct_report.FORMAT,
        "version": direct_report.FORMAT_VERSION,
    }
    assert env["profile"]["id"] == "national" and len(env["profile"]["rules_sha256"]) == 64
    assert env["completeness"]["complete"] is True
    assert env["program_version"] and env["device_id"]
    assert doc["header"]["month_closed"] is True  # the closed month's file header says so
    assert doc["header"]["snapshot_hash"] == env["snapshot_sha256"]

    # report direct --json prints the same document (now that the code is there)
    assert main(["--db", db, "report", "direct", "--month", MONTH, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["envelope"]["school_code"] == "6401220001"
    assert printed["pupils_enrolled"] == doc["pupils_enrolled"] == 3

    schools = write_school_list(tmp_path / "名单.csv", [("6401220001", "立岗镇中心小学", 20)])
    status, found = _collect(capsys, str(usb), "--schools", str(schools), "--month", MONTH)
    assert found["problems"] == [] and found["missing"] == []
    assert status == 0
    assert found["totals"]["pupils_enrolled"] == 3 and found["totals"]["pupils_total"] == 6


def test_an_open_month_package_is_marked_not_closed(
    school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    report_package.set_school_code(school_ctx, "6401220001")
    out, doc = report_package.write_package(school_ctx, MONTH, tmp_path)
    assert doc["envelope"]["month_state"] == "open"
    assert any("还没有月结" in line for line in report_package.summary(doc))
    result = county.collect(
        MONTH,
        [county_schools.School("6401220001", "立岗镇中心小学")],
        [county.read_package(out.name, out.read_bytes())],
    )
    assert [p.kind for p in result.problems] == ["not_closed"]


def test_completeness_names_the_pc_that_has_not_delivered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from after_school_desk.services.pcs import sync
    from tests.unit.sync_school import School

    s = School(tmp_path, monkeypatch)
    try:
        hub = s.hub()
        b = s.join("class1")
        sync.now(b.ctx)
        sync.now(hub.ctx)
        s.clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CHINA_TZ))
        report_package.set_school_code(hub.ctx, "6401220001")
        env = report_package.package(hub.ctx, MONTH)["envelope"]
        pcs = {pc["name"]: pc for pc in env["completeness"]["pcs"]}
        assert env["completeness"]["complete"] is False
        assert pcs["hub"]["this_pc"] is True and pcs["hub"]["complete"] is True
        assert pcs["class1"]["complete"] is False
        assert str(pcs["class1"]["last_journal"]).startswith("2026-11")
        sync.now(b.ctx)  # class1 syncs on December 2: its November is all there
        sync.now(hub.ctx)
        env = report_package.package(hub.ctx, MONTH)["envelope"]
        assert env["completeness"]["complete"] is True
        assert {pc["name"] for pc in env["completeness"]["pcs"]} == {"hub", "class1"}
    finally:
        s.close()
