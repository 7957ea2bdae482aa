"""Classes after the first-run wizard: add one, rename one, give it a head teacher (班主任, see
``staff.set_head_teacher_by_id``) and set aside one no longer used (停用).

Classes are part of the school's register: with several PCs only the hub writes them (the
file's guard refuses elsewhere with ``HubOnly``, already in words). A class set aside keeps its
history (attendance, charges, reports of past months); it must hold no pupils first.
"""

from __future__ import annotations

import sqlite3
from typing import Any, TypedDict

from after_school_desk.domain.classnames import GRADE_NAMES, ClassKey, parse_class_name
from after_school_desk.domain.roles import Action
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.setup import STAGE_LEVELS, ensure_grade
from after_school_desk.store import people_store, rows, school_store
from after_school_desk.store.ids import new_id

NAME_MAX = 20  # characters of a class name


class ClassOverviewRow(TypedDict):
    """A class as the 班级 tab lists it."""

    id: str
    name: str
    grade_level: int
    grade_name: str
    number: int
    head_teacher_id: str | None
    head_teacher: str | None
    in_use: bool
    pupils: int


def grade_levels(ctx: ServiceContext) -> dict[int, str]:
    """The grades of the school's stage (level -> 一年级 …), for the add form."""
    school = school_store.school(ctx.store.conn)
    stage = str(school["stage"]) if school else "primary"
    return {level: GRADE_NAMES[level] for level in STAGE_LEVELS.get(stage, range(1, 7))}


def class_overview(ctx: ServiceContext) -> list[ClassOverviewRow]:
    """Every class (those set aside too) with its head teacher and its pupils still at school."""
    conn = ctx.store.conn
    counts: dict[str, int] = {}
    for p in people_store.pupils(conn):
        counts[p["class_id"]] = counts.get(p["class_id"], 0) + 1
    return [
        {
            "id": str(c["id"]),
            "name": str(c["name"]),
            "grade_level": int(c["grade_level"]),
            "grade_name": str(c["grade_name"]),
            "number": int(c["number"]),
            "head_teacher_id": c["head_teacher_id"],
            "head_teacher": c["head_teacher"],
            "in_use": bool(c["in_use"]),
            "pupils": counts.get(str(c["id"]), 0),
        }
        for c in school_store.classes(conn)
    ]


def _clean_name(conn: sqlite3.Connection, name: str, key: ClassKey, own_id: str | None) -> str:
    """The name trimmed, or ValidationError (field ``name``): empty, too long, taken, or
    read as another grade and number (三年级(2)班 for the third grade's first class)."""
    cleaned = " ".join(name.split())
    message = ""
    if not cleaned:
        message = t("班级名称不能为空。")
    elif len(cleaned) > NAME_MAX:
        message = t("班级名称最长 {n} 个字。", n=NAME_MAX)
    else:
        same = school_store.class_by_name(conn, cleaned)
        read = parse_class_name(cleaned)
        if same is not None and same["id"] != own_id:
            message = t("已经有名为“{name}”的班级，请换一个名称。", name=cleaned)
        elif read is not None and read != key:
            message = t(
                "名称“{name}”读作{other}，与这个班的年级和班号（{own}）不符。",
                name=cleaned,
                other=read.name,
                own=key.name,
            )
    if message:
        raise ValidationError(message, fields={"name": message})
    return cleaned


def _class(conn: sqlite3.Connection, class_id: str) -> dict[str, Any]:
    found = rows.get(conn, "class", class_id)
    if found is None:
        raise NotFound(t("找不到班级“{class_id}”。", class_id=class_id))
    return found


def _key(conn: sqlite3.Connection, cls: dict[str, Any]) -> ClassKey:
    grade = rows.get(conn, "grade", str(cls["grade_id"]))
    assert grade is not None
    return ClassKey(int(grade["level"]), int(cls["number"]))


def add_class(
    ctx: ServiceContext,
    level: int,
    number: int,
    name: str | None = None,
    head_teacher_id: str | None = None,
) -> ClassOverviewRow:
    """A new class of the given grade and number; ``name`` (None: 三年级(2)班 style) must
    not be empty."""
    ctx.require(Action.SETUP_SCHOOL)
    levels = grade_levels(ctx)
    if level not in levels:
        message = t("年级无效，请从列表中选择。")
        raise ValidationError(message, fields={"grade": message})
    if not 1 <= number <= 99:
        message = t("班号应在 1 到 99 之间。")
        raise ValidationError(message, fields={"number": message})
    key = ClassKey(level, number)
    with ctx.write() as conn:
        taken = school_store.class_by_level_number(conn, level, number)
        if taken is not None:
            message = t(
                "{grade}已经有第 {number} 班（{name}），请换一个班号。",
                grade=levels[level],
                number=number,
                name=taken["name"],
            )
            raise ValidationError(message, fields={"number": message})
        cleaned = _clean_name(conn, key.name if name is None else name, key, None)
        if head_teacher_id:
            _active_member(conn, head_teacher_id)
        grade = ensure_grade(ctx, conn, level)
        cls = {
            "id": new_id(),
            "grade_id": grade["id"],
            "number": number,
            "name": cleaned,
            "head_teacher_id": head_teacher_id or None,
            "device_id": ctx.device_id,
            "in_use": 1,
        }
        rows.insert(conn, "class", cls)
        ctx.audit(conn, "class.create", "class", str(cls["id"]), None, dict(cls))
    return _overview_of(ctx, str(cls["id"]))


def _active_member(conn: sqlite3.Connection, staff_id: str) -> None:
    member = rows.get(conn, "staff", staff_id)
    if member is None or not member["active"]:
        message = t("请选择一位在职的教职工。")
        raise ValidationError(message, fields={"head_teacher": message})


def rename_class(ctx: ServiceContext, class_id: str, name: str) -> ClassOverviewRow:
    """Give a class another name (its grade and number stay)."""
    ctx.require(Action.SETUP_SCHOOL)
    with ctx.write() as conn:
        cls = _class(conn, class_id)
        cleaned = _clean_name(conn, name, _key(conn, cls), class_id)
        if cleaned != cls["name"]:
            rows.update(conn, "class", class_id, {"name": cleaned})
            ctx.audit(
                conn, "class.rename", "class", class_id, {"name": cls["name"]}, {"name": cleaned}
            )
    return _overview_of(ctx, class_id)


def set_class_in_use(ctx: ServiceContext, class_id: str, in_use: bool) -> ClassOverviewRow:
    """停用 a class no longer used (it must hold no pupils; its head teacher is released), or
    bring it back (重新启用)."""
    ctx.require(Action.SETUP_SCHOOL)
    with ctx.write() as conn:
        cls = _class(conn, class_id)
        if bool(cls["in_use"]) == in_use:
            return _overview_of(ctx, class_id)
        changes: dict[str, Any] = {"in_use": int(in_use)}
        if not in_use:
            still = people_store.pupils(conn, class_id)
            if still:
                raise ValidationError(
                    t(
                        "{name} 还有 {n} 名在校学生，不能停用。请先把他们调到其他班级。",
                        name=cls["name"],
                        n=len(still),
                    )
                )
            if cls["head_teacher_id"]:
                changes["head_teacher_id"] = None
        rows.update(conn, "class", class_id, changes)
        ctx.audit(
            conn,
            "class.reinstate" if in_use else "class.retire",
            "class",
            class_id,
            {k: cls[k] for k in changes},
            changes,
        )
    return _overview_of(ctx, class_id)


def _overview_of(ctx: ServiceContext, class_id: str) -> ClassOverviewRow:
    return next(c for c in class_overview(ctx) if c["id"] == class_id)
