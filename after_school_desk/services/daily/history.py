"""Audit history views: who changed what, when, on which PC — for a pupil, a day or a record."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of, pupil_row
from after_school_desk.store import history_store

ACTION_LABELS = {
    "pupil.add": "新增学生",
    "pupil.edit": "修改学生信息",
    "pupil.import_add": "导入新增学生",
    "pupil.import_update": "导入更新学生",
    "pupil.self_leave_permission": "登记自行离校许可",
    "pupil.self_leave_revoke": "撤销自行离校许可",
    "pupil.mark_left": "登记离校",
    "pupil.erase": "删除个人信息",
    "enrolment.apply": "报名申请",
    "enrolment.review": "班级初审",
    "enrolment.approve": "学校核准",
    "enrolment.refuse": "不予核准",
    "enrolment.agreement": "签订协议",
    "enrolment.withdraw": "退出课后服务",
    "attendance.correct": "更正考勤",
    "attendance.revert": "撤销考勤（当场）",
    "attendance.override_handover": "交给名单外的人",
    "payment.record": "收费",
    "refund.record": "退费",
    "consent.give": "监护人同意",
    "consent.withdraw": "撤回同意",
}


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str
    device_id: str
    action: str
    label: str
    entity: str
    entity_id: str | None
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    value = json.loads(text)
    return value if isinstance(value, dict) else {"value": value}


def _entry(row: Mapping[str, Any]) -> HistoryEntry:
    before, after = _load(row["before_json"]), _load(row["after_json"])
    # An update may record only the fields it wrote: keys it did not write did not change.
    keys = set(after) if before and after else set(before) | set(after)
    # An attendance event is never changed: a correction is a new event, so both are kept whole.
    whole = row["entity"] == "attendance_event"
    changes = [
        (key, before.get(key), after.get(key))
        for key in sorted(keys)
        if (whole or before.get(key) != after.get(key)) and key not in ("device_id", "updated_at")
    ]
    action = str(row["action"])
    return HistoryEntry(
        seq=int(row["seq"]),
        at=str(row["at"]),
        actor=str(row["actor"]),
        device_id=str(row["device_id"]),
        action=action,
        label=ACTION_LABELS.get(action, action),
        entity=str(row["entity"]),
        entity_id=row["entity_id"],
        changes=changes,
    )


def pupil_history(ctx: ServiceContext, key: str) -> list[HistoryEntry]:
    """Every recorded change about a pupil (by 学籍号 or id), newest first. Principal only."""
    ctx.require(Action.VIEW_AUDIT)
    pupil = pupil_row(ctx.store.conn, key)
    return [_entry(r) for r in history_store.mentioning(ctx.store.conn, str(pupil["id"]))]


def day_history(ctx: ServiceContext, day: str | date) -> list[HistoryEntry]:
    ctx.require(Action.VIEW_AUDIT)
    d = day_of(ctx, day)
    return [_entry(r) for r in history_store.on_day(ctx.store.conn, d.isoformat())]


def record_history(ctx: ServiceContext, entity: str, entity_id: str) -> list[HistoryEntry]:
    """The history of one record, e.g. ``("payment", id)``."""
    ctx.require(Action.VIEW_AUDIT)
    return [_entry(r) for r in history_store.of_entity(ctx.store.conn, entity, entity_id)]
