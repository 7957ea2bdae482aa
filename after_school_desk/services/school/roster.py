"""Importing a pupil roster (the registry's export or a teacher's class list): all rows or none.

Re-importing an updated file updates pupils matched by 学籍号; pupils not in the file are left
alone. Columns the program does not need (身份证件号, 家庭住址 …) are never stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from after_school_desk.domain import roster
from after_school_desk.domain.classnames import ClassKey
from after_school_desk.domain.people import PupilStatus, pinyin_keys
from after_school_desk.domain.roles import Action
from after_school_desk.errors import InputFileError, ValidationError
from after_school_desk.i18n import t
from after_school_desk.importers.tabular import read_sheets
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.answers import ImportReportAnswer
from after_school_desk.services.school.setup import STAGE_LEVELS, STAGES, ensure_class
from after_school_desk.store import people_store, roster_store, rows, school_store
from after_school_desk.store.ids import new_id

Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    file: str
    total_rows: int
    added: int
    updated: int
    unchanged: int
    not_in_file: int
    classes_created: list[str]
    mapped_columns: dict[str, str]  # header in file -> field label (Chinese)
    ignored_columns: list[str]  # headers read past and not stored
    dry_run: bool

    def summary_lines(self) -> list[str]:
        will = "将" if self.dry_run else ""
        lines = []
        if self.dry_run:
            lines.append("仅检查，没有写入数据库。正式导入后的结果如下：")
        lines.append(f"文件：{Path(self.file).name}，共 {self.total_rows} 名学生。")
        lines.append(
            f"{will}新增 {self.added} 名，{will}更新 {self.updated} 名，无变化 {self.unchanged} 名。"
        )
        if self.not_in_file:
            lines.append(f"数据库中另有 {self.not_in_file} 名在校学生不在这个文件里，未做改动。")
        if self.classes_created:
            lines.append(f"{will}新建班级：{'、'.join(self.classes_created)}。")
        mapped = [
            header if header == label else f"{header}→{label}"
            for header, label in self.mapped_columns.items()
        ]
        lines.append(f"已识别的列：{'、'.join(mapped)}。")
        if self.ignored_columns:
            lines.append(f"未导入的列（不需要，也不保存）：{'、'.join(self.ignored_columns)}。")
        return lines

    def as_dict(self) -> ImportReportAnswer:
        return {
            "file": self.file,
            "total_rows": self.total_rows,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "not_in_file": self.not_in_file,
            "classes_created": self.classes_created,
            "mapped_columns": self.mapped_columns,
            "ignored_columns": self.ignored_columns,
            "dry_run": self.dry_run,
        }


@dataclass
class _Update:
    row: roster.RosterRow
    before: dict[str, Any]
    changes: dict[str, Any]
    old_adults: list[dict[str, Any]]
    adults_changed: bool


@dataclass
class _Plan:
    adds: list[roster.RosterRow] = field(default_factory=list)
    updates: list[_Update] = field(default_factory=list)
    unchanged: int = 0
    class_ids: dict[ClassKey, str] = field(default_factory=dict)
    new_classes: list[ClassKey] = field(default_factory=list)
    not_in_file: int = 0


def import_roster(
    ctx: ServiceContext,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check the whole file, then add or update every pupil in one transaction (or none)."""
    ctx.require(Action.IMPORT_ROSTER)
    school = school_store.school(ctx.store.conn)
    if school is None:
        raise ValidationError(t("数据库里还没有学校，请先建立学校（init），再导入名册。"))
    path = Path(path)
    parsed = _read(ctx, path, str(school["stage"]), progress)
    total = 2 * len(parsed.rows)
    if dry_run:
        plan = _plan(ctx.store.conn, parsed)
        if progress is not None:
            progress(total, total)
    else:
        with ctx.write() as conn:
            plan = _plan(conn, parsed)
            _apply(ctx, conn, path, parsed, plan, progress)
    return _report(path, parsed, plan, dry_run)


def _read(
    ctx: ServiceContext, path: Path, stage: str, progress: Progress | None
) -> roster.ParsedRoster:
    today = ctx.clock.now().date()

    def on_row(done: int, count: int) -> None:
        if progress is not None:
            progress(done, 2 * count)

    def on_read(rows_read: int) -> None:
        if progress is not None:
            progress(0, 0)  # how many rows there are is not known yet; raises on cancel

    parsed = None
    for sheet in read_sheets(path, on_read):
        parsed = roster.read_rows(sheet.rows, today, on_row)
        if parsed is not None:
            break
    if parsed is None:
        raise InputFileError(
            t(
                "在“{file}”里找不到表头行：需要有一行写着“姓名”“学籍号”“性别”“班级”等列名。",
                file=path.name,
            )
        )
    if parsed.problems and not parsed.rows and roster.missing_columns(parsed.columns):
        raise ValidationError(
            t("名册缺少必需的列，未导入任何学生："), roster.problem_lines(parsed.problems)
        )
    parsed.problems.extend(_stage_problems(parsed, stage))
    if parsed.problems:
        raise ValidationError(
            t("名册有 {count} 处错误，未导入任何学生：", count=len(parsed.problems)),
            roster.problem_lines(parsed.problems),
        )
    if not parsed.rows:
        raise ValidationError(t("“{file}”的表头下面没有学生，未导入任何数据。", file=path.name))
    return parsed


def _stage_problems(parsed: roster.ParsedRoster, stage: str) -> list[str]:
    levels = STAGE_LEVELS.get(stage)
    if levels is None:
        return []
    header = parsed.columns.header_of("class")
    return [
        t(
            "第 {line} 行「{header}」：“{class_name}” 不是本校（{stage}）的年级",
            line=r.line,
            header=header,
            class_name=r.class_key.name,
            stage=STAGES[stage],
        )
        for r in parsed.rows
        if r.class_key.level not in levels
    ]


def _wanted(row: roster.RosterRow, columns: roster.ColumnMap) -> dict[str, Any]:
    """The pupil columns the file speaks about, as they should be stored."""
    wanted: dict[str, Any] = {"name": row.name, "sex": row.sex}
    if columns.has("birth_date"):
        wanted["birth_date"] = row.birth_date
    if columns.has("student_no"):
        wanted["student_no"] = row.student_no
    wanted.update({flag: int(value) for flag, value in row.flags.items()})
    return wanted


def _adult_tuple(a: roster.AdultEntry) -> tuple[Any, ...]:
    return (a.name, a.relation, a.phone, a.is_guardian, a.can_pickup)


def _stored_adult_tuple(a: dict[str, Any]) -> tuple[Any, ...]:
    return (a["name"], a["relation"], a["phone"], bool(a["is_guardian"]), bool(a["can_pickup"]))


def _plan(conn: sqlite3.Connection, parsed: roster.ParsedRoster) -> _Plan:
    plan = _Plan()
    for c in school_store.classes(conn):
        plan.class_ids[ClassKey(c["grade_level"], c["number"])] = c["id"]
    plan.new_classes = sorted({r.class_key for r in parsed.rows} - plan.class_ids.keys())
    ids = [r.national_id for r in parsed.rows]
    existing = people_store.pupils_by_national_ids(conn, ids)
    old_adults = people_store.adults_for_pupils(conn, [p["id"] for p in existing.values()])
    plan.not_in_file = len(roster_store.active_national_ids(conn) - set(ids))
    for r in parsed.rows:
        before = existing.get(r.national_id)
        if before is None:
            plan.adds.append(r)
            continue
        wanted = _wanted(r, parsed.columns)
        changes = {k: v for k, v in wanted.items() if before[k] != v}
        class_id = plan.class_ids.get(r.class_key)
        if class_id != before["class_id"]:
            changes["class_id"] = class_id  # None: a class still to be created
        adults = old_adults.get(before["id"], [])
        adults_changed = r.adults is not None and [_adult_tuple(a) for a in r.adults] != [
            _stored_adult_tuple(a) for a in adults
        ]
        if changes or adults_changed:
            plan.updates.append(_Update(r, before, changes, adults, adults_changed))
        else:
            plan.unchanged += 1
    return plan


def _apply(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    path: Path,
    parsed: roster.ParsedRoster,
    plan: _Plan,
    progress: Progress | None,
) -> None:
    for key in plan.new_classes:
        plan.class_ids[key] = ensure_class(ctx, conn, key.level, key.number)["id"]
    now = ctx.now_iso()
    count = len(parsed.rows)
    done = 0
    for r in plan.adds:
        _add_pupil(ctx, conn, r, parsed.columns, plan.class_ids[r.class_key], now)
        done += 1
        _tick(progress, done, count)
    for u in plan.updates:
        _update_pupil(ctx, conn, u, plan.class_ids[u.row.class_key], now)
        done += 1
        _tick(progress, done, count)
    ctx.audit(
        conn,
        "roster.import",
        "roster",
        None,
        None,
        {
            "file": path.name,
            "rows": count,
            "added": len(plan.adds),
            "updated": len(plan.updates),
            "unchanged": plan.unchanged,
            "not_in_file": plan.not_in_file,
            "classes_created": [k.name for k in plan.new_classes],
            "ignored_columns": parsed.columns.ignored,
        },
    )
    if progress is not None:
        progress(2 * count, 2 * count)


def _tick(progress: Progress | None, done: int, count: int) -> None:
    if progress is not None and done % 100 == 0:
        progress(count + done, 2 * count)


def _add_pupil(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    r: roster.RosterRow,
    columns: roster.ColumnMap,
    class_id: str,
    now: str,
) -> None:
    initials, full = pinyin_keys(r.name)
    row: dict[str, Any] = {
        "id": new_id(),
        "national_id": r.national_id,
        "student_no": None,
        "birth_date": None,
        **_wanted(r, columns),
        "class_id": class_id,
        "name_initials": initials,
        "name_pinyin": full,
        "status": PupilStatus.ACTIVE,
        "created_at": now,
        "updated_at": now,
        "device_id": ctx.device_id,
    }
    rows.insert(conn, "pupil", row)
    adults = _insert_adults(ctx, conn, row["id"], list(r.adults or ()))
    ctx.audit(conn, "pupil.import_add", "pupil", row["id"], None, {**row, "adults": adults})


def _update_pupil(
    ctx: ServiceContext, conn: sqlite3.Connection, u: _Update, class_id: str, now: str
) -> None:
    changes = dict(u.changes)
    if "class_id" in changes:
        changes["class_id"] = class_id
    if "name" in changes:
        changes["name_initials"], changes["name_pinyin"] = pinyin_keys(u.row.name)
    before = {k: u.before[k] for k in changes}
    after = dict(changes)
    if changes:
        rows.update(conn, "pupil", u.before["id"], {**changes, "updated_at": now})
    if u.adults_changed:
        before["adults"] = u.old_adults
        after["adults"] = _sync_adults(ctx, conn, u.before["id"], u.old_adults, u.row.adults)
    ctx.audit(conn, "pupil.import_update", "pupil", u.before["id"], before, after)


def _insert_adults(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    pupil_id: str,
    adults: list[roster.AdultEntry],
    start: int = 0,
) -> list[dict[str, Any]]:
    inserted = []
    for position, a in enumerate(adults, start=start):
        row = {
            "id": new_id(),
            "pupil_id": pupil_id,
            **_adult_row(a),
            "position": position,
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "pupil_adult", row)
        inserted.append(row)
    return inserted


def _adult_row(a: roster.AdultEntry) -> dict[str, Any]:
    return {
        "name": a.name,
        "relation": a.relation,
        "phone": a.phone,
        "is_guardian": int(a.is_guardian),
        "can_pickup": int(a.can_pickup),
    }


def _sync_adults(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    pupil_id: str,
    old: list[dict[str, Any]],
    new: tuple[roster.AdultEntry, ...] | None,
) -> list[dict[str, Any]]:
    """Make the pupil's adults the file's list; an adult kept by name keeps its id and photo."""
    unused = list(old)
    result = []
    for position, a in enumerate(new or ()):
        match = next((o for o in unused if o["name"] == a.name), None)
        if match is None:
            result.extend(_insert_adults(ctx, conn, pupil_id, [a], start=position))
            continue
        unused.remove(match)
        wanted = {**_adult_row(a), "position": position}
        changes = {k: v for k, v in wanted.items() if match[k] != v}
        rows.update(conn, "pupil_adult", match["id"], changes)
        result.append({"id": match["id"], "pupil_id": pupil_id, **wanted})
    for o in unused:
        roster_store.delete_adult(conn, o["id"])
    return result


def _report(path: Path, parsed: roster.ParsedRoster, plan: _Plan, dry_run: bool) -> ImportReport:
    return ImportReport(
        file=str(path),
        total_rows=len(parsed.rows),
        added=len(plan.adds),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        not_in_file=plan.not_in_file,
        classes_created=[k.name for k in plan.new_classes],
        mapped_columns=dict(parsed.columns.mapped),
        ignored_columns=list(parsed.columns.ignored),
        dry_run=dry_run,
    )
