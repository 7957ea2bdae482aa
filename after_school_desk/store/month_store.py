"""Month close (月结): snapshots of a month's report data and their reopenings (db/0006).

Both tables are insert-only. A month is closed while its newest snapshot has no reopening.
The payload is zlib-compressed canonical JSON; ``sha256`` is of the uncompressed bytes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Mapping
from typing import Any

from after_school_desk.store import archive_codec
from after_school_desk.store.rows import Row, all_rows, one, register_table

register_table("month_snapshot")
register_table("month_reopening")

_META = "id, month, version, closed_at, closed_by, closed_by_name, device_id, sha256"

# The closed months in [first, last]: newest snapshot of the month, and not reopened. Served by
# the UNIQUE (month, version) indexes alone (the sign-in path runs it once per event).
_CLOSED_IN = (
    "SELECT s.month, s.version, s.closed_at, s.closed_by_name FROM month_snapshot s"
    " WHERE s.month BETWEEN ? AND ?"
    " AND NOT EXISTS (SELECT 1 FROM month_snapshot n WHERE n.month = s.month"
    " AND n.version > s.version)"
    " AND NOT EXISTS (SELECT 1 FROM month_reopening r WHERE r.month = s.month"
    " AND r.version = s.version)"
    " ORDER BY s.month LIMIT 1"
)


def first_closed(conn: sqlite3.Connection, first_month: str, last_month: str) -> Row | None:
    """The earliest closed month in [first_month, last_month] (YYYY-MM), or None."""
    r = conn.execute(_CLOSED_IN, [first_month, last_month]).fetchone()
    if r is None:
        return None
    return {"month": r[0], "version": r[1], "closed_at": r[2], "closed_by_name": r[3]}


def latest_snapshot(conn: sqlite3.Connection, month: str) -> Row | None:
    """The month's newest snapshot (metadata only), with ``reopened`` (its reopening or None)."""
    row = one(
        conn,
        f"SELECT {_META} FROM month_snapshot WHERE month = ? ORDER BY version DESC LIMIT 1",
        [month],
    )
    if row is not None:
        row["reopened"] = reopening(conn, month, int(row["version"]))
    return row


def reopening(conn: sqlite3.Connection, month: str, version: int) -> Row | None:
    return one(
        conn, "SELECT * FROM month_reopening WHERE month = ? AND version = ?", [month, version]
    )


def snapshots(conn: sqlite3.Connection, month: str | None = None) -> list[Row]:
    """Snapshot metadata (no payload), by month then version."""
    if month is None:
        return all_rows(conn, f"SELECT {_META} FROM month_snapshot ORDER BY month, version")
    return all_rows(
        conn, f"SELECT {_META} FROM month_snapshot WHERE month = ? ORDER BY version", [month]
    )


def reopenings(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(conn, "SELECT * FROM month_reopening ORDER BY month, version")


def payload(conn: sqlite3.Connection, month: str, version: int) -> bytes:
    """The snapshot's canonical JSON bytes (decompressed)."""
    r = conn.execute(
        "SELECT payload FROM month_snapshot WHERE month = ? AND version = ?", [month, version]
    ).fetchone()
    if r is None:
        raise KeyError((month, version))
    return zlib.decompress(bytes(r[0]))


def insert_snapshot(conn: sqlite3.Connection, meta: Mapping[str, Any], canonical: bytes) -> None:
    row = {**meta, "payload": zlib.compress(canonical, 9)}
    cols = list(row)
    conn.execute(
        f"INSERT INTO month_snapshot ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [row[c] for c in cols],
    )


def insert_reopening(conn: sqlite3.Connection, row: Mapping[str, Any]) -> None:
    cols = list(row)
    conn.execute(
        f"INSERT INTO month_reopening ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [row[c] for c in cols],
    )


def next_version(conn: sqlite3.Connection, month: str) -> int:
    r = conn.execute("SELECT max(version) FROM month_snapshot WHERE month = ?", [month]).fetchone()
    return int(r[0] or 0) + 1


def verify(conn: sqlite3.Connection) -> list[str]:
    """Snapshots changed since they were taken: the payload's SHA-256 must match the one stored
    beside it, and that one the hash the closing wrote into the (hash-chained) audit trail."""
    audited: dict[tuple[str, int], str] = {}
    for (after,) in conn.execute(
        "SELECT after_json FROM audit WHERE action = 'month.close' ORDER BY seq"
    ):
        record = json.loads(after or "{}")
        if "sha256" in record:
            audited[(str(record["month"]), int(record["version"]))] = str(record["sha256"])
    problems = []
    for month, version, sha, blob in conn.execute(
        "SELECT month, version, sha256, payload FROM month_snapshot ORDER BY month, version"
    ):
        label = f"月结快照 {month} 第{version}版"
        try:
            data = zlib.decompress(bytes(blob))
        except zlib.error:
            problems.append(f"{label}：内容无法读出（被改动或损坏）")
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            problems.append(f"{label}：校验值不符（被改动或损坏）")
        elif audited.get((month, int(version)), sha) != sha:
            problems.append(f"{label}：与月结时审计记录中的校验值不符（被改动）")
        elif (month, int(version)) not in audited:
            problems.append(f"{label}：审计记录中没有这次月结（来历不明）")
    return problems


# --- attendance of one pupil from a day on (a withdrawal must not hide it) ---------------


def pupil_event_rows_from(conn: sqlite3.Connection, pupil_id: str, day: str) -> list[Row]:
    """The pupil's attendance events dated ``day`` or later, live and sealed, in the order
    they happened (each archive that may hold the pupil is decoded once)."""
    live = all_rows(
        conn,
        "SELECT rowid AS seq, * FROM attendance_event WHERE pupil_id = ? AND day >= ?"
        " ORDER BY day, at, rowid",
        [pupil_id, day],
    )
    key = pupil_id[:8]
    archived: list[Row] = []
    for (blob,) in conn.execute(
        "SELECT payload FROM attendance_archive WHERE month >= ?"
        " AND instr(',' || pupil_keys || ',', ?) > 0",
        [day[:7], f",{key},"],
    ):
        cols, rows = archive_codec.decode(bytes(blob))
        at_pupil, at_day = cols.index("pupil_id"), cols.index("day")
        archived.extend(
            dict(zip(cols, r, strict=True))
            for r in rows
            if r[at_pupil] == pupil_id and r[at_day] >= day
        )
    if not archived:
        return live
    return sorted(live + archived, key=lambda r: (r["day"], r["at"], r["device_id"], r["seq"]))
