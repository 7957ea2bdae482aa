"""A profile's rules as a flat list for display and JSON (the ``profile show`` command)."""

from __future__ import annotations

from typing import Any

from after_school_desk.domain.duty_keys import AGREEMENT_DUE, DUTIES
from after_school_desk.domain.profiles import (
    AREAS,
    GROUPS,
    SEASONS,
    STAGES,
    WEEKDAY_NAMES,
    Clause,
    Profile,
    Scope,
)

RULE_LABELS = {
    "stages": "服务对象学段",
    "service_days": "服务日",
    "min_minutes": "每天最少分钟",
    "max_minutes": "每天最多分钟",
    "latest_end": "最晚结束",
    "earliest_end": "最早结束",
    "afternoon_start": "下午上课时间",
    "extended_care": "延时托管分钟",
    "evening_study": "晚自习",
    "mode": "服务模式",
    "fee_cap": "收费上限",
    "free": "免费对象",
    "reduce": "可减免对象",
    "subsidy": "补助倍数",
    "content": "推荐内容",
}


def rules_summary(profile: Profile) -> list[dict[str, Any]]:
    """Every rule as a flat record {rule, value, clause} for display and JSON."""
    out: list[dict[str, Any]] = []

    def add(rule: str, value: Any, clause: Clause, scope: Scope | None = None) -> None:
        label = RULE_LABELS.get(rule) or DUTIES[rule]
        record: dict[str, Any] = {
            "rule": rule, "label": label, "value": value, "clause": clause.as_dict()
        }  # fmt: skip
        if scope is not None:
            record["scope"] = scope.label()
        out.append(record)

    if profile.stages:
        add("stages", [STAGES[s] for s in profile.stages.stages], profile.stages.clause)
    for d in profile.service_days:
        days = "、".join(f"星期{WEEKDAY_NAMES[w]}" for w in d.weekdays)
        add("service_days", days + ("（可选）" if d.optional else ""), d.clause, d.scope)
    for m in profile.min_minutes:
        add("min_minutes", m.minutes, m.clause, m.scope)
    for m in profile.max_minutes:
        add("max_minutes", m.minutes, m.clause, m.scope)
    for e in profile.latest_end:
        add("latest_end", e.time, e.clause, e.scope)
    for e in profile.earliest_end:
        add("earliest_end", e.time, e.clause, e.scope)
    for a in profile.afternoon_start:
        add("afternoon_start", f"{AREAS[a.area]}{SEASONS[a.season]} {a.time}", a.clause)
    if profile.extended_care:
        ec = profile.extended_care
        add("extended_care", ec.minutes, ec.clause)
    if profile.evening_study:
        add("evening_study", [STAGES[s] for s in profile.evening_study.stages],
            profile.evening_study.clause)  # fmt: skip
    for md in profile.modes:
        add("mode", {"id": md.id, "name": md.name, "parent_pays": md.parent_pays}, md.clause)
    for c in profile.fee_caps:
        value = {"cap_fen": c.cap_fen, "unit": c.unit, "mode": c.mode, "day_type": c.day_type,
                 "per_daily_minutes": c.per_daily_minutes}  # fmt: skip
        add("fee_cap", value, c.clause, c.scope)
    for g in profile.groups:
        add("free" if g.kind == "free" else "reduce", GROUPS[g.group], g.clause)
    for s in profile.subsidy:
        add("subsidy", {"day_type": s.day_type, "percent": s.percent, "minimum": s.minimum},
            s.clause)  # fmt: skip
    for ct in profile.content:
        add("content", {"period": ct.period, "items": list(ct.items)}, ct.clause, ct.scope)
    for du in profile.duties:
        due = f"（{AGREEMENT_DUE[du.due]}）" if du.due in AGREEMENT_DUE else ""
        add(du.key, DUTIES[du.key] + due, du.clause)
    return out
