"""The compressed form of a sealed class-month of attendance events (no SQL here).

A payload is ``MAGIC``, then an xz stream (its own CRC) of: the length of a JSON header, the
JSON header, and the 16-byte ids of events whose id is not derived. The header holds the
column names and one encoded list per column, so that values which repeat down a column
(class, day, actor, device, the adult who collects a pupil) compress to almost nothing:

- ``seq`` (the live rowid, which orders events recorded at the same instant): deltas;
- ``id``: the ``n`` of ``attendance.event_id`` when the id is derived from the event's own
  fields, else -1 and the raw 16 bytes of the UUID follow in the binary part (-2 and the
  text for an id that is not a UUID);
- ``at`` / ``recorded_at``: the time of day when the instant falls on the event's day;
  ``recorded_at`` is null when it equals ``at``;
- every other column: a list of distinct values and one index per event.

Decoding gives back exactly the rows that were encoded (``encode`` checks this before it
returns), so sealing a month can never change what a report shows.
"""

from __future__ import annotations

import json
import lzma
import struct
import uuid
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from after_school_desk.domain.attendance import event_id
from after_school_desk.store import fast_json

MAGIC = b"ASD-ARCHIVE-1\n"
DERIVED_TRIES = 4
RAW_UUID, TEXT_ID = -1, -2  # id codes: 16 bytes in the binary part / text in the header
_ID_FIELDS = ("pupil_id", "day", "kind", "at", "recorded_at", "device_id")


class ArchiveFormatError(ValueError):
    """A payload that is not a sealed archive of this program, or is damaged."""


def _derive(values: Sequence[Any], n: int) -> str:
    pupil_id, day, kind, at, recorded_at, device_id = values
    return event_id(pupil_id, day, kind, at, recorded_at, device_id, n)


def _is_uuid(value: Any) -> bool:
    try:
        return bool(str(uuid.UUID(str(value))) == value)
    except ValueError:
        return False


def _id_code(row: dict[str, Any]) -> int:
    fields = [row[f] for f in _ID_FIELDS]
    for n in range(DERIVED_TRIES):
        if _derive(fields, n) == row["id"]:
            return n
    return RAW_UUID


def _short_instant(value: str | None, day: str) -> str | None:
    if value is not None and value.startswith(day + "T"):
        return value[len(day) + 1 :]
    return value


def _full_instant(value: str | None, day: str) -> str | None:
    if value is None or "T" in value:
        return value
    return f"{day}T{value}"


def _dictionary(values: Sequence[Any]) -> dict[str, list[Any]]:
    index: dict[Any, int] = {}
    positions = [index.setdefault(v, len(index)) for v in values]
    return {"v": list(index), "i": positions}


def encode(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """The payload for ``rows`` (tuples in ``columns`` order; needs id, seq, day, at …)."""
    cols = list(columns)
    records = [dict(zip(cols, r, strict=True)) for r in rows]
    header: dict[str, Any] = {"columns": cols, "n": len(records), "data": {}}
    raw_ids = bytearray()
    for name in cols:
        values = [r[name] for r in records]
        if name == "seq":
            previous = 0
            deltas = []
            for v in values:
                deltas.append(int(v) - previous)
                previous = int(v)
            header["data"][name] = {"d": deltas}
        elif name == "id":
            codes = [_id_code(r) for r in records]
            texts = []
            for i, (code, r) in enumerate(zip(codes, records, strict=True)):
                if code == RAW_UUID and _is_uuid(r["id"]):
                    raw_ids += uuid.UUID(r["id"]).bytes
                elif code == RAW_UUID:
                    codes[i] = TEXT_ID
                    texts.append(r["id"])
            header["data"][name] = {"n": codes, "t": texts}
        elif name == "at":
            header["data"][name] = _dictionary([_short_instant(r["at"], r["day"]) for r in records])
        elif name == "recorded_at":
            short = [
                None if r["recorded_at"] == r["at"] else _short_instant(r["recorded_at"], r["day"])
                for r in records
            ]
            header["data"][name] = _dictionary(short)
        else:
            header["data"][name] = _dictionary(values)
    text = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = MAGIC + lzma.compress(struct.pack(">I", len(text)) + text + bytes(raw_ids))
    if decode(payload) != (cols, [tuple(r) for r in rows]):
        raise ArchiveFormatError("archive payload does not decode to the rows it was made from")
    return payload


def decode(payload: bytes) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(columns, rows) of a payload made by ``encode``; ``ArchiveFormatError`` for anything
    else (a damaged payload never escapes as a KeyError or IndexError)."""
    try:
        return _decode(payload)
    except ArchiveFormatError:
        raise
    except (KeyError, IndexError, TypeError, ValueError, AttributeError, StopIteration) as exc:
        raise ArchiveFormatError(f"damaged attendance archive payload ({exc!r})") from exc


def decode_columns(payload: bytes, wanted: Sequence[str]) -> tuple[int, dict[str, list[Any]]]:
    """(number of events, values by column) of only the ``wanted`` columns and ``day`` (and
    what they are made from): a report that reads a few fields of a month of events skips the
    rest, above all the ids, which are derived again one by one. ``ArchiveFormatError`` as
    for ``decode``."""
    try:
        cols, n, plain = _plain(payload, set(wanted))
    except ArchiveFormatError:
        raise
    except (KeyError, IndexError, TypeError, ValueError, AttributeError, StopIteration) as exc:
        raise ArchiveFormatError(f"damaged attendance archive payload ({exc!r})") from exc
    missing = set(wanted) - set(cols)
    if missing:
        raise ArchiveFormatError(f"archive payload lacks columns {sorted(missing)}")
    return n, plain


def _decode(payload: bytes) -> tuple[list[str], list[tuple[Any, ...]]]:
    cols, n, plain = _plain(payload, None)
    rows = list(zip(*(plain[c] for c in cols), strict=True)) if n else []
    return cols, rows


def _needed(cols: list[str], wanted: set[str] | None) -> set[str]:
    """The columns to expand for ``wanted`` (None: all), with what they are made from."""
    if wanted is None:
        return set(cols)
    need = set(wanted) | {"day"}
    if "id" in need:
        need.update(_ID_FIELDS)
    if "recorded_at" in need:
        need.add("at")
    return need & set(cols) | {"day"}


def _plain(payload: bytes, wanted: set[str] | None) -> tuple[list[str], int, dict[str, list[Any]]]:
    if not payload.startswith(MAGIC):
        raise ArchiveFormatError("not an attendance archive payload")
    try:
        body = lzma.decompress(payload[len(MAGIC) :])
        (length,) = struct.unpack(">I", body[:4])
        header = fast_json.loads(body[4 : 4 + length])
    except (lzma.LZMAError, struct.error, UnicodeDecodeError, ValueError) as exc:
        raise ArchiveFormatError(f"damaged attendance archive payload ({exc})") from exc
    raw_ids = memoryview(body)[4 + length :]
    cols: list[str] = header["columns"]
    n: int = header["n"]
    data = header["data"]
    need = _needed(cols, wanted)
    plain: dict[str, list[Any]] = {}
    for name in cols:
        if name not in need:
            continue
        enc = data[name]
        if "i" in enc:
            plain[name] = list(map(enc["v"].__getitem__, enc["i"]))
        elif "d" in enc:
            plain[name] = list(accumulate(enc["d"]))
    if any(len(values) != n for values in plain.values()):
        raise ArchiveFormatError("damaged attendance archive payload (columns of unequal length)")
    days = plain["day"]
    if "at" in plain:
        plain["at"] = list(map(_full_instant, plain["at"], days))
    if "recorded_at" in plain:
        plain["recorded_at"] = [
            a if r is None else _full_instant(r, d)
            for r, a, d in zip(plain["recorded_at"], plain["at"], days, strict=True)
        ]
    if "id" in cols and "id" in need:
        ids: list[str] = []
        offset = 0
        texts = iter(data["id"]["t"])
        fields = [plain[f] for f in _ID_FIELDS]
        for i, code in enumerate(data["id"]["n"]):
            if code == TEXT_ID:
                ids.append(next(texts))
            elif code == RAW_UUID:
                ids.append(str(uuid.UUID(bytes=bytes(raw_ids[offset : offset + 16]))))
                offset += 16
            else:
                ids.append(_derive([f[i] for f in fields], code))
        plain["id"] = ids
    return cols, n, plain
