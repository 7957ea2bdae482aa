"""Turning a profile's TOML data (already parsed into dicts) into a checked Profile.

Every rule must name its clause (section and quote). Anything unknown or malformed is
reported, all problems at once, in Chinese naming the rule at fault.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from after_school_desk.domain.duty_keys import AGREEMENT_DUE, DUTIES
from after_school_desk.domain.profiles import (
    AREAS,
    FEE_DAY_TYPES,
    GROUPS,
    SEASONS,
    STAGES,
    SUBSIDY_DAY_TYPES,
    UNITS,
    VETTING_SCOPES,
    AfternoonStart,
    Clause,
    ContentRule,
    Duty,
    EndTimeRule,
    EveningStudy,
    ExtendedCare,
    FeeCap,
    GroupRule,
    MinutesRule,
    Profile,
    Scope,
    ServiceDays,
    ServiceMode,
    StagesRule,
    SubsidyMultiplier,
)
from after_school_desk.i18n import t

PROFILE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,39}$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_CLAUSE_KEYS = {"source", "section", "quote", "note", "national"}
_SCOPE_KEYS = {"stages", "grades", "boarding"}
TOP_KEYS = {
    "id", "name", "title", "source", "region", "year", "base", "copied_from", "sources",
    "stages", "service_days", "min_minutes", "max_minutes", "latest_end", "earliest_end",
    "afternoon_start", "extended_care", "evening_study", "modes", "fee_caps", "groups",
    "subsidy", "content", "duties",
}  # fmt: skip


class ProfileFormatError(ValueError):
    def __init__(self, origin: str, problems: list[str]) -> None:
        super().__init__(f"{origin}: " + "; ".join(problems))
        self.origin = origin
        self.problems = problems


T = TypeVar("T")


class _Reader:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[str] = []
        self.source = str(data.get("source", ""))
        titles = data.get("sources", {})
        self.titles: dict[str, str] = dict(titles) if isinstance(titles, dict) else {}
        if self.source:
            self.titles.setdefault(self.source, str(data.get("title", "")))

    def bad(self, where: str, what: str) -> None:
        self.problems.append(t("{where}：{what}", where=where, what=what))

    def clause(self, where: str, node: Mapping[str, Any]) -> Clause:
        source = str(node.get("source", self.source))
        section, quote = node.get("section"), node.get("quote")
        if not isinstance(section, str) or not section.strip():
            self.bad(where, t("缺少出处章节（section）"))
        if not isinstance(quote, str) or not quote.strip():
            self.bad(where, t("缺少原文摘句（quote）"))
        if not source:
            self.bad(where, t("缺少出处文本（source）"))
        title = self.titles.get(source, "")
        if source and not title:
            self.bad(where, t("出处文本“{source}”没有在 [sources] 中写明标题", source=source))
        national = node.get("national", False)
        if not isinstance(national, bool):
            self.bad(where, t("national 应为 true 或 false"))
            national = False
        return Clause(
            source, title, str(section or ""), str(quote or ""), str(node.get("note", "")),
            national=national,
        )  # fmt: skip

    def scope(self, where: str, node: Mapping[str, Any]) -> Scope:
        stages = self.stage_list(where, node.get("stages", []))
        grades = node.get("grades", [])
        if not (
            isinstance(grades, list) and all(isinstance(g, int) and 1 <= g <= 12 for g in grades)
        ):
            self.bad(where, t("年级 grades={grades} 应为 1–12 的整数列表", grades=repr(grades)))
            grades = []
        boarding = node.get("boarding")
        if boarding is not None and not isinstance(boarding, bool):
            self.bad(where, t("boarding 应为 true 或 false"))
            boarding = None
        return Scope(tuple(stages), tuple(grades), boarding)

    def stage_list(self, where: str, value: Any) -> list[str]:
        if not isinstance(value, list) or any(s not in STAGES for s in value):
            self.bad(
                where,
                t(
                    "学段 {value} 无效，可选：{choices}",
                    value=repr(value),
                    choices=", ".join(STAGES),
                ),
            )
            return []
        return list(value)

    def time(self, where: str, value: Any) -> str:
        if not isinstance(value, str) or not _HHMM.match(value):
            self.bad(where, t("时间 {value} 应写成 HH:MM", value=repr(value)))
            return "00:00"
        return value

    def number(self, where: str, value: Any, low: int, high: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.bad(
                where,
                t("数值 {value} 应为 {low}–{high} 的整数", value=repr(value), low=low, high=high),
            )
            return low
        return value

    def choice(self, where: str, value: Any, allowed: Mapping[str, str]) -> str:
        if value not in allowed:
            self.bad(
                where, t("“{value}”无效，可选：{choices}", value=value, choices=", ".join(allowed))
            )
            return next(iter(allowed))
        return str(value)

    def keys(self, where: str, node: Mapping[str, Any], allowed: set[str]) -> None:
        extra = set(node) - allowed - _CLAUSE_KEYS
        if extra:
            self.bad(where, t("未知的项：{keys}", keys=", ".join(sorted(extra))))

    def many(
        self, name: str, build: Callable[[str, Mapping[str, Any]], T], allowed: set[str]
    ) -> tuple[T, ...]:
        items = self.data.get(name, [])
        if not isinstance(items, list):
            self.bad(name, t("应为表格数组（[[...]]）"))
            return ()
        out: list[T] = []
        for i, node in enumerate(items, start=1):
            where = f"{name} 第{i}条"
            if not isinstance(node, dict):
                self.bad(where, t("应为表格"))
                continue
            self.keys(where, node, allowed)
            out.append(build(where, node))
        return tuple(out)

    def single(
        self, name: str, build: Callable[[str, Mapping[str, Any]], T], allowed: set[str]
    ) -> T | None:
        node = self.data.get(name)
        if node is None:
            return None
        if not isinstance(node, dict):
            self.bad(name, t("应为表格"))
            return None
        self.keys(name, node, allowed)
        return build(name, node)


def parse_profile(data: Mapping[str, Any], origin: str = "") -> Profile:
    """A Profile from TOML data; raises ProfileFormatError listing every problem."""
    r = _Reader(data)
    origin = origin or str(data.get("id", "?"))
    extra = set(data) - TOP_KEYS
    if extra:
        r.bad(t("配置"), t("未知的项：{keys}", keys=", ".join(sorted(extra))))
    pid = data.get("id")
    if not isinstance(pid, str) or not PROFILE_ID.match(pid):
        r.bad("id", t("“{profile_id}”应为2–40位小写字母、数字或连字符", profile_id=pid))
    for key in ("name", "title"):
        if not isinstance(data.get(key), str) or not str(data.get(key)).strip():
            r.bad(key, t("不能为空"))
    year = data.get("year")
    if year is not None:
        r.number("year", year, 1990, 2100)

    def minutes(w: str, n: Mapping[str, Any]) -> MinutesRule:
        return MinutesRule(r.number(w, n.get("minutes"), 1, 720), r.clause(w, n), r.scope(w, n))

    def end_time(w: str, n: Mapping[str, Any]) -> EndTimeRule:
        return EndTimeRule(r.time(w, n.get("time")), r.clause(w, n), r.scope(w, n))

    def days(w: str, n: Mapping[str, Any]) -> ServiceDays:
        weekdays = n.get("weekdays")
        if not (
            isinstance(weekdays, list) and weekdays and all(d in range(1, 8) for d in weekdays)
        ):
            r.bad(
                w, t("weekdays={weekdays} 应为 1（周一）–7（周日）的列表", weekdays=repr(weekdays))
            )
            weekdays = []
        cap = n.get("max_minutes")
        return ServiceDays(
            tuple(weekdays),
            r.clause(w, n),
            r.scope(w, n),
            bool(n.get("optional", False)),
            r.number(w, cap, 1, 720) if cap is not None else None,
        )

    def afternoon(w: str, n: Mapping[str, Any]) -> AfternoonStart:
        return AfternoonStart(
            r.choice(w, n.get("area"), AREAS),
            r.choice(w, n.get("season"), SEASONS),
            r.time(w, n.get("time")),
            r.clause(w, n),
        )

    def care(w: str, n: Mapping[str, Any]) -> ExtendedCare:
        mins = n.get("minutes")
        return ExtendedCare(
            r.number(w, mins, 1, 240) if mins is not None else None,
            str(n.get("who", "")),
            r.clause(w, n),
        )

    def evening(w: str, n: Mapping[str, Any]) -> EveningStudy:
        return EveningStudy(tuple(r.stage_list(w, n.get("stages", []))), r.clause(w, n))

    def mode(w: str, n: Mapping[str, Any]) -> ServiceMode:
        mid = n.get("id")
        if mid not in ("basic", "course"):
            r.bad(
                w,
                t(
                    "服务模式 id “{mode_id}”应为 basic（普惠托管/基本托管）或 course（个性化课程）",
                    mode_id=mid,
                ),
            )
        return ServiceMode(
            str(mid), str(n.get("name", "")), bool(n.get("parent_pays", True)), r.clause(w, n),
            str(n.get("providers", "")),
        )  # fmt: skip

    def cap(w: str, n: Mapping[str, Any]) -> FeeCap:
        unit = n.get("unit")
        if unit is not None:
            r.choice(w, unit, UNITS)
        mode_id = n.get("mode")
        if mode_id is not None and mode_id not in ("basic", "course"):
            r.bad(w, t("服务模式“{mode_id}”无效", mode_id=mode_id))
        per = n.get("per_daily_minutes")
        return FeeCap(
            r.number(w, n.get("cap_fen"), 0, 10_000_000),
            r.clause(w, n),
            r.scope(w, n),
            unit,
            mode_id,
            r.choice(w, n.get("day_type", "weekday"), FEE_DAY_TYPES),
            r.number(w, per, 1, 720) if per is not None else None,
        )

    def group(w: str, n: Mapping[str, Any]) -> GroupRule:
        kind = n.get("kind")
        if kind not in ("free", "reduce"):
            r.bad(w, t("kind “{kind}”应为 free（免费）或 reduce（减免）", kind=kind))
        return GroupRule(
            r.choice(w, n.get("group"), GROUPS), str(kind), r.clause(w, n),
            bool(n.get("may_be_free", False)), bool(n.get("needs_review", False)),
        )  # fmt: skip

    def subsidy(w: str, n: Mapping[str, Any]) -> SubsidyMultiplier:
        return SubsidyMultiplier(
            r.choice(w, n.get("day_type"), SUBSIDY_DAY_TYPES),
            r.number(w, n.get("percent"), 1, 1000),
            r.clause(w, n),
            bool(n.get("minimum", True)),
        )

    def content(w: str, n: Mapping[str, Any]) -> ContentRule:
        items = n.get("items")
        if not (isinstance(items, list) and items and all(isinstance(i, str) for i in items)):
            r.bad(w, t("items 应为非空的文字列表"))
            items = []
        return ContentRule(tuple(items), r.clause(w, n), r.scope(w, n), str(n.get("period", "")))

    def stages(w: str, n: Mapping[str, Any]) -> StagesRule:
        return StagesRule(tuple(r.stage_list(w, n.get("value"))), r.clause(w, n))

    duties: list[Duty] = []
    raw_duties = data.get("duties", {})
    if not isinstance(raw_duties, dict):
        r.bad("duties", t("应为表格"))
        raw_duties = {}
    for key, node in raw_duties.items():
        where = f"duties.{key}"
        if key not in DUTIES:
            r.bad(where, t("未知的规则"))
            continue
        if not isinstance(node, dict):
            r.bad(where, t("应为表格"))
            continue
        r.keys(where, node, {"scope", "due"})
        scope, due = node.get("scope", ""), node.get("due", "")
        if key == "external_vetting":
            scope = r.choice(where, scope or "external", VETTING_SCOPES)
        if key == "agreement":
            due = r.choice(where, due or "before_service", AGREEMENT_DUE)
        elif due:
            r.bad(where, t("due 只用于 agreement（协议签订时间）"))
        duties.append(Duty(key, r.clause(where, node), str(scope), str(due)))

    base = data.get("base")
    profile = Profile(
        id=str(pid),
        name=str(data.get("name", "")),
        title=str(data.get("title", "")),
        source=r.source,
        region=str(data.get("region", "")),
        year=year if isinstance(year, int) else None,
        base=str(base) if base else None,
        copied_from=str(data.get("copied_from", "")),
        stages=r.single("stages", stages, {"value"}),
        service_days=r.many(
            "service_days", days, _SCOPE_KEYS | {"weekdays", "optional", "max_minutes"}
        ),
        min_minutes=r.many("min_minutes", minutes, _SCOPE_KEYS | {"minutes"}),
        max_minutes=r.many("max_minutes", minutes, _SCOPE_KEYS | {"minutes"}),
        latest_end=r.many("latest_end", end_time, _SCOPE_KEYS | {"time"}),
        earliest_end=r.many("earliest_end", end_time, _SCOPE_KEYS | {"time"}),
        afternoon_start=r.many("afternoon_start", afternoon, {"area", "season", "time"}),
        extended_care=r.single("extended_care", care, {"minutes", "who"}),
        evening_study=r.single("evening_study", evening, {"stages"}),
        modes=r.many("modes", mode, {"id", "name", "parent_pays", "providers"}),
        fee_caps=r.many(
            "fee_caps",
            cap,
            _SCOPE_KEYS | {"cap_fen", "unit", "mode", "day_type", "per_daily_minutes"},
        ),
        groups=r.many("groups", group, {"group", "kind", "may_be_free", "needs_review"}),
        subsidy=r.many("subsidy", subsidy, {"day_type", "percent", "minimum"}),
        content=r.many("content", content, _SCOPE_KEYS | {"items", "period"}),
        duties=tuple(duties),
    )
    if r.problems:
        raise ProfileFormatError(origin, r.problems)
    return profile
