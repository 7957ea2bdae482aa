"""Queries for the money side: fee standards, charges, waivers, payments, refunds, the ledger,
subsidy rates, consents, and the daily-loop facts that billing and subsidies read."""

from __future__ import annotations

import sqlite3

from after_school_desk.domain.in_force import in_force
from after_school_desk.store import event_archive
from after_school_desk.store.enrolment_window import (
    APPROVED,
    TERM_JOIN,
    WINDOW_COLUMNS,
    counts_between,
)
from after_school_desk.store.rows import Row, all_rows, one, register_table, scalar

for _table in (
    "fee_standard",
    "waiver",
    "charge",
    "payment",
    "refund",
    "ledger_entry",
    "subsidy_rate",
    "pupil_consent",
):
    register_table(_table)

_PUPIL = (
    "p.national_id, p.name, p.registered_poor, p.class_id AS pupil_class_id,"
    " c.name AS class_name, g.level AS grade_level, c.number AS class_number"
)
_PUPIL_JOIN = (
    "JOIN pupil p ON p.id = x.pupil_id JOIN class c ON c.id = p.class_id"
    " JOIN grade g ON g.id = c.grade_id"
)


# --- fee standards ---------------------------------------------------------------------


def standards(conn: sqlite3.Connection) -> list[Row]:
    """Every fee standard ever set, oldest first: the history (``in_force`` picks from it)."""
    return all_rows(
        conn, "SELECT * FROM fee_standard ORDER BY mode, stage, effective_from, created_at"
    )


def standard_for(conn: sqlite3.Connection, mode: str, stage: str, day: str) -> Row | None:
    """The standard in force on ``day`` for the mode and stage (after_school_desk/domain/in_force.py): the
    stage's own if one is in force, else the one for all stages."""
    found = all_rows(
        conn, "SELECT * FROM fee_standard WHERE mode = ? AND stage IN (?, 'all')", [mode, stage]
    )
    own = in_force((r for r in found if r["stage"] == stage), day)
    return own or in_force((r for r in found if r["stage"] == "all"), day)


# --- enrolments and attendance (read for billing) ----------------------------------------


def enrolments_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    """Enrolments that count on at least one day of [start, end], with the window in which
    each counts (``counts_from``, ``counts_until`` exclusive): after_school_desk/store/enrolment_window.py."""
    return all_rows(
        conn,
        "SELECT e.id AS enrolment_id, e.pupil_id, e.term_id, e.mode, e.enrolled_from,"
        f" e.withdrawn_on, {WINDOW_COLUMNS}, {_PUPIL}"
        f" FROM enrolment e {TERM_JOIN} JOIN pupil p ON p.id = e.pupil_id"
        " JOIN class c ON c.id = p.class_id JOIN grade g ON g.id = c.grade_id"
        f" WHERE {counts_between('?', '?')}"
        " ORDER BY g.level, c.number, p.name_pinyin, p.name, counts_from",
        [end, start, end, start],
    )


def enrolments_in_term(conn: sqlite3.Connection, term_id: str, pupil_id: str) -> list[Row]:
    """A pupil's counted enrolments of a term, each with its window (as above)."""
    return all_rows(
        conn,
        f"SELECT e.*, {WINDOW_COLUMNS} FROM enrolment e {TERM_JOIN}"
        f" WHERE e.term_id = ? AND e.pupil_id = ? AND {APPROVED}"
        " ORDER BY counts_from",
        [term_id, pupil_id],
    )


def attended_days(conn: sqlite3.Connection, start: str, end: str) -> dict[str, int]:
    """Pupil id -> number of days in [start, end] with a sign-in that was not corrected away.

    Reads live and sealed events alike. A correction is recorded on the day of the event it
    voids, so the voided ids of the range are one set, built once."""
    fields = ("id", "pupil_id", "day", "kind", "supersedes")
    live = conn.execute(
        f"SELECT {', '.join(fields)} FROM attendance_event WHERE day BETWEEN ? AND ?"
        " AND kind IN ('signed_in', 'correction')",
        [start, end],
    ).fetchall()
    events = [*live, *event_archive.tuples_between(conn, start, end, fields)]
    voided = {supersedes for _id, _p, _d, kind, supersedes in events if kind == "correction"}
    days: dict[str, set[str]] = {}
    for event_id, pupil_id, day, kind, _s in events:
        if kind == "signed_in" and event_id not in voided:
            days.setdefault(pupil_id, set()).add(day)
    return {pupil: len(d) for pupil, d in days.items()}


# --- waivers ---------------------------------------------------------------------------


def waivers(conn: sqlite3.Connection, pupil_id: str | None = None) -> list[Row]:
    where = " WHERE x.pupil_id = ?" if pupil_id else ""
    return all_rows(
        conn,
        f"SELECT x.*, {_PUPIL} FROM waiver x {_PUPIL_JOIN}{where}"
        " ORDER BY g.level, c.number, p.name_pinyin, x.valid_from",
        [pupil_id] if pupil_id else [],
    )


# --- charges ---------------------------------------------------------------------------


def charge(conn: sqlite3.Connection, charge_id: str) -> Row | None:
    return one(conn, "SELECT * FROM charge WHERE id = ?", [charge_id])


def charges(
    conn: sqlite3.Connection, month: str | None = None, pupil_id: str | None = None
) -> list[Row]:
    clauses, params = [], []
    if month:
        clauses.append("x.month = ?")
        params.append(month)
    if pupil_id:
        clauses.append("x.pupil_id = ?")
        params.append(pupil_id)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return all_rows(
        conn,
        f"SELECT x.*, {_PUPIL}, cc.name AS charge_class_name FROM charge x {_PUPIL_JOIN}"
        f" JOIN class cc ON cc.id = x.class_id{where}"
        " ORDER BY x.month, g.level, c.number, p.name_pinyin, p.name, x.mode",
        params,
    )


def delete_charge(conn: sqlite3.Connection, charge_id: str) -> None:
    conn.execute("DELETE FROM charge WHERE id = ?", [charge_id])


# --- payments, refunds -------------------------------------------------------------------


def payments(
    conn: sqlite3.Connection, start: str | None = None, end: str | None = None,
    pupil_id: str | None = None,
) -> list[Row]:  # fmt: skip
    return _dated(conn, "payment", "paid_on", start, end, pupil_id)


def refunds(
    conn: sqlite3.Connection, start: str | None = None, end: str | None = None,
    pupil_id: str | None = None,
) -> list[Row]:  # fmt: skip
    return _dated(conn, "refund", "refunded_on", start, end, pupil_id)


def _dated(
    conn: sqlite3.Connection, table: str, column: str, start: str | None, end: str | None,
    pupil_id: str | None,
) -> list[Row]:  # fmt: skip
    clauses, params = [], []
    if start:
        clauses.append(f"x.{column} >= ?")
        params.append(start)
    if end:
        clauses.append(f"x.{column} <= ?")
        params.append(end)
    if pupil_id:
        clauses.append("x.pupil_id = ?")
        params.append(pupil_id)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return all_rows(
        conn,
        f"SELECT x.*, {_PUPIL} FROM {table} x {_PUPIL_JOIN}{where}"
        f" ORDER BY x.{column}, x.created_at",
        params,
    )


def receipt_used(conn: sqlite3.Connection, receipt_no: str) -> bool:
    return bool(scalar(conn, "SELECT EXISTS (SELECT 1 FROM payment WHERE receipt_no = ?)",
                       [receipt_no]))  # fmt: skip


def receipts_used_twice(conn: sqlite3.Connection) -> list[Row]:
    """Receipt numbers on more than one payment (typed on two PCs before they met)."""
    return all_rows(
        conn,
        "SELECT y.receipt_no, y.paid_on, y.amount_fen, p.name, y.device_id FROM payment y"
        " JOIN pupil p ON p.id = y.pupil_id WHERE y.receipt_no IN (SELECT receipt_no FROM payment"
        " WHERE receipt_no IS NOT NULL GROUP BY receipt_no HAVING count(*) > 1)"
        " ORDER BY y.receipt_no, y.paid_on, y.created_at",
    )


def account_totals(conn: sqlite3.Connection, pupil_id: str) -> dict[str, int]:
    """Everything charged, waived, paid and refunded for a pupil, all time."""
    row = one(
        conn,
        "SELECT (SELECT coalesce(sum(gross_fen), 0) FROM charge WHERE pupil_id = :p) AS charged,"
        " (SELECT coalesce(sum(waived_fen), 0) FROM charge WHERE pupil_id = :p) AS waived,"
        " (SELECT coalesce(sum(amount_fen), 0) FROM payment WHERE pupil_id = :p) AS paid,"
        " (SELECT coalesce(sum(amount_fen), 0) FROM refund WHERE pupil_id = :p) AS refunded",
        {"p": pupil_id},  # type: ignore[arg-type]
    )
    assert row is not None
    return {k: int(v) for k, v in row.items()}


# --- ledger ------------------------------------------------------------------------------


def ledger(
    conn: sqlite3.Connection, start: str, end: str, direction: str | None = None
) -> list[Row]:
    where = " AND direction = ?" if direction else ""
    return all_rows(
        conn,
        f"SELECT * FROM ledger_entry WHERE entry_on BETWEEN ? AND ?{where}"
        " ORDER BY entry_on, created_at",
        [start, end, direction] if direction else [start, end],
    )


# --- subsidies ---------------------------------------------------------------------------


def subsidy_rates(conn: sqlite3.Connection) -> list[Row]:
    """Every subsidy rate ever set, oldest first: the history (``in_force`` picks from it)."""
    return all_rows(
        conn, "SELECT * FROM subsidy_rate ORDER BY category, day_type, effective_from, created_at"
    )


def subsidy_rate_for(
    conn: sqlite3.Connection, category: str, day_type: str, day: str
) -> Row | None:
    """The rate in force on ``day`` for the category and day type (after_school_desk/domain/in_force.py)."""
    found = all_rows(
        conn,
        "SELECT * FROM subsidy_rate WHERE category = ? AND day_type = ?",
        [category, day_type],
    )
    return in_force(found, day)


def supervision_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT v.*, c.name AS class_name FROM class_supervision v"
        " JOIN class c ON c.id = v.class_id WHERE v.day BETWEEN ? AND ? ORDER BY v.day, c.name",
        [start, end],
    )


def duty_days_between(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT * FROM duty_day WHERE day BETWEEN ? AND ? AND leader_staff_id IS NOT NULL"
        " AND on_post_at IS NOT NULL ORDER BY day",
        [start, end],
    )


def staff_by_ids(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Row]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r["id"]: r for r in all_rows(conn, f"SELECT * FROM staff WHERE id IN ({marks})", ids)}


# --- consent -----------------------------------------------------------------------------


def consents(conn: sqlite3.Connection, pupil_id: str, kind: str | None = None) -> list[Row]:
    where = " AND kind = ?" if kind else ""
    return all_rows(
        conn,
        f"SELECT * FROM pupil_consent WHERE pupil_id = ?{where} ORDER BY given_on, created_at",
        [pupil_id, kind] if kind else [pupil_id],
    )


def consenting_pupils(conn: sqlite3.Connection, kind: str, day: str) -> set[str]:
    """Pupils whose guardian's consent of ``kind`` is in force on ``day``."""
    return {
        r["pupil_id"]
        for r in all_rows(
            conn,
            "SELECT pupil_id FROM pupil_consent WHERE kind = ? AND given_on <= ?"
            " AND (withdrawn_on IS NULL OR withdrawn_on > ?)",
            [kind, day, day],
        )
    }
