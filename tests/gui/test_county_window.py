"""县教育局汇总 driven through its buttons: the list, the folder, the month, the tabs, the chart,
the workbook and the county's template; and 保存报送包… on the school's 报表 page."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui.county_window import CountyWindow
from after_school_desk.ui.reports_page import ReportsPage
from tests.unit.county_packages import envelope_for, values_for, write, write_school_list
from tests.unit.report_month import play_week

LEFT = Qt.MouseButton.LeftButton
SCHOOLS = [("6401220001", "立岗镇中心小学"), ("6401220002", "金山小学"), ("6401220003", "洪广小学")]


@pytest.fixture
def county_files(tmp_path: Path) -> tuple[Path, Path]:
    """October and November for the first two schools; 洪广小学 never reports; one file cut
    short; 金山小学's November not closed."""
    root = tmp_path / "报送包"
    for month, made in (
        ("2026-10", "2026-11-03T10:00:00+08:00"),
        ("2026-11", "2026-12-02T10:00:00+08:00"),
    ):
        for i, (code, name) in enumerate(SCHOOLS[:2]):
            closed = not (month == "2026-11" and i == 1)
            write(
                root / month,
                values_for(code, name, month, seed=i, enrolled=100 + 10 * i),
                envelope_for(code, name, month, made, closed=closed),
            )
    (root / "2026-11" / "坏的.json").write_text("{", encoding="utf-8")
    schools = write_school_list(tmp_path / "全县学校名单.csv", [(c, n, 40) for c, n in SCHOOLS])
    return root, schools


def test_the_county_window_collects_shows_and_exports(
    qtbot: QtBot, county_files: tuple[Path, Path], tmp_path: Path
) -> None:
    root, schools = county_files
    window = CountyWindow(FixedClock(datetime(2026, 12, 5, 9, 0, tzinfo=CHINA_TZ)))
    qtbot.addWidget(window)
    assert window.month.month() == "2026-11"  # last month
    assert not window.collect_button.isEnabled() and not window.export_button.isEnabled()

    bad = tmp_path / "坏名单.csv"
    bad.write_text("名称\n甲\n", encoding="utf-8")
    window.ask_schools_file = lambda: str(bad)  # type: ignore[method-assign]
    qtbot.mouseClick(window.schools_button, LEFT)
    assert "学校标识码" in window.error.text() and not window.error.isHidden()
    assert window.schools == []

    window.ask_schools_file = lambda: str(schools)  # type: ignore[method-assign]
    qtbot.mouseClick(window.schools_button, LEFT)
    assert window.error.isHidden() and len(window.schools) == 3
    assert "3 所学校" in window.schools_label.text()
    window.ask_folder = lambda: str(root)  # type: ignore[method-assign]
    qtbot.mouseClick(window.folder_button, LEFT)
    result = window.result
    assert result is not None and result.month == "2026-11"
    assert "已报送 2 所" in window.summary.text() and "未报送 1 所" in window.summary.text()
    assert window.school_model.rowCount() == 3
    assert window.missing_model.rowCount() == 1
    kinds = {window.problem_model.row(r).cells[0].text for r in range(2)}
    assert kinds == {"文件损坏或被改动", "未月结"}
    assert window.tabs.tabText(1) == "未报送（1）" and window.tabs.tabText(2) == "问题（2）"
    totals = {
        window.totals_model.row(r).cells[2].text: window.totals_model.row(r).cells[1].text
        for r in range(window.totals_model.rowCount())
    }
    assert totals["pupils_enrolled"] == "210"
    assert window.chart.labels == ["2026-10", "2026-11"]
    assert window.chart.series[1].values == [210.0, 210.0]

    out = tmp_path / "汇总.xlsx"
    window.ask_save_path = lambda name: str(out)  # type: ignore[method-assign]
    assert window.export_button.isEnabled()
    qtbot.mouseClick(window.export_button, LEFT)
    assert out.exists() and str(out) in window.status.text()
    wb = openpyxl.load_workbook(out)
    rows = list(wb["各校明细"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [c for c, _n in SCHOOLS]
    assert rows[2][2] == "未报送"
    assert [r[0] for r in wb["未报送"].iter_rows(min_row=2, values_only=True)] == ["6401220003"]

    template = tmp_path / "县模板.xlsx"
    t = openpyxl.Workbook()
    ws = t.active
    assert ws is not None
    ws["A1"] = "参加学生"
    ws["B1"] = "{{pupils_enrolled}}"
    t.save(template)
    filled = tmp_path / "填好.xlsx"
    window.ask_template = lambda: str(template)  # type: ignore[method-assign]
    window.ask_save_path = lambda name: str(filled)  # type: ignore[method-assign]
    qtbot.mouseClick(window.template_button, LEFT)
    assert openpyxl.load_workbook(filled).worksheets[0]["B1"].value == 210

    window.month.choose("2026-10")  # another month: collected again
    assert window.result is not None and window.result.month == "2026-10"
    assert window.missing_model.rowCount() == 1
    assert window.problem_model.rowCount() == 1  # the file cut short is still there

    # the folder and the list are remembered for next time
    again = CountyWindow(FixedClock(datetime(2026, 12, 5, 9, 0, tzinfo=CHINA_TZ)))
    qtbot.addWidget(again)
    assert again.result is not None and again.folder == str(root)


def test_the_window_fits_1366_by_768(
    qtbot: QtBot, county_files: tuple[Path, Path], tmp_path: Path
) -> None:
    root, schools = county_files
    clock = FixedClock(datetime(2026, 12, 5, 9, 0, tzinfo=CHINA_TZ))
    window = CountyWindow(clock, str(root), str(schools), "2026-11")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768
    for button in (
        window.folder_button,
        window.schools_button,
        window.export_button,
        window.template_button,
        window.collect_button,
    ):
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    assert window.grab().save(str(tmp_path / "county.png"))


def test_save_package_asks_for_the_school_code_once(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    play_week(school_ctx, clock)
    page = ReportsPage(school_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("direct"))
    usb = tmp_path / "U盘"
    usb.mkdir()
    asked: list[str] = []
    page.ask_package_folder = lambda: str(usb)  # type: ignore[method-assign]

    def answer(code: str) -> None:
        def ask() -> str:
            asked.append(code)
            return code

        page.ask_school_code = ask  # type: ignore[method-assign]

    answer("12345")
    qtbot.mouseClick(page.package_button, LEFT)
    assert "应为 10 位数字" in page.status.text() and list(usb.iterdir()) == []
    answer("6401220001")
    qtbot.mouseClick(page.package_button, LEFT)
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    files = list(usb.iterdir())
    assert [f.name for f in files] == ["6401220001-2026-11-202611062000.json"]
    assert "已保存报送包" in page.status.text() and "还没有月结" in page.status.text()
    assert json.loads(files[0].read_text(encoding="utf-8"))["envelope"]["month"] == "2026-11"
    clock.set(datetime(2026, 11, 6, 20, 5, tzinfo=CHINA_TZ))
    qtbot.mouseClick(page.package_button, LEFT)  # the code is there now: not asked again
    qtbot.waitUntil(lambda: not page.runner.running(), timeout=20000)
    assert asked == ["12345", "6401220001"] and len(list(usb.iterdir())) == 2
