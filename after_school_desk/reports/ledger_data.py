"""The monthly ledger (课后服务工作台账) as plain data: what the PDF prints, computed from the
month's facts. Built per class, linear in the number of events."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from after_school_desk.domain.alerts import CLOSED_BY_LABELS
from after_school_desk.domain.attendance import PupilDay, hhmm
from after_school_desk.domain.calendar import WEEKDAY_LABELS
from after_school_desk.errors import ValidationError
from after_school_desk.reports.month_facts import (
    MARK_ABSENT,
    MARK_LATE,
    MARK_LEAVE,
    MARK_NOT_ENROLLED,
    MARK_PRESENT,
    MonthFacts,
    Progress,
    PupilMonth,
    empty_month_problem,
    mark,
    staff_served,
)

FOLLOWUP_BUCKETS = [("≤10分", 0, 10), ("11–30分", 11, 30), ("31–60分", 31, 60),
                    (">60分", 61, 10**9)]  # fmt: skip
FOLLOWUP_OPEN_LABEL = "未关闭"
OUTCOME_LABELS = {"reached": "已联系到", "not_reached": "未联系到"}
METHOD_LABELS = {"phone": "电话", "message": "短信/微信", "in_person": "当面", "other": "其他"}


@dataclass
class PupilLine:
    name: str
    national_id: str
    marks: list[str]
    present: int
    late: int
    leave: int
    absent: int
    departures: list[str]  # per day: "17:42", "17:40自", "18:25延", ""
    collectors: str  # "母亲王芳 15次、祖父王大 3次"


@dataclass
class FollowUp:
    date: str
    name: str
    reason: str
    contacts: str
    outcome: str
    minutes: int | None  # from the alert opening to it closing


@dataclass
class LatePickup:
    date: str
    name: str
    service_end: str
    left_at: str
    adult: str
    contacts: str
    extended: bool


@dataclass
class ContentLine:
    date: str
    supervisor: str
    hours: str
    content: str


@dataclass
class ClassLedger:
    class_id: str
    name: str
    head_teacher: str
    days: list[str]
    pupils: list[PupilLine]
    followups: list[FollowUp]
    late_pickups: list[LatePickup]
    content: list[ContentLine]


@dataclass
class DutyLine:
    date: str
    weekday: str
    rostered: str
    leader: str
    on_post: str
    incidents: str
    signed_off: str


@dataclass
class TeacherHours:
    name: str
    days: int
    minutes: int


@dataclass
class DailyFigures:
    date: str
    enrolled: int
    present: int
    leave: int
    absent: int
    late_arrivals: int
    late_pickups: int
    extended: int


@dataclass
class ComplianceLine:
    day: str
    label: str
    message: str
    citation: str
    record_ref: str


@dataclass
class ManualLine:
    """A duty no record shows (需人工确认), printed for the person responsible to sign."""

    statement: str
    citation: str


@dataclass
class ComplianceSection:
    """The month's compliance check as the ledger prints it."""

    profile_name: str
    days_checked: int
    lines: list[ComplianceLine]
    manual: list[ManualLine] = field(default_factory=list)


RECORD_LABELS = {
    "alert": "缺席提醒",
    "duty_day": "带班值班记录",
    "class_supervision": "班级在岗记录",
    "class_day": "班级当日记录",
    "enrolment": "报名记录",
    "school_day": "全校当日记录",
    "pupil_day": "学生当日离校记录",
    "fee_standard": "收费标准",
    "charge": "收费记录",
    "payment": "缴费记录",
    "ledger_entry": "收支台账记录",
    "subsidy_rate": "补助标准",
}


def record_label(record_ref: str) -> str:
    """ "alert:…" -> "缺席提醒": what kind of record a violation points at, for print."""
    kind = record_ref.split(":", 1)[0]
    return RECORD_LABELS.get(kind, kind)


def compliance_section(result: Mapping[str, Any]) -> ComplianceSection:
    """From ``services.compliance.check_month``'s result."""
    return ComplianceSection(
        profile_name=str(result.get("profile_name") or result.get("profile") or ""),
        days_checked=int(result.get("days_checked") or 0),
        lines=[
            ComplianceLine(str(v.get("day") or ""), str(v["label"]), str(v["message"]),
                           str(v["citation"]), str(v.get("record_ref") or ""))
            for v in result.get("violations", [])
        ],
        manual=[ManualLine(str(m["statement"]), str(m["citation"]))
                for m in result.get("manual", [])],
    )  # fmt: skip


@dataclass
class Ledger:
    school_name: str
    county: str
    month: str
    school_days: int
    service_days_planned: int
    service_days_held: int
    participants: int
    leaders: list[tuple[str, int]]
    daily: list[DailyFigures]
    classes: list[ClassLedger]
    duty: list[DutyLine]
    teachers: list[TeacherHours]
    followup_minutes: list[int]
    audit_head: str
    as_of: str
    class_rates: list[tuple[str, float]] = field(default_factory=list)
    followups_open: int = 0
    compliance: ComplianceSection | None = None


def _contacts(pm: PupilMonth, day: str, kind: str, with_reason: bool = True) -> str:
    return "；".join(
        f"{hhmm(c.at)} {METHOD_LABELS.get(c.method or '', '')}"
        f"{c.adult_name or ''}{OUTCOME_LABELS.get(c.outcome or '', '')}"
        + (f"（{c.reason}）" if c.reason and with_reason else "")
        for c in pm.days[day].contacts
        if c.alert_kind == kind
    )


def _reason(pm: PupilMonth, day: str) -> str:
    """Why the pupil was absent: the recorded absence or leave reason, else what the guardian
    said in the absence contacts (the 原因 column; the contacts column then leaves it out)."""
    pd = pm.days[day]
    said = dict.fromkeys(c.reason for c in pd.contacts if c.alert_kind == "absence" and c.reason)
    return pd.absence_reason or pd.leave_reason or "；".join(said)


def _minutes(opened: datetime, closed: datetime | None) -> int | None:
    return None if closed is None else max(0, int((closed - opened).total_seconds() // 60))


def _departure_of(pd: PupilDay) -> str:
    """The departure grid's entry of a pupil-day: "17:42", "17:40自", "18:25延" or ""."""
    if pd.left_at is None:
        return f"{hhmm(pd.extended_at)}延" if pd.extended_at else ""
    suffix = "自" if pd.state == "self_leave" else ("延" if pd.extended_at else "")
    return f"{hhmm(pd.left_at)}{suffix}"


def _pupil_line(pm: PupilMonth, days: list[str], marks: list[str]) -> PupilLine:
    """``marks``: the pupil's marks on ``days`` (``mark``), worked out once by the caller."""
    counts = Counter(marks)
    collectors: Counter[str] = Counter()
    departures = []
    of_day = pm.days.get
    for d in days:  # the departure grid's row and who collected the pupil, in one pass
        pd = of_day(d)
        if pd is None:
            departures.append("")
            continue
        departures.append(_departure_of(pd))
        if pd.left_at is None:
            continue
        if pd.state == "self_leave":
            collectors["自行离校"] += 1
        else:
            collectors[f"{pd.adult_relation or ''}{pd.adult or '（未记录）'}"] += 1
    return PupilLine(
        name=pm.name,
        national_id=pm.national_id,
        marks=marks,
        present=counts[MARK_PRESENT] + counts[MARK_LATE],
        late=counts[MARK_LATE],
        leave=counts[MARK_LEAVE],
        absent=counts[MARK_ABSENT],
        departures=departures,
        collectors="、".join(f"{who} {n}次" for who, n in collectors.most_common()),
    )


def class_alerts(
    pupils: Sequence[PupilMonth], days: Sequence[str]
) -> tuple[list[FollowUp], list[LatePickup]]:
    """Absence follow-ups (a late arrival nobody phoned about is left out) and late pickups."""
    follow: list[FollowUp] = []
    late: list[LatePickup] = []
    for d in days:
        for pm in pupils:
            for a in pm.alerts.get(d, []):
                pd = pm.days[d]
                if a.kind == "absence":
                    if a.closed_by == "arrived" and not a.contacts:
                        continue  # a late arrival: marked 迟 in the grid
                    if a.status == "open":
                        outcome = "未联系到家长，提醒未关闭"
                    else:
                        assert a.closed_at is not None
                        label = CLOSED_BY_LABELS[a.closed_by] if a.closed_by else ""
                        outcome = f"{label} {a.closed_at.strftime('%H:%M')}"
                    follow.append(FollowUp(d, pm.name, _reason(pm, d),
                                           _contacts(pm, d, "absence", False), outcome,
                                           _minutes(a.opened_at, a.closed_at)))  # fmt: skip
                else:
                    late.append(LatePickup(d, pm.name, a.opened_at.strftime("%H:%M"),
                                           hhmm(pd.left_at), pd.adult or (
                                               "自行离校" if pd.state == "self_leave" else ""),
                                           _contacts(pm, d, "late_pickup"),
                                           pd.extended_at is not None))  # fmt: skip
    return follow, late


def _span_minutes(start: str | None, end: str | None, fallback: int) -> int:
    if not start or not end:
        return fallback
    delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    return max(0, int(delta.total_seconds() // 60))


def attendance_rate(
    pupils: Sequence[PupilMonth], marks: Mapping[str, Sequence[str]] | None = None
) -> float:
    """Days present (on time or late) over enrolled held service days; 0 when none.
    ``marks``: each pupil's marks on the held days (by pupil id), when known already."""
    enrolled = sum(len(pm.enrolled) for pm in pupils)
    if marks is not None:
        present = sum(m in _PRESENT for pm in pupils for m in marks[pm.pupil_id])
    else:
        present = sum(mark(pm, d) in _PRESENT for pm in pupils for d in pm.enrolled)
    return present / enrolled if enrolled else 0.0


_PRESENT = (MARK_PRESENT, MARK_LATE)


def followup_histogram(minutes: Sequence[int], open_count: int) -> list[tuple[str, int]]:
    """Follow-ups per speed bucket, then the ones never closed."""
    counts = [(label, sum(lo <= m <= hi for m in minutes)) for label, lo, hi in FOLLOWUP_BUCKETS]
    return [*counts, (FOLLOWUP_OPEN_LABEL, open_count)]


def short_class_name(name: str) -> str:
    """ "三年级(2)班" -> "三(2)": for chart axes where many classes share little room."""
    return re.sub(r"年级|班$", "", name)


def build_ledger(
    facts: MonthFacts,
    progress: Progress | None = None,
    compliance: ComplianceSection | None = None,
) -> Ledger:
    data = facts.input
    problem = empty_month_problem(data.month, facts.planned, facts.held)
    if problem:
        raise ValidationError(problem)
    days = [d.date for d in facts.held]
    minutes_of = {d.date: d.minutes for d in facts.held}
    held = set(days)
    sup_by_class: dict[str, dict[str, dict[str, Any]]] = {}
    for row in data.supervision:
        if row["day"] in held:
            sup_by_class.setdefault(row["class_id"], {})[row["day"]] = row
    content: dict[tuple[str, str], list[str]] = {}
    for log in data.duty_logs:
        if log["kind"] == "content" and log["class_id"]:
            content.setdefault((log["class_id"], log["day"]), []).append(log["text"])
    grouped = facts.by_class()
    # each pupil's marks on the held days, once: the grids, the rates and the daily figures
    marks = {pm.pupil_id: [mark(pm, d) for d in days] for pm in facts.pupils}
    classes: list[ClassLedger] = []
    class_rates: list[tuple[str, float]] = []
    for i, c in enumerate(data.classes, 1):
        pupils = grouped.get(c["id"], [])
        if pupils:
            lines = [_pupil_line(pm, days, marks[pm.pupil_id]) for pm in pupils]
            follow, late = class_alerts(pupils, days)
            sups = sup_by_class.get(c["id"], {})
            content_lines = []
            for d in days:
                s = sups.get(d)
                name = str(s["staff_name"]) if s else (c.get("head_teacher") or "")
                mins = _span_minutes(s["start_at"] if s else None, s["end_at"] if s else None,
                                     minutes_of[d])  # fmt: skip
                span = (f"{hhmm(s['start_at'])}–{hhmm(s['end_at'])}"
                        if s and s["start_at"] and s["end_at"] else f"{mins} 分钟")  # fmt: skip
                content_lines.append(
                    ContentLine(d, name, span, "；".join(content.get((c["id"], d), [])))
                )
            classes.append(ClassLedger(c["id"], c["name"], c.get("head_teacher") or "", days,
                                       lines, follow, late, content_lines))  # fmt: skip
            class_rates.append((c["name"], attendance_rate(pupils, marks)))
        if progress:
            progress(i, len(data.classes))
    leaders = Counter(r["leader_name"] for r in data.roster)
    follow_minutes = [f.minutes for c in classes for f in c.followups if f.minutes is not None]
    return Ledger(
        school_name=str(data.school.get("name", "")),
        county=str(data.school.get("county", "")),
        month=data.month,
        school_days=sum(1 for d in data.days if d.school_day),
        service_days_planned=len(facts.planned),
        service_days_held=len(days),
        participants=len(facts.pupils),
        leaders=sorted(leaders.items(), key=lambda kv: (-kv[1], kv[0])),
        daily=daily_figures(facts, marks),
        classes=classes,
        duty=duty_lines(facts),
        teachers=teacher_hours(facts),
        followup_minutes=follow_minutes,
        audit_head=data.audit_head,
        as_of=data.as_of,
        class_rates=class_rates,
        followups_open=sum(1 for c in classes for f in c.followups if f.minutes is None),
        compliance=compliance,
    )


def daily_figures(
    facts: MonthFacts, marks: Mapping[str, Sequence[str]] | None = None
) -> list[DailyFigures]:
    """Each held day's counts. ``marks``: each pupil's marks on the held days (by pupil id),
    when known already."""
    days = [d.date for d in facts.held]
    result = [DailyFigures(day, 0, 0, 0, 0, 0, 0, 0) for day in days]
    for pm in facts.pupils:
        row = marks[pm.pupil_id] if marks is not None else [mark(pm, d) for d in days]
        for f, day, m in zip(result, days, row, strict=True):
            if m == MARK_NOT_ENROLLED:  # (the mark of a day not enrolled, and only of one)
                continue
            f.enrolled += 1
            f.present += m in _PRESENT
            f.late_arrivals += m == MARK_LATE
            f.leave += m == MARK_LEAVE
            f.absent += m == MARK_ABSENT
            f.extended += pm.days[day].extended_at is not None
            f.late_pickups += any(a.kind == "late_pickup" for a in pm.alerts.get(day, ()))
    return result


def duty_lines(facts: MonthFacts) -> list[DutyLine]:
    data = facts.input
    roster = {r["day"]: r["leader_name"] for r in data.roster}
    duty = {r["day"]: r for r in data.duty_days}
    incidents: dict[str, list[str]] = {}
    for log in data.duty_logs:
        if log["kind"] in ("incident", "note") and not log["class_id"]:
            prefix = "" if log["kind"] == "incident" else "备注："
            incidents.setdefault(log["day"], []).append(prefix + log["text"])
    lines = []
    for d in facts.held:
        row = duty.get(d.date) or {}
        signed = ""
        if row.get("signed_off_at"):
            who = row.get("signed_off_name") or row.get("signed_off_by") or ""  # name, not log-in
            signed = f"{hhmm(row['signed_off_at'])} {who}".strip()
            if row.get("sign_off_reason"):
                signed += f"（{row['sign_off_reason']}）"
        lines.append(DutyLine(
            date=d.date, weekday=f"星期{WEEKDAY_LABELS[date.fromisoformat(d.date).weekday()]}",
            rostered=roster.get(d.date) or "", leader=row.get("leader_name") or "",
            on_post=hhmm(row.get("on_post_at")), incidents="；".join(incidents.get(d.date, []))
            or "无", signed_off=signed or "未签结",
        ))  # fmt: skip
    return lines


def teacher_hours(facts: MonthFacts) -> list[TeacherHours]:
    """Everyone who served in the month (month_facts.staff_served: class supervisors and duty
    leaders on post, the direct report's definition too), most hours first."""
    served = staff_served(facts.input, facts.held).values()
    return [
        TeacherHours(s.name, len(s.days), s.minutes)
        for s in sorted(served, key=lambda s: (-s.minutes, s.name))
    ]


def median_minutes(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None
