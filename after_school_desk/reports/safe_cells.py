"""Cells a spreadsheet program can never run: the rule against formula (CSV) injection.

Every exported text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a line break
(OWASP's list) gets a single quote in front, so Excel, WPS and LibreOffice show it as text and
never evaluate it (``=HYPERLINK(…)`` typed as a guardian's name, ``=**1`` as a masked name).
Numbers, dates and empty cells pass unchanged: a negative amount stays a number. In an XLSX
file the quoted text is a string cell (openpyxl makes a ``str`` beginning with ``=`` a formula;
a quoted one never does). Every CSV and XLSX writer of the program goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_text(text: str) -> str:
    """``text`` with a leading single quote when a spreadsheet could take it for a formula."""
    return "'" + text if text.startswith(RISKY_STARTS) else text


def safe_value(value: Any) -> Any:
    """Text neutralised; numbers, booleans, dates and None unchanged."""
    return safe_text(value) if isinstance(value, str) else value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """One row for ``csv.writer.writerow`` or ``Worksheet.append``."""
    return [safe_value(v) for v in values]


def safe_rows(rows: Iterable[Iterable[Any]]) -> list[list[Any]]:
    return [safe_row(r) for r in rows]


def set_cell(cell: Any, value: Any) -> None:
    """Write ``value`` into an openpyxl cell; text is always a string cell, never a formula."""
    cell.value = safe_value(value)
    if isinstance(value, str):
        cell.data_type = "s"
