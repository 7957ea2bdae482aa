"""Bulk queries for the monthly reports: one query per table and month, never day by day."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.enrolment_window import TERM_JOIN, WINDOW_COLUMNS, counts_between
from after_school_desk.store.rows import Row, all_rows, scalar

_PUPIL_COLS = (
    "p.id AS pupil_id, p.national_id, p.name, p.name_pinyin, p.class_id, p.sex,"
    " p.left_behind, p.migrant, p.disabled, p.hardship, p.low_income, p.registered_poor,"
    " c.name AS class_name, g.level AS grade_level, c.number AS class_number"
)


def enrolments_overlapping(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    """Enrolments that count on at least one day of [start, end], with their pupils and the
    window in which each counts (``counts_from``, ``counts_until`` exclusive): the rule of
    after_school_desk/store/enrolment_window.py."""
    return all_rows(
        conn,
        "SELECT e.id AS enrolment_id, e.mode, e.status, e.enrolled_from, e.withdrawn_on,"
        f" e.agreement_signed_on, {_PUPIL_COLS}, {WINDOW_COLUMNS}"
        f" FROM enrolment e {TERM_JOIN} JOIN pupil p ON p.id = e.pupil_id"
        " JOIN class c ON c.id = p.class_id JOIN grade g ON g.id = c.grade_id"
        f" WHERE {counts_between('?', '?')}"
        " ORDER BY g.level, c.number, p.name_pinyin, p.name, counts_from",
        [end, start, end, start],
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
        "SELECT d.*, s.name AS leader_name,"
        " coalesce(us.name, nullif(u.display_name, ''), d.signed_off_by) AS signed_off_name"
        " FROM duty_day d LEFT JOIN staff s ON s.id = d.leader_staff_id"
        " LEFT JOIN app_user u ON u.login = d.signed_off_by"
        " LEFT JOIN staff us ON us.id = u.staff_id"
        " WHERE d.day BETWEEN ? AND ? ORDER BY d.day",
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


def pupil_count_on(conn: sqlite3.Connection, day: str) -> int:
    """Pupils on the school's register on ``day``: added by then (or enrolled in the service by
    then: a register entered after the fact) and not departed by then (left_on after it)."""
    return int(
        scalar(
            conn,
            "SELECT count(*) FROM pupil p LEFT JOIN pupil_departure d ON d.pupil_id = p.id"
            " WHERE ((d.left_on IS NULL AND p.status = 'active') OR d.left_on > :day)"
            "  AND (substr(p.created_at, 1, 10) <= :day OR EXISTS (SELECT 1 FROM enrolment e"
            "   WHERE e.pupil_id = p.id AND e.status IN ('enrolled', 'withdrawn')"
            "    AND e.enrolled_from <= :day))",
            {"day": day},  # type: ignore[arg-type]
        )
        or 0
    )


def staff_on(conn: sqlite3.Connection, day: str) -> list[Row]:
    """The staff list as it was on ``day``: people added by then (or who had served by then),
    with ``active`` as the last (de)activation on or before that day left it."""
    return all_rows(
        conn,
        "SELECT s.id, s.name, s.role, s.vetting, s.vetting_note, coalesce((SELECT"
        "  a.action = 'staff.activate' FROM audit a WHERE a.entity = 'staff'"
        "  AND a.entity_id = s.id AND a.action IN ('staff.activate', 'staff.deactivate')"
        "  AND substr(a.at, 1, 10) <= :day ORDER BY a.seq DESC LIMIT 1), 1) AS active"
        " FROM staff s WHERE substr(s.created_at, 1, 10) <= :day"
        " OR EXISTS (SELECT 1 FROM class_supervision v WHERE v.staff_id = s.id AND v.day <= :day)"
        " OR EXISTS (SELECT 1 FROM duty_day d WHERE d.leader_staff_id = s.id AND d.day <= :day"
        "  AND d.on_post_at IS NOT NULL)"
        " ORDER BY s.created_at, s.id",
        {"day": day},  # type: ignore[arg-type]
    )


def active_pupil_count(conn: sqlite3.Connection) -> int:
    return int(scalar(conn, "SELECT count(*) FROM pupil WHERE status = 'active'") or 0)


def staff_all(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(
        conn, "SELECT id, name, role, vetting, vetting_note, active FROM staff ORDER BY created_at"
    )
