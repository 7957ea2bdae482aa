"""Staff members: teachers, duty leaders, the principal and external helpers."""

from __future__ import annotations

import sqlite3
from typing import Any

from after_school_desk.domain.people import (
    STAFF_ROLE_LABELS,
    VETTING_LABELS,
    StaffRole,
    Vetting,
    clean_phone,
)
from after_school_desk.domain.roles import Action
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.answers import StaffOverviewRow, StaffRow, staff_of
from after_school_desk.store import people_store, rows, school_store, staff_store
from after_school_desk.store.ids import new_id

# the screens' choices: a staff role or a 备案 state (as stored) and its label
STAFF_ROLES: dict[str, str] = {role: label for role, label in STAFF_ROLE_LABELS.items()}
VETTING: dict[str, str] = {state: label for state, label in VETTING_LABELS.items()}


def _clean(
    name: str, role: str, phone: str | None, vetting: str | None, vetting_note: str
) -> dict[str, Any]:
    """The checked values of a staff form, or ValidationError naming each bad field."""
    fields: dict[str, str] = {}
    name = name.strip()
    if not name:
        fields["name"] = t("姓名不能为空。")
    elif len(name) > 40:
        fields["name"] = t("姓名最长 40 个字。")
    if role not in STAFF_ROLES:
        fields["role"] = t(
            "角色“{role}”无效，可选：teacher、duty_leader、principal、external。", role=role
        )
    cleaned = None
    if phone and phone.strip():
        cleaned = clean_phone(phone)
        if cleaned is None:
            fields["phone"] = t("电话“{phone}”不是有效的手机或固定电话号码。", phone=phone)
    vet = vetting or (Vetting.PENDING if role == StaffRole.EXTERNAL else Vetting.NOT_REQUIRED)
    if vet not in VETTING:
        fields["vetting"] = t("备案状态“{vetting}”无效。", vetting=vet)
    if fields:
        raise ValidationError(t("教职工信息有误："), fields=fields)
    return {
        "name": name,
        "role": role,
        "phone": cleaned,
        "vetting": vet,
        "vetting_note": vetting_note.strip(),
    }


def add_staff(
    ctx: ServiceContext,
    name: str,
    role: str,
    phone: str | None = None,
    vetting: str | None = None,
    vetting_note: str = "",
) -> StaffRow:
    ctx.require(Action.MANAGE_STAFF)
    values = _clean(name, role, phone, vetting, vetting_note)
    row = staff_of(
        {"id": new_id(), **values, "active": 1, "created_at": ctx.now_iso(),
         "device_id": ctx.device_id}
    )  # fmt: skip
    with ctx.write() as conn:
        rows.insert(conn, "staff", row)
        ctx.audit(conn, "staff.add", "staff", row["id"], None, dict(row))
    return row


def update_staff(
    ctx: ServiceContext,
    staff_id: str,
    name: str,
    role: str,
    phone: str | None = None,
    vetting: str | None = None,
    vetting_note: str = "",
) -> StaffRow:
    """Edit name, role, phone and 备案 status; only what changed is written and audited."""
    ctx.require(Action.MANAGE_STAFF)
    values = _clean(name, role, phone, vetting, vetting_note)
    with ctx.write() as conn:
        before = _member(conn, staff_id)
        changes = {k: v for k, v in values.items() if before[k] != v}
        if changes:
            rows.update(conn, "staff", staff_id, changes)
            ctx.audit(
                conn, "staff.edit", "staff", staff_id, {k: before[k] for k in changes}, changes
            )
        return staff_of(_member(conn, staff_id))


def set_staff_active(ctx: ServiceContext, staff_id: str, active: bool) -> StaffRow:
    """Deactivate someone who left (or bring them back). A head teacher hands classes over first."""
    ctx.require(Action.MANAGE_STAFF)
    with ctx.write() as conn:
        before = _member(conn, staff_id)
        heads = people_store.classes_of_teacher(conn, staff_id)
        if not active and heads:
            names = "、".join(c["name"] for c in school_store.classes(conn) if c["id"] in heads)
            raise ValidationError(
                t(
                    "{name} 还是 {classes} 的班主任，请先在“班主任安排”中另选班主任。",
                    name=before["name"],
                    classes=names,
                )
            )
        rows.update(conn, "staff", staff_id, {"active": int(bool(active))})
        ctx.audit(
            conn,
            "staff.activate" if active else "staff.deactivate",
            "staff",
            staff_id,
            {"active": before["active"]},
            {"active": int(bool(active))},
        )
        return staff_of(_member(conn, staff_id))


def _member(conn: sqlite3.Connection, staff_id: str) -> dict[str, Any]:
    found = rows.get(conn, "staff", staff_id)
    if found is None:
        raise NotFound(t("找不到教职工“{staff_id}”。", staff_id=staff_id))
    return found


def staff_overview(ctx: ServiceContext) -> list[StaffOverviewRow]:
    """Everyone, including those who left, with role and 备案 in Chinese and classes they head."""
    return [
        StaffOverviewRow(
            **staff_of(m),
            head_of=list(m["head_of"]),
            role_label=STAFF_ROLES.get(m["role"], str(m["role"])),
            vetting_label=VETTING.get(m["vetting"], str(m["vetting"])),
        )
        for m in staff_store.all_staff(ctx.store.conn)
    ]


def list_staff(ctx: ServiceContext) -> list[StaffRow]:
    return [staff_of(m) for m in people_store.staff(ctx.store.conn)]


def find_staff(ctx: ServiceContext, name_or_id: str) -> StaffRow:
    conn = ctx.store.conn
    row = rows.get(conn, "staff", name_or_id)
    if row:
        return staff_of(row)
    matches = people_store.staff_by_name(conn, name_or_id.strip())
    if len(matches) == 1:
        return staff_of(matches[0])
    if not matches:
        raise ValidationError(t("找不到教职工“{name}”。", name=name_or_id))
    raise ValidationError(
        t("有 {count} 位教职工叫“{name}”，请改用编号。", count=len(matches), name=name_or_id)
    )


def set_head_teacher(ctx: ServiceContext, class_name: str, staff_name_or_id: str) -> None:
    from after_school_desk.services.base.classes import find_class

    ctx.require(Action.MANAGE_STAFF)
    cls = find_class(ctx, class_name)
    member = find_staff(ctx, staff_name_or_id)
    with ctx.write() as conn:
        rows.update(conn, "class", cls["id"], {"head_teacher_id": member["id"]})
        ctx.audit(
            conn,
            "class.head_teacher",
            "class",
            cls["id"],
            {"head_teacher_id": cls["head_teacher_id"]},
            {"head_teacher_id": member["id"]},
        )


def set_head_teacher_by_id(ctx: ServiceContext, class_id: str, staff_id: str | None) -> None:
    """Make an active staff member the head teacher (班主任) of a class; None leaves it empty."""
    ctx.require(Action.MANAGE_STAFF)
    with ctx.write() as conn:
        cls = rows.get(conn, "class", class_id)
        if cls is None:
            raise NotFound(t("找不到班级“{class_id}”。", class_id=class_id))
        if staff_id:
            member = rows.get(conn, "staff", staff_id)
            if member is None or not member["active"]:
                message = t("请选择一位在职的教职工。")
                raise ValidationError(message, fields={"head_teacher": message})
        if cls["head_teacher_id"] == (staff_id or None):
            return
        staff_store.set_head_teacher(conn, class_id, staff_id or None)
        ctx.audit(
            conn,
            "class.head_teacher",
            "class",
            class_id,
            {"head_teacher_id": cls["head_teacher_id"]},
            {"head_teacher_id": staff_id or None},
        )
