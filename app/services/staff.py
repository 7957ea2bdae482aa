"""Staff members: teachers, duty leaders, the principal and external helpers."""

from __future__ import annotations

from typing import Any

from app.domain.people import clean_phone
from app.domain.roles import Action
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.store import people_store, rows
from app.store.ids import new_id

STAFF_ROLES = {
    "teacher": "教师",
    "duty_leader": "带班领导",
    "principal": "校长",
    "external": "外聘人员",
}
VETTING = {"not_required": "无需备案", "pending": "待备案", "filed": "已备案", "rejected": "未通过"}


def add_staff(
    ctx: ServiceContext,
    name: str,
    role: str,
    phone: str | None = None,
    vetting: str | None = None,
    vetting_note: str = "",
) -> dict[str, Any]:
    ctx.require(Action.MANAGE_STAFF)
    problems = []
    name = name.strip()
    if not name:
        problems.append("姓名不能为空。")
    if role not in STAFF_ROLES:
        problems.append(f"角色“{role}”无效，可选：teacher、duty_leader、principal、external。")
    cleaned = None
    if phone:
        cleaned = clean_phone(phone)
        if cleaned is None:
            problems.append(f"电话“{phone}”不是有效的手机或固定电话号码。")
    vet = vetting or ("pending" if role == "external" else "not_required")
    if vet not in VETTING:
        problems.append(f"备案状态“{vet}”无效。")
    if problems:
        raise ValidationError("无法添加教职工：", problems)
    row: dict[str, Any] = {
        "id": new_id(),
        "name": name,
        "role": role,
        "phone": cleaned,
        "vetting": vet,
        "vetting_note": vetting_note,
        "active": 1,
        "created_at": ctx.now_iso(),
        "device_id": ctx.device_id,
    }
    with ctx.write() as conn:
        rows.insert(conn, "staff", row)
        ctx.audit(conn, "staff.add", "staff", row["id"], None, row)
    return row


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
    from app.services.classes import find_class

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
