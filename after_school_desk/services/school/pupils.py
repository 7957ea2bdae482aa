"""Pupils and the adults allowed to collect them: listing, search, detail, add and edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from after_school_desk.domain.classnames import parse_class_name
from after_school_desk.domain.people import (
    SEX_LABELS,
    PupilStatus,
    clean_name,
    clean_national_id,
    clean_phone,
    clean_sex,
    matches,
    pinyin_keys,
)
from after_school_desk.domain.roles import Action
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.pupil_visibility import phone_as_seen, visibility
from after_school_desk.services.school.answers import (
    AdultRow,
    GuardianAnswer,
    PupilAnswer,
    PupilDetail,
    PupilRecord,
    RosterRow,
)
from after_school_desk.store import people_store, rows
from after_school_desk.store.ids import new_id

FLAGS = {
    "left_behind": "留守儿童",
    "migrant": "随迁子女",
    "disabled": "残疾",
    "hardship": "困境儿童",
    "low_income": "家庭经济困难",
    "registered_poor": "建档立卡",
}


def pupil_record(r: Mapping[str, Any]) -> PupilRecord:
    """The pupil columns of a store row (after_school_desk.store.people_store)."""
    return PupilRecord(
        id=str(r["id"]),
        national_id=str(r["national_id"]),
        student_no=r["student_no"],
        name=str(r["name"]),
        sex=str(r["sex"]),
        birth_date=r["birth_date"],
        class_id=str(r["class_id"]),
        left_behind=int(r["left_behind"]),
        migrant=int(r["migrant"]),
        disabled=int(r["disabled"]),
        hardship=int(r["hardship"]),
        low_income=int(r["low_income"]),
        registered_poor=int(r["registered_poor"]),
        status=str(r["status"]),
        name_initials=str(r["name_initials"]),
        name_pinyin=str(r["name_pinyin"]),
        created_at=str(r["created_at"]),
        updated_at=str(r["updated_at"]),
        device_id=str(r["device_id"]),
        class_name=str(r["class_name"]),
        grade_level=int(r["grade_level"]),
        grade_name=str(r["grade_name"]),
    )


def adult_row(a: Mapping[str, Any], phone: str | None) -> AdultRow:
    """A stored adult with ``phone`` as the viewer may see it."""
    row = AdultRow(
        id=str(a["id"]),
        pupil_id=str(a["pupil_id"]),
        name=str(a["name"]),
        relation=str(a["relation"]),
        phone=phone,
        is_guardian=int(a["is_guardian"]),
        can_pickup=int(a["can_pickup"]),
        position=int(a["position"]),
    )
    if "has_photo" in a:
        row["has_photo"] = int(a["has_photo"])
    return row


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


def _guardian(a: Mapping[str, Any], shown: bool) -> GuardianAnswer:
    # a dict display, not a call of the TypedDict: the roster makes thousands of these
    return {
        "name": str(a["name"]),
        "relation": str(a["relation"]),
        "phone": phone_as_seen(a["phone"], shown),
        "is_guardian": bool(a["is_guardian"]),
        "can_pickup": bool(a["can_pickup"]),
    }


def public_pupil(
    row: Mapping[str, Any], adults: Sequence[Mapping[str, Any]], shown: bool = True
) -> PupilAnswer:
    """The CLI/JSON shape of a pupil; ``shown`` False (another class's pupil, for a teacher:
    after_school_desk.services.base.pupil_visibility) masks the phones and leaves the flags out."""
    return {
        "id": str(row["id"]),
        "national_id": str(row["national_id"]),
        "name": str(row["name"]),
        "sex": SEX_LABELS.get(row["sex"], row["sex"]),
        "birth_date": row["birth_date"],
        "class": str(row["class_name"]),
        "grade": str(row["grade_name"]),
        "student_no": row["student_no"],
        "guardians": [_guardian(a, shown) for a in adults],
        "flags": [label for key, label in FLAGS.items() if shown and row.get(key)],
        "status": str(row["status"]),
        "private_hidden": not shown,
    }


def list_pupils(
    ctx: ServiceContext, class_name: str | None = None, query: str = ""
) -> list[PupilAnswer]:
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    class_id = None
    if class_name:
        from after_school_desk.services.base.classes import find_class

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
    return [
        public_pupil(p, adults.get(p["id"], []), seen.shows_private(p["class_id"])) for p in found
    ]


def find_pupil(ctx: ServiceContext, key: str) -> PupilRecord:
    """A pupil by 学籍号 or by the program's own id."""
    conn = ctx.store.conn
    key = key.strip()
    row = people_store.pupil_by_national_id(conn, key.upper()) or people_store.pupil(conn, key)
    if row is None:
        raise NotFound(t("找不到学生“{key}”（请输入学籍号或学生编号）。", key=key))
    return pupil_record(row)


def pupil_detail(ctx: ServiceContext, key: str) -> PupilDetail:
    """A pupil with every adult; another class's phones and flags are held back from a teacher
    (``private_hidden``, after_school_desk.services.base.pupil_visibility)."""
    ctx.require(Action.VIEW_PUPILS)
    row = find_pupil(ctx, key)
    adults = people_store.adults(ctx.store.conn, row["id"])
    shown = visibility(ctx).shows_private(row["class_id"])
    stored: list[AdultRow] = [adult_row(a, phone_as_seen(a["phone"], shown)) for a in adults]
    return PupilDetail(**public_pupil(row, adults, shown), adults=stored)


def validate_pupil(ctx: ServiceContext, data: PupilInput, pupil_id: str | None) -> dict[str, Any]:
    """Clean and check a form; returns the cleaned row or raises with per-field messages."""
    errors: dict[str, str] = {}
    nid = clean_national_id(data.national_id)
    if nid is None:
        errors["national_id"] = t(
            "学籍号“{national_id}”无效（应为7–24位字母和数字）。", national_id=data.national_id
        )
    else:
        other = people_store.pupil_by_national_id(ctx.store.conn, nid)
        if other and other["id"] != pupil_id:
            errors["national_id"] = t(
                "学籍号 {national_id} 已属于 {class_name} 的 {name}。",
                national_id=nid,
                class_name=other["class_name"],
                name=other["name"],
            )
    name = clean_name(data.name)
    if not name:
        errors["name"] = t("姓名不能为空。")
    sex = clean_sex(data.sex)
    if sex is None:
        errors["sex"] = t("性别“{sex}”无效，请填“男”或“女”。", sex=data.sex)
    birth = None
    if data.birth_date.strip():
        try:
            birth = date.fromisoformat(data.birth_date.strip()).isoformat()
        except ValueError:
            errors["birth_date"] = t(
                "出生日期“{birth_date}”无效，请写成 YYYY-MM-DD。", birth_date=data.birth_date
            )
    key = parse_class_name(data.class_name)
    cls = None
    if key is None:
        errors["class"] = t(
            "班级“{class_name}”无法识别，请写成如“三年级(2)班”。", class_name=data.class_name
        )
    else:
        from after_school_desk.store import school_store

        cls = school_store.class_by_level_number(ctx.store.conn, key.level, key.number)
        if cls is None:
            errors["class"] = t("学校里没有 {class_name}。", class_name=key.name)
        elif not cls.get("in_use", 1):  # no such column before db/0013
            errors["class"] = t(
                "{class_name} 已停用，不能再放入学生（可在“人员与账户 → 班级”恢复使用）。",
                class_name=key.name,
            )
    unknown = data.flags - FLAGS.keys()
    if unknown:
        errors["flags"] = t("未知的学生标记：{flags}。", flags=", ".join(sorted(unknown)))
    for i, a in enumerate(data.adults):
        if not a.name.strip():
            errors[f"adult{i}.name"] = t("第 {number} 位接送人的姓名不能为空。", number=i + 1)
        if a.phone.strip() and clean_phone(a.phone) is None:
            errors[f"adult{i}.phone"] = t(
                "第 {number} 位接送人的电话“{phone}”无效。", number=i + 1, phone=a.phone
            )
    if errors:
        raise ValidationError(t("学生信息有误，未保存："), fields=errors)
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


def save_pupil(ctx: ServiceContext, data: PupilInput, pupil_id: str | None = None) -> PupilDetail:
    """Add a pupil (``pupil_id`` None) or replace an existing pupil's data and adults."""
    ctx.require(Action.EDIT_PUPIL)
    row = validate_pupil(ctx, data, pupil_id)
    now = ctx.now_iso()
    with ctx.write() as conn:
        if pupil_id is None:
            row.update(
                {
                    "id": new_id(),
                    "status": PupilStatus.ACTIVE,
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
                raise NotFound(t("要修改的学生不存在。"))
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


def roster_rows(ctx: ServiceContext) -> list[RosterRow]:
    """Every active pupil in the public shape plus the pinyin keys the roster search uses."""
    ctx.require(Action.VIEW_PUPILS)
    conn = ctx.store.conn
    adults = people_store.all_adults(conn)
    seen = visibility(ctx)
    return [
        RosterRow(
            **public_pupil(p, adults.get(p["id"], []), seen.shows_private(p["class_id"])),
            name_initials=str(p["name_initials"]),
            name_pinyin=str(p["name_pinyin"]),
        )
        for p in people_store.pupils(conn)
    ]
