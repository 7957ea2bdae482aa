"""The duty leader (带班领导): roster, on post, the live board, the duty log, the supervising
teacher per class, and signing the day off."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from after_school_desk.domain.alerts import ALERT_LABELS, AlertStatus
from after_school_desk.domain.attendance import FINAL_STATES, STATE_LABELS, derived_id
from after_school_desk.domain.calendar import WEEKDAY_LABELS
from after_school_desk.domain.duty_rotation import DUTY_LOG_LABELS, DutyLogKind, rotate
from after_school_desk.domain.people import StaffRole
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.classes import find_class
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import (
    at_time,
    check_class,
    day_of,
    instant,
    iso_at,
    require_service_day,
    service_days,
    staff_on_duty,
)
from after_school_desk.services.base.money_common import month_of
from after_school_desk.services.daily.answers import (
    ClassSupervisor,
    DutyDayRecord,
    DutyLeader,
    DutyLogRecord,
    DutySummary,
    RosterAssigned,
    RosterCounts,
    RosterDay,
    RosterEntry,
    RosterGenerated,
    RosterRecord,
    SignedOff,
    SupervisionRange,
    SupervisionRecord,
    SupervisorCandidate,
    TermSpan,
    UnavailableSet,
    duty_day_record,
)
from after_school_desk.services.daily.event_log import DayData, load_day
from after_school_desk.services.school.answers import StaffRow
from after_school_desk.services.school.staff import find_staff, list_staff
from after_school_desk.store import duty_store, rows, school_store
from after_school_desk.store.ids import new_id

# DutyLogKind -> its label; typed by str for the faces, which look up what a person typed
LOG_KINDS: dict[str, str] = {k: v for k, v in DUTY_LOG_LABELS.items()}


def _leader(ctx: ServiceContext, key: str) -> StaffRow:
    member = find_staff(ctx, key)
    if member["role"] not in (StaffRole.DUTY_LEADER, StaffRole.PRINCIPAL):
        raise ValidationError(t("{name} 不是带班领导或校长，不能安排值班。", name=member["name"]))
    return member


# --- roster ----------------------------------------------------------------------------


def set_unavailable(ctx: ServiceContext, leader_key: str, weekdays: set[int]) -> UnavailableSet:
    ctx.require(Action.MANAGE_ROSTER_DUTY)
    bad = [wd for wd in weekdays if not 1 <= wd <= 7]
    if bad:
        raise ValidationError(t("星期应为 1（星期一）到 7（星期日），收到 {bad}。", bad=bad))
    member = _leader(ctx, leader_key)
    with ctx.write() as conn:
        duty_store.replace_unavailable(conn, member["id"], set(weekdays), ctx.device_id,
                                       [new_id() for _ in weekdays])  # fmt: skip
        ctx.audit(conn, "duty.unavailable", "staff", member["id"], None,
                  {"weekdays": sorted(weekdays)})  # fmt: skip
    return {"staff_id": member["id"], "weekdays": sorted(weekdays)}


def generate_roster(
    ctx: ServiceContext, start: str | date, end: str | date, keep_manual: bool = True
) -> RosterGenerated:
    """A fair rotation over the service days in [start, end]; hand-made days stay as they are."""
    ctx.require(Action.MANAGE_ROSTER_DUTY)
    d0, d1 = day_of(ctx, start), day_of(ctx, end)
    if d1 < d0:
        raise ValidationError(t("结束日期 {end} 早于开始日期 {start}。", end=d1, start=d0))
    with ctx.write() as conn:
        leaders = duty_store.leaders(conn)
        if not leaders:
            raise ValidationError(t("学校还没有带班领导（staff add 姓名 --role duty_leader）。"))
        days = [s.day for s in service_days(conn, d0, d1) if s.service]
        fixed = {
            date.fromisoformat(r["day"]): r["staff_id"]
            for r in duty_store.roster(conn, d0.isoformat(), d1.isoformat())
            if keep_manual and r["source"] != "generated"
        }
        ids = [m["id"] for m in leaders]
        result = rotate(days, ids, duty_store.unavailable(conn), fixed)
        duty_store.delete_generated(conn, d0.isoformat(), d1.isoformat())
        now = ctx.now_iso()
        for day, staff_id in sorted(result.assignments.items()):
            if day in fixed:
                continue
            duty_store.set_roster(conn, {"id": derived_id("duty_roster", day.isoformat()),
                                         "day": day.isoformat(), "staff_id": staff_id,
                                         "source": "generated", "updated_at": now,
                                         "device_id": ctx.device_id})  # fmt: skip
        names = {m["id"]: m["name"] for m in leaders}
        counts = {names[k]: v for k, v in result.counts(ids).items()}
        ctx.audit(conn, "duty.generate", "duty_roster", None, None,
                  {"from": d0.isoformat(), "to": d1.isoformat(), "counts": counts})  # fmt: skip
    return {"days": len(days), "counts": counts,
            "unassigned": [d.isoformat() for d in result.unassigned]}  # fmt: skip


def assign(ctx: ServiceContext, day: str | date, leader_key: str) -> RosterAssigned:
    ctx.require(Action.MANAGE_ROSTER_DUTY)
    d = day_of(ctx, day)
    member = _leader(ctx, leader_key)
    with ctx.write() as conn:
        require_service_day(conn, d)
        before = duty_store.roster_day(conn, d.isoformat())
        row: RosterRecord = {"id": derived_id("duty_roster", d.isoformat()), "day": d.isoformat(),
               "staff_id": member["id"], "source": "manual", "updated_at": ctx.now_iso(),
               "device_id": ctx.device_id}  # fmt: skip
        duty_store.set_roster(conn, row)
        ctx.audit(conn, "duty.assign", "duty_roster", row["id"], before, row)
    return {**row, "leader_name": member["name"]}


def swap(ctx: ServiceContext, day1: str | date, day2: str | date) -> None:
    ctx.require(Action.MANAGE_ROSTER_DUTY)
    a, b = day_of(ctx, day1).isoformat(), day_of(ctx, day2).isoformat()
    with ctx.write() as conn:
        ra, rb = duty_store.roster_day(conn, a), duty_store.roster_day(conn, b)
        if ra is None or rb is None:
            missing = a if ra is None else b
            raise ValidationError(t("{day} 还没有安排带班领导，无法对调。", day=missing))
        now = ctx.now_iso()
        for row, other in ((ra, rb), (rb, ra)):
            duty_store.set_roster(conn, {"id": row["id"], "day": row["day"],
                                         "staff_id": other["staff_id"], "source": "swap",
                                         "updated_at": now, "device_id": ctx.device_id})  # fmt: skip
        ctx.audit(conn, "duty.swap", "duty_roster", None, {"a": dict(ra), "b": dict(rb)}, None)


def roster(
    ctx: ServiceContext, month: str | None = None, start: str | None = None, end: str | None = None
) -> list[RosterEntry]:
    """The roster for a month (YYYY-MM) or a date range, for the notice board."""
    if month:
        first, last = month_of(month)[1:]
        start, end = first.isoformat(), last.isoformat()
    start = start or "0000-01-01"
    end = end or "9999-12-31"
    return [
        {"date": r["day"], "weekday": f"星期{WEEKDAY_LABELS[date.fromisoformat(r['day']).weekday()]}",
         "leader": r["leader_name"], "staff_id": r["staff_id"], "source": r["source"]}
        for r in duty_store.roster(ctx.store.conn, start, end)
    ]  # fmt: skip


# --- the day ---------------------------------------------------------------------------


def _duty_day_row(conn: sqlite3.Connection, ctx: ServiceContext, day: str) -> DutyDayRecord:
    row = duty_store.duty_day(conn, day)
    if row:
        return duty_day_record(row)
    rostered = duty_store.roster_day(conn, day)
    return {"id": derived_id("duty_day", day), "day": day,
            "leader_staff_id": rostered["staff_id"] if rostered else None, "on_post_at": None,
            "signed_off_at": None, "signed_off_by": None, "sign_off_reason": "",
            "device_id": ctx.device_id}  # fmt: skip


def confirm_on_post(
    ctx: ServiceContext, day: str | date | None = None, at: str | datetime | None = None,
    leader_key: str | None = None,
) -> DutyDayRecord:  # fmt: skip
    """The duty leader is on post (the time is recorded)."""
    ctx.require(Action.DUTY)
    when = instant(ctx, at)
    d = day_of(ctx, day) if day else when.date()
    with ctx.write() as conn:
        require_service_day(conn, d)
        row = _duty_day_row(conn, ctx, d.isoformat())
        leader = (
            _leader(ctx, leader_key)["id"] if leader_key
            else ctx.actor.staff_id or row["leader_staff_id"]
        )  # fmt: skip
        if leader is None:
            raise ValidationError(t("{day} 没有排班的带班领导，请指定是谁在岗。", day=d))
        row.update({"leader_staff_id": leader, "on_post_at": iso_at(when),
                    "device_id": ctx.device_id})  # fmt: skip
        duty_store.upsert_duty_day(conn, row)
        ctx.audit(conn, "duty.on_post", "duty_day", row["id"], None, row)
    return row


def add_log(
    ctx: ServiceContext,
    text: str,
    day: str | date | None = None,
    class_id: str | None = None,
    kind: str = DutyLogKind.CONTENT,
) -> DutyLogRecord:
    """A duty-log entry: the content of a class's service (homework, clubs), an incident, a note."""
    if kind not in LOG_KINDS:
        raise ValidationError(
            t("记录类型“{kind}”无效，可选：{choices}。", kind=kind, choices=", ".join(LOG_KINDS))
        )
    if not text.strip():
        raise ValidationError(t("值班记录的内容不能为空。"))
    d = day_of(ctx, day)
    if class_id:
        ctx.require(Action.ATTENDANCE)
    else:
        ctx.require(Action.DUTY)
    with ctx.write() as conn:
        if class_id:
            check_class(ctx, conn, class_id, d.isoformat())
        row: DutyLogRecord = {"id": new_id(), "day": d.isoformat(), "class_id": class_id,
               "kind": DutyLogKind(kind),
               "text": text.strip(), "at": ctx.now_iso(), "actor": ctx.actor.login,
               "device_id": ctx.device_id}  # fmt: skip
        rows.insert(conn, "duty_log", row)
    return row


def set_supervisor(
    ctx: ServiceContext,
    class_id: str,
    day: str | date | None = None,
    staff_key: str | None = None,
    start_at: str | datetime | None = None,
    end_at: str | datetime | None = None,
) -> SupervisionRecord:
    """The class's supervising teacher that day (default: its head teacher), with on-post times."""
    d = day_of(ctx, day)
    ctx.require(Action.DUTY if staff_key else Action.ATTENDANCE)
    with ctx.write() as conn:
        check_class(ctx, conn, class_id, d.isoformat())
        existing = duty_store.supervision_of(conn, d.isoformat(), class_id)
        staff_id: str | None
        if staff_key:
            staff_id = find_staff(ctx, staff_key)["id"]
        elif existing:
            staff_id = existing["staff_id"]
        else:
            staff_id = staff_on_duty(conn, class_id, d.isoformat()) or ctx.actor.staff_id
        if not staff_id:
            raise ValidationError(t("这个班没有班主任，请指定管理老师。"))
        row: SupervisionRecord = {"id": derived_id("class_supervision", class_id, d.isoformat()),
               "day": d.isoformat(), "class_id": class_id, "staff_id": staff_id,
               "start_at": iso_at(instant(ctx, start_at)) if start_at else (
                   existing["start_at"] if existing else None),
               "end_at": iso_at(instant(ctx, end_at)) if end_at else (
                   existing["end_at"] if existing else None),
               "device_id": ctx.device_id}  # fmt: skip
        duty_store.upsert_supervision(conn, row)
        ctx.audit(conn, "duty.supervisor", "class_supervision", row["id"], existing, row)
    return row


def duty_summary(ctx: ServiceContext, day: str | date | None = None) -> DutySummary:
    d = day_of(ctx, day).isoformat()
    conn = ctx.store.conn
    row = duty_store.duty_day(conn, d)
    rostered = duty_store.roster_day(conn, d)
    return {
        "date": d,
        "rostered_leader": rostered["leader_name"] if rostered else None,
        "leader": row["leader_name"] if row else None,
        "on_post_at": row["on_post_at"] if row else None,
        "signed_off_at": row["signed_off_at"] if row else None,
        "signed_off_by": row["signed_off_by"] if row else None,
        "sign_off_reason": row["sign_off_reason"] if row else "",
        "log": [{"at": r["at"], "class": r["class_name"], "kind": r["kind"], "text": r["text"]}
                for r in duty_store.duty_log(conn, d)],
        "supervision": [{"class_id": r["class_id"], "staff": r["staff_name"],
                         "start_at": r["start_at"], "end_at": r["end_at"]}
                        for r in duty_store.supervision(conn, d)],
    }  # fmt: skip


def sign_off_problems(ctx: ServiceContext, day: str | date | None = None) -> list[str]:
    """Why the day cannot be signed off yet: pupils not accounted for and open alerts."""
    return problems_of_day(load_day(ctx, day))


def problems_of_day(data: DayData) -> list[str]:
    problems = []
    for p in data.pupils:
        pd = data.states[p["pupil_id"]]
        label = f"{p['class_name']} {p['name']}（{p['national_id']}）"
        if pd.state not in FINAL_STATES:
            problems.append(
                t("{who}：{state}，尚未离校或登记去向", who=label, state=STATE_LABELS[pd.state])
            )
        for a in data.alerts.get(p["pupil_id"], []):
            if a.status == AlertStatus.OPEN:
                kind = ALERT_LABELS[a.kind]
                problems.append(
                    t("{who}：{kind}提醒未关闭（尚未联系到家长）", who=label, kind=kind)
                )
    return problems


def sign_off(ctx: ServiceContext, day: str | date | None = None, reason: str = "") -> SignedOff:
    """Sign the day off: only when every pupil is accounted for and no alert is open, unless
    the duty leader writes why."""
    ctx.require(Action.SIGN_OFF_DAY)
    d = day_of(ctx, day)
    with ctx.write() as conn:
        require_service_day(conn, d)
        row = _duty_day_row(conn, ctx, d.isoformat())
        if row["signed_off_at"]:
            raise ValidationError(
                t("{day} 已于 {time} 签结，无需重复签结。", day=d, time=row["signed_off_at"][11:16])
            )
        problems = sign_off_problems(ctx, d)
        if problems and not reason.strip():
            raise ValidationError(
                t(
                    "{day} 还不能签结（{n} 项未处理）；处理完毕，或由带班领导写明原因后签结：",
                    day=d,
                    n=len(problems),
                ),
                problems,
            )
        row.update({"signed_off_at": ctx.now_iso(), "signed_off_by": ctx.actor.login,
                    "sign_off_reason": reason.strip(), "device_id": ctx.device_id})  # fmt: skip
        if row["leader_staff_id"] is None:
            row["leader_staff_id"] = ctx.actor.staff_id
        duty_store.upsert_duty_day(conn, row)
        ctx.audit(conn, "duty.sign_off", "duty_day", row["id"], None,
                  {**row, "open_items": problems})  # fmt: skip
    return {**row, "open_items": problems}


def class_id_of(ctx: ServiceContext, class_name: str) -> str:
    return str(find_class(ctx, class_name)["id"])


def service_times(ctx: ServiceContext, day: date) -> tuple[datetime, datetime] | None:
    """The service window of ``day`` as instants (None on a non-service day)."""
    status = service_days(ctx.store.conn, day, day)[0]
    if not status.window:
        return None
    return at_time(day, status.window.start), at_time(day, status.window.end)


def supervised_class_ids(ctx: ServiceContext, day: str | date | None = None) -> set[str]:
    """Classes the acting staff member supervises on ``day`` (专任管理老师 for that day)."""
    if ctx.actor.staff_id is None:
        return set()
    d = day_of(ctx, day).isoformat()
    return {
        str(r["class_id"])
        for r in duty_store.supervision(ctx.store.conn, d)
        if r["staff_id"] == ctx.actor.staff_id
    }


# --- the roster screen -----------------------------------------------------------------

SUPERVISOR_ROLES = (StaffRole.TEACHER, StaffRole.DUTY_LEADER, StaffRole.PRINCIPAL)
MAX_SUPERVISION_DAYS = 400


def roster_month(ctx: ServiceContext, month: str) -> list[RosterDay]:
    """Every date of a month (YYYY-MM): whether it is a service day and who has duty."""
    first, last = month_of(month)[1:]
    conn = ctx.store.conn
    rostered = {r["day"]: r for r in duty_store.roster(conn, first.isoformat(), last.isoformat())}
    result: list[RosterDay] = []
    for status in service_days(conn, first, last):
        day = status.day.isoformat()
        r = rostered.get(day)
        result.append(
            {
                "date": day,
                "weekday": status.day.isoweekday(),
                "service": status.service,
                "reason": status.reason,
                "note": ""
                if status.service
                else status.reason.partition("：")[2].partition("（")[0],
                "staff_id": r["staff_id"] if r else None,
                "leader": r["leader_name"] if r else None,
                "source": r["source"] if r else None,
            }
        )
    return result


def duty_leaders(ctx: ServiceContext) -> list[DutyLeader]:
    """Who may take duty days (duty leaders, then the principal) and their unavailable weekdays."""
    conn = ctx.store.conn
    blocked = duty_store.unavailable(conn)
    return [
        {"staff_id": m["id"], "name": m["name"], "role": m["role"],
         "unavailable": sorted(blocked.get(m["id"], set()))}
        for m in duty_store.leaders(conn)
    ]  # fmt: skip


def roster_term(ctx: ServiceContext, day: str | date | None = None) -> TermSpan | None:
    """The term around ``day`` (default today), else the next one; None when there is none."""
    d = day_of(ctx, day).isoformat()
    terms = school_store.terms(ctx.store.conn)
    found = next((t for t in terms if t["start_date"] <= d <= t["end_date"]), None)
    found = found or next((t for t in terms if t["start_date"] > d), None)
    if found is None:
        return None
    return {"name": found["name"], "start": found["start_date"], "end": found["end_date"]}


def roster_counts(ctx: ServiceContext, start: str | date, end: str | date) -> RosterCounts:
    """How many days in [start, end] already have a leader: generated, and set by hand (kept)."""
    d0, d1 = day_of(ctx, start), day_of(ctx, end)
    existing = duty_store.roster(ctx.store.conn, d0.isoformat(), d1.isoformat())
    generated = sum(r["source"] == "generated" for r in existing)
    return {"generated": generated, "manual": len(existing) - generated}


def supervisor_candidates(ctx: ServiceContext) -> list[SupervisorCandidate]:
    """Staff who may supervise a class (teachers, duty leaders, the principal), by name."""
    staff = [m for m in list_staff(ctx) if m["role"] in SUPERVISOR_ROLES]
    return [
        {"staff_id": m["id"], "name": m["name"], "role": m["role"]}
        for m in sorted(
            staff, key=lambda m: (SUPERVISOR_ROLES.index(StaffRole(m["role"])), m["name"])
        )
    ]


def class_supervisors(ctx: ServiceContext, day: str | date | None = None) -> list[ClassSupervisor]:
    """Each class's supervising teacher on ``day``: the one set for the day, else the head
    teacher (``is_default``)."""
    d = day_of(ctx, day).isoformat()
    conn = ctx.store.conn
    set_for_day = {r["class_id"]: r for r in duty_store.supervision(conn, d)}
    result: list[ClassSupervisor] = []
    for c in school_store.classes(conn):
        sup = set_for_day.get(c["id"])
        result.append(
            {
                "class_id": c["id"],
                "class": c["name"],
                "date": d,
                "head_teacher_id": c["head_teacher_id"],
                "head_teacher": c["head_teacher"],
                "staff_id": sup["staff_id"] if sup else c["head_teacher_id"],
                "staff": sup["staff_name"] if sup else c["head_teacher"],
                "is_default": sup is None,
            }
        )
    return result


def set_supervisor_range(
    ctx: ServiceContext,
    class_id: str,
    start: str | date,
    end: str | date,
    staff_key: str | None = None,
) -> SupervisionRange:
    """The class's supervising teacher on every service day in [start, end]; without
    ``staff_key`` the class's head teacher. On-post times already recorded are kept."""
    ctx.require(Action.MANAGE_ROSTER_DUTY)
    d0, d1 = day_of(ctx, start), day_of(ctx, end)
    if d1 < d0:
        raise ValidationError(t("结束日期 {end} 早于开始日期 {start}。", end=d1, start=d0))
    if (d1 - d0).days >= MAX_SUPERVISION_DAYS:
        raise ValidationError(t("一次最多安排 {n} 天，请缩小日期范围。", n=MAX_SUPERVISION_DAYS))
    with ctx.write() as conn:
        cls = rows.get(conn, "class", class_id)
        if cls is None:
            raise ValidationError(t("找不到班级“{name}”。", name=class_id))
        if staff_key:
            member = find_staff(ctx, staff_key)
            if member["role"] not in SUPERVISOR_ROLES:
                raise ValidationError(
                    t("{name} 是外聘人员，不能担任班级管理老师。", name=member["name"])
                )
        elif cls["head_teacher_id"]:
            member = find_staff(ctx, cls["head_teacher_id"])
        else:
            raise ValidationError(t("{name} 没有班主任，请指定管理老师。", name=cls["name"]))
        days = [s.day.isoformat() for s in service_days(conn, d0, d1) if s.service]
        if not days:
            raise ValidationError(
                t("{start} 至 {end} 没有课后服务日，无需安排管理老师。", start=d0, end=d1)
            )
        for day in days:
            existing = duty_store.supervision_of(conn, day, class_id)
            duty_store.upsert_supervision(conn, {
                "id": derived_id("class_supervision", class_id, day), "day": day,
                "class_id": class_id, "staff_id": member["id"],
                "start_at": existing["start_at"] if existing else None,
                "end_at": existing["end_at"] if existing else None,
                "device_id": ctx.device_id,
            })  # fmt: skip
        ctx.audit(conn, "duty.supervisor_range", "class", class_id, None,
                  {"from": d0.isoformat(), "to": d1.isoformat(), "staff_id": member["id"],
                   "days": len(days)})  # fmt: skip
    return {"class": cls["name"], "staff_id": member["id"], "staff": member["name"],
            "days": len(days), "from": d0.isoformat(), "to": d1.isoformat()}  # fmt: skip
