"""Staff members: teachers, duty leaders, the principal and external helpers."""

from __future__ import annotations

import sqlite3
from typing import Any

from app.domain.people import clean_phone
from app.domain.roles import Action
from app.errors import NotFound, ValidationError
from app.services.base.context import ServiceContext
from app.store import people_store, rows, school_store, staff_store
from app.store.ids import new_id

STAFF_ROLES = {
    "teacher": "教师",
    "duty_leader": "带班领导",
    "principal": "校长",
    "external": "外聘人员",
}
VETTING = {"not_required": "无需备案", "pending": "待备案", "filed": "已备案", "rejected": "未通过"}


def _clean(
    name: str, role: str, phone: str | None, vetting: str | None, vetting_note: str
) -> dict[str, Any]:
    """The checked values of a staff form, or ValidationError naming each bad field."""
    fields: dict[str, str] = {}
    name = name.strip()
    if not name:
        fields["name"] = "姓名不能为空。"
    elif len(name) > 40:
        fields["name"] = "姓名最长 40 个字。"
    if role not in STAFF_ROLES:
        fields["role"] = f"角色“{role}”无效，可选：teacher、duty_leader、principal、external。"
    cleaned = None
    if phone and phone.strip():
        cleaned = clean_phone(phone)
        if cleaned is None:
            fields["phone"] = f"电话“{phone}”不是有效的手机或固定电话号码。"
    vet = vetting or ("pending" if role == "external" else "not_required")
    if vet not in VETTING:
        fields["vetting"] = f"备案状态“{vet}”无效。"
    if fields:
        raise ValidationError("教职工信息有误：", fields=fields)
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
) -> dict[str, Any]:
    ctx.require(Action.MANAGE_STAFF)
    values = _clean(name, role, phone, vetting, vetting_note)
    row: dict[str, Any] = {
        "id": new_id(),
        **values,
        "active": 1,
        "created_at": ctx.now_iso(),
        "device_id": ctx.device_id,
    }
    with ctx.write() as conn:
        rows.insert(conn, "staff", row)
        ctx.audit(conn, "staff.add", "staff", row["id"], None, row)
    return row


def update_staff(
    ctx: ServiceContext,
    staff_id: str,
    name: str,
    role: str,
    phone: str | None = None,
    vetting: str | None = None,
    vetting_note: str = "",
) -> dict[str, Any]:
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
        return _member(conn, staff_id)


def set_staff_active(ctx: ServiceContext, staff_id: str, active: bool) -> dict[str, Any]:
    """Deactivate someone who left (or bring them back). A head teacher hands classes over first."""
    ctx.require(Action.MANAGE_STAFF)
    with ctx.write() as conn:
        before = _member(conn, staff_id)
        heads = people_store.classes_of_teacher(conn, staff_id)
        if not active and heads:
            names = "、".join(c["name"] for c in school_store.classes(conn) if c["id"] in heads)
            raise ValidationError(
                f"{before['name']} 还是 {names} 的班主任，请先在“班主任安排”中另选班主任。"
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
        return _member(conn, staff_id)


def _member(conn: sqlite3.Connection, staff_id: str) -> dict[str, Any]:
    found = rows.get(conn, "staff", staff_id)
    if found is None:
        raise NotFound(f"找不到教职工“{staff_id}”。")
    return found


def staff_overview(ctx: ServiceContext) -> list[dict[str, Any]]:
    """Everyone, including those who left, with role and 备案 in Chinese and classes they head."""
    found = staff_store.all_staff(ctx.store.conn)
    for m in found:
        m["role_label"] = STAFF_ROLES.get(m["role"], m["role"])
        m["vetting_label"] = VETTING.get(m["vetting"], m["vetting"])
    return found


def list_staff(ctx: ServiceContext) -> list[dict[str, Any]]:
    return people_store.staff(ctx.store.conn)


def find_staff(ctx: ServiceContext, name_or_id: str) -> dict[str, Any]:
    conn = ctx.store.conn
    row = rows.get(conn, "staff", name_or_id)
    if row:
        return row
    matches = people_store.staff_by_name(conn, name_or_id.strip())
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ValidationError(f"找不到教职工“{name_or_id}”。")
    raise ValidationError(f"有 {len(matches)} 位教职工叫“{name_or_id}”，请改用编号。")


def set_head_teacher(ctx: ServiceContext, class_name: str, staff_name_or_id: str) -> None:
    from app.services.base.classes import find_class

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
            raise NotFound(f"找不到班级“{class_id}”。")
        if staff_id:
            member = rows.get(conn, "staff", staff_id)
            if member is None or not member["active"]:
                message = "请选择一位在职的教职工。"
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
