"""Property: any bytes given as a roster end in a report or a clear refusal, never half done."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from after_school_desk.errors import InputFileError, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.roster import ImportReport, import_roster
from tests.unit.roster_files import REGISTRY_HEADER, csv_bytes, registry_row, write_xlsx

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CELLS = st.one_of(
    st.sampled_from(
        [
            "是",
            "否",
            "男",
            "女",
            "张三",
            "G640122201603041234",
            "三年级(2)班",
            "2班",
            "2016-02-30",
            "",
        ]
    ),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.integers(-10, 30000000),
)
HEADER = ["学籍号", "姓名", "性别", "出生日期", "年级", "班级", "是否留守儿童", "监护人1联系电话"]


def snapshot(ctx: ServiceContext) -> list[object]:
    conn: sqlite3.Connection = ctx.store.conn
    return [
        conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
        for t in ("pupil", "pupil_adult", "class", "grade", "audit")
    ]


def check(ctx: ServiceContext, path: Path) -> None:
    before = snapshot(ctx)
    try:
        report = import_roster(ctx, path)
    except (ValidationError, InputFileError):
        assert snapshot(ctx) == before  # refused: nothing written
        return
    assert isinstance(report, ImportReport)
    count = ctx.store.conn.execute("SELECT count(*) FROM pupil").fetchone()[0]
    assert count >= report.added  # accepted: every row is in


def mutate(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    buf = bytearray(data)
    for pos, value in edits:
        if buf:
            buf[pos % len(buf)] = value
    return bytes(buf)


@pytest.fixture(scope="module")
def good_xlsx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("x") / "r.xlsx"
    write_xlsx(path, [REGISTRY_HEADER, registry_row(1), registry_row(2)], title="名册")
    return path.read_bytes()


@FUZZ
@given(
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=9), max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
    edits=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=3),
)
def test_random_csv_never_crashes_or_half_imports(
    school_ctx: ServiceContext,
    tmp_path: Path,
    rows: list[list[object]],
    encoding: str,
    edits: list[tuple[int, int]],
) -> None:
    data = mutate(csv_bytes([HEADER, *rows], encoding), edits)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    check(school_ctx, path)


@FUZZ
@given(
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=9), max_size=5),
    title=st.booleans(),
)
def test_random_xlsx_content_never_crashes_or_half_imports(
    school_ctx: ServiceContext, tmp_path: Path, rows: list[list[object]], title: bool
) -> None:
    path = write_xlsx(tmp_path / "fuzz.xlsx", [HEADER, *rows], title="名册" if title else None)
    check(school_ctx, path)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 100_000), st.integers(0, 255)), min_size=1))
def test_mutated_xlsx_bytes_never_crash_or_half_import(
    school_ctx: ServiceContext, tmp_path: Path, good_xlsx: bytes, edits: list[tuple[int, int]]
) -> None:
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(mutate(good_xlsx, edits))
    check(school_ctx, path)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 4_000), st.integers(0, 255)), max_size=4))
def test_mutated_sheet_xml_never_crashes_or_half_imports(
    school_ctx: ServiceContext, tmp_path: Path, good_xlsx: bytes, edits: list[tuple[int, int]]
) -> None:
    """Damage inside the (deflated) zip members too, where random bytes alone rarely reach."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(good_xlsx)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith(("xl/worksheets/", "xl/sharedStrings")):
                data = mutate(data, edits)
            dst.writestr(info.filename, data)
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(out.getvalue())
    check(school_ctx, path)
