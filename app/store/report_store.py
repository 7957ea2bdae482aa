"""Bulk queries for the monthly reports: one query per table and month, never day by day."""

from __future__ import annotations

import sqlite3

from app.store.rows import Row, all_rows, scalar

_PUPIL_COLS = (
    "p.id AS pupil_id, p.national_id, p.name, p.name_pinyin, p.class_id, p.sex,"
    " p.left_behind, p.migrant, p.disabled, p.hardship, p.low_income, p.registered_poor,"
    " c.name AS class_name, g.level AS grade_level, c.number AS class_number"
)


def enrolments_overlapping(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    """Enrolments that count on at least one day of [start, end], with their pupils.

    An enrolment counts from ``enrolled_from`` until the day before ``withdrawn_on`` or the end
    of its own term, whichever is first (``counts_until``, exclusive): a pupil enrolled last
    term and not this one takes no part in this term's months."""
    return all_rows(
        conn,
        f"SELECT * FROM (SELECT e.id AS enrolment_id, e.mode, e.status, e.enrolled_from,"
        f" e.withdrawn_on, e.agreement_signed_on, {_PUPIL_COLS},"
        " min(coalesce(e.withdrawn_on, '9999-12-31'), date(t.end_date, '+1 day')) AS counts_until"
        " FROM enrolment e JOIN term t ON t.id = e.term_id JOIN pupil p ON p.id = e.pupil_id"
        " JOIN class c ON c.id = p.class_id JOIN grade g ON g.id = c.grade_id"
        " WHERE e.status IN ('enrolled', 'withdrawn') AND e.enrolled_from <= ?"
        "  AND t.end_date >= ?)"
        " WHERE counts_until > ?"
        " ORDER BY grade_level, class_number, name_pinyin, name, enrolled_from",
        [end, start, start],
    )


def enrolment_statuses(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    """Every enrolment record of the terms that overlap [start, end] (applications included)."""
    return all_rows(
        conn,
        "SELECT e.pupil_id, e.status, e.mode, e.applied_on, e.agreement_signed_on"
        " FROM enrolment e JOIN term t ON t.id = e.term_id"
        " WHERE t.start_date <= ? AND t.end_date >= ?",
        [end, start],
    )


def duty_days_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT d.*, s.name AS leader_name FROM duty_day d"
        " LEFT JOIN staff s ON s.id = d.leader_staff_id WHERE d.day BETWEEN ? AND ? ORDER BY d.day",
        [start, end],
    )


def duty_logs_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT l.day, l.class_id, l.kind, l.text, l.at, c.name AS class_name FROM duty_log l"
        " LEFT JOIN class c ON c.id = l.class_id WHERE l.day BETWEEN ? AND ?"
        " ORDER BY l.day, l.at, l.rowid",
        [start, end],
    )


def supervision_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT v.day, v.class_id, v.staff_id, v.start_at, v.end_at, s.name AS staff_name,"
        " s.role AS staff_role FROM class_supervision v JOIN staff s ON s.id = v.staff_id"
        " WHERE v.day BETWEEN ? AND ? ORDER BY v.day",
        [start, end],
    )


def roster_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT r.day, r.staff_id, r.source, s.name AS leader_name FROM duty_roster r"
        " JOIN staff s ON s.id = r.staff_id WHERE r.day BETWEEN ? AND ? ORDER BY r.day",
        [start, end],
    )


def permissions_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    """Self-leave permissions valid on some day of [start, end]."""
    return all_rows(
        conn,
        "SELECT pupil_id, signed_on, signed_by, revoked_on FROM self_leave_permission"
        " WHERE signed_on <= ? AND (revoked_on IS NULL OR revoked_on > ?)",
        [end, start],
    )


def active_pupil_count(conn: sqlite3.Connection) -> int:
    return int(scalar(conn, "SELECT count(*) FROM pupil WHERE status = 'active'") or 0)


def staff_all(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(
        conn, "SELECT id, name, role, vetting, vetting_note, active FROM staff ORDER BY created_at"
    )
