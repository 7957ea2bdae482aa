"""Pupils and the adults allowed to collect them: listing, search, detail, add and edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.classnames import parse_class_name
from app.domain.people import (
    SEX_LABELS,
    clean_name,
    clean_national_id,
    clean_phone,
    clean_sex,
    matches,
    pinyin_keys,
)
from app.domain.roles import Action
from app.errors import NotFound, ValidationError
from app.services.base.context import ServiceContext
from app.services.base.pupil_visibility import visibility
from app.store import people_store, rows
from app.store.ids import new_id

FLAGS = {
    "left_behind": "留守儿童",
    "migrant": "随迁子女",
    "disabled": "残疾",
    "hardship": "困境儿童",
    "low_income": "家庭经济困难",
    "registered_poor": "建档立卡",
}


@dataclass
class AdultInput:
    name: str
    relation: str = ""
    phone: str = ""
    is_guardian: bool = True
    can_pickup: bool = True


@dataclass
class PupilInput:
    national_id: str
    name: str
    sex: str
    class_name: str
    birth_date: str = ""
    student_no: str = ""
    flags: set[str] = field(default_factory=set)
    adults: list[AdultInput] = field(default_factory=list)


def public_pupil(row: dict[str, Any], adults: list[dict[str, Any]]) -> dict[str, Any]:
    """The CLI/JSON shape of a pupil."""
    return {
        "id": row["id"],
        "national_id": row["national_id"],
        "name": row["name"],
        "sex": SEX_LABELS.get(row["sex"], row["sex"]),
        "birth_date": row["birth_date"],
        "class": row["class_name"],
        "grade": row["grade_name"],
        "student_no": row["student_no"],
        "guardians": [
            {
                "name": a["name"],
                "relation": a["relation"],
                "phone": a["phone"],
                "is_guardian": bool(a["is_guardian"]),
                "can_pickup": bool(a["can_pickup"]),
            }
            for a in adults
        ],
        "flags": [label for key, label in FLAGS.items() if row.get(key)],
        "status": row["status"],
    }


def list_pupils(
    ctx: ServiceContext, class_name: str | None = None, query: str = ""
) -> list[dict[str, Any]]:
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    class_id = None
    if class_name:
        from app.services.base.classes import find_class

        class_id = find_class(ctx, class_name)["id"]
    found = people_store.pupils(conn, class_id)
    if query:
        found = [
            p
            for p in found
            if matches(
                query,
                p["name"],
                p["name_initials"],
                p["name_pinyin"],
                p["national_id"],
                p["student_no"] or "",
            )
        ]
    adults = (
        people_store.all_adults(conn)
        if len(found) > 200
        else people_store.adults_for_pupils(conn, [p["id"] for p in found])
    )
    seen = visibility(ctx)
    return [seen.guard(public_pupil(p, adults.get(p["id"], [])), p["class_id"]) for p in found]


def find_pupil(ctx: ServiceContext, key: str) -> dict[str, Any]:
    """A pupil by 学籍号 or by the program's own id."""
    conn = ctx.store.conn
    key = key.strip()
    row = people_store.pupil_by_national_id(conn, key.upper()) or people_store.pupil(conn, key)
    if row is None:
        raise NotFound(f"找不到学生“{key}”（请输入学籍号或学生编号）。")
    return row


def pupil_detail(ctx: ServiceContext, key: str) -> dict[str, Any]:
    """A pupil with every adult; another class's phones and flags are held back from a teacher
    (``private_hidden``, app.services.base.pupil_visibility)."""
    ctx.require(Action.VIEW_PUPILS)
    row = find_pupil(ctx, key)
    adults = people_store.adults(ctx.store.conn, row["id"])
    detail = {**public_pupil(row, adults), "adults": adults}
    return visibility(ctx).guard(detail, row["class_id"])


def validate_pupil(ctx: ServiceContext, data: PupilInput, pupil_id: str | None) -> dict[str, Any]:
    """Clean and check a form; returns the cleaned row or raises with per-field messages."""
    errors: dict[str, str] = {}
    nid = clean_national_id(data.national_id)
    if nid is None:
        errors["national_id"] = f"学籍号“{data.national_id}”无效（应为7–24位字母和数字）。"
    else:
        other = people_store.pupil_by_national_id(ctx.store.conn, nid)
        if other and other["id"] != pupil_id:
            errors["national_id"] = (
                f"学籍号 {nid} 已属于 {other['class_name']} 的 {other['name']}。"
            )
    name = clean_name(data.name)
    if not name:
        errors["name"] = "姓名不能为空。"
    sex = clean_sex(data.sex)
    if sex is None:
        errors["sex"] = f"性别“{data.sex}”无效，请填“男”或“女”。"
    birth = None
    if data.birth_date.strip():
        try:
            birth = date.fromisoformat(data.birth_date.strip()).isoformat()
        except ValueError:
            errors["birth_date"] = f"出生日期“{data.birth_date}”无效，请写成 YYYY-MM-DD。"
    key = parse_class_name(data.class_name)
    cls = None
    if key is None:
        errors["class"] = f"班级“{data.class_name}”无法识别，请写成如“三年级(2)班”。"
    else:
        from app.store import school_store

        cls = school_store.class_by_level_number(ctx.store.conn, key.level, key.number)
        if cls is None:
            errors["class"] = f"学校里没有 {key.name}。"
    unknown = data.flags - FLAGS.keys()
    if unknown:
        errors["flags"] = f"未知的学生标记：{', '.join(sorted(unknown))}。"
    for i, a in enumerate(data.adults):
        if not a.name.strip():
            errors[f"adult{i}.name"] = f"第 {i + 1} 位接送人的姓名不能为空。"
        if a.phone.strip() and clean_phone(a.phone) is None:
            errors[f"adult{i}.phone"] = f"第 {i + 1} 位接送人的电话“{a.phone}”无效。"
    if errors:
        raise ValidationError("学生信息有误，未保存：", fields=errors)
    assert nid is not None and sex is not None and cls is not None
    initials, full = pinyin_keys(name)
    row: dict[str, Any] = {
        "national_id": nid,
        "name": name,
        "sex": sex,
        "birth_date": birth,
        "class_id": cls["id"],
        "student_no": data.student_no.strip() or None,
        "name_initials": initials,
        "name_pinyin": full,
    }
    row.update({flag: int(flag in data.flags) for flag in FLAGS})
    return row


def _adult_rows(
    ctx: ServiceContext, pupil_id: str, adults: list[AdultInput]
) -> list[dict[str, Any]]:
    return [
        {
            "id": new_id(),
            "pupil_id": pupil_id,
            "name": clean_name(a.name),
            "relation": a.relation.strip(),
            "phone": clean_phone(a.phone) if a.phone.strip() else None,
            "is_guardian": int(a.is_guardian),
            "can_pickup": int(a.can_pickup),
            "position": i,
            "device_id": ctx.device_id,
        }
        for i, a in enumerate(adults)
    ]


def save_pupil(
    ctx: ServiceContext, data: PupilInput, pupil_id: str | None = None
) -> dict[str, Any]:
    """Add a pupil (``pupil_id`` None) or replace an existing pupil's data and adults."""
    ctx.require(Action.EDIT_PUPIL)
    row = validate_pupil(ctx, data, pupil_id)
    now = ctx.now_iso()
    with ctx.write() as conn:
        if pupil_id is None:
            row.update(
                {
                    "id": new_id(),
                    "status": "active",
                    "created_at": now,
                    "updated_at": now,
                    "device_id": ctx.device_id,
                }
            )
            rows.insert(conn, "pupil", row)
            ctx.audit(conn, "pupil.add", "pupil", row["id"], None, row)
            pid = row["id"]
        else:
            before = rows.get(conn, "pupil", pupil_id)
            if before is None:
                raise NotFound("要修改的学生不存在。")
            row["updated_at"] = now
            rows.update(conn, "pupil", pupil_id, row)
            ctx.audit(conn, "pupil.edit", "pupil", pupil_id, before, row)
            pid = pupil_id
        old_adults = people_store.adults(conn, pid)
        people_store.delete_adults(conn, pid)
        new_adults = _adult_rows(ctx, pid, data.adults)
        for a in new_adults:
            rows.insert(conn, "pupil_adult", a)
        if old_adults or new_adults:
            ctx.audit(
                conn, "pupil.adults", "pupil", pid, {"adults": old_adults}, {"adults": new_adults}
            )
    return pupil_detail(ctx, pid)


def roster_rows(ctx: ServiceContext) -> list[dict[str, Any]]:
    """Every active pupil in the public shape plus the pinyin keys the roster search uses."""
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    adults = people_store.all_adults(conn)
    seen = visibility(ctx)
    return [
        seen.guard(
            {
                **public_pupil(p, adults.get(p["id"], [])),
                "name_initials": p["name_initials"],
                "name_pinyin": p["name_pinyin"],
            },
            p["class_id"],
        )
        for p in people_store.pupils(conn)
    ]
