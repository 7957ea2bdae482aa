"""Queries for the daily loop: enrolment, attendance events, permissions, outbox."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from after_school_desk.store import enrolment_window, event_archive
from after_school_desk.store.event_archive import EVENT_COLUMNS
from after_school_desk.store.rows import Row, all_rows, one, register_table, scalar
from after_school_desk.store.snapshots import read_snapshot

for _table in (
    "enrolment",
    "attendance_event",
    "self_leave_permission",
    "outbox",
    "duty_unavailable",
    "duty_roster",
    "duty_day",
    "duty_log",
    "class_supervision",
):
    register_table(_table)

_EVENT_INSERT = (
    f"INSERT INTO attendance_event ({', '.join(EVENT_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
)
_EVENT_SELECT = "SELECT rowid AS seq, * FROM attendance_event"
# Enrolled on :day (after_school_desk/store/enrolment_window.py: the one rule for every reader).
_ENROLLED_ON = enrolment_window.counts_on(":day")
_PUPIL_COLS = (
    "p.id AS pupil_id, p.national_id, p.name, p.name_initials, p.name_pinyin, p.class_id,"
    " c.name AS class_name, g.level AS grade_level, c.number AS class_number"
)


def _plain(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor that gives plain tuples (no row objects: quicker where thousands are read)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor


def _named(conn: sqlite3.Connection, sql: str, params: Mapping[str, Any]) -> list[Row]:
    return [dict(r) for r in conn.execute(sql, dict(params)).fetchall()]


def _dicts(conn: sqlite3.Connection, sql: str, params: Mapping[str, Any]) -> list[Row]:
    """As ``_named``, quicker, for a query whose columns all have names of their own."""
    cursor = _plain(conn).execute(sql, dict(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


# --- enrolment -------------------------------------------------------------------------


def enrolments_of(conn: sqlite3.Connection, pupil_id: str, term_id: str | None = None) -> list[Row]:
    if term_id is None:
        return all_rows(
            conn, "SELECT * FROM enrolment WHERE pupil_id = ? ORDER BY created_at", [pupil_id]
        )
    return all_rows(
        conn,
        "SELECT * FROM enrolment WHERE pupil_id = ? AND term_id = ? ORDER BY created_at",
        [pupil_id, term_id],
    )


def enrolled_on(conn: sqlite3.Connection, pupil_id: str, day: str) -> bool:
    """Whether ``pupil_id`` counts as enrolled on ``day`` (the sign-in path's question)."""
    sql = (
        "SELECT 1 FROM enrolment e INDEXED BY enrolment_pupil"
        f" WHERE e.pupil_id = :pupil AND {_ENROLLED_ON} LIMIT 1"
    )
    return conn.execute(sql, {"pupil": pupil_id, "day": day}).fetchone() is not None


# The pupils enrolled on :day, with their class and grade (``enrolled_pupils``, ``pupils_on``).
_ENROLLED_PUPILS = (
    " FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
    " JOIN class c ON c.id = p.class_id JOIN grade g ON g.id = c.grade_id"
    f" WHERE {_ENROLLED_ON}"
)


def enrolled_pupils(conn: sqlite3.Connection, day: str, class_id: str | None = None) -> list[Row]:
    """Every pupil enrolled on ``day`` (optionally one class), in class and name order."""
    where = " AND p.class_id = :class" if class_id else ""
    return _dicts(
        conn,
        f"SELECT {_PUPIL_COLS}, e.id AS enrolment_id, e.mode, c.head_teacher_id"
        f"{_ENROLLED_PUPILS}{where} ORDER BY g.level, c.number, p.name_pinyin, p.name",
        {"day": day, "class": class_id},
    )


def pupils_on(
    conn: sqlite3.Connection, day: str, class_id: str | None = None
) -> list[tuple[str, str, str, int]]:
    """The pupils of ``enrolled_pupils`` (in no order) as (pupil id, class id, class name,
    grade level): all a reader that counts them by class needs (the duty board)."""
    where = " AND p.class_id = :class" if class_id else ""
    sql = f"SELECT p.id, p.class_id, c.name, g.level{_ENROLLED_PUPILS}{where}"
    return _plain(conn).execute(sql, {"day": day, "class": class_id}).fetchall()


def enrolment_list(
    conn: sqlite3.Connection, term_id: str, class_id: str | None = None
) -> list[Row]:
    where = " AND p.class_id = :class" if class_id else ""
    return _named(
        conn,
        f"SELECT e.*, {_PUPIL_COLS} FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
        " JOIN class c ON c.id = p.class_id JOIN grade g ON g.id = c.grade_id"
        f" WHERE e.term_id = :term{where} ORDER BY g.level, c.number, p.name_pinyin",
        {"term": term_id, "class": class_id},
    )


def insert_many(conn: sqlite3.Connection, table: str, rows_: Sequence[Mapping[str, Any]]) -> None:
    """Bulk insert rows that all have the same columns (used by the history generator)."""
    if not rows_:
        return
    register_table(table)
    cols = list(rows_[0])
    conn.executemany(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [[r[c] for c in cols] for r in rows_],
    )


# --- attendance events -----------------------------------------------------------------


def insert_events(conn: sqlite3.Connection, events: Iterable[Mapping[str, Any]]) -> None:
    conn.executemany(_EVENT_INSERT, [[e.get(c) for c in EVENT_COLUMNS] for e in events])


def insert_event_if_new(conn: sqlite3.Connection, event: Mapping[str, Any]) -> bool:
    """Insert one event; False (nothing written) when an event with its id exists already."""
    try:
        conn.execute(_EVENT_INSERT, [event.get(c) for c in EVENT_COLUMNS])
    except sqlite3.IntegrityError as exc:
        if "attendance_event.id" in str(exc):
            return False
        raise
    return True


def events_of_pupil_day(conn: sqlite3.Connection, pupil_id: str, day: str) -> list[Row]:
    """The pupil-day's events, live and sealed, in the order they happened."""
    with read_snapshot(conn):
        live = all_rows(
            conn,
            f"{_EVENT_SELECT} WHERE pupil_id = ? AND day = ? ORDER BY at, device_id, rowid",
            [pupil_id, day],
        )
        archived = event_archive.rows_of_pupil_day(conn, pupil_id, day)
    if not archived:
        return live
    return sorted(live + archived, key=lambda r: (r["at"], r["device_id"], r["seq"]))


# Columns in the order of after_school_desk.domain.attendance.Event's fields, then pupil_id and day: the
# fast path for reading many events (a day's board, a month's ledger) as plain tuples.
_TUPLE_FIELDS = (
    "id", "kind", "at", "rowid", "actor", "staff_id", "device_id", "adult_id", "adult_name",
    "adult_relation", "adult_phone", "override_reason", "alert_kind", "outcome", "method",
    "reason", "note", "supersedes", "pupil_id", "day",
)  # fmt: skip
EVENT_TUPLE_COLUMNS = ", ".join(_TUPLE_FIELDS)
_ARCHIVED_TUPLE_FIELDS = tuple("seq" if f == "rowid" else f for f in _TUPLE_FIELDS)


def event_tuples_of_day(
    conn: sqlite3.Connection, day: str, class_id: str | None = None
) -> list[tuple[Any, ...]]:
    sql = f"SELECT {EVENT_TUPLE_COLUMNS} FROM attendance_event WHERE day = ?"
    with read_snapshot(conn):
        live = _live_of_day(conn, sql, day, class_id)
        return live + event_archive.tuples_between(conn, day, day, _ARCHIVED_TUPLE_FIELDS, class_id)


def _live_of_day(
    conn: sqlite3.Connection, sql: str, day: str, class_id: str | None
) -> list[tuple[Any, ...]]:
    """``sql`` (… WHERE day = ?) for ``day``, or for one class's day, as plain tuples."""
    if class_id:
        return _plain(conn).execute(sql + " AND class_id = ?", [day, class_id]).fetchall()
    return _plain(conn).execute(sql, [day]).fetchall()


# What counting a day's pupil-days reads of their events (the duty board: each one's state and
# alerts): not who recorded them, names, phones, reasons or notes.
COUNTED_DAY_FIELDS = (
    "pupil_id", "id", "kind", "at", "seq", "device_id", "alert_kind", "outcome", "supersedes",
)  # fmt: skip


def counted_events_of_day(
    conn: sqlite3.Connection, day: str, class_id: str | None = None
) -> list[tuple[Any, ...]]:
    """The day's events (optionally one class's), live and sealed, as tuples of
    ``COUNTED_DAY_FIELDS`` (no order)."""
    columns = ", ".join("rowid" if f == "seq" else f for f in COUNTED_DAY_FIELDS)
    sql = f"SELECT {columns} FROM attendance_event WHERE day = ?"
    with read_snapshot(conn):
        live = _live_of_day(conn, sql, day, class_id)
        return live + event_archive.sparse_tuples_between(
            conn, day, day, COUNTED_DAY_FIELDS, class_id
        )


def event_tuples_between(conn: sqlite3.Connection, start: str, end: str) -> list[tuple[Any, ...]]:
    """Every event dated in [start, end], live and sealed, as tuples (no order)."""
    with read_snapshot(conn):
        live = conn.execute(
            f"SELECT {EVENT_TUPLE_COLUMNS} FROM attendance_event WHERE day BETWEEN ? AND ?",
            [start, end],
        ).fetchall()
        return live + event_archive.tuples_between(conn, start, end, _ARCHIVED_TUPLE_FIELDS)


def event(conn: sqlite3.Connection, event_id: str) -> Row | None:
    with read_snapshot(conn):
        return one(conn, f"{_EVENT_SELECT} WHERE id = ?", [event_id]) or event_archive.row_by_id(
            conn, event_id
        )


def count_events(conn: sqlite3.Connection) -> int:
    with read_snapshot(conn):
        live = int(scalar(conn, "SELECT count(*) FROM attendance_event") or 0)
        return live + event_archive.count_events(conn)


# --- self-leave permission -------------------------------------------------------------


def self_leave_permission(conn: sqlite3.Connection, pupil_id: str, day: str) -> Row | None:
    return one(
        conn,
        "SELECT * FROM self_leave_permission WHERE pupil_id = ? AND signed_on <= ?"
        " AND (revoked_on IS NULL OR revoked_on > ?) ORDER BY signed_on DESC LIMIT 1",
        [pupil_id, day, day],
    )


def permissions_on(
    conn: sqlite3.Connection, day: str, pupil_ids: Sequence[str] | None = None
) -> set[str]:
    """The pupils with a self-leave permission in force on ``day`` (of ``pupil_ids`` only,
    when given: a class's list reads its own pupils', not the whole school's)."""
    sql = (
        "SELECT pupil_id FROM self_leave_permission WHERE signed_on <= ?"
        " AND (revoked_on IS NULL OR revoked_on > ?)"
    )
    if pupil_ids is None:
        return {str(r[0]) for r in conn.execute(sql, [day, day])}
    found: set[str] = set()
    for start in range(0, len(pupil_ids), 500):
        chunk = list(pupil_ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(f"{sql} AND pupil_id IN ({marks})", [day, day, *chunk])
        found.update(str(r[0]) for r in rows)
    return found


# --- outbox ----------------------------------------------------------------------------


def queue_message(conn: sqlite3.Connection, row: Mapping[str, Any]) -> bool:
    """Queue a message once; returns False when the same message is already queued."""
    cols = list(row)
    cur = conn.execute(
        f"INSERT OR IGNORE INTO outbox ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [row[c] for c in cols],
    )
    return cur.rowcount > 0


def outbox(
    conn: sqlite3.Connection, day: str | None = None, pending_only: bool = False
) -> list[Row]:
    clauses, params = [], []
    if day:
        clauses.append("o.day = ?")
        params.append(day)
    if pending_only:
        clauses.append("o.exported_at IS NULL")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return all_rows(
        conn,
        "SELECT o.*, p.name AS pupil_name, p.national_id, p.class_id, c.name AS class_name"
        " FROM outbox o"
        " JOIN pupil p ON p.id = o.pupil_id JOIN class c ON c.id = p.class_id"
        f"{where} ORDER BY o.created_at, o.rowid",
        params,
    )


def mark_exported(conn: sqlite3.Connection, ids: Sequence[str], at: str) -> None:
    conn.executemany("UPDATE outbox SET exported_at = ? WHERE id = ?", [[at, i] for i in ids])
