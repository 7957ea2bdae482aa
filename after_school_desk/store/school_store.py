"""Queries for the school, its terms, calendar, service windows, grades and classes."""

from __future__ import annotations

import sqlite3

from after_school_desk.store.cache import touched
from after_school_desk.store.rows import Row, all_rows, one, scalar


def school(conn: sqlite3.Connection) -> Row | None:
    return one(conn, "SELECT * FROM school LIMIT 1")


def has_content(conn: sqlite3.Connection) -> bool:
    return bool(scalar(conn, "SELECT EXISTS (SELECT 1 FROM school)"))


def terms(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(conn, "SELECT * FROM term ORDER BY start_date")


def term_on(conn: sqlite3.Connection, day: str) -> Row | None:
    return one(conn, "SELECT * FROM term WHERE start_date <= ? AND end_date >= ?", [day, day])


def calendar_days(conn: sqlite3.Connection, start: str, end: str) -> list[Row]:
    return all_rows(
        conn, "SELECT * FROM calendar_day WHERE day BETWEEN ? AND ? ORDER BY day", [start, end]
    )


def holiday_years(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(conn, "SELECT * FROM holiday_year ORDER BY year")


ALWAYS = "0001-01-01"  # the first day of a timetable that holds since always


def window_rows(conn: sqlite3.Connection) -> list[Row]:
    """Every row of every version of every stage's timetable, the row that says a stage
    follows the whole school's again (weekday 0) included: by stage, first day, season and
    weekday. (A file before migration 0014/0015 has the whole school's only, since always: the
    services read it while it is migrated.)"""
    found = all_rows(conn, "SELECT * FROM service_window")
    for r in found:
        r.setdefault("stage", "")
        r.setdefault("valid_from", ALWAYS)
    return sorted(
        found, key=lambda r: (str(r["stage"]), str(r["valid_from"]), r["season"], r["weekday"])
    )


def service_windows(
    conn: sqlite3.Connection, stage: str | None = None, on: str | None = None
) -> list[Row]:
    """The windows of each stage's timetable version in force on ``on`` ('YYYY-MM-DD'; None:
    the latest version): of one stage ('' = the whole school's), or all (None). A stage with no
    version of its own that day (or one that follows the whole school's) has none here."""
    by_stage: dict[str, dict[str, list[Row]]] = {}
    for r in window_rows(conn):
        by_stage.setdefault(str(r["stage"]), {}).setdefault(str(r["valid_from"]), []).append(r)
    found: list[Row] = []
    for own, versions in sorted(by_stage.items()):
        if stage is not None and own != stage:
            continue
        days = sorted(versions)
        held = [d for d in days if on is None or d <= on]
        day = held[-1] if held else (days[0] if own == "" else None)  # the first holds before
        if day is not None:
            found.extend(r for r in versions[day] if int(r["weekday"]) != 0)
    return found


def delete_window_version(conn: sqlite3.Connection, stage: str, valid_from: str) -> None:
    """Remove one version of a stage's timetable (all its seasons)."""
    conn.execute(
        "DELETE FROM service_window WHERE stage = ? AND valid_from = ?", [stage, valid_from]
    )
    touched(conn, "service_window")


def delete_calendar_days(conn: sqlite3.Connection, year: int, source: str) -> None:
    conn.execute(
        "DELETE FROM calendar_day WHERE substr(day, 1, 4) = ? AND source = ?",
        [f"{year:04d}", source],
    )
    touched(conn, "calendar_day")


def upsert_holiday_year(
    conn: sqlite3.Connection, year: int, source: str, confirmed: bool, note: str
) -> None:
    conn.execute(
        "INSERT INTO holiday_year (year, source, confirmed, note) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (year) DO UPDATE SET source = excluded.source,"
        " confirmed = excluded.confirmed, note = excluded.note",
        [year, source, int(confirmed), note],
    )
    touched(conn, "holiday_year")


def grades(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(conn, "SELECT * FROM grade ORDER BY level")


def grade_by_level(conn: sqlite3.Connection, level: int) -> Row | None:
    return one(conn, "SELECT * FROM grade WHERE level = ?", [level])


def classes(conn: sqlite3.Connection) -> list[Row]:
    return all_rows(
        conn,
        "SELECT c.*, g.level AS grade_level, g.name AS grade_name, s.name AS head_teacher"
        " FROM class c JOIN grade g ON g.id = c.grade_id"
        " LEFT JOIN staff s ON s.id = c.head_teacher_id ORDER BY g.level, c.number",
    )


def class_grade_level(conn: sqlite3.Connection, class_id: str) -> int | None:
    """The grade (1–12) of a class, or None for an unknown class."""
    row = conn.execute(
        "SELECT g.level FROM class c JOIN grade g ON g.id = c.grade_id WHERE c.id = ?", [class_id]
    ).fetchone()
    return None if row is None else int(row[0])


def class_by_name(conn: sqlite3.Connection, name: str) -> Row | None:
    return one(conn, "SELECT * FROM class WHERE name = ?", [name])


def class_by_level_number(conn: sqlite3.Connection, level: int, number: int) -> Row | None:
    return one(
        conn,
        "SELECT c.* FROM class c JOIN grade g ON g.id = c.grade_id"
        " WHERE g.level = ? AND c.number = ?",
        [level, number],
    )


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    value = scalar(conn, "SELECT value FROM meta WHERE key = ?", [key])
    return None if value is None else str(value)


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def calendar_day(conn: sqlite3.Connection, day: str) -> Row | None:
    return one(conn, "SELECT * FROM calendar_day WHERE day = ?", [day])


def delete_calendar_day(conn: sqlite3.Connection, day: str, only_source: str | None = None) -> None:
    if only_source:
        conn.execute("DELETE FROM calendar_day WHERE day = ? AND source = ?", [day, only_source])
    else:
        conn.execute("DELETE FROM calendar_day WHERE day = ?", [day])
    touched(conn, "calendar_day")


def set_makeup_service(conn: sqlite3.Connection, day: str, service: bool) -> None:
    conn.execute("UPDATE calendar_day SET makeup_service = ? WHERE day = ?", [int(service), day])
    touched(conn, "calendar_day")


def delete_school_days(conn: sqlite3.Connection, start: str, end: str) -> int:
    """Remove the school's own days off in [start, end]; holidays from a notice stay."""
    count = conn.execute(
        "DELETE FROM calendar_day WHERE day BETWEEN ? AND ? AND source = 'school'", [start, end]
    ).rowcount
    touched(conn, "calendar_day")
    return int(count)


def delete_meta(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM meta WHERE key = ?", [key])
