"""Regional policy profiles: the rules of one policy text, each with the clause it comes from.

A profile holds only what its text says. Where a text is silent the rule stays unset and the
baseline profile (``national``) applies: ``merged(profile, base)`` fills every unset rule from
the base. The functions below answer the questions the rest of the program asks (what is the
fee cap, is this service window allowed, what multiplier for a rest day …) and always return
the clause with the answer, so the user can see where a limit comes from.

Pure: no file access and no clock. Loading the TOML files is after_school_desk/services/school/profiles.py.
Money is integer fen, times are "HH:MM" strings, weekdays 1 = Monday … 7 = Sunday.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

STAGES = {"primary": "小学", "junior": "初中", "senior": "普通高中"}
STAGE_GRADES = {"primary": range(1, 7), "junior": range(7, 10), "senior": range(10, 13)}
# A school's stage (school table) and the profile stages it covers.
SCHOOL_STAGES = {
    "primary": ("primary",),
    "junior": ("junior",),
    "nine_year": ("primary", "junior"),
    "complete": ("junior", "senior"),
    "senior": ("senior",),
}
UNITS = {"month": "每月", "term": "每学期", "day": "每天（每次课）", "hour": "每小时"}  # fee caps
FEE_DAY_TYPES = {"weekday": "周一至周五", "saturday": "周六"}
SUBSIDY_DAY_TYPES = {"weekday": "平时", "rest_day": "休息日", "statutory_holiday": "法定休假日"}
GROUPS = {
    "registered_poor": "建档立卡贫困家庭",
    "low_income": "家庭经济困难",
    "hardship": "困境儿童",
    "disabled": "残疾儿童",
    "left_behind": "留守儿童",
    "migrant": "随迁子女",
}
SEASONS = {"summer": "夏季", "winter": "冬季"}
AREAS = {"county": "县城", "village": "农村"}
VETTING_SCOPES = {"all": "全部参与人员", "external": "外聘人员", "volunteers": "志愿人员"}
WEEKDAY_NAMES = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "日"}
# How a citation of a rule taken from the national baseline begins.
NATIONAL_DEFAULT_MARK = "本地文件未规定；参照国家/通用要求："


@dataclass(frozen=True)
class Clause:
    """Where a rule comes from: the text (file id and title), its section and a quoted sentence."""

    source: str
    source_title: str
    section: str
    quote: str
    note: str = ""
    default_from: str = ""  # the base profile's name when the region's own text is silent
    national: bool = False  # the source is a national text (TOML ``national = true``)

    def cite(self) -> str:
        own = f"《{self.source_title}》{self.section.replace(' / ', ' ')}：“{self.quote}”"
        return f"{NATIONAL_DEFAULT_MARK}{own}" if self.default_from else own

    def as_dict(self) -> dict[str, str]:
        return {
            "source": self.source,
            "title": self.source_title,
            "section": self.section,
            "quote": self.quote,
            "note": self.note,
            "default_from": self.default_from,
            "national": "1" if self.national else "",
        }


@dataclass(frozen=True)
class Scope:
    """Whom a rule applies to: stages, grades (1–12) and day/boarding schools. Empty = all."""

    stages: tuple[str, ...] = ()
    grades: tuple[int, ...] = ()
    boarding: bool | None = None

    def grade_set(self) -> set[int]:
        found = set(self.grades)
        for stage in self.stages:
            found.update(STAGE_GRADES[stage])
        return found or set(range(1, 13))

    def matches(self, stage: str | None, grade: int | None, boarding: bool | None) -> bool:
        """Does the rule apply? With no grade the rule applies if it covers any grade of stage."""
        if self.boarding is not None and boarding is not None and self.boarding != boarding:
            return False
        wanted = {grade} if grade is not None else set(STAGE_GRADES[stage]) if stage else None
        return wanted is None or bool(wanted & self.grade_set())

    def label(self) -> str:
        parts = [STAGES[s] for s in self.stages]
        if self.grades:
            parts.append("、".join(f"{g}年级" for g in self.grades))
        if self.boarding is not None:
            parts.append("寄宿制" if self.boarding else "走读")
        return "，".join(parts) or "全体"


@dataclass(frozen=True)
class StagesRule:
    stages: tuple[str, ...]
    clause: Clause


@dataclass(frozen=True)
class ServiceDays:
    weekdays: tuple[int, ...]
    clause: Clause
    scope: Scope = Scope()
    optional: bool = False
    max_minutes: int | None = None


@dataclass(frozen=True)
class MinutesRule:
    minutes: int
    clause: Clause
    scope: Scope = Scope()


@dataclass(frozen=True)
class EndTimeRule:
    time: str
    clause: Clause
    scope: Scope = Scope()


@dataclass(frozen=True)
class AfternoonStart:
    area: str
    season: str
    time: str
    clause: Clause


@dataclass(frozen=True)
class ExtendedCare:
    minutes: int | None
    who: str
    clause: Clause


@dataclass(frozen=True)
class EveningStudy:
    stages: tuple[str, ...]
    clause: Clause


@dataclass(frozen=True)
class ServiceMode:
    id: str
    name: str
    parent_pays: bool
    clause: Clause
    providers: str = ""


@dataclass(frozen=True)
class FeeCap:
    cap_fen: int
    clause: Clause
    scope: Scope = Scope()
    unit: str | None = None  # None: whatever the unit
    mode: str | None = None
    day_type: str = "weekday"
    per_daily_minutes: int | None = None  # the cap is for pupils attending this long a day


@dataclass(frozen=True)
class GroupRule:
    group: str
    kind: str  # "free" or "reduce"
    clause: Clause
    may_be_free: bool = False
    needs_review: bool = False


@dataclass(frozen=True)
class SubsidyMultiplier:
    day_type: str
    percent: int
    clause: Clause
    minimum: bool = True  # "不低于": the percent is a floor


@dataclass(frozen=True)
class ContentRule:
    items: tuple[str, ...]
    clause: Clause
    scope: Scope = Scope()
    period: str = ""


@dataclass(frozen=True)
class Duty:
    key: str
    clause: Clause
    scope: str = ""  # for external_vetting: all / external / volunteers
    due: str = ""  # for agreement: before_service (the default) / after_approval


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    title: str
    source: str = ""
    region: str = ""
    year: int | None = None
    base: str | None = None
    stages: StagesRule | None = None
    service_days: tuple[ServiceDays, ...] = ()
    min_minutes: tuple[MinutesRule, ...] = ()
    max_minutes: tuple[MinutesRule, ...] = ()
    latest_end: tuple[EndTimeRule, ...] = ()
    earliest_end: tuple[EndTimeRule, ...] = ()
    afternoon_start: tuple[AfternoonStart, ...] = ()
    extended_care: ExtendedCare | None = None
    evening_study: EveningStudy | None = None
    modes: tuple[ServiceMode, ...] = ()
    fee_caps: tuple[FeeCap, ...] = ()
    groups: tuple[GroupRule, ...] = ()
    subsidy: tuple[SubsidyMultiplier, ...] = ()
    content: tuple[ContentRule, ...] = ()
    duties: tuple[Duty, ...] = ()
    copied_from: str = ""

    def duty(self, key: str) -> Duty | None:
        return next((d for d in self.duties if d.key == key), None)


# Fields that describe the profile itself and are never inherited from the base.
_OWN_FIELDS = {"id", "name", "title", "source", "region", "year", "base", "copied_from"}


def merged(profile: Profile, base: Profile | None) -> Profile:
    """The profile with every rule its text leaves unset taken from ``base``.

    A rule family the profile sets (e.g. its own service days) replaces the base's whole
    family; duties are merged key by key. Only a base rule whose clause quotes a national text
    (``Clause.national``) is taken: a rule the baseline can only quote from another region's
    text (Helan's 2-hour minimum, the city plan's 不得拒绝) does not bind a region whose own text
    is silent (docs/compliance.md, "Own-text citations"). A rule taken keeps its clause, marked
    ``default_from`` the base, so a finding under it says that the region's own text is silent
    ("本地文件未规定；参照国家/通用要求：…") instead of passing off another text as the region's.
    """
    if base is None:
        return profile
    changes: dict[str, Any] = {}
    for f in fields(Profile):
        if f.name in _OWN_FIELDS or f.name == "duties":
            continue
        own = getattr(profile, f.name)
        if own is None or own == ():
            taken = getattr(base, f.name)
            if isinstance(taken, tuple):
                changes[f.name] = tuple(_inherited(r, base) for r in taken if _national(r))
            else:
                changes[f.name] = _inherited(taken, base) if _national(taken) else None
    own_keys = {d.key for d in profile.duties}
    changes["duties"] = profile.duties + tuple(
        _inherited(d, base) for d in base.duties if d.key not in own_keys and _national(d)
    )
    return replace(profile, **changes)


def _national(rule: Any) -> bool:
    """May a region whose own text is silent take ``rule`` from the base?"""
    return rule is not None and (rule.clause.national or bool(rule.clause.default_from))


def _inherited(rule: Any, base: Profile) -> Any:
    """``rule`` (any rule with a clause) with its clause marked as the base's default."""
    if rule.clause.default_from:
        return rule
    return replace(rule, clause=replace(rule.clause, default_from=base.name))


# ---------------------------------------------------------------- time helpers


def to_minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def from_minutes(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


def stage_of_grade(grade: int) -> str:
    for stage, levels in STAGE_GRADES.items():
        if grade in levels:
            return stage
    raise ValueError(f"年级 {grade} 不在 1–12 之间")


R = TypeVar("R", MinutesRule, EndTimeRule, FeeCap, ContentRule, ServiceDays)


def _applying(
    rules: Iterable[R], stage: str | None, grade: int | None, boarding: bool | None
) -> list[R]:
    if grade is not None and stage is None:
        stage = stage_of_grade(grade)
    return [r for r in rules if r.scope.matches(stage, grade, boarding)]


# ---------------------------------------------------------------- who and when


def serves_stage(profile: Profile, stage: str) -> tuple[bool, Clause | None]:
    """May the service be offered to pupils of this stage? Unset stages: no limit."""
    if profile.stages is None:
        return True, None
    return stage in profile.stages.stages, profile.stages.clause


@dataclass(frozen=True)
class WeekPlan:
    required: frozenset[int]
    optional: frozenset[int]
    clauses: tuple[Clause, ...]


def service_weekdays(profile: Profile, stage: str, grade: int | None = None) -> WeekPlan | None:
    """The weekdays on which service runs (required) or may run (optional); None if unset."""
    rules = _applying(profile.service_days, stage, grade, None)
    if not rules:
        return None
    required = {d for r in rules if not r.optional for d in r.weekdays}
    optional = {d for r in rules if r.optional for d in r.weekdays} - required
    clauses = tuple(dict.fromkeys(r.clause for r in rules))
    return WeekPlan(frozenset(required), frozenset(optional), clauses)


@dataclass(frozen=True)
class Limit:
    """A number from a profile with the clause that sets it."""

    value: str | int
    clause: Clause


def _strictest(rules: Sequence[EndTimeRule | MinutesRule], *, lowest: bool) -> Limit | None:
    if not rules:
        return None

    def key(r: EndTimeRule | MinutesRule) -> int:
        return to_minutes(r.time) if isinstance(r, EndTimeRule) else r.minutes

    best = min(rules, key=key) if lowest else max(rules, key=key)
    return Limit(best.time if isinstance(best, EndTimeRule) else best.minutes, best.clause)


def latest_end(
    profile: Profile, stage: str | None, grade: int | None = None, boarding: bool | None = None
) -> Limit | None:
    """The latest allowed end time ("HH:MM"); for a whole stage, the earliest of its grades'."""
    return _strictest(_applying(profile.latest_end, stage, grade, boarding), lowest=True)


def earliest_end(
    profile: Profile, stage: str | None, grade: int | None = None, boarding: bool | None = None
) -> Limit | None:
    return _strictest(_applying(profile.earliest_end, stage, grade, boarding), lowest=False)


def min_daily_minutes(
    profile: Profile, stage: str | None, grade: int | None = None
) -> Limit | None:
    return _strictest(_applying(profile.min_minutes, stage, grade, None), lowest=False)


def max_daily_minutes(
    profile: Profile, stage: str | None, grade: int | None = None
) -> Limit | None:
    return _strictest(_applying(profile.max_minutes, stage, grade, None), lowest=True)


@dataclass(frozen=True)
class Breach:
    """One way a recorded or planned window breaks the profile."""

    kind: str
    message: str
    clause: Clause


@dataclass(frozen=True)
class WindowQuery:
    start: str
    end: str
    stage: str | None = None
    grade: int | None = None
    weekday: int | None = None  # None: a make-up working day, checked for times only
    boarding: bool | None = None
    label: str = ""  # e.g. "2026-11-04 三年级(1)班", put in front of messages


def check_window(profile: Profile, q: WindowQuery) -> list[Breach]:
    """Every rule of the profile that a service window breaks (day, length, end time)."""
    stage = q.stage if q.stage is not None else stage_of_grade(q.grade) if q.grade else None
    who = f"{q.label}：" if q.label else ""
    span = f"{q.start}–{q.end}"
    out: list[Breach] = []
    if stage is not None:
        ok, clause = serves_stage(profile, stage)
        if not ok and clause is not None:
            out.append(Breach("stage", f"{who}本文本未规定为{STAGES[stage]}提供课后服务", clause))
    length = to_minutes(q.end) - to_minutes(q.start)
    day_max: Limit | None = None
    if q.weekday is not None and stage is not None:
        plan = service_weekdays(profile, stage, q.grade)
        if plan is not None and q.weekday not in plan.required | plan.optional:
            out.append(
                Breach(
                    "service_day",
                    f"{who}星期{WEEKDAY_NAMES[q.weekday]}不是{STAGES[stage]}的课后服务日",
                    plan.clauses[0],
                )
            )
        elif plan is not None and q.weekday in plan.optional:
            rule = next(
                r
                for r in _applying(profile.service_days, stage, q.grade, None)
                if r.optional and q.weekday in r.weekdays
            )
            if rule.max_minutes is not None:
                day_max = Limit(rule.max_minutes, rule.clause)
    low = min_daily_minutes(profile, stage, q.grade) if day_max is None else None
    high = day_max or max_daily_minutes(profile, stage, q.grade)
    if low is not None and length < int(low.value):
        out.append(
            Breach(
                "too_short", f"{who}服务 {span} 共 {length} 分钟，少于 {low.value} 分钟", low.clause
            )
        )
    if high is not None and length > int(high.value):
        out.append(
            Breach(
                "too_long",
                f"{who}服务 {span} 共 {length} 分钟，超过 {high.value} 分钟",
                high.clause,
            )
        )
    late = latest_end(profile, stage, q.grade, q.boarding)
    if late is not None and to_minutes(q.end) > to_minutes(str(late.value)):
        out.append(Breach("end_too_late", f"{who}结束时间 {q.end} 晚于 {late.value}", late.clause))
    early = earliest_end(profile, stage, q.grade, q.boarding)
    if early is not None and to_minutes(q.end) < to_minutes(str(early.value)):
        out.append(
            Breach("end_too_early", f"{who}结束时间 {q.end} 早于 {early.value}", early.clause)
        )
    return out


def afternoon_start(profile: Profile, area: str, season: str) -> Limit | None:
    """Helan's seasonal afternoon lesson start for county-town or village schools."""
    found = next((a for a in profile.afternoon_start if (a.area, a.season) == (area, season)), None)
    return Limit(found.time, found.clause) if found else None


def evening_study_allowed(profile: Profile, stage: str) -> tuple[bool, Clause | None]:
    if profile.evening_study is None:
        return False, None
    return stage in profile.evening_study.stages, profile.evening_study.clause


# ---------------------------------------------------------------- money


def fee_cap(
    profile: Profile,
    stage: str | None,
    unit: str,
    mode: str | None = None,
    *,
    grade: int | None = None,
    boarding: bool | None = None,
    day_type: str = "weekday",
    daily_minutes: int | None = None,
) -> FeeCap | None:
    """The cap (fen) on a fee standard, with its clause; None where the text sets no cap.

    Only caps the text states in ``unit`` (after_school_desk/domain/fee_units.py converts the others). A cap tied to
    a daily length (Urumqi: one hour a day) applies only to that length when one is given.
    For a whole stage without a grade, the lowest cap among its grades is returned.
    """
    found = [
        c
        for c in _applying(profile.fee_caps, stage, grade, boarding)
        if (c.unit is None or c.unit == unit)
        and (c.mode is None or c.mode == mode)
        and c.day_type == day_type
        and (daily_minutes is None or c.per_daily_minutes in (None, daily_minutes))
    ]
    return min(found, key=lambda c: c.cap_fen) if found else None


def mode_of(profile: Profile, mode_id: str) -> ServiceMode | None:
    return next((m for m in profile.modes if m.id == mode_id), None)


def free_groups(profile: Profile) -> list[GroupRule]:
    """Groups served free of charge by rule (e.g. 建档立卡)."""
    return [g for g in profile.groups if g.kind == "free"]


def reduction_groups(profile: Profile) -> list[GroupRule]:
    """Groups whose fee may be reduced (or waived, where ``may_be_free``)."""
    return [g for g in profile.groups if g.kind == "reduce"]


def is_free(profile: Profile, pupil_groups: Iterable[str]) -> GroupRule | None:
    """The rule that makes a pupil with these flags free, or None."""
    flags = set(pupil_groups)
    return next((g for g in free_groups(profile) if g.group in flags), None)


def subsidy_multiplier(profile: Profile, day_type: str) -> SubsidyMultiplier | None:
    """Percent of the hourly base paid for a weekday, rest day or statutory holiday."""
    return next((s for s in profile.subsidy if s.day_type == day_type), None)


def recommended_content(
    profile: Profile, grade: int | None = None, stage: str | None = None
) -> list[ContentRule]:
    return _applying(profile.content, stage, grade, None)


def proposed_window(
    profile: Profile, stage: str, default_end: str = "18:00", default_minutes: int = 120
) -> tuple[str, str]:
    """A sensible daily window for a stage: ends at the profile's limit, lasts its minimum.

    Without limits it falls back to the program's default (16:00–18:00), which is a proposal
    for the set-up wizard, not a rule.
    """
    late, early = latest_end(profile, stage), earliest_end(profile, stage)
    low, high = min_daily_minutes(profile, stage), max_daily_minutes(profile, stage)
    end = str(late.value) if late else str(early.value) if early else default_end
    length = int(low.value) if low else default_minutes
    if high is not None:
        length = min(length, int(high.value))
    return from_minutes(to_minutes(end) - length), end


def proposed_week(profile: Profile, stages: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Weekday -> window for a school teaching ``stages`` (youngest stage first wins a day)."""
    week: dict[int, tuple[str, str]] = {}
    served = [s for s in stages if serves_stage(profile, s)[0]] or list(stages)
    for stage in served:
        plan = service_weekdays(profile, stage)
        days = plan.required if plan is not None else frozenset(range(1, 6))
        window = proposed_window(profile, stage)
        for wd in sorted(days):
            week.setdefault(wd, window)
    return dict(sorted(week.items()))
