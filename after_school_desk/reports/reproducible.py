"""Same data, same bytes: an XLSX written by openpyxl carries the time it was written (in its
document properties and in every zip entry). ``pin_xlsx_time`` rewrites both to a given instant
(a closed month's snapshot time), so a closed month's workbook is byte-identical every time."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

_STAMP = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def pin_xlsx_time(path: Path, when: datetime) -> None:
    """Rewrite the workbook at ``path`` so every time it holds is ``when``."""
    utc = when.astimezone(UTC) if when.tzinfo else when
    stamp = utc.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    local = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _STAMP.sub(lambda m: m.group(1) + stamp + m.group(3), data)
            pinned = zipfile.ZipInfo(info.filename, date_time=local)
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            dst.writestr(pinned, data)
    path.write_bytes(out.getvalue())
