"""Months (or years) of realistic daily history for the demo school, written in bulk.

Plays every service day in [start, end]: the duty leader on post, sign-ins (a few absences,
leaves and late arrivals), contacts that close the alerts, handovers to listed adults (some
older pupils leave alone with permission, a few late pickups and extended care), the duty
log and the day's sign-off. It bypasses the per-event service calls for speed but builds its
rows with the same row builders the services use (event_log.event_row,
enrolment.enrolment_row), a few days per transaction.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.attendance import derived_id
from app.domain.calendar import DayStatus
from app.domain.enrolment import EnrolmentStatus, ServiceMode
from app.services.base.context import ServiceContext
from app.services.base.daily_common import at_time, iso_at, service_days, setting
from app.services.care import archive
from app.services.daily import duty as duty_service
from app.services.daily.event_log import event_row
from app.services.school.answers import EnrolmentRow
from app.services.school.enrolment import enrolment_row
from app.store import daily_store, duty_store, people_store, school_store

Progress = Callable[[int, int], None]
DAYS_PER_TRANSACTION = 10
CONTENT = [
    "作业辅导：完成当天书面作业，老师个别答疑",
    "作业辅导后开展阅读活动",
    "作业辅导；社团活动：书法",
    "作业辅导；社团活动：篮球",
    "作业辅导；社团活动：合唱",
    "作业辅导；社团活动：剪纸",
    "作业辅导；户外体育活动（跳绳、踢毽子）",
    "作业辅导；科普小实验",
]
INCIDENTS = [
    "一名学生课间擦伤膝盖，已消毒处理并告知家长",
    "下雨，改在教室内活动",
    "停电约二十分钟，学生在教室内阅读，秩序良好",
    "一名学生身体不适，已联系家长提前接回",
]
LEAVE_REASONS = ["病假", "事假：随家长外出", "病假：感冒发烧", "事假：家中有事"]
ABSENCE_REASONS = ["生病在家", "家长提前接走未告知", "随家长外出", "在亲戚家"]


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def fill_history(
    ctx: ServiceContext, start: date, end: date, seed: int, progress: Progress | None = None
) -> int:
    """Play every service day in [start, end]; returns the number of days played."""
    if end < start:
        return 0
    rng = random.Random(seed * 7919 + 17)
    new_id = _Ids(rng)
    conn = ctx.store.conn
    days = [s for s in service_days(conn, start, end) if s.service and s.window]
    if not days:
        return 0
    pupils = people_store.pupils(conn)
    adults = people_store.all_adults(conn)
    classes = {c["id"]: c for c in school_store.classes(conn)}
    logins = {u["staff_id"]: u["login"] for u in people_store.users(conn) if u["staff_id"]}
    reviewers = {cid: logins.get(c["head_teacher_id"] or "", "") for cid, c in classes.items()}
    enrolled = _enrol(ctx, rng, new_id, pupils, adults, start, end, reviewers)
    if duty_store.leaders(conn):
        duty_service.generate_roster(ctx, start, end)
    window_minutes = setting(conn, "signin_window_minutes")
    played = 0
    for chunk in _chunks(days):
        # as the program does at each day's start-up: months finished long enough ago are sealed
        archive.seal_due(ctx, chunk[0].day)
        with ctx.write() as wconn:
            for status in chunk:
                rows_ = _play_day(ctx, rng, new_id, status, window_minutes, pupils, adults,
                                  classes, logins, enrolled)  # fmt: skip
                daily_store.insert_events(wconn, rows_["events"])
                for table in ("duty_day", "duty_log", "class_supervision"):
                    daily_store.insert_many(wconn, table, rows_[table])
            ctx.audit(wconn, "demo.history", "attendance_event", None, None,
                      {"from": chunk[0].day.isoformat(), "to": chunk[-1].day.isoformat()})  # fmt: skip
        played += len(chunk)
        if progress:
            progress(played, len(days))
    archive.seal_due(ctx, end + timedelta(days=1))
    return len(days)


def _chunks(days: list[DayStatus]) -> list[list[DayStatus]]:
    """Runs of at most DAYS_PER_TRANSACTION days that share the sealing cut-off, so sealing
    before each run happens on the same days as daily start-ups would do it."""
    chunks: list[list[DayStatus]] = []
    for status in days:
        last = chunks[-1] if chunks else None
        if (
            last is not None
            and len(last) < DAYS_PER_TRANSACTION
            and archive.cutoff(last[0].day) == archive.cutoff(status.day)
        ):
            last.append(status)
        else:
            chunks.append([status])
    return chunks


def _enrol(
    ctx: ServiceContext,
    rng: random.Random,
    new_id: _Ids,
    pupils: list[dict[str, Any]],
    adults: dict[str, list[dict[str, Any]]],
    start: date,
    end: date,
    reviewers: dict[str, str],
) -> dict[str, set[str]]:
    """~85% of pupils enrolled from each term's start (filed, reviewed by the class's head
    teacher, approved, agreement signed); older pupils' self-leave permissions.

    Returns term id → enrolled pupil ids."""
    conn = ctx.store.conn
    result: dict[str, set[str]] = {}
    enrolments: list[EnrolmentRow] = []
    permits: list[dict[str, Any]] = []
    for term in school_store.terms(conn):
        t0, t1 = date.fromisoformat(term["start_date"]), date.fromisoformat(term["end_date"])
        if t1 < start or t0 > end:
            continue
        ids: set[str] = set()
        for p in pupils:
            existing = daily_store.enrolments_of(conn, p["id"], term["id"])
            if existing:
                counted = (EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN)
                if any(e["status"] in counted for e in existing):
                    ids.add(p["id"])
                continue
            if rng.random() >= 0.85:
                continue
            guardians = adults.get(p["id"], [])
            signer = guardians[0]["name"] if guardians else ""
            row = enrolment_row(ctx, p["id"], term["id"], t0, mode=ServiceMode.BASIC, applied_by=signer,
                                applied_on=t0 - timedelta(days=7), approve=True,
                                agreement_by=signer or None,
                                now=iso_at(at_time(t0 - timedelta(days=3), "10:00")))  # fmt: skip
            row["id"] = new_id()
            row["reviewed_at"] = iso_at(at_time(t0 - timedelta(days=5), "16:00"))
            row["reviewed_by"] = reviewers.get(p["class_id"]) or ctx.actor.login
            enrolments.append(row)
            ids.add(p["id"])
            if p["grade_level"] >= 4 and rng.random() < 0.3 and signer:
                permits.append({"id": new_id(), "pupil_id": p["id"], "signed_on": t0.isoformat(),
                                "signed_by": signer, "revoked_on": None, "note": "",
                                "created_at": row["created_at"], "actor": ctx.actor.login,
                                "device_id": ctx.device_id})  # fmt: skip
        result[term["id"]] = ids
    with ctx.write() as wconn:
        daily_store.insert_many(wconn, "enrolment", enrolments)
        daily_store.insert_many(wconn, "self_leave_permission", permits)
        ctx.audit(wconn, "demo.enrol", "enrolment", None, None,
                  {"enrolments": len(enrolments), "self_leave_permissions": len(permits)})  # fmt: skip
    return result


def _play_day(
    ctx: ServiceContext,
    rng: random.Random,
    new_id: _Ids,
    status: DayStatus,
    window_minutes: int,
    pupils: list[dict[str, Any]],
    adults: dict[str, list[dict[str, Any]]],
    classes: dict[str, dict[str, Any]],
    logins: dict[str, str],
    enrolled: dict[str, set[str]],
) -> dict[str, list[dict[str, Any]]]:
    assert status.window is not None
    day = status.day
    iso_day = day.isoformat()
    conn = ctx.store.conn
    term = school_store.term_on(conn, iso_day)
    members = enrolled.get(term["id"], set()) if term else set()
    permitted = daily_store.permissions_on(conn, iso_day)
    begin = at_time(day, status.window.start)
    close = begin + timedelta(minutes=window_minutes)
    finish = at_time(day, status.window.end)
    out: dict[str, list[dict[str, Any]]] = {
        "events": [], "duty_day": [], "duty_log": [], "class_supervision": []
    }  # fmt: skip

    def when(base: datetime, lo: int, hi: int) -> str:
        return iso_at(base + timedelta(minutes=rng.randint(lo, hi)))

    def add(p: dict[str, Any], kind: str, at: str, **payload: Any) -> None:
        teacher = classes[p["class_id"]]["head_teacher_id"]
        out["events"].append(event_row(
            pupil_id=p["id"], class_id=p["class_id"], day=iso_day, kind=kind,
            at=at, recorded_at=at, actor=logins.get(teacher, ctx.actor.login),
            device_id=ctx.device_id, **{"staff_id": teacher, **payload}))  # fmt: skip

    def contact(p: dict[str, Any], kind: str, at: str, reached: bool, reason: str = "") -> None:
        guardian = (adults.get(p["id"]) or [{}])[0]
        add(p, "contacted", at, alert_kind=kind, outcome="reached" if reached else "not_reached",
            method="phone", reason=reason, adult_id=guardian.get("id"),
            adult_name=guardian.get("name"), adult_relation=guardian.get("relation"),
            adult_phone=guardian.get("phone"))  # fmt: skip

    for p in pupils:
        if p["id"] not in members:
            continue
        roll = rng.random()
        if roll < 0.02:
            add(p, "leave", iso_at(at_time(day, "07:50")), reason=rng.choice(LEAVE_REASONS),
                leave_from=iso_day, leave_to=iso_day)  # fmt: skip
            continue
        if roll < 0.035:
            add(p, "marked_absent", iso_at(close), reason="")
            if rng.random() < 0.3:
                contact(p, "absence", when(close, 2, 8), False)
            contact(p, "absence", when(close, 10, 25), True, rng.choice(ABSENCE_REASONS))
            continue
        late = roll < 0.05
        signed = when(close, 3, 30) if late else when(begin, -5, 10)
        add(p, "signed_in", signed)
        pickups = [a for a in adults.get(p["id"], []) if a["can_pickup"]]
        way = rng.random()
        if p["id"] in permitted and way < 0.6:
            add(p, "self_leave", when(finish, -10, 0), note="自行离校同意书")
        elif way < 0.975 and pickups:
            a = rng.choice(pickups)
            add(p, "handed_over", when(finish, -25, 0), adult_id=a["id"], adult_name=a["name"],
                adult_relation=a["relation"], adult_phone=a["phone"])  # fmt: skip
        elif pickups:
            a = rng.choice(pickups)
            contact(p, "late_pickup", when(finish, 3, 8), True, "家长在路上")
            kind = "handed_over"
            if rng.random() < 0.4:
                add(p, "extended_care", iso_at(finish + timedelta(minutes=10)))
                kind = "extended_handover"
            add(p, kind, when(finish, 15, 35), adult_id=a["id"], adult_name=a["name"],
                adult_relation=a["relation"], adult_phone=a["phone"])  # fmt: skip
    _duty_rows(ctx, rng, new_id, iso_day, begin, finish, classes, out, logins)
    return out


def _duty_rows(
    ctx: ServiceContext,
    rng: random.Random,
    new_id: _Ids,
    iso_day: str,
    begin: datetime,
    finish: datetime,
    classes: dict[str, dict[str, Any]],
    out: dict[str, list[dict[str, Any]]],
    logins: dict[str, str],
) -> None:
    conn = ctx.store.conn
    rostered = duty_store.roster_day(conn, iso_day)
    leader = rostered["staff_id"] if rostered else None
    leader_login = logins.get(leader or "", ctx.actor.login)
    for cid, c in classes.items():
        if c["head_teacher_id"]:
            out["class_supervision"].append({
                "id": derived_id("class_supervision", cid, iso_day), "day": iso_day,
                "class_id": cid, "staff_id": c["head_teacher_id"], "start_at": iso_at(begin),
                "end_at": iso_at(finish), "device_id": ctx.device_id})  # fmt: skip
        out["duty_log"].append({
            "id": new_id(), "day": iso_day, "class_id": cid, "kind": "content",
            "text": rng.choice(CONTENT), "at": iso_at(finish - timedelta(minutes=5)),
            "actor": logins.get(c["head_teacher_id"] or "", leader_login),
            "device_id": ctx.device_id})  # fmt: skip
    if rng.random() < 0.08:
        out["duty_log"].append({
            "id": new_id(), "day": iso_day, "class_id": None, "kind": "incident",
            "text": rng.choice(INCIDENTS), "at": iso_at(finish), "actor": leader_login,
            "device_id": ctx.device_id})  # fmt: skip
    out["duty_day"].append({
        "id": derived_id("duty_day", iso_day), "day": iso_day, "leader_staff_id": leader,
        "on_post_at": iso_at(begin - timedelta(minutes=rng.randint(5, 15))),
        "signed_off_at": iso_at(finish + timedelta(minutes=45)),
        "signed_off_by": leader_login, "sign_off_reason": "", "device_id": ctx.device_id})  # fmt: skip
