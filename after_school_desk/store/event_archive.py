"""Sealed months of the attendance log: writing them, and reading them back beside live rows.

A class-month is sealed in one transaction: its live events (and what an earlier seal of the
same class-month holds) are encoded, the payload is checked to decode to exactly those rows,
the archive row is written, and only then are the live rows deleted (a trigger refuses the
deletion of any event the archive does not cover).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Any

from after_school_desk.domain.attendance import derived_id
from after_school_desk.errors import StorageError
from after_school_desk.store import archive_codec, seals
from after_school_desk.store.rows import register_table

register_table("attendance_archive")
log = logging.getLogger("after_school_desk.store")

# The live event columns, in table order (pupil_day_id was dropped by migration 0005).
EVENT_COLUMNS = (
    "id", "pupil_id", "day", "class_id", "kind", "at", "recorded_at", "actor", "staff_id",
    "device_id", "adult_id", "adult_name", "adult_relation", "adult_phone", "override_reason",
    "override_by", "alert_kind", "outcome", "method", "reason", "note", "leave_from",
    "leave_to", "supersedes",
)  # fmt: skip
ARCHIVE_COLUMNS = ("seq", *EVENT_COLUMNS)
PUPIL_KEY_LENGTH = 8


@dataclass(frozen=True)
class Sealed:
    class_id: str
    month: str
    moved: int  # live events moved into the archive
    events: int  # events the archive holds now
    sha256: str  # of the payload now stored


def _month_range(month: str) -> tuple[str, str]:
    return f"{month}-01", f"{month}-31"


def due_class_months(conn: sqlite3.Connection, before_day: str) -> list[tuple[str, str]]:
    """(class id, month) of every live event dated before ``before_day``, oldest first."""
    rows = conn.execute(
        "SELECT DISTINCT substr(day, 1, 7) AS month, class_id FROM attendance_event"
        " WHERE day < ? ORDER BY month, class_id",
        [before_day],
    ).fetchall()
    return [(r[1], r[0]) for r in rows]


def any_due(conn: sqlite3.Connection, before_day: str) -> bool:
    """Whether any live event is dated before ``before_day`` (one index probe)."""
    found = conn.execute("SELECT 1 FROM attendance_event WHERE day < ? LIMIT 1", [before_day])
    return found.fetchone() is not None


def _payload(conn: sqlite3.Connection, class_id: str, month: str) -> bytes | None:
    row = conn.execute(
        "SELECT payload FROM attendance_archive WHERE class_id = ? AND month = ?",
        [class_id, month],
    ).fetchone()
    return bytes(row[0]) if row else None


class DamagedArchive(StorageError):
    """A sealed class-month whose payload no longer decodes (or no longer matches its hash)."""


def _class_name(conn: sqlite3.Connection, class_id: str) -> str:
    with contextlib.suppress(sqlite3.Error):
        row = conn.execute("SELECT name FROM class WHERE id = ?", [class_id]).fetchone()
        if row:
            return str(row[0])
    return class_id


def _opened(
    conn: sqlite3.Connection, class_id: str, month: str, payload: bytes, sha256: str | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Decode one archive; damage becomes the program's own error naming class and month."""
    try:
        if sha256 is not None and hashlib.sha256(payload).hexdigest() != sha256:
            raise archive_codec.ArchiveFormatError("payload does not match its SHA-256")
        return archive_codec.decode(payload)
    except (archive_codec.ArchiveFormatError, KeyError, IndexError, TypeError) as exc:
        raise DamagedArchive(
            f"{_class_name(conn, class_id)} {month} 的考勤归档已损坏，无法读取（{exc}）。"
            "请从备份恢复（备份与恢复 → 从备份恢复，或命令行 restore），"
            "并用 check 检查数据库。"
        ) from exc


def _decoded(
    conn: sqlite3.Connection, class_id: str, month: str, payload: bytes, sha256: str | None = None
) -> list[dict[str, Any]]:
    cols, rows = _opened(conn, class_id, month, payload, sha256)
    return [dict(zip(cols, r, strict=True)) for r in rows]


def seal(
    conn: sqlite3.Connection, class_id: str, month: str, sealed_at: str, actor: str, device: str
) -> Sealed:
    """Move the live events of one class-month into its archive (call inside a transaction)."""
    first, last = _month_range(month)
    live = [
        dict(r)
        for r in conn.execute(
            f"SELECT rowid AS seq, {', '.join(EVENT_COLUMNS)} FROM attendance_event"
            " WHERE day BETWEEN ? AND ? AND class_id = ? ORDER BY rowid",
            [first, last, class_id],
        )
    ]
    if not live:
        existing = conn.execute(
            "SELECT events, sha256 FROM attendance_archive WHERE class_id = ? AND month = ?",
            [class_id, month],
        ).fetchone()
        return Sealed(class_id, month, 0, *(existing or (0, "")))
    sealed_file = seals.installed(conn)
    moved_seals = _verified_seals(conn, first, last, class_id) if sealed_file else []
    if moved_seals is None:
        # an event here no longer matches its tamper seal: it stays live, where check names it
        return Sealed(class_id, month, 0, 0, "")
    new_seals = (_old_seals(conn, class_id, month) + moved_seals) if sealed_file else None
    sealed = _store_archive(
        conn, class_id, month, [tuple(r[c] for c in ARCHIVE_COLUMNS) for r in live], new_seals,
        sealed_at, actor, device,
    )  # fmt: skip
    conn.executemany("DELETE FROM attendance_event WHERE rowid = ?", [[r["seq"]] for r in live])
    if sealed_file:
        conn.executemany(
            "DELETE FROM seal WHERE entity = 'attendance_event' AND row_key = ?",
            [[r["id"]] for r in live],
        )
    return Sealed(class_id, month, len(live), sealed.events, sealed.sha256)


def seal_unrecorded(
    conn: sqlite3.Connection,
    class_id: str,
    month: str,
    rows: Sequence[tuple[Any, ...]],
    new_seals: list[list[Any]] | None,
    sealed_at: str,
    actor: str,
    device: str,
    payload: bytes | None = None,
) -> Sealed:
    """Write events that were never live rows straight into their class-month's archive (the
    demo history's finished months): ``rows`` in ``ARCHIVE_COLUMNS`` order, each with a row
    number and, when the file has tamper seals, its seal in ``new_seals`` ([event id, device,
    dseq, key tag hex, mac hex]), both taken from the file's counters by the caller. What an
    earlier seal of the class-month holds is kept. ``payload``: ``encode_rows(rows)`` made
    beforehand (perhaps in another process); used only when the class-month has no archive
    yet. Call inside a transaction."""
    if not rows:
        raise ValueError("seal_unrecorded needs at least one event")
    if seals.installed(conn) != (new_seals is not None):
        raise ValueError("events sealed into an archive need their tamper seals, and only then")
    old_seals = _old_seals(conn, class_id, month) if new_seals is not None else []
    merged_seals = None if new_seals is None else old_seals + new_seals
    sealed = _store_archive(
        conn, class_id, month, rows, merged_seals, sealed_at, actor, device, payload
    )
    return Sealed(class_id, month, len(rows), sealed.events, sealed.sha256)


# positions in an ARCHIVE_COLUMNS tuple
_SEQ, _ID, _PUPIL, _DAY = (ARCHIVE_COLUMNS.index(c) for c in ("seq", "id", "pupil_id", "day"))
_ORDER = itemgetter(*(ARCHIVE_COLUMNS.index(c) for c in ("day", "pupil_id", "at", "device_id", "seq")))  # fmt: skip


def archive_order(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Events (``ARCHIVE_COLUMNS`` tuples) in the order an archive holds them."""
    return sorted(rows, key=_ORDER)


def encode_rows(rows: Iterable[tuple[Any, ...]]) -> bytes:
    """The payload of these events (``ARCHIVE_COLUMNS`` tuples, in any order: they are put in
    ``archive_order``). No SQL: a worker process may make it while the caller goes on."""
    return archive_codec.encode(ARCHIVE_COLUMNS, archive_order(rows))


def _store_archive(
    conn: sqlite3.Connection,
    class_id: str,
    month: str,
    new_rows: Sequence[tuple[Any, ...]],
    all_seals: list[list[Any]] | None,
    sealed_at: str,
    actor: str,
    device: str,
    payload: bytes | None = None,
) -> Sealed:
    """Write (or rewrite) a class-month's archive: what it held, merged with ``new_rows``
    (``ARCHIVE_COLUMNS`` tuples); ``all_seals``: the seals of every event it then holds
    (None: a file without tamper seals); ``payload``: see ``seal_unrecorded``."""
    old_payload = _payload(conn, class_id, month)
    if old_payload is None and payload is not None:
        merged = list(new_rows)  # (in any order: nothing below depends on it)
    else:
        old: list[tuple[Any, ...]] = []
        if old_payload is not None:
            cols, decoded = _opened(conn, class_id, month, old_payload)
            pick = itemgetter(*(cols.index(c) for c in ARCHIVE_COLUMNS))
            old = [pick(r) for r in decoded]
        merged = archive_order([*old, *new_rows])
        payload = None
    if len({r[_ID] for r in merged}) != len(merged):
        raise archive_codec.ArchiveFormatError(f"duplicate event ids in {class_id} {month}")
    if payload is None:
        payload = archive_codec.encode(ARCHIVE_COLUMNS, merged)
    row = {
        "id": derived_id("attendance_archive", class_id, month),
        "class_id": class_id,
        "month": month,
        "events": len(merged),
        "max_seq": max(r[_SEQ] for r in merged),
        "days": ",".join(sorted({r[_DAY] for r in merged})),
        "pupil_keys": ",".join(sorted({r[_PUPIL][:PUPIL_KEY_LENGTH] for r in merged})),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "payload": payload,
        "sealed_at": sealed_at,
        "actor": actor,
        "device_id": device,
    }
    if all_seals is not None:
        row["seals"] = seals.encode_archive_seals(all_seals)
        row["seal_mac"] = conn.execute(
            "SELECT desk_archive_mac(?, ?, ?, ?)", [class_id, month, row["sha256"], row["seals"]]
        ).fetchone()[0]
    cols = list(row)
    conn.execute(
        f"INSERT INTO attendance_archive ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        " ON CONFLICT (class_id, month) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in cols if c not in ("id", "class_id", "month")),
        [row[c] for c in cols],
    )
    return Sealed(class_id, month, len(new_rows), len(merged), row["sha256"])


def _verified_seals(
    conn: sqlite3.Connection, first: str, last: str, class_id: str
) -> list[list[Any]] | None:
    """[event id, device, dseq, key tag, mac] of the class-month's live events, each checked
    against the event as it is now; None if any event lacks its seal or no longer matches it."""
    content = seals.content_sql(conn, "attendance_event", "e.")
    rows = conn.execute(
        f"SELECT e.id, s.device_id, s.dseq, hex(s.key_tag), hex(s.mac),"
        f" desk_seal(s.device_id, s.dseq, 'attendance_event', e.id, {content}) = s.mac"
        " FROM attendance_event e LEFT JOIN seal s"
        " ON s.entity = 'attendance_event' AND s.row_key = e.id"
        " WHERE e.day BETWEEN ? AND ? AND e.class_id = ?",
        [first, last, class_id],
    ).fetchall()
    if not all(r[5] for r in rows):
        log.warning("sealing %s %s skipped: an event does not match its tamper seal", class_id, first[:7])  # fmt: skip
        return None
    return [[r[0], r[1], r[2], r[3].lower(), r[4].lower()] for r in rows]


def _old_seals(conn: sqlite3.Connection, class_id: str, month: str) -> list[list[Any]]:
    row = conn.execute(
        "SELECT seals FROM attendance_archive WHERE class_id = ? AND month = ?", [class_id, month]
    ).fetchone()
    return seals.decode_archive_seals(bytes(row[0])) if row and row[0] is not None else []


# --- reading ---------------------------------------------------------------------------


def _months_between(start: str, end: str) -> tuple[str, str]:
    return start[:7], end[:7]


def _archived_rows(
    conn: sqlite3.Connection, where: str, params: Iterable[Any]
) -> Iterator[dict[str, Any]]:
    for class_id, month, sha, payload in conn.execute(
        f"SELECT class_id, month, sha256, payload FROM attendance_archive WHERE {where}",
        list(params),
    ):
        yield from _decoded(conn, class_id, month, bytes(payload), sha)


def tuples_between(
    conn: sqlite3.Connection,
    start: str,
    end: str,
    fields: Sequence[str],
    class_id: str | None = None,
) -> list[tuple[Any, ...]]:
    """Archived events dated in [start, end] as tuples of ``fields`` (two or more; the fast
    path for a month's reports: no dict per event)."""
    if len(fields) < 2:
        raise ValueError("tuples_between needs at least two fields")
    return sparse_tuples_between(conn, start, end, fields, class_id)


def sparse_tuples_between(
    conn: sqlite3.Connection,
    start: str,
    end: str,
    fields: Sequence[str | None],
    class_id: str | None = None,
) -> list[tuple[Any, ...]]:
    """As ``tuples_between``, where a field given as None is None in every tuple: only the
    columns named are decoded (a report that counts skips the rest, the ids above all)."""
    m0, m1 = _months_between(start, end)
    where, params = "month BETWEEN ? AND ?", [m0, m1]
    if class_id:
        where, params = where + " AND class_id = ?", [*params, class_id]
    wanted = [f for f in fields if f is not None]
    result: list[tuple[Any, ...]] = []
    for cid, month, sha, payload in conn.execute(
        f"SELECT class_id, month, sha256, payload FROM attendance_archive WHERE {where}", params
    ).fetchall():
        n, plain = _columns(conn, cid, month, bytes(payload), sha, wanted)
        days = plain["day"]
        if not n:
            continue
        rows = zip(*(repeat(None, n) if f is None else plain[f] for f in fields), strict=True)
        if start <= min(days) and max(days) <= end:  # the whole class-month is in range
            result.extend(rows)
        else:
            result.extend(r for r, d in zip(rows, days, strict=True) if start <= d <= end)
    return result


def _columns(
    conn: sqlite3.Connection, class_id: str, month: str, payload: bytes, sha256: str,
    wanted: Sequence[str],
) -> tuple[int, dict[str, list[Any]]]:  # fmt: skip
    """Some columns of one archive; damage becomes the program's own error, as in ``_opened``."""
    try:
        if hashlib.sha256(payload).hexdigest() != sha256:
            raise archive_codec.ArchiveFormatError("payload does not match its SHA-256")
        return archive_codec.decode_columns(payload, wanted)
    except archive_codec.ArchiveFormatError as exc:
        raise DamagedArchive(
            f"{_class_name(conn, class_id)} {month} 的考勤归档已损坏，无法读取（{exc}）。"
            "请从备份恢复（备份与恢复 → 从备份恢复，或命令行 restore），"
            "并用 check 检查数据库。"
        ) from exc


def rows_of_pupil_day(conn: sqlite3.Connection, pupil_id: str, day: str) -> list[dict[str, Any]]:
    key = pupil_id[:PUPIL_KEY_LENGTH]
    return [
        r
        for r in _archived_rows(
            conn,
            "month = ? AND instr(',' || pupil_keys || ',', ?) > 0 AND instr(days, ?) > 0",
            [day[:7], f",{key},", day],
        )
        if r["pupil_id"] == pupil_id and r["day"] == day
    ]


def row_by_id(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """An archived event by id (opens archives newest first; corrections of old days only)."""
    for class_id, month, sha, payload in conn.execute(
        "SELECT class_id, month, sha256, payload FROM attendance_archive"
        " ORDER BY month DESC, class_id"
    ):
        for r in _decoded(conn, class_id, month, bytes(payload), sha):
            if r["id"] == event_id:
                return r
    return None


def days_by_class(conn: sqlite3.Connection, start: str, end: str) -> list[tuple[str, str]]:
    """(day, class id) pairs with archived events in [start, end], without opening payloads."""
    m0, m1 = _months_between(start, end)
    pairs: list[tuple[str, str]] = []
    for class_id, days in conn.execute(
        "SELECT class_id, days FROM attendance_archive WHERE month BETWEEN ? AND ?", [m0, m1]
    ):
        pairs.extend((d, class_id) for d in str(days).split(",") if start <= d <= end)
    return pairs


def count_events(conn: sqlite3.Connection) -> int:
    return int(
        conn.execute("SELECT coalesce(sum(events), 0) FROM attendance_archive").fetchone()[0]
    )


def size_figures(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """(events sealed, bytes of their payloads, live events) for the benchmark."""
    sealed, size = conn.execute(
        "SELECT coalesce(sum(events), 0), coalesce(sum(length(payload)), 0) FROM attendance_archive"
    ).fetchone()
    live = conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0]
    return int(sealed), int(size), int(live)


def verify(conn: sqlite3.Connection) -> list[str]:
    """Archives changed since they were sealed: the payload's SHA-256 must match the one stored
    beside it, and that one the hash the sealing wrote into the (hash-chained) audit trail.
    Sealing itself checked that each payload decodes to exactly its rows."""
    sealed: dict[tuple[str, str], str] = {}
    for (after,) in conn.execute(
        "SELECT after_json FROM audit WHERE action = 'attendance.seal' ORDER BY seq"
    ):
        record = json.loads(after or "{}")
        if "sha256" in record:
            sealed[(record["class_id"], record["month"])] = record["sha256"]
    problems = []
    for class_id, month, sha, payload in conn.execute(
        "SELECT class_id, month, sha256, payload FROM attendance_archive ORDER BY month, class_id"
    ):
        if hashlib.sha256(bytes(payload)).hexdigest() != sha:
            problems.append(f"考勤归档 {month} 班级 {class_id}：校验值不符（被改动或损坏）")
        elif sealed.get((class_id, month), sha) != sha:
            problems.append(
                f"考勤归档 {month} 班级 {class_id}：与归档时审计记录中的校验值不符（被改动）"
            )
    return problems
