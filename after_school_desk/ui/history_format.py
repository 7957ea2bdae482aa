"""Turning audit history entries into readable Chinese lines: field names, values, before → after."""

from __future__ import annotations

from typing import Any

from after_school_desk.domain.attendance import hhmm
from after_school_desk.services.daily.corrections import describe
from after_school_desk.services.daily.history import HistoryEntry

FIELD_LABELS = {
    "national_id": "学籍号",
    "student_no": "学号",
    "name": "姓名",
    "sex": "性别",
    "birth_date": "出生日期",
    "class_id": "班级",
    "left_behind": "留守儿童",
    "migrant": "随迁子女",
    "disabled": "残疾",
    "hardship": "困境儿童",
    "low_income": "家庭经济困难",
    "registered_poor": "建档立卡",
    "status": "状态",
    "name_initials": "拼音首字母",
    "name_pinyin": "全拼",
    "created_at": "建立时间",
    "adults": "监护人与接送人",
    "kind": "类别",
    "given_on": "签署日期",
    "given_by": "签署人",
    "withdrawn_on": "撤回日期",
    "state": "状态",
    "reason": "原因",
    "note": "备注",
    "amount_fen": "金额",
    "paid_on": "付款日期",
    "day": "日期",
    "phone": "电话",
    "relation": "关系",
}

# Actions the history service has no label for yet.
EXTRA_ACTION_LABELS = {
    "pupil.adults": "修改监护人与接送人",
    "restore": "从备份恢复",
    "pupil.archive": "归档学生",
}

# Keys that say nothing to a person reading the history.
HIDDEN_FIELDS = {"id", "pupil_id", "name_initials", "name_pinyin", "created_at", "position"}

VALUE_LABELS = {
    "sex": {"M": "男", "F": "女"},
    "status": {"active": "在读", "left": "已离校", "archived": "已归档"},
    "kind": {"service": "参加课后服务", "publication": "减免名单公示"},
}

YES_NO_FIELDS = {"left_behind", "migrant", "disabled", "hardship", "low_income", "registered_poor"}


def action_label(entry: HistoryEntry) -> str:
    if entry.label == entry.action:
        return EXTRA_ACTION_LABELS.get(entry.action, entry.action)
    return entry.label


def _adults_text(value: Any) -> str:
    if not isinstance(value, list) or not value:
        return "（无）"
    parts = []
    for adult in value:
        if isinstance(adult, dict):
            bits = [str(adult.get("name") or "")]
            if adult.get("relation"):
                bits.append(str(adult["relation"]))
            if adult.get("phone"):
                bits.append(str(adult["phone"]))
            parts.append(" ".join(b for b in bits if b))
    return "、".join(parts) or "（无）"


def _adult_keys(value: Any) -> list[str]:
    return [_adults_text([a]) for a in value] if isinstance(value, list) else []


def adults_change(before: Any, after: Any) -> list[str]:
    """Which adults were added or removed (a save rewrites them all, so compare by content)."""
    old, new = _adult_keys(before), _adult_keys(after)
    lines = [f"新增接送人：{a}" for a in new if a not in old]
    lines += [f"删除接送人：{a}" for a in old if a not in new]
    return lines


def value_text(key: str, value: Any, class_names: dict[str, str]) -> str:
    if value is None or value == "":
        return "（空）"
    if key == "adults":
        return _adults_text(value)
    if key == "class_id":
        return class_names.get(str(value), str(value))
    if key in YES_NO_FIELDS:
        return "是" if value else "否"
    if key == "amount_fen" and isinstance(value, int):
        return f"{value / 100:.2f} 元"
    labels = VALUE_LABELS.get(key)
    if labels is not None:
        return labels.get(str(value), str(value))
    if isinstance(value, dict | list):
        return "…"
    return str(value)


def attendance_lines(entry: HistoryEntry) -> list[str]:
    """An attendance correction in words: what was voided (or restored), when, and why."""
    before = {k: old for k, old, _new in entry.changes}
    after = {k: new for k, _old, new in entry.changes}
    if entry.action == "attendance.override_handover":
        return [describe(after), f"电话：{after.get('adult_phone') or ''}"]
    if not before:
        return []
    lines = [f"原记录：{hhmm(before.get('at'))} {describe(before)}"]
    if after.get("kind") == "correction":
        lines.append(f"更正理由：{after.get('reason') or '（无）'}")
    else:
        lines.append(f"恢复为：{describe(after)}")
    return lines


def change_lines(entry: HistoryEntry, class_names: dict[str, str]) -> list[str]:
    """One line per changed field: ``姓名：张三 → 张叁``; a new record lists its values."""
    if entry.action.startswith("attendance."):
        return attendance_lines(entry)
    order = list(FIELD_LABELS)
    lines = []
    changes = sorted(entry.changes, key=lambda c: order.index(c[0]) if c[0] in order else 999)
    for key, before, after in changes:
        if key in HIDDEN_FIELDS:
            continue
        if key == "adults" and before is not None:
            lines.extend(adults_change(before, after))
            continue
        label = FIELD_LABELS.get(key, key)
        new = value_text(key, after, class_names)
        if before is None:
            if after in (None, "", 0) and key in YES_NO_FIELDS:
                continue
            lines.append(f"{label}：{new}")
        else:
            lines.append(f"{label}：{value_text(key, before, class_names)} → {new}")
    return lines
