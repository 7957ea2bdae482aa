"""Reading spreadsheet-like files (.xlsx, legacy .xls, .csv) into plain rows of cell values.

Each sheet becomes a list of ``(row_number, cells)`` where ``row_number`` is the row as the
spreadsheet program shows it (1-based, title rows included). Cells are ``str``, ``int``,
``float``, ``bool``, ``date``/``datetime``/``time`` or ``None``. Nothing here knows what a
roster is; files that cannot be read raise :class:`InputFileError` with a Chinese message.

Bounded, because the files come from anywhere: at most ``MAX_ROWS`` non-empty rows and
``MAX_CELLS`` cells (row widths) per file, counted while streaming; row numbers past Excel's last
row refused (rows in between are never filled in, so a damaged ``<row r="99999999999">`` costs
nothing); an .xlsx whose parts would unpack to more than ``MAX_UNPACKED_BYTES`` (a zip bomb)
refused from the zip's directory before any XML is parsed; text cells cut to
``MAX_CELL_CHARS``. ``tick(rows_read)`` is called every ``TICK_ROWS`` rows and may raise to stop
the read (the GUI's 取消); its exception passes through unchanged.
"""

from __future__ import annotations

import contextlib
import csv
import io
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from after_school_desk.errors import InputFileError

Cell = str | int | float | bool | date | datetime | time | None
Rows = list[tuple[int, list[Cell]]]
Tick = Callable[[int], None]

SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MB = 1024 * 1024
_MAX_BYTES = 50 * _MB
MAX_ROWS = 20_000  # non-empty rows in one file: a whole township's pupils fit
MAX_CELLS = 2_000_000  # cells kept (each row as wide as its last cell)
MAX_CELL_CHARS = 1_000  # no roster value is longer; longer text is cut
MAX_UNPACKED_BYTES = 40 * _MB  # an .xlsx's parts once unzipped (20,000 pupils: about 15 MB)
MAX_ZIP_ENTRIES = 2_000
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
TICK_ROWS = 256


@dataclass
class Sheet:
    name: str
    rows: Rows


class _Budget:
    """Counts rows and cells across the file while it streams; calls ``tick``; refuses excess."""

    def __init__(self, name: str, tick: Tick | None) -> None:
        self.name = name
        self.tick = tick
        self.raised: BaseException | None = None  # what ``tick`` raised: passed through as is
        self.seen = self.rows = self.cells = 0

    def take(self, number: int, cells: list[Cell]) -> list[Cell] | None:
        """The row's cells without trailing empties, or None for an empty row."""
        self.seen += 1
        if self.tick is not None and self.seen % TICK_ROWS == 0:
            try:
                self.tick(self.seen)
            except BaseException as exc:
                self.raised = exc
                raise
        if number > EXCEL_ROWS:
            raise InputFileError(
                f"文件“{self.name}”里有行号 {number:,} 的行，超出了 Excel 的范围"
                f"（最多 {EXCEL_ROWS:,} 行），文件已损坏。请用 Excel 或 WPS 打开检查后重新保存。"
            )
        width = len(cells)
        while width and (cells[width - 1] is None or cells[width - 1] == ""):
            width -= 1
        if not width:
            return None
        del cells[width:]
        self.rows += 1
        self.cells += width
        if self.rows > MAX_ROWS:
            raise InputFileError(
                f"文件“{self.name}”超过 {MAX_ROWS:,} 行，不像是一所学校的学生名册。"
                "请只导入本校的学生（可以按年级分几个文件导入）。"
            )
        if self.cells > MAX_CELLS:
            raise InputFileError(
                f"文件“{self.name}”的单元格太多（超过 {MAX_CELLS:,} 个），不像是学生名册。"
                "请删掉不需要的列和空白的格式区域后另存，再导入。"
            )
        return cells


def _clip(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return value[:MAX_CELL_CHARS] + "…"
    return value


def read_sheets(path: Path, tick: Tick | None = None) -> list[Sheet]:
    """All sheets of the file, in workbook order (a CSV file is one sheet)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputFileError(
            f"不支持的文件类型“{path.suffix or path.name}”：请选择 .xlsx、.xls 或 .csv 文件。"
        )
    budget = _Budget(path.name, tick)
    if _starts_with(path, _ZIP_MAGIC):
        return _read_xlsx(path, budget)
    data = _read_bytes(path)
    if not data.strip():
        raise InputFileError(f"文件“{path.name}”是空的。")
    if data.startswith(_OLE_MAGIC):
        return _read_xls(path, data, budget)
    if suffix in (".xlsx", ".xlsm"):
        raise InputFileError(f"文件“{path.name}”已损坏或不是 Excel 工作簿，无法读取。")
    if data.lstrip()[:1] == b"<":
        raise InputFileError(
            f"文件“{path.name}”实际上是网页格式，不是真正的 Excel 文件。"
            "请用 Excel 或 WPS 打开后“另存为”.xlsx 再导入。"
        )
    # CSV, or text saved under an .xls name (some systems export tab-separated text that way).
    return [Sheet(path.stem, parse_text(decode_text(data, path.name), path.name, budget))]


def _starts_with(path: Path, magic: bytes) -> bool:
    """Whether the file begins with ``magic`` (an .xlsx is then read from disk, never whole)."""
    _check_size(path)
    try:
        with path.open("rb") as fh:
            return fh.read(len(magic)) == magic
    except OSError:
        return False  # _read_bytes names the problem


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # _read_bytes names the problem
    if size > _MAX_BYTES:
        raise InputFileError(f"文件“{path.name}”太大（超过 50 MB），不像是学生名册。")


def _read_bytes(path: Path) -> bytes:
    try:
        _check_size(path)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(f"找不到文件“{path}”。") from None
    except IsADirectoryError:
        raise InputFileError(f"“{path}”是文件夹，不是文件。") from None
    except OSError as exc:
        raise InputFileError(f"无法读取文件“{path}”：{exc.strerror or exc}") from None


def _damaged(path: Path) -> InputFileError:
    return InputFileError(
        f"文件“{path.name}”已损坏或不是 Excel 工作簿，无法读取。"
        "请用 Excel 或 WPS 打开检查后重新保存。"
    )


def _check_zip(path: Path, fh: IO[bytes]) -> None:
    """Refuse a workbook that would unpack to too much, from the zip's directory alone.

    The sizes there bound what is read: Python's zipfile stops each part at its stated size
    (and fails its checksum if the data goes on)."""
    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(max(0, size - 22 - 65535))
    tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")  # end of central directory
    if at >= 0 and len(tail) >= at + 22:
        entries = int.from_bytes(tail[at + 10 : at + 12], "little")
        directory = int.from_bytes(tail[at + 12 : at + 16], "little")
        if entries > MAX_ZIP_ENTRIES or directory > 64 * MAX_ZIP_ENTRIES * 4:
            raise InputFileError(
                f"文件“{path.name}”里有 {entries:,} 个部件，不像是 Excel 名册，未读取。"
            )
    fh.seek(0)
    try:
        with zipfile.ZipFile(fh) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _damaged(path) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InputFileError(
            f"文件“{path.name}”里有 {len(infos):,} 个部件，不像是 Excel 名册，未读取。"
        )
    unpacked = sum(i.file_size for i in infos if not _not_parsed(i.filename))
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputFileError(
            f"文件“{path.name}”解压后有 {unpacked / _MB:,.0f} MB 表格数据"
            f"（名册最多 {MAX_UNPACKED_BYTES // _MB} MB），可能是恶意文件或已损坏，未读取。"
            "请用 Excel 或 WPS 打开，只保留学生名册那一页，另存为新文件后再导入。"
        )
    fh.seek(0)


def _not_parsed(name: str) -> bool:
    """Pictures and embedded objects: openpyxl's read-only mode never unpacks them."""
    lower = name.lower()
    return lower.startswith(("xl/media/", "xl/embeddings/")) or lower.endswith(".bin")


def _read_xlsx(path: Path, budget: _Budget) -> list[Sheet]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputFileError(f"无法读取文件“{path}”：{exc.strerror or exc}") from None
    with fh:
        _check_zip(path, fh)
        from openpyxl import load_workbook

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = load_workbook(fh, read_only=True, data_only=True)
                try:
                    return [
                        Sheet(ws.title, _sheet_rows(path, book, ws, budget))
                        for ws in book.worksheets
                        if hasattr(ws, "_get_source")  # not chart sheets
                    ]
                finally:
                    book.close()
        except InputFileError:
            raise
        except Exception as exc:  # a damaged workbook fails in zipfile, XML or openpyxl itself
            if exc is budget.raised:
                raise  # the caller's tick (cancel): not a damaged file
            raise _damaged(path) from None


def _sheet_rows(path: Path, book: Any, ws: Any, budget: _Budget) -> Rows:
    """The sheet's rows as its XML lists them: rows not written are not filled in."""
    from openpyxl.worksheet._reader import WorkSheetParser

    declared_rows, declared_cols = ws.max_row or 0, ws.max_column or 0
    if declared_rows > EXCEL_ROWS or declared_cols > EXCEL_COLUMNS:
        raise InputFileError(
            f"文件“{path.name}”的工作表“{ws.title}”声明的范围超出了 Excel 的行号或列号"
            "（已损坏），无法读取。请用 Excel 或 WPS 打开检查后重新保存。"
        )
    # Dates are converted here, not by the parser: Excel's serial 60 is 1900-02-29, a day that
    # never was, which the parser would quietly turn into 1900-02-28.
    date_styles: set[int] = set(book._date_formats)
    timedelta_styles: set[int] = set(book._timedelta_formats)
    rows: Rows = []
    with ws._get_source() as source:
        parser = WorkSheetParser(source, ws._shared_strings, data_only=True, epoch=book.epoch)
        for number, parsed in parser.parse():
            cells = _xlsx_cells(parsed, book.epoch, date_styles, timedelta_styles)
            kept = budget.take(number, cells)
            if kept is not None:
                rows.append((number, kept))
    return rows


def _xlsx_cells(
    parsed: Iterable[dict[str, Any]], epoch: Any, dates: set[int], durations: set[int]
) -> list[Cell]:
    from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

    found = [(c["column"], c) for c in parsed if c["value"] is not None]
    if not found:
        return []
    width = max(column for column, _ in found)
    if width > EXCEL_COLUMNS:
        raise ValueError("column out of range")
    cells: list[Cell] = [None] * width
    for column, c in found:
        value = c["value"]
        if c["data_type"] == "n" and c["style_id"] in dates and isinstance(value, int | float):
            if epoch == WINDOWS_EPOCH and 60 <= value < 61:
                value = "1900-02-29"  # shown by Excel, impossible: the roster rules refuse it
            else:
                with contextlib.suppress(OverflowError, ValueError):  # else left a number: no date
                    value = from_excel(value, epoch, timedelta=c["style_id"] in durations)
        if column >= 1:
            cells[column - 1] = _clip(value)
    return cells


def _read_xls(path: Path, data: bytes, budget: _Budget) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(
            file_contents=data,
            logfile=io.StringIO(),
            verbosity=0,
            on_demand=False,
            ragged_rows=True,  # rows as long as their cells: not padded to the widest row
        )
        sheets = []
        for ws in book.sheets():
            rows: Rows = []
            for r in range(ws.nrows):
                cells = [
                    _clip(_xls_cell(ws.cell(r, c), book.datemode)) for c in range(ws.row_len(r))
                ]
                kept = budget.take(r + 1, cells)
                if kept is not None:
                    rows.append((r + 1, kept))
            sheets.append(Sheet(ws.name, rows))
    except InputFileError:
        raise
    except Exception as exc:  # xlrd raises many kinds of errors on damaged files
        if exc is budget.raised:
            raise
        raise InputFileError(
            f"文件“{path.name}”已损坏或不是 Excel 97-2003 工作簿（.xls），无法读取。"
        ) from None
    return sheets


def _xls_cell(cell: object, datemode: int) -> Cell:
    import xlrd

    kind = getattr(cell, "ctype", xlrd.XL_CELL_EMPTY)
    value = getattr(cell, "value", None)
    if kind == xlrd.XL_CELL_DATE and isinstance(value, float):
        if datemode == 0 and 60 <= value < 61:
            return "1900-02-29"  # Excel's day that never was: the roster rules refuse it
        try:
            stamp = xlrd.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
        return stamp.date() if stamp.time() == time(0) else stamp
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_TEXT) and isinstance(value, float | str):
        return value
    return None


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK as Chinese Excel saves it."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputFileError(
        f"无法识别文件“{name}”的文字编码（应为 UTF-8 或 GBK）。请在 Excel 中另存为 .xlsx 再导入。"
    )


def _delimiter(text: str) -> str:
    sample = text[:8192].splitlines()[:20]
    counts = {d: sum(line.count(d) for line in sample) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_text(text: str, name: str, budget: _Budget | None = None) -> Rows:
    """Rows of a delimited text file; the row number counts records as a spreadsheet shows them."""
    budget = budget or _Budget(name, None)
    text = text.replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: Rows = []
    try:
        for number, record in enumerate(reader, start=1):
            cells: list[Cell] = [_clip(v) if v.strip() else None for v in record]
            kept = budget.take(number, cells)
            if kept is not None:
                rows.append((number, [v if v is not None else "" for v in kept]))
    except csv.Error as exc:
        raise InputFileError(f"文件“{name}”不是有效的 CSV 文件：{exc}") from None
    return rows
