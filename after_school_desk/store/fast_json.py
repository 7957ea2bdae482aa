"""Reading the large JSON the program keeps inside its own files (sealed archives' columns and
their seals): with orjson, several times quicker than the standard library on these long lists
of numbers, and the standard library where orjson is not installed. Both give the same values
for the JSON the program writes; both raise ValueError on damaged text."""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a listed dependency; this is the fallback
    orjson = None  # type: ignore[assignment]


def loads(data: bytes | str) -> Any:
    """The value of the JSON text ``data`` (UTF-8 bytes or str)."""
    if orjson is not None:
        return orjson.loads(data)
    return json.loads(data)
