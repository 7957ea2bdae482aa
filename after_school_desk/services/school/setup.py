"""Creating the school: its record, first term, calendar and default service windows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from after_school_desk.domain.calendar import EntrySource, Season, package_year
from after_school_desk.domain.classnames import GRADE_NAMES
from after_school_desk.domain.profiles import SCHOOL_STAGES
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import profiles
from after_school_desk.services.school.answers import (
    ClassRow,
    CreatedSchool,
    GradeRow,
    SchoolRow,
    TermRow,
)
from after_school_desk.store import rows, school_store
from after_school_desk.store.ids import new_id

STAGES = {"primary": "小学", "junior": "初中", "nine_year": "九年一贯制", "complete": "完全中学"}
STAGE_LEVELS = {
    "primary": range(1, 7),
    "junior": range(7, 10),
    "nine_year": range(1, 10),
    "complete": range(7, 13),
}

# Default windows: Monday–Friday 16:00–18:00 (two hours, ending with the work day).
DEFAULT_WINDOWS = {wd: ("16:00", "18:00") for wd in range(1, 6)}


@dataclass
class SchoolSetup:
    name: str
    county: str
    term_start: str
    term_end: str
    term_name: str = ""
    school_code: str = ""
    stage: str = "primary"
    boarding: bool = False
    village: bool = True
    profile_id: str = "national"
    # None: use the profile's proposed timetable (after_school_desk.services.school.profiles.proposed_windows).
    windows: dict[int, tuple[str, str]] | None = None
    classes_per_grade: int = 0


def parse_iso_date(value: str, label: str) -> date:
    try:
        parsed = date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            t(
                "{label}“{value}”不是有效日期，请写成 YYYY-MM-DD，例如 2026-09-01。",
                label=label,
                value=value,
            )
        ) from None
    if len(value.strip()) != 10:
        raise ValidationError(
            t("{label}“{value}”请写成 YYYY-MM-DD，例如 2026-09-01。", label=label, value=value)
        )
    return parsed


def validate_setup(s: SchoolSetup) -> list[str]:
    problems: list[str] = []
    if not s.name.strip():
        problems.append(t("学校名称不能为空。"))
    if not s.county.strip():
        problems.append(t("所属县（区）不能为空。"))
    if s.stage not in STAGES:
        problems.append(
            t("学段“{stage}”无效，可选：{choices}。", stage=s.stage, choices=", ".join(STAGES))
        )
    if s.school_code and not (s.school_code.isdigit() and len(s.school_code) == 10):
        problems.append(t("学校标识码“{code}”应为10位数字。", code=s.school_code))
    try:
        start = parse_iso_date(s.term_start, t("学期开始日期"))
        end = parse_iso_date(s.term_end, t("学期结束日期"))
        if end <= start:
            problems.append(t("学期结束日期必须晚于开始日期。"))
        elif (end - start).days > 220:
            problems.append(t("一个学期不能超过 220 天，请检查学期日期。"))
    except ValidationError as exc:
        problems.append(exc.message)
    if not profiles.profile_exists(s.profile_id):
        problems.append(
            t(
                "政策配置“{profile_id}”不存在，可选：{choices}。",
                profile_id=s.profile_id,
                choices=", ".join(profiles.profile_ids()),
            )
        )
    for wd, (a, b) in (s.windows or {}).items():
        if not (_is_hhmm(a) and _is_hhmm(b)) or b <= a:
            problems.append(
                t(
                    "星期{weekday}的服务时间 {start}–{end} 无效（应为 HH:MM，且结束晚于开始）。",
                    weekday=wd,
                    start=a,
                    end=b,
                )
            )
    if not 0 <= s.classes_per_grade <= 20:
        problems.append(t("每个年级的班级数应在 0 到 20 之间。"))
    return problems


def setup_windows(s: SchoolSetup) -> dict[int, tuple[str, str]]:
    """The windows a new school gets: the caller's, else its profile's proposed timetable."""
    if s.windows is not None:
        return dict(s.windows)
    return profiles.proposed_windows(s.profile_id, s.stage)


def setup_stage_windows(
    s: SchoolSetup, whole: dict[int, tuple[str, str]]
) -> dict[str, dict[int, tuple[str, str]]]:
    """The timetables of their own a school of more than one stage gets (stage -> weekday ->
    window), where its profile proposes a stage a week unlike the whole school's (the city
    plan: no primary service on Wednesday). The caller's times are kept for the days the stage
    is served on."""
    stages = SCHOOL_STAGES.get(s.stage, ())
    if len(stages) < 2:
        return {}
    found: dict[str, dict[int, tuple[str, str]]] = {}
    for stage in stages:
        proposed = profiles.proposed_windows(s.profile_id, stage)
        week = (
            proposed if s.windows is None else {wd: w for wd, w in whole.items() if wd in proposed}
        )
        if week and week != whole:
            found[stage] = week
    return found


def stage_weeks(s: SchoolSetup) -> dict[str, dict[int, tuple[str, str]]]:
    """What each stage of a school of more than one stage will be served on once it is set up
    (stage -> weekday -> window): its own week where its profile proposes one, else the whole
    school's. Empty for a school of one stage. Shown by the set-up wizard before the school is
    created."""
    stages = SCHOOL_STAGES.get(s.stage, ())
    if len(stages) < 2:
        return {}
    whole = setup_windows(s)
    own = setup_stage_windows(s, whole)
    return {stage: own.get(stage, whole) for stage in stages}


def is_hhmm(v: str) -> bool:
    """Whether ``v`` is a time written HH:MM (00:00–23:59)."""
    return _is_hhmm(v)


def _is_hhmm(v: str) -> bool:
    return (
        len(v) == 5
        and v[2] == ":"
        and v[:2].isdigit()
        and v[3:].isdigit()
        and int(v[:2]) < 24
        and int(v[3:]) < 60
    )


def create_school(ctx: ServiceContext, s: SchoolSetup) -> CreatedSchool:
    """Create the school in an empty database. Refuses a database that already has one."""
    ctx.require(Action.SETUP_SCHOOL)
    problems = validate_setup(s)
    if problems:
        raise ValidationError(t("学校信息有误，未做任何改动："), problems)
    with ctx.write() as conn:
        if school_store.has_content(conn):
            raise ValidationError(t("这个数据库里已经有学校了，init 只能用于新的空数据库。"))
        school: SchoolRow = {
            "id": new_id(),
            "name": s.name.strip(),
            "school_code": s.school_code or None,
            "county": s.county.strip(),
            "stage": s.stage,
            "boarding": int(s.boarding),
            "village": int(s.village),
            "profile_id": s.profile_id,
            "utc_offset": "+08:00",
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "school", school)
        ctx.audit(conn, "school.create", "school", school["id"], None, dict(school))
        term = add_term_in(ctx, conn, s.term_start, s.term_end, s.term_name)
        windows = setup_windows(s)
        for wd, (a, b) in sorted(windows.items()):
            rows.insert(
                conn,
                "service_window",
                {
                    "id": new_id(),
                    "season": Season.ALL,
                    "weekday": wd,
                    "start_time": a,
                    "end_time": b,
                    "device_id": ctx.device_id,
                },  # valid_from: the column's default, since always (older files have none)
            )
        for stage, week in setup_stage_windows(s, windows).items():
            for wd, (a, b) in sorted(week.items()):
                rows.insert(conn, "service_window", {"id": new_id(), "season": Season.ALL,
                            "weekday": wd, "start_time": a, "end_time": b,
                            "device_id": ctx.device_id, "stage": stage})  # fmt: skip
        for level in STAGE_LEVELS[s.stage]:
            ensure_grade(ctx, conn, level)
            for number in range(1, s.classes_per_grade + 1):
                ensure_class(ctx, conn, level, number)
        years = {int(s.term_start[:4]), int(s.term_end[:4])}
        for year in sorted(years):
            load_package_holidays(ctx, conn, year)
    return {"school": school, "term": term}


def add_term_in(
    ctx: ServiceContext, conn: sqlite3.Connection, start: str, end: str, name: str = ""
) -> TermRow:
    d0 = parse_iso_date(start, t("学期开始日期"))
    d1 = parse_iso_date(end, t("学期结束日期"))
    if d1 <= d0:
        raise ValidationError(t("学期结束日期必须晚于开始日期。"))
    for other in school_store.terms(conn):
        if not (end < other["start_date"] or start > other["end_date"]):
            raise ValidationError(
                t(
                    "学期 {start}–{end} 与已有学期 {term} 重叠。",
                    start=start,
                    end=end,
                    term=other["name"],
                )
            )
    if not name:
        name = (
            f"{d0.year}-{d0.year + 1}学年第一学期"
            if d0.month >= 8
            else f"{d0.year - 1}-{d0.year}学年第二学期"
        )
    term: TermRow = {
        "id": new_id(),
        "name": name,
        "start_date": d0.isoformat(),
        "end_date": d1.isoformat(),
        "device_id": ctx.device_id,
    }
    rows.insert(conn, "term", term)
    ctx.audit(conn, "term.create", "term", term["id"], None, dict(term))
    return term


def ensure_grade(ctx: ServiceContext, conn: sqlite3.Connection, level: int) -> GradeRow:
    existing = school_store.grade_by_level(conn, level)
    if existing:
        return GradeRow(
            id=str(existing["id"]),
            level=int(existing["level"]),
            name=str(existing["name"]),
            device_id=str(existing["device_id"]),
        )
    grade: GradeRow = {
        "id": new_id(),
        "level": level,
        "name": GRADE_NAMES[level],
        "device_id": ctx.device_id,
    }
    rows.insert(conn, "grade", grade)
    ctx.audit(conn, "grade.create", "grade", grade["id"], None, dict(grade))
    return grade


def ensure_class(
    ctx: ServiceContext, conn: sqlite3.Connection, level: int, number: int
) -> ClassRow:
    from after_school_desk.domain.classnames import ClassKey

    existing = school_store.class_by_level_number(conn, level, number)
    if existing:
        return ClassRow(
            id=str(existing["id"]),
            grade_id=str(existing["grade_id"]),
            number=int(existing["number"]),
            name=str(existing["name"]),
            head_teacher_id=existing["head_teacher_id"],
            device_id=str(existing["device_id"]),
        )
    grade = ensure_grade(ctx, conn, level)
    cls: ClassRow = {
        "id": new_id(),
        "grade_id": grade["id"],
        "number": number,
        "name": ClassKey(level, number).name,
        "head_teacher_id": None,
        "device_id": ctx.device_id,
    }
    rows.insert(conn, "class", cls)
    ctx.audit(conn, "class.create", "class", cls["id"], None, dict(cls))
    return cls


def load_package_holidays(ctx: ServiceContext, conn: sqlite3.Connection, year: int) -> int:
    """Load one year's holidays from python-holidays unless the principal entered the notice."""
    known = {r["year"]: r for r in school_store.holiday_years(conn)}
    if year in known and known[year]["source"] == EntrySource.NOTICE:
        return 0
    entries, confirmed = package_year(year)
    school_store.delete_calendar_days(conn, year, EntrySource.PACKAGE)
    for e in entries:
        rows.insert(
            conn,
            "calendar_day",
            {
                "day": e.day.isoformat(),
                "kind": e.kind,
                "name": e.name,
                "source": EntrySource.PACKAGE,
                "makeup_service": None,
                "device_id": ctx.device_id,
            },
        )
    note = "" if confirmed else "节假日安排尚未由国务院通知确认，仅按固定规则推算"
    school_store.upsert_holiday_year(conn, year, EntrySource.PACKAGE, confirmed, note)
    ctx.audit(
        conn,
        "calendar.load_package",
        "holiday_year",
        str(year),
        None,
        {"year": year, "days": len(entries), "confirmed": confirmed},
    )
    return len(entries)


def school_info(ctx: ServiceContext) -> dict[str, Any] | None:
    """The school record (name, county, stage …), or None in a database not yet set up.

    Left a plain dict: the main window and the benchmark take it as one (see SchoolRow)."""
    found = school_store.school(ctx.store.conn)
    return dict(found) if found is not None else None
