"""Bulk writing for the demo history: finished months go straight into their sealed form.

A school that ran for years holds its finished months as sealed archives (after_school_desk/store/
event_archive.py). The demo history makes those months directly instead of inserting every
event as a live row and sealing it afterwards: each event takes the next row number of the
attendance log and the next tamper-seal number of this PC, exactly as a live insert would,
and its seal is made by the same SQL functions and over the same content as the trigger's
(``seals.content_sql``), so the file checks as if the events had been recorded one by one.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any

from after_school_desk.store import seals

EVENT_TABLE = "attendance_event"


def next_event_number(conn: sqlite3.Connection) -> int:
    """The row number the attendance log's next event will take (above every number used,
    live or sealed)."""
    row = conn.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
        " coalesce((SELECT max(seq) FROM attendance_event), 0),"
        " coalesce((SELECT max(max_seq) FROM attendance_archive), 0))",
        [EVENT_TABLE],
    ).fetchone()
    return int(row[0]) + 1


def take_event_numbers(conn: sqlite3.Connection, count: int) -> int:
    """Reserve ``count`` row numbers of the attendance log (its AUTOINCREMENT counter), as
    ``count`` inserts would; returns the first. Call inside a transaction."""
    if count <= 0:
        raise ValueError("count must be positive")
    first = next_event_number(conn)
    last = first + count - 1
    updated = conn.execute(
        "UPDATE sqlite_sequence SET seq = ? WHERE name = ?", [last, EVENT_TABLE]
    ).rowcount
    if not updated:
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", [EVENT_TABLE, last])
    return first


def _take_seal_numbers(conn: sqlite3.Connection, count: int) -> int:
    """Reserve ``count`` seal numbers of this PC (its seal head moves on, keyed, as the
    trigger moves it one at a time); returns the first."""
    row = conn.execute(
        "INSERT INTO seal_head (device_id, last_dseq, key_tag, mac)"
        " VALUES (desk_device(), ?1, desk_key_tag(), desk_head_mac(desk_device(), ?1))"
        " ON CONFLICT (device_id) DO UPDATE SET last_dseq = last_dseq + ?1,"
        " key_tag = desk_key_tag(), mac = desk_head_mac(device_id, last_dseq + ?1)"
        " RETURNING last_dseq",
        [count],
    ).fetchone()
    return int(row[0]) - count + 1


def event_seals(
    conn: sqlite3.Connection,
    ring: seals.SealRing | None,
    columns: Sequence[str],
    events: Sequence[Sequence[Any]],
) -> list[list[Any]] | None:
    """The tamper seals of events that are not rows of the file (``columns`` names their
    fields, every sealed column of the attendance log among them), numbered on from this PC's
    seal head in the order given: for each event [event id, device, dseq, key tag hex, mac
    hex], the form a sealed archive keeps them in. None for a file without tamper seals.

    Each MAC is the one the insert trigger would make: over the sealed columns as SQLite's
    ``json_array`` writes them (the same text from Python's ``json``, checked against SQLite
    on a sample of the events), with ``ring`` (the connection's key; None: SQLite makes every
    seal, slower). Call inside a transaction."""
    if not seals.installed(conn):
        return None
    if not events:
        return []
    sealed = [name for name, _kind in seals.sealed_columns(conn, EVENT_TABLE)]
    missing = set(sealed) - set(columns)
    if missing:
        raise ValueError(f"events lack sealed columns {sorted(missing)}")
    if len({e[list(columns).index("id")] for e in events}) != len(events):
        raise ValueError("events to seal must have distinct ids")
    content = itemgetter(*(list(columns).index(name) for name in sealed))
    at_id = list(columns).index("id")
    first = _take_seal_numbers(conn, len(events))
    device, tag = _identity(conn)
    if ring is None or ring.device != device:
        macs = [_sql_mac(conn, first + i, e[at_id], content(e)) for i, e in enumerate(events)]
    else:
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        macs = [
            ring.sql_seal(device, first + i, EVENT_TABLE, e[at_id], dumps(list(content(e)))).hex()
            for i, e in enumerate(events)
        ]
        for i in range(0, len(events), SAMPLE_EVERY):  # Python's JSON is SQLite's
            if _sql_mac(conn, first + i, events[i][at_id], content(events[i])) != macs[i]:
                raise RuntimeError("an event's seal made in Python differs from SQLite's")
    return [[e[at_id], device, first + i, tag, macs[i]] for i, e in enumerate(events)]


SAMPLE_EVERY = 2000


def _identity(conn: sqlite3.Connection) -> tuple[str, str]:
    """This connection's PC id and the tag (hex) of the key it seals with."""
    row = conn.execute("SELECT desk_device(), lower(hex(desk_key_tag()))").fetchone()
    return str(row[0]), str(row[1])


def _sql_mac(conn: sqlite3.Connection, dseq: int, event_id: str, values: Sequence[Any]) -> str:
    """The MAC the insert trigger makes for an event with these sealed column values."""
    row = conn.execute(
        f"SELECT lower(hex(desk_seal(desk_device(), ?, '{EVENT_TABLE}', ?,"
        f" json_array({', '.join('?' * len(values))}))))",
        [dseq, event_id, *values],
    ).fetchone()
    return str(row[0])


@contextlib.contextmanager
def roomy_cache(conn: sqlite3.Connection, mebibytes: int = 128) -> Iterator[None]:
    """A larger page cache while a long history is written (its indexes stay in memory
    between transactions); the connection's own size again afterwards."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-int(mebibytes) * 1024}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def enrolment_statuses(conn: sqlite3.Connection, term_id: str) -> dict[str, list[str]]:
    """pupil id -> the statuses of the pupil's enrolments in the term (one query for all)."""
    result: dict[str, list[str]] = {}
    for pupil_id, status in conn.execute(
        "SELECT pupil_id, status FROM enrolment WHERE term_id = ? ORDER BY created_at", [term_id]
    ):
        result.setdefault(str(pupil_id), []).append(str(status))
    return result
