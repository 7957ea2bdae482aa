"""Reading spreadsheet-like files (.xlsx, legacy .xls, .csv) into plain rows of cell values.

Each sheet becomes a list of ``(row_number, cells)`` where ``row_number`` is the row as the
spreadsheet program shows it (1-based, title rows included). Cells are ``str``, ``int``,
``float``, ``bool``, ``date``/``datetime``/``time`` or ``None``. Nothing here knows what a
roster is; files that cannot be read raise :class:`InputFileError` with a Chinese message.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from app.errors import InputFileError

Cell = str | int | float | bool | date | datetime | time | None
Rows = list[tuple[int, list[Cell]]]

SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class Sheet:
    name: str
    rows: Rows


def read_sheets(path: Path) -> list[Sheet]:
    """All sheets of the file, in workbook order (a CSV file is one sheet)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputFileError(
            f"不支持的文件类型“{path.suffix or path.name}”：请选择 .xlsx、.xls 或 .csv 文件。"
        )
    data = _read_bytes(path)
    if not data.strip():
        raise InputFileError(f"文件“{path.name}”是空的。")
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, data)
    if data.startswith(_OLE_MAGIC):
        return _read_xls(path, data)
    if suffix in (".xlsx", ".xlsm"):
        raise InputFileError(f"文件“{path.name}”已损坏或不是 Excel 工作簿，无法读取。")
    if data.lstrip()[:1] == b"<":
        raise InputFileError(
            f"文件“{path.name}”实际上是网页格式，不是真正的 Excel 文件。"
            "请用 Excel 或 WPS 打开后“另存为”.xlsx 再导入。"
        )
    # CSV, or text saved under an .xls name (some systems export tab-separated text that way).
    return [Sheet(path.stem, parse_text(decode_text(data, path.name), path.name))]


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise InputFileError(f"文件“{path.name}”太大（超过 50 MB），不像是学生名册。")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(f"找不到文件“{path}”。") from None
    except IsADirectoryError:
        raise InputFileError(f"“{path}”是文件夹，不是文件。") from None
    except OSError as exc:
        raise InputFileError(f"无法读取文件“{path}”：{exc.strerror or exc}") from None


def _read_xlsx(path: Path, data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheets = []
                for ws in book.worksheets:
                    if not hasattr(ws, "iter_rows"):
                        continue  # chart sheets
                    ws.reset_dimensions()  # some programs write a wrong <dimension>
                    rows: Rows = []
                    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                        cells = list(values)
                        if any(v is not None and v != "" for v in cells):
                            rows.append((number, cells))
                    sheets.append(Sheet(ws.title, rows))
            finally:
                book.close()
    except InputFileError:
        raise
    except Exception:  # a damaged workbook can fail in zipfile, XML parsing or openpyxl itself
        raise InputFileError(
            f"文件“{path.name}”已损坏或不是 Excel 工作簿，无法读取。"
            "请用 Excel 或 WPS 打开检查后重新保存。"
        ) from None
    return sheets


def _read_xls(path: Path, data: bytes) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(
            file_contents=data, logfile=io.StringIO(), verbosity=0, on_demand=False
        )
        sheets = []
        for ws in book.sheets():
            rows: Rows = []
            for r in range(ws.nrows):
                cells = [_xls_cell(ws.cell(r, c), book.datemode) for c in range(ws.ncols)]
                if any(v is not None and v != "" for v in cells):
                    rows.append((r + 1, cells))
            sheets.append(Sheet(ws.name, rows))
    except Exception:  # xlrd raises many kinds of errors on damaged files
        raise InputFileError(
            f"文件“{path.name}”已损坏或不是 Excel 97-2003 工作簿（.xls），无法读取。"
        ) from None
    return sheets


def _xls_cell(cell: object, datemode: int) -> Cell:
    import xlrd

    kind = getattr(cell, "ctype", xlrd.XL_CELL_EMPTY)
    value = getattr(cell, "value", None)
    if kind == xlrd.XL_CELL_DATE and isinstance(value, float):
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


def parse_text(text: str, name: str) -> Rows:
    """Rows of a delimited text file; the row number counts records as a spreadsheet shows them."""
    text = text.replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: Rows = []
    try:
        for number, record in enumerate(reader, start=1):
            cells: list[Cell] = [v for v in record]
            if any(v.strip() for v in record):
                rows.append((number, cells))
    except csv.Error as exc:
        raise InputFileError(f"文件“{name}”不是有效的 CSV 文件：{exc}") from None
    return rows
