"""Queries for staff, pupils, the adults who may collect them, and user accounts."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.rows import Row, all_rows, one

_PUPIL_SELECT = (
    "SELECT p.*, c.name AS class_name, g.level AS grade_level, g.name AS grade_name"
    " FROM pupil p JOIN class c ON c.id = p.class_id JOIN grade g ON g.id = c.grade_id"
)


def staff(conn: sqlite3.Connection, active_only: bool = True) -> list[Row]:
    where = " WHERE active = 1" if active_only else ""
    return all_rows(conn, f"SELECT * FROM staff{where} ORDER BY role, name")


def staff_by_name(conn: sqlite3.Connection, name: str) -> list[Row]:
    return all_rows(conn, "SELECT * FROM staff WHERE name = ? AND active = 1", [name])


def pupils(
    conn: sqlite3.Connection, class_id: str | None = None, include_left: bool = False
) -> list[Row]:
    clauses, params = [], []
    if class_id:
        clauses.append("p.class_id = ?")
        params.append(class_id)
    if not include_left:
        clauses.append("p.status = 'active'")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return all_rows(
        conn, f"{_PUPIL_SELECT}{where} ORDER BY g.level, c.number, p.name_pinyin, p.name", params
    )


def pupil(conn: sqlite3.Connection, pupil_id: str) -> Row | None:
    return one(conn, f"{_PUPIL_SELECT} WHERE p.id = ?", [pupil_id])


def pupil_by_national_id(conn: sqlite3.Connection, national_id: str) -> Row | None:
    return one(conn, f"{_PUPIL_SELECT} WHERE p.national_id = ?", [national_id])


def pupils_named(conn: sqlite3.Connection, name: str) -> list[Row]:
    """Pupils with exactly this name (those still at the school first)."""
    return all_rows(
        conn,
        f"{_PUPIL_SELECT} WHERE p.name = ?"
        " ORDER BY p.status != 'active', g.level, c.number, p.national_id",
        [name],
    )


def pupils_by_national_ids(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Row]:
    found: dict[str, Row] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for r in all_rows(conn, f"SELECT * FROM pupil WHERE national_id IN ({marks})", chunk):
            found[r["national_id"]] = r
    return found


def adults(conn: sqlite3.Connection, pupil_id: str) -> list[Row]:
    return all_rows(
        conn,
        "SELECT id, pupil_id, name, relation, phone, is_guardian, can_pickup, position,"
        " photo IS NOT NULL AS has_photo FROM pupil_adult WHERE pupil_id = ?"
        " ORDER BY position, name",
        [pupil_id],
    )


def adults_for_pupils(conn: sqlite3.Connection, pupil_ids: list[str]) -> dict[str, list[Row]]:
    result: dict[str, list[Row]] = {pid: [] for pid in pupil_ids}
    for start in range(0, len(pupil_ids), 500):
        chunk = pupil_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for r in all_rows(
            conn,
            "SELECT id, pupil_id, name, relation, phone, is_guardian, can_pickup, position"
            f" FROM pupil_adult WHERE pupil_id IN ({marks}) ORDER BY position, name",
            chunk,
        ):
            result[r["pupil_id"]].append(r)
    return result


def all_adults(conn: sqlite3.Connection) -> dict[str, list[Row]]:
    result: dict[str, list[Row]] = {}
    for r in all_rows(
        conn,
        "SELECT id, pupil_id, name, relation, phone, is_guardian, can_pickup, position"
        " FROM pupil_adult ORDER BY pupil_id, position, name",
    ):
        result.setdefault(r["pupil_id"], []).append(r)
    return result


def delete_adults(conn: sqlite3.Connection, pupil_id: str) -> None:
    conn.execute("DELETE FROM pupil_adult WHERE pupil_id = ?", [pupil_id])


def users(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(
        conn,
        "SELECT id, login, display_name, role, staff_id, active, failed_attempts, locked_until"
        " FROM app_user ORDER BY role, login",
    )


def user_by_login(conn: sqlite3.Connection, login: str) -> Row | None:
    return one(conn, "SELECT * FROM app_user WHERE login = ?", [login])


def record_login_result(
    conn: sqlite3.Connection, user_id: str, failed_attempts: int, locked_until: str | None
) -> None:
    conn.execute(
        "UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?",
        [failed_attempts, locked_until, user_id],
    )


def classes_of_teacher(conn: sqlite3.Connection, staff_id: str) -> list[str]:
    return [
        r["id"]
        for r in all_rows(conn, "SELECT id FROM class WHERE head_teacher_id = ?", [staff_id])
    ]


def pupils_in_service(conn: sqlite3.Connection, day: str, class_id: str | None = None) -> list[Row]:
    """Active pupils enrolled in the service on ``day`` or from a later date (an approved
    enrolment of a term not yet over, not withdrawn by ``day``), in class and name order."""
    where = " AND p.class_id = :class" if class_id else ""
    return all_rows(
        conn,
        f"{_PUPIL_SELECT} WHERE p.status = 'active'{where} AND EXISTS (SELECT 1 FROM enrolment e"
        " JOIN term t ON t.id = e.term_id WHERE e.pupil_id = p.id"
        " AND e.status IN ('enrolled', 'withdrawn') AND t.end_date >= :day"
        " AND (e.withdrawn_on IS NULL OR e.withdrawn_on > :day))"
        " ORDER BY g.level, c.number, p.name_pinyin, p.name",
        {"day": day, "class": class_id},  # type: ignore[arg-type]
    )
