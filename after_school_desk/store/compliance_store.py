"""Month-wide reads for the compliance check."""

from __future__ import annotations

import sqlite3

from after_school_desk.store import event_archive
from after_school_desk.store.enrolment_window import TERM_JOIN, WINDOW_COLUMNS, counts_between
from after_school_desk.store.rows import Row, all_rows


def days_with_attendance(conn: sqlite3.Connection, start: str, end: str) -> dict[str, set[str]]:
    """day -> class ids that recorded any attendance that day (the service was held)."""
    result: dict[str, set[str]] = {}
    live = conn.execute(
        "SELECT DISTINCT day, class_id FROM attendance_event WHERE day BETWEEN ? AND ?",
        [start, end],
    ).fetchall()
    for day, class_id in [*live, *event_archive.days_by_class(conn, start, end)]:
        result.setdefault(day, set()).add(class_id)
    return result


def duty_days(conn: sqlite3.Connection, start: str, end: str) -> dict[str, Row]:
    rows = all_rows(
        conn,
        "SELECT d.id, d.day, d.on_post_at, s.name AS leader_name, s.role AS leader_role,"
        " s.vetting AS leader_vetting FROM duty_day d"
        " LEFT JOIN staff s ON s.id = d.leader_staff_id WHERE d.day BETWEEN ? AND ?",
        [start, end],
    )
    return {r["day"]: r for r in rows}


def supervisions(conn: sqlite3.Connection, start: str, end: str) -> dict[tuple[str, str], Row]:
    rows = all_rows(
        conn,
        "SELECT cs.id, cs.day, cs.class_id, cs.start_at, cs.end_at, s.name AS staff_name,"
        " s.role, s.vetting FROM class_supervision cs JOIN staff s ON s.id = cs.staff_id"
        " WHERE cs.day BETWEEN ? AND ?",
        [start, end],
    )
    return {(r["day"], r["class_id"]): r for r in rows}


def refused_enrolments(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT e.id, substr(e.updated_at, 1, 10) AS day, e.refused_reason, p.name,"
        " g.level AS grade_level FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
        " LEFT JOIN class c ON c.id = p.class_id LEFT JOIN grade g ON g.id = c.grade_id"
        " WHERE e.status = 'refused' AND substr(e.updated_at, 1, 10) BETWEEN ? AND ?",
        [start, end],
    )


def enrolments_counting(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    """Approved enrolments that count on some day of [start, end], with their steps (review,
    approval, agreement) and their window (after_school_desk/store/enrolment_window.py)."""
    return all_rows(
        conn,
        "SELECT e.id, e.approved_at, e.approved_by, e.reviewed_at, e.reviewed_by,"
        f" e.agreement_signed_on, {WINDOW_COLUMNS}, p.name, c.name AS class_name"
        f" FROM enrolment e {TERM_JOIN} JOIN pupil p ON p.id = e.pupil_id"
        " LEFT JOIN class c ON c.id = p.class_id"
        f" WHERE {counts_between('?1', '?2')} ORDER BY counts_from, c.name, p.name",
        [start, end],
    )
