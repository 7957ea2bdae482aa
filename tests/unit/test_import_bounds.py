"""Imports with bounds: hostile or damaged roster files are refused quickly, in little memory,
with a bounded list of problems; cancel stops a read; impossible dates and invisible characters
in names are refused with the row."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from after_school_desk.errors import InputFileError, ValidationError
from after_school_desk.importers import tabular
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.roster import import_roster
from tests.unit.roster_files import (
    REGISTRY_HEADER,
    far_row_xlsx,
    registry_row,
    write_csv,
    write_xlsx,
    zip_bomb_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
MEASURE = """
import resource, sys, time
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # a runaway dies here, not the PC
from after_school_desk.errors import InputFileError
from after_school_desk.importers.tabular import read_sheets
start = time.perf_counter()
try:
    read_sheets(Path(sys.argv[1]))
    outcome = "read"
except InputFileError as exc:
    outcome = exc.message
except MemoryError:
    outcome = "MemoryError"
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:  # Linux hands a child its parent's peak (ru_maxrss survives fork+exec): use this process's
    status = Path("/proc/self/status").read_text()
    rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    pass
print(f"{time.perf_counter() - start:.3f}|{rss:.0f}|{outcome}")
"""


def measure(path: Path) -> tuple[float, float, str]:
    """Read ``path`` in a fresh process: seconds, peak RSS in MB, the outcome."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=True,
    )  # fmt: skip
    seconds, rss, outcome = done.stdout.strip().split("|", 2)
    return float(seconds), float(rss), outcome


def test_a_far_row_number_is_refused_at_once(school_ctx: ServiceContext, tmp_path: Path) -> None:
    path = far_row_xlsx(tmp_path)  # 5–7 KB; used to fill 99,999,999,997 empty rows
    start = time.perf_counter()
    with pytest.raises(InputFileError, match="行号"):
        import_roster(school_ctx, path)
    assert time.perf_counter() - start < 1


def test_a_far_declared_dimension_is_refused(tmp_path: Path) -> None:
    path = far_row_xlsx(tmp_path, row="5", dimension="A1:U99999999999")
    with pytest.raises(InputFileError, match=r"行号|范围"):
        tabular.read_sheets(path)


def test_a_row_far_down_but_inside_excel_is_read_without_the_gap(tmp_path: Path) -> None:
    path = far_row_xlsx(tmp_path, row="1048576")
    start = time.perf_counter()
    [sheet] = tabular.read_sheets(path)
    assert time.perf_counter() - start < 1
    assert [n for n, _ in sheet.rows] == [1, 2, 3, 1048576]


def test_a_zip_bomb_is_refused_before_parsing_in_little_memory(tmp_path: Path) -> None:
    path = zip_bomb_xlsx(tmp_path, 120)  # 0.25 MB on disk, 120 MB of XML
    assert path.stat().st_size < 1_000_000
    seconds, rss, outcome = measure(path)
    assert "解压后" in outcome, outcome
    assert rss < 120 and seconds < 1, (seconds, rss)


def test_too_many_rows_and_cells_are_refused_while_streaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 50)
    rows = [REGISTRY_HEADER, *[registry_row(i) for i in range(1, 60)]]
    with pytest.raises(InputFileError, match="超过 50 行"):
        tabular.read_sheets(write_csv(tmp_path / "r.csv", rows))
    with pytest.raises(InputFileError, match="超过 50 行"):
        tabular.read_sheets(write_xlsx(tmp_path / "r.xlsx", rows))
    monkeypatch.setattr(tabular, "MAX_ROWS", 1000)
    monkeypatch.setattr(tabular, "MAX_CELLS", 500)
    with pytest.raises(InputFileError, match="单元格"):
        tabular.read_sheets(write_csv(tmp_path / "r.csv", rows))
    wide = far_row_xlsx(tmp_path, row="3")  # fine
    assert tabular.read_sheets(wide)


def test_a_wide_row_counts_its_width(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_CELLS", 10_000)
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["姓名"])
    ws.cell(row=2, column=16384, value="x")
    book.save(tmp_path / "wide.xlsx")
    with pytest.raises(InputFileError, match="单元格"):
        tabular.read_sheets(tmp_path / "wide.xlsx")


def test_a_tick_can_stop_the_read(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    seen: list[int] = []

    def tick(rows: int) -> None:
        seen.append(rows)
        raise Stop

    rows = [REGISTRY_HEADER, *[registry_row(i) for i in range(1, 600)]]
    for path in (write_csv(tmp_path / "r.csv", rows), write_xlsx(tmp_path / "r.xlsx", rows)):
        seen.clear()
        with pytest.raises(Stop):
            tabular.read_sheets(path, tick=tick)
        assert seen == [tabular.TICK_ROWS]


def test_at_most_n_problem_lines_then_how_many_more(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    long_name = "名" * 5000
    rows = [REGISTRY_HEADER, *[registry_row(i, name=long_name, sex="?") for i in range(1, 1200)]]
    start = time.perf_counter()
    with pytest.raises(ValidationError) as caught:
        import_roster(school_ctx, write_csv(tmp_path / "bad.csv", rows))
    # a guard against a runaway (a problem list that grew with every row's whole text), not a
    # speed figure: about 2–5 s here, depending on what else the machine runs
    assert time.perf_counter() - start < 60
    lines = caught.value.lines()
    assert caught.value.message.startswith("名册有 2398 处错误")
    assert len(lines) <= 102
    assert lines[-1] == "还有 2298 处问题没有列出；请先改正上面这些，再检查一次。"
    assert max(len(line) for line in lines) < 200  # long values are cut short


def test_excel_serial_60_is_not_a_date(school_ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [REGISTRY_HEADER, registry_row(1, birth=60), registry_row(2)]
    path = write_xlsx(tmp_path / "r.xlsx", rows)  # 60 as a date cell: Excel shows 1900-02-29
    with pytest.raises(ValidationError) as caught:
        import_roster(school_ctx, path)
    assert any(p.startswith("第 2 行「出生日期」") for p in caught.value.problems), caught.value
    plain = [REGISTRY_HEADER, registry_row(1, birth=60.0)]  # a plain number 60 (no date format)
    book = Workbook()
    ws = book.active
    assert ws is not None
    for row in plain:
        ws.append(row)
    book.save(tmp_path / "n.xlsx")
    with pytest.raises(ValidationError) as caught:
        import_roster(school_ctx, tmp_path / "n.xlsx")
    assert any("第 2 行「出生日期」" in p for p in caught.value.problems), caught.value


def test_a_real_1900_date_is_still_refused_as_no_pupils_birth(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx", [REGISTRY_HEADER, registry_row(1, birth=datetime(1900, 2, 28))]
    )
    with pytest.raises(ValidationError, match="1 处错误"):
        import_roster(school_ctx, path)


@pytest.mark.parametrize(
    "name", ["张\u200b三", "\u202e三张", "张三\u2066", "\ufeff张三", "李\u200f四", "Li\u00adSi"]
)
def test_invisible_characters_in_names_are_refused(
    school_ctx: ServiceContext, tmp_path: Path, name: str
) -> None:
    rows = [REGISTRY_HEADER, registry_row(1), registry_row(2, name=name)]
    with pytest.raises(ValidationError) as caught:
        import_roster(school_ctx, write_csv(tmp_path / "r.csv", rows))
    [problem] = caught.value.problems
    assert problem.startswith("第 3 行「姓名」") and "看不见" in problem
    assert not any(ch in problem for ch in "\u200b\u202e\u2066\ufeff\u200f\u00ad")


def test_invisible_characters_in_a_guardians_name_are_refused(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    row = registry_row(1)
    row[REGISTRY_HEADER.index("监护人1姓名")] = "王\u202e五"
    with pytest.raises(ValidationError) as caught:
        import_roster(school_ctx, write_csv(tmp_path / "r.csv", [REGISTRY_HEADER, row]))
    assert caught.value.problems[0].startswith("第 2 行「监护人1姓名」")
