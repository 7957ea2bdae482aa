"""Fuzzed roster files through the import preview and the import (``services.roster``).

The files grow from the fixture in ``tests/fixtures/roster`` (the .xls class list, and the same
rows written as CSV and XLSX) and from a valid registry export made here, then are mutated:
odd cells (impossible and Excel-serial dates, control and bidirectional characters, formulas,
huge text, wrong ids, classes and phones), other encodings and delimiters, shuffled or missing
headers, byte flips, cuts and insertions, rewritten sheet XML (row numbers past Excel's last
row, bad cell references and types, out-of-range shared strings and styles, runs of empty rows),
zip damage (truncated, lying sizes, too many parts, a compressed mass of whitespace), pure noise,
and the wrong file suffix.

Each file goes through ``import_roster(dry_run=True)`` (the preview) and, when the preview
accepts it, ``import_roster`` itself, on a school file of the shard's own. Outcomes: refused with
the program's message (``ValidationError``/``InputFileError``), imported, or a crash (anything
else, ``sqlite3`` errors included: a roster file must never reach the database as an error).
A refusal must leave the pupils, adults, classes and audit trail exactly as they were, and an
import must add what its preview announced (else a ``partial_import``). Each file's time and
memory are measured (memory: how far the process's resident high-water mark, reset before the
file, rose above where it stood); a file that runs past ``FILE_TIME_LIMIT`` is stopped and
counted as a hang.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import re
import resource
import signal
import sqlite3
import struct
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from openpyxl import Workbook

from after_school_desk.errors import AppError, InputFileError, ValidationError
from after_school_desk.importers import tabular
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.roster import ImportReport, import_roster
from scripts.soak.common import (
    FIXTURES,
    Progress,
    ShardResult,
    copy_school,
    open_ctx,
    pc_settings,
)

DEVICE = "soak-fuzz"
FILE_TIME_LIMIT = 120  # seconds: past this a file counts as a hang
MEMORY_LIMIT = 4 << 30  # address space of a fuzz shard: a runaway fails alone, not the machine
RESET_EVERY = 150  # files between fresh copies of the school (keeps its fingerprint cheap)
KEEP_FILES = 25
FINGERPRINT_TABLES = ("pupil", "pupil_adult", "class", "grade", "audit")

REGISTRY_HEADER = ["序号", "全国学籍号", "姓名", "性别", "出生日期", "年级", "班级",
                   "是否留守儿童", "监护人1姓名", "监护人1关系", "监护人1联系电话", "家庭住址"]  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "小明丽华强伟芳娜敏静磊洋勇艳杰娟涛超秀霞平刚桂英"
GRADES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"]

ODD_DATES: list[object] = [
    "2016-02-30", "1900-02-29", "1900-02-28", "0000-00-00", "2016/13/01", "20161301", "2016.2.2",
    "2016年3月4日", "二〇一六年三月四日", "42430", "60", "-1", "1e308", "9999-12-31", "2099-01-01",
    "1800-01-01", "2016-3-4 00:00:00", "", " ", "NaN", 60, 61, -1, 0, 42430.5, 2958466, 1e308,
    date(1900, 1, 1), datetime(2016, 2, 29, 23, 59, 59), date(2030, 1, 1),
]  # fmt: skip
ODD_CHARS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\u200b", "\u200d",
             "\u202e", "\u2066", "\ufeff", "\u2028", "\r", "\n", "\t", "\u3000", "\"", ","]  # fmt: skip
ODD_TEXT: list[object] = ['=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-2", "=cmd|' /C calc'!A0",
            "A" * 5000, "张" * 1200, "", "　", "null", "None", "#N/A", "0"]  # fmt: skip
ODD_IDS: list[object] = ["G640122201603041234", "g640122201603041234", "G64012220160304123", "1" * 30, "",
           "G640122201603041234 ", "L1234", "640122201603041234", 6.40122201603041e17]  # fmt: skip
ODD_SEX: list[object] = ["男", "女", "M", "F", "1", "2", "未知", "", "男性", 1, True]
ODD_GRADES: list[object] = [
    "三年级",
    "十年级",
    "0年级",
    "七年级",
    "高三",
    "三年级(2)班",
    "",
    "3",
    3,
    "Grade 3",
]
ODD_CLASSES: list[object] = [
    "2班",
    "(2)班",
    "三年级(2)班",
    "999班",
    "0班",
    "二班",
    "-1班",
    "",
    2,
    2.5,
]
ODD_PHONES: list[object] = ["13800001234", "138 0000 1234", "+86 13800001234", "1380000123", "1" * 20,
              13800001234.0, "0951-1234567", "", "无", -13800001234]  # fmt: skip
ODD_ROW_NUMBERS = ["99999999999", "1048577", "1048576", "0", "-1", "abc", "1e5", "", "3.5"]
ODD_REFS = ["XFE3", "A0", "AAAA1", "3", "", "ZZZZZZ99999999999", "A-1", "€1"]
ODD_VALUES = ["99999999999", "-1", "1e308", "NaN", "60", "2958466", "", "abc", "0.5", "-0", "inf"]
ODD_TYPES = ["n", "d", "e", "b", "str", "inlineStr", "x", "s"]


# --- seeds -------------------------------------------------------------------------------


def _person(rng: random.Random, i: int) -> list[object]:
    birth = date(2014 + rng.randrange(4), rng.randint(1, 12), rng.randint(1, 28))
    surname = rng.choice(SURNAMES)
    return [
        i,
        f"G640122{birth:%Y%m%d}{rng.randrange(10000):04d}",
        surname + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))),
        rng.choice("男女"),
        birth if rng.random() < 0.5 else birth.isoformat(),
        rng.choice(GRADES[2:]),
        f"{rng.randint(1, 2)}班",
        rng.choice("是否"),
        surname + rng.choice(GIVEN) + rng.choice(GIVEN),
        rng.choice(["父亲", "母亲", "祖母", "祖父"]),
        f"13{rng.randrange(10**9):09d}",
        "某某村",
    ]


def registry_rows(rng: random.Random, count: int) -> list[list[object]]:
    return [list(REGISTRY_HEADER), *(_person(rng, i + 1) for i in range(count))]


def fixture_rows() -> list[list[object]]:
    sheets = tabular.read_sheets(FIXTURES / "class_list_grade4.xls")
    return [list(cells) for _, cells in sheets[0].rows]


def xlsx_bytes(rows: list[list[object]], title: str | None = None) -> bytes:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = title or "名册"
    for row in rows:
        ws.append([_xlsx_safe(v) for v in row[: tabular.EXCEL_COLUMNS]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xlsx_safe(value: object) -> object:
    """openpyxl refuses characters XML cannot hold; those reach the XML by the XML mutations."""
    if isinstance(value, str):
        return _ILLEGAL_XML.sub("", value)
    return value


def csv_bytes(rows: list[list[object]], encoding: str, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue().encode(encoding, "replace")


class Seeds:
    def __init__(self, rng: random.Random) -> None:
        self.xls = (FIXTURES / "class_list_grade4.xls").read_bytes()
        self.fixture = fixture_rows()
        self.registry = registry_rows(rng, 12)
        self.xlsx = [xlsx_bytes(self.fixture, "四年级名单"), xlsx_bytes(self.registry)]


# --- mutations ---------------------------------------------------------------------------


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 8])):
        if not buf:
            buf.extend(rng.randbytes(rng.randint(1, 64)))
            continue
        at = rng.randrange(len(buf))
        how = rng.randrange(7)
        if how == 0:
            buf[at] ^= rng.randint(1, 255)
        elif how == 1:
            buf[at:at] = rng.randbytes(rng.randint(1, 32))
        elif how == 2:
            del buf[at : at + rng.randint(1, 256)]
        elif how == 3:
            buf[at:at] = buf[at : at + rng.randint(1, 512)]
        elif how == 4:
            del buf[at:]  # truncated
        elif how == 5:
            buf[at : at + 8] = b"\x00" * 8
        else:
            buf[at : at + 4] = struct.pack("<I", rng.choice([0, 1, 0x7FFFFFFF, 0xFFFFFFFF]))
    return bytes(buf)


def odd_rows(rng: random.Random, base: list[list[object]]) -> list[list[object]]:
    rows = [list(r) for r in base]
    header, body = rows[0], rows[1:]
    if rng.random() < 0.15:
        rng.shuffle(header)
    if rng.random() < 0.1 and header:
        header.pop(rng.randrange(len(header)))  # a missing column
    if rng.random() < 0.1 and header:
        header.append(rng.choice(header))  # a repeated header
    if rng.random() < 0.3:
        body = [_person(rng, i + 1) for i in range(rng.choice([0, 1, 5, 40, 300]))]
    if rng.random() < 0.1 and body:
        body.append(list(rng.choice(body)))  # the same pupil twice
    pools: list[list[object]] = [
        ODD_DATES, ODD_TEXT, ODD_IDS, ODD_SEX, ODD_GRADES, ODD_CLASSES, ODD_PHONES
    ]  # fmt: skip
    for _ in range(rng.choice([0, 1, 1, 2, 4, 12])):
        if not body:
            break
        row = rng.choice(body)
        col = rng.randrange(max(1, len(row)))
        if rng.random() < 0.35 and isinstance(row[col] if col < len(row) else None, str):
            text = str(row[col])
            at = rng.randrange(len(text) + 1)
            row[col] = text[:at] + rng.choice(ODD_CHARS) + text[at:]
        else:
            value: object = rng.choice(rng.choice(pools))
            if col < len(row):
                row[col] = value
            else:
                row.append(value)
    if rng.random() < 0.05 and body:
        body[0] = body[0] + ["x"] * rng.choice([50, 3000, 20000])  # a very wide row
    if rng.random() < 0.05:
        body.insert(rng.randrange(len(body) + 1), list(header))  # the header again, mid-file
    title: list[list[object]] = [["某某小学学生名单"]] if rng.random() < 0.2 else []
    blanks: list[list[object]] = [[] for _ in range(rng.choice([0, 0, 1, 3]))]
    return title + blanks + [header] + body


def big_rows(rng: random.Random) -> list[list[object]]:
    """Rows near the file bounds: a township's roster, one row past the limit, or thousands of
    rows that are all wrong (the problem list must stay bounded)."""
    how = rng.randrange(3)
    count = (2_000, tabular.MAX_ROWS + 1, 4_000)[how]
    rows = [_person(rng, i + 1) for i in range(count)]
    if how == 2:
        for row in rows:
            row[1], row[4] = "G" + "9" * 30, rng.choice(ODD_DATES)
    return [list(REGISTRY_HEADER), *rows]


def make_csv(rng: random.Random, seeds: Seeds) -> tuple[str, bytes]:
    base = seeds.registry if rng.random() < 0.6 else seeds.fixture
    rows = big_rows(rng) if rng.random() < 0.004 else odd_rows(rng, base)
    encoding = rng.choice(["utf-8", "utf-8-sig", "gb18030", "gb18030", "utf-16", "latin-1"])
    delimiter = rng.choice([",", ",", ",", "\t", ";", "|"])
    data = csv_bytes(rows, encoding, delimiter)
    if rng.random() < 0.3:
        data = mutate_bytes(data, rng)
    return rng.choice([".csv", ".csv", ".csv", ".txt", ".xls"]), data


def make_xlsx_cells(rng: random.Random, seeds: Seeds) -> tuple[str, bytes]:
    base = seeds.registry if rng.random() < 0.6 else seeds.fixture
    rows = big_rows(rng) if rng.random() < 0.004 else odd_rows(rng, base)
    return ".xlsx", xlsx_bytes(rows, rng.choice([None, "Sheet1", "四年级名单", "学生"]))


def _sub_one(pattern: str, text: str, rng: random.Random, make: Callable[[], str]) -> str:
    found = list(re.finditer(pattern, text))
    if not found:
        return text
    m = rng.choice(found)
    return text[: m.start(1)] + make() + text[m.end(1) :]


def _const(text: str) -> Callable[[], str]:
    return lambda: text


def mutate_sheet_xml(xml: str, rng: random.Random) -> str:
    for _ in range(rng.choice([1, 1, 2, 3])):
        how = rng.randrange(11)
        if how == 0:
            xml = _sub_one(r'<row r="(\d+)"', xml, rng, lambda: rng.choice(ODD_ROW_NUMBERS))
        elif how == 1:
            xml = _sub_one(r'<c r="([A-Z]+\d+)"', xml, rng, lambda: rng.choice(ODD_REFS))
        elif how == 2:
            xml = _sub_one(
                r'<dimension ref="([^"]*)"', xml, rng,
                lambda: rng.choice(["A1:XFE1048577", "A1:Z99999999999", "", "A1:B2", "XFD1048576"]),
            )  # fmt: skip
        elif how == 3:
            xml = _sub_one(r' t="(\w+)"', xml, rng, lambda: rng.choice(ODD_TYPES))
        elif how == 4:
            xml = _sub_one(r"<v>([^<]*)</v>", xml, rng, lambda: rng.choice(ODD_VALUES))
        elif how == 5:
            xml = _sub_one(r' s="(\d+)"', xml, rng, lambda: rng.choice(["9999", "-1", "a", "1"]))
        elif how == 6:  # a run of empty rows, declared one by one
            at = xml.find("</sheetData>")
            if at >= 0:
                n = rng.choice([1000, 30000, 100000])
                start = rng.choice([100, 1048000, 99999])
                runs = "".join(f'<row r="{start + i}"/>' for i in range(n))
                xml = xml[:at] + runs + xml[at:]
        elif how == 7:  # text with control and bidirectional characters, inline
            text = "王" + rng.choice(ODD_CHARS) + "小明" + rng.choice(["\u202e", "\x01", "&#1;"])
            cell = f'<c r="C4" t="inlineStr"><is><t>{text}</t></is></c>'
            xml = _sub_one(r"(<c [^>]*>.*?</c>)", xml, rng, _const(cell))
        elif how == 8:  # cut short
            xml = xml[: rng.randrange(len(xml) + 1)]
        elif how == 9:  # a date serial in a date-styled cell
            xml = _sub_one(r"<v>([^<]*)</v>", xml, rng,
                           lambda: rng.choice(["60", "60.5", "-1", "2958466", "1e308", "0"]))  # fmt: skip
        else:
            xml = _sub_one(r"<v>(\d+)</v>", xml, rng, lambda: str(rng.choice([999999, -1, 10**12])))
    return xml


def make_xlsx_xml(rng: random.Random, seeds: Seeds) -> tuple[str, bytes]:
    source = zipfile.ZipFile(io.BytesIO(rng.choice(seeds.xlsx)))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in source.infolist():
            data = source.read(info)
            name = info.filename
            if name.startswith("xl/worksheets/sheet"):
                data = mutate_sheet_xml(data.decode("utf-8"), rng).encode("utf-8", "replace")
            elif name == "xl/sharedStrings.xml" and rng.random() < 0.2:
                if rng.random() < 0.5:
                    continue  # the shared strings gone
                data = mutate_bytes(data, rng)
            elif name == "xl/styles.xml" and rng.random() < 0.1:
                data = mutate_bytes(data, rng)
            dst.writestr(name, data)
    return rng.choice([".xlsx", ".xlsx", ".xlsm", ".csv"]), out.getvalue()


def make_zip_damage(rng: random.Random, seeds: Seeds) -> tuple[str, bytes]:
    data = rng.choice(seeds.xlsx)
    how = rng.randrange(5)
    if how == 0:  # truncated
        return ".xlsx", data[: rng.randrange(len(data))]
    if how == 1:  # sizes in the central directory that lie (huge or tiny)
        buf = bytearray(data)
        for m in re.finditer(rb"PK\x01\x02", bytes(buf)):
            if rng.random() < 0.5:
                size = rng.choice([0, 1, 1 << 30, 0xFFFFFFFF, 45 << 20])
                buf[m.start() + 24 : m.start() + 28] = struct.pack("<I", size)
        return ".xlsx", bytes(buf)
    if how == 2:  # too many parts
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
            for info in src.infolist():
                dst.writestr(info.filename, src.read(info))
            for i in range(tabular.MAX_ZIP_ENTRIES + rng.choice([-5, 10])):
                dst.writestr(f"customXml/item{i}.xml", b"<x/>")
        return ".xlsx", out.getvalue()
    if how == 3 and rng.random() < 0.1:  # a compressed mass of whitespace inside the sheet
        mb = rng.choice([30, 39, 41])
        out = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(data)) as src,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for info in src.infolist():
                part = src.read(info)
                if info.filename.startswith("xl/worksheets/sheet"):
                    at = part.find(b"<sheetData>") + len(b"<sheetData>")
                    part = part[:at] + b" " * (mb << 20) + part[at:]
                dst.writestr(info.filename, part)
        return ".xlsx", out.getvalue()
    return ".xlsx", mutate_bytes(data, rng)


def make_xls(rng: random.Random, seeds: Seeds) -> tuple[str, bytes]:
    return rng.choice([".xls", ".xls", ".xlsx"]), mutate_bytes(seeds.xls, rng)


def make_noise(rng: random.Random, seeds: Seeds) -> tuple[str, bytes]:
    size = rng.choice([0, 1, 7, 100, 4096, 70_000])
    head = rng.choice(
        [b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html>", b"\xef\xbb\xbf"]
    )
    return rng.choice([".csv", ".xlsx", ".xls", ".txt"]), head + rng.randbytes(size)


MAKERS: list[tuple[Callable[[random.Random, Seeds], tuple[str, bytes]], float, str]] = [
    (make_csv, 0.34, "csv"),
    (make_xlsx_cells, 0.18, "xlsx-cells"),
    (make_xlsx_xml, 0.26, "xlsx-xml"),
    (make_zip_damage, 0.08, "zip"),
    (make_xls, 0.09, "xls"),
    (make_noise, 0.05, "noise"),
]


# --- measuring ---------------------------------------------------------------------------


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _peak_rss_mb() -> float:
    """The process's resident high-water mark (since the last reset)."""
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    now = _status_mb("VmRSS")
    return now if now is not None else _peak_rss_mb()


class Hang(BaseException):  # not an Exception: no "except Exception" may swallow it
    pass


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    def stop(_signum: int, _frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def _memory_limit(limit: int) -> Iterator[None]:
    old = resource.getrlimit(resource.RLIMIT_AS)
    hard = old[1]
    with suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (min(limit, hard) if hard > 0 else limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, old)


def fingerprint(ctx: ServiceContext) -> str:
    conn: sqlite3.Connection = ctx.store.conn
    h = hashlib.blake2b(digest_size=16)
    for table in FINGERPRINT_TABLES:
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
            h.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def pupils(ctx: ServiceContext) -> int:
    return int(ctx.store.conn.execute("SELECT count(*) FROM pupil").fetchone()[0])


# --- the shard ---------------------------------------------------------------------------


def run_shard(template: Path, folder: Path, files: int, seed: int) -> ShardResult:
    result = ShardResult("fuzz")
    started = time.monotonic()
    rng = random.Random(seed)
    seeds = Seeds(random.Random(seed ^ 0x5EED))
    folder.mkdir(parents=True, exist_ok=True)
    measured = _reset_peak_rss()  # else only the process's peak is known
    ctx: ServiceContext | None = None
    kept = 0
    with _memory_limit(MEMORY_LIMIT):
        progress = Progress(folder.name, files)
        for k in range(files):
            progress.tick(k)
            if ctx is None or k % RESET_EVERY == 0:
                if ctx is not None:
                    ctx.store.close()
                pc_settings(template, folder / "settings")
                ctx = open_ctx(copy_school(template, folder / "school.sqlite"), DEVICE)
            suffix, data, kind = _make(rng, seeds, result)
            path = folder / f"roster{suffix}"
            path.write_bytes(data)
            result.add("files")
            result.add(f"kind:{kind}")
            result.peak("largest_file_kb", round(len(data) / 1024, 1))
            outcome, note, seconds, growth = _one_file(ctx, path, measured)
            result.add(outcome)
            result.peak("max_seconds_per_file", round(seconds, 2))
            result.extreme("slowest_file", seconds, f"{kind} {suffix}, {len(data):,} bytes")
            if growth is not None:
                result.peak("max_memory_growth_mb_per_file", round(growth, 1))
                result.extreme("most_memory", growth, f"{kind} {suffix}, {len(data):,} bytes")
            result.peak("max_process_rss_mb", round(_peak_rss_mb(), 1))
            if outcome in ("crash", "partial_import", "hang", "preview_differs"):
                name = f"{outcome}-{seed}-{k}{suffix}"
                result.fail(f"{kind} {suffix} ({name}): {note}", outcome)
                if kept < KEEP_FILES:
                    kept += 1
                    (folder / name).write_bytes(data)
            if outcome == "hang":  # the store may be mid-transaction: start again
                ctx.store.close()
                ctx = None
    if ctx is not None:
        ctx.store.close()
    result.seconds = time.monotonic() - started
    return result


def _make(rng: random.Random, seeds: Seeds, result: ShardResult) -> tuple[str, bytes, str]:
    """A fuzzed file: (suffix, bytes, kind). A generator that trips over its own input (openpyxl
    refusing what it cannot write) is counted and another one is asked."""
    while True:
        maker, _, kind = rng.choices(MAKERS, [w for _, w, _ in MAKERS])[0]
        try:
            suffix, data = maker(rng, seeds)
        except Exception as exc:
            result.add("generator_retries")
            result.fail(f"{kind}: {type(exc).__name__}: {exc}"[:200], "generator_retry")
            continue
        return suffix, data, kind


def _one_file(
    ctx: ServiceContext, path: Path, measured: bool
) -> tuple[str, str, float, float | None]:
    """(outcome, note, seconds, MB of resident memory it added at its peak) for one file:
    preview, then import."""
    before = fingerprint(ctx)
    count = pupils(ctx)
    base = _rss_mb()
    if measured:
        _reset_peak_rss()
    started = time.monotonic()
    outcome, note = "imported", ""
    try:
        with _time_limit(FILE_TIME_LIMIT):
            outcome, note = _preview_and_import(ctx, path, before, count)
    except Hang as exc:
        outcome, note = "hang", str(exc)
    seconds = time.monotonic() - started
    return outcome, note, seconds, _peak_rss_mb() - base if measured else None


def _preview_and_import(
    ctx: ServiceContext, path: Path, before: str, count: int
) -> tuple[str, str]:
    try:
        preview = import_roster(ctx, path, dry_run=True)
    except (ValidationError, InputFileError) as exc:
        if fingerprint(ctx) != before:
            return "partial_import", f"the preview refused it but the file changed: {exc.message}"
        return "refused", ""
    except AppError as exc:
        return "refused_other_error", f"{type(exc).__name__}: {exc.message}"
    except Exception as exc:
        return "crash", f"preview: {type(exc).__name__}: {exc}"[:300]
    if fingerprint(ctx) != before:
        return "partial_import", "the preview (dry run) changed the file"
    try:
        report = import_roster(ctx, path)
    except (ValidationError, InputFileError) as exc:
        if fingerprint(ctx) != before:
            return "partial_import", f"the import refused it but the file changed: {exc.message}"
        return "preview_differs", f"the preview accepted it, the import refused: {exc.message}"
    except Exception as exc:
        partial = fingerprint(ctx) != before
        what = "partial_import" if partial else "crash"
        return what, f"import: {type(exc).__name__}: {exc}"[:300]
    added = pupils(ctx) - count
    if added != report.added:
        return "partial_import", f"the import said {report.added} added, the file has {added} more"
    if _numbers(report) != _numbers(preview):
        return "preview_differs", f"preview {_numbers(preview)} vs import {_numbers(report)}"
    return "imported", ""


def _numbers(report: ImportReport) -> tuple[Any, ...]:
    return (report.total_rows, report.added, report.updated, report.unchanged,
            report.classes_created)  # fmt: skip
