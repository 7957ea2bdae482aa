"""Months (or years) of realistic daily history for the demo school, written in bulk.

Plays every service day in [start, end]: the duty leader on post, sign-ins (a few absences,
leaves and late arrivals), contacts that close the alerts, handovers to listed adults (some
older pupils leave alone with permission, a few late pickups and extended care), the duty
log and the day's sign-off. It bypasses the per-event service calls for speed. Its events
are the rows ``event_log.event_row`` builds (the same fields, the same derived ids), made as
plain tuples in the order of the log's columns.

A month that a running program would have sealed by the day after ``end`` is written
straight into its sealed archives, one transaction per month (each event numbered and
tamper-sealed as a live insert would be, after_school_desk/store/demo_bulk.py); the rest (this month and
perhaps the last) are inserted as live rows, a few days per transaction.
"""

from __future__ import annotations

import multiprocessing
import random
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import groupby
from typing import Any

from after_school_desk.domain.attendance import derived_id, event_id
from after_school_desk.domain.calendar import DayStatus
from after_school_desk.domain.enrolment import EnrolmentStatus, ServiceMode
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import at_time, iso_at, service_days, setting
from after_school_desk.services.care import archive
from after_school_desk.services.daily import duty as duty_service
from after_school_desk.services.school.answers import EnrolmentRow
from after_school_desk.services.school.enrolment import enrolment_row
from after_school_desk.store import (
    daily_store,
    demo_bulk,
    duty_store,
    event_archive,
    people_store,
    school_store,
)

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

# An event is a tuple of the log's columns, in this order (checked against the store's at
# import, so a new column cannot be left out silently).
EVENT_FIELDS = (
    "id", "pupil_id", "day", "class_id", "kind", "at", "recorded_at", "actor", "staff_id",
    "device_id", "adult_id", "adult_name", "adult_relation", "adult_phone", "override_reason",
    "override_by", "alert_kind", "outcome", "method", "reason", "note", "leave_from",
    "leave_to", "supersedes",
)  # fmt: skip
if EVENT_FIELDS != event_archive.EVENT_COLUMNS:
    raise ImportError("demo_history.EVENT_FIELDS no longer matches the attendance log's columns")
Event = tuple[Any, ...]
Adult = tuple[str | None, str | None, str | None, str | None]  # id, name, relation, phone
NO_ADULT: Adult = (None, None, None, None)


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


@dataclass(frozen=True)
class _Pupil:
    """What a day of the history needs of one pupil, looked up once."""

    id: str
    class_id: str
    teacher: str | None  # the class's head teacher (staff id): the events' staff
    actor: str  # the head teacher's login: who recorded the events
    guardian: Adult  # the first adult: the one the alerts call
    pickups: tuple[Adult, ...]  # adults who may collect the pupil


@dataclass
class _Play:
    """Everything a day is played with (read once)."""

    ctx: ServiceContext
    rng: random.Random
    new_id: _Ids
    window_minutes: int
    pupils: list[_Pupil]
    classes: dict[str, dict[str, Any]]
    logins: dict[str, str]
    enrolled: dict[str, set[str]]


def fill_history(
    ctx: ServiceContext,
    start: date,
    end: date,
    seed: int,
    progress: Progress | None = None,
    workers: int = 0,
) -> int:
    """Play every service day in [start, end]; returns the number of days played.

    ``workers``: processes that compress the sealed months' archives while the next month
    is played (0: all in this process; the history is the same either way)."""
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
    play = _Play(ctx, rng, new_id, setting(conn, "signin_window_minutes"),
                 _pupils(ctx, pupils, adults, classes, logins), classes, logins, enrolled)  # fmt: skip
    # what a program started the day after ``end`` would have sealed by then
    sealed_before = archive.cutoff(end + timedelta(days=1)).isoformat()[:7]
    played = 0
    next_seq = demo_bulk.next_event_number(conn)
    pending: _Month | None = None
    with demo_bulk.roomy_cache(conn), _encoder(workers) as encoder:
        for month, group in groupby(days, key=lambda s: s.day.isoformat()[:7]):
            month_days = list(group)
            runs: list[_Month | list[DayStatus]] = []
            if month < sealed_before:
                ready = _play_month(play, month, month_days, next_seq, encoder)
                next_seq += len(ready.events)
                runs = [] if pending is None else [pending]
                pending = ready  # written after the next month is played (its archives ready)
            else:
                runs = [*([] if pending is None else [pending]), *_chunks(month_days)]
                pending = None
            for run in runs:
                if isinstance(run, _Month):
                    _write_sealed_month(play, run)
                else:
                    _write_live(play, run)
                played += len(run.days) if isinstance(run, _Month) else len(run)
                if progress:
                    progress(played, len(days))
        if pending is not None:
            _write_sealed_month(play, pending)
            if progress:
                progress(len(days), len(days))
    archive.seal_due(ctx, end + timedelta(days=1))  # live events of earlier runs, if any
    return len(days)


def _chunks(days: list[DayStatus]) -> list[list[DayStatus]]:
    """Runs of at most DAYS_PER_TRANSACTION days."""
    return [days[i : i + DAYS_PER_TRANSACTION] for i in range(0, len(days), DAYS_PER_TRANSACTION)]


def _pupils(
    ctx: ServiceContext,
    pupils: list[dict[str, Any]],
    adults: dict[str, list[dict[str, Any]]],
    classes: dict[str, dict[str, Any]],
    logins: dict[str, str],
) -> list[_Pupil]:
    result = []
    for p in pupils:
        teacher = classes[p["class_id"]]["head_teacher_id"]
        theirs = [(a["id"], a["name"], a["relation"], a["phone"], a["can_pickup"])
                  for a in adults.get(p["id"], [])]  # fmt: skip
        result.append(_Pupil(
            id=p["id"], class_id=p["class_id"], teacher=teacher,
            actor=logins.get(teacher, ctx.actor.login),
            guardian=theirs[0][:4] if theirs else NO_ADULT,
            pickups=tuple(a[:4] for a in theirs if a[4]),
        ))  # fmt: skip
    return result


def _write_live(play: _Play, run: list[DayStatus]) -> None:
    ctx = play.ctx
    with ctx.write() as wconn:
        for status in run:
            events, duty = _play_day(play, status)
            daily_store.insert_events(
                wconn, [dict(zip(EVENT_FIELDS, e, strict=True)) for e in events]
            )
            for table, rows_ in duty.items():
                daily_store.insert_many(wconn, table, rows_)
        ctx.audit(wconn, "demo.history", "attendance_event", None, None,
                  {"from": run[0].day.isoformat(), "to": run[-1].day.isoformat()})  # fmt: skip


@dataclass
class _Month:
    """A finished month, played: its events (numbered from ``first``, as they will be),
    grouped by class, perhaps with their archives being compressed elsewhere."""

    month: str
    days: list[DayStatus]
    events: list[Event]
    duty: dict[str, list[dict[str, Any]]]
    first: int
    by_class: dict[str, list[Event]]  # ARCHIVE_COLUMNS tuples (row number first), no order
    payloads: dict[str, Future[bytes]]


@contextmanager
def _encoder(workers: int) -> Iterator[Executor | None]:
    """A pool of ``workers`` processes (spawned: they share nothing with this one), or None."""
    if workers <= 0:
        yield None
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def _play_month(
    play: _Play, month: str, days: list[DayStatus], first: int, encoder: Executor | None
) -> _Month:
    events: list[Event] = []
    duty: dict[str, list[dict[str, Any]]] = {}
    for status in days:
        day_events, day_duty = _play_day(play, status)
        events.extend(day_events)
        for table, rows_ in day_duty.items():
            duty.setdefault(table, []).extend(rows_)
    by_class: dict[str, list[Event]] = {}
    for seq, e in enumerate(events, start=first):
        by_class.setdefault(e[3], []).append((seq, *e))
    payloads = {}
    if encoder is not None:
        payloads = {cid: encoder.submit(event_archive.encode_rows, rows_)
                    for cid, rows_ in by_class.items()}  # fmt: skip
    return _Month(month, days, events, duty, first, by_class, payloads)


def _write_sealed_month(play: _Play, m: _Month) -> None:
    """A finished month: its duty records as live rows, its events straight into the sealed
    archives of their classes, with the audit records a sealing leaves (one transaction)."""
    ctx = play.ctx
    with ctx.write() as wconn:
        for table, rows_ in m.duty.items():
            daily_store.insert_many(wconn, table, rows_)
        ctx.audit(wconn, "demo.history", "attendance_event", None, None,
                  {"from": m.days[0].day.isoformat(), "to": m.days[-1].day.isoformat()})  # fmt: skip
        if not m.events:
            return
        first = demo_bulk.take_event_numbers(wconn, len(m.events))
        by_class, payloads = m.by_class, {c: f.result() for c, f in m.payloads.items()}
        if first != m.first:  # another writer took numbers meanwhile: renumber, encode here
            shift = first - m.first
            by_class = {c: [(r[0] + shift, *r[1:]) for r in rows_] for c, rows_ in by_class.items()}
            payloads = {}
        seals = demo_bulk.event_seals(wconn, ctx.store.ring, EVENT_FIELDS, m.events)
        mine = None if seals is None else {s[0]: s for s in seals}
        for class_id, archived in by_class.items():
            sealed = event_archive.seal_unrecorded(
                wconn, class_id, m.month, archived,
                None if mine is None else [mine[r[1]] for r in archived],
                ctx.now_iso(), ctx.actor.login, ctx.device_id, payloads.get(class_id),
            )  # fmt: skip
            ctx.audit(wconn, "attendance.seal", "attendance_archive", None, None,
                      {"class_id": class_id, "month": m.month, "moved": sealed.moved,
                       "events": sealed.events, "sha256": sealed.sha256})  # fmt: skip


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
        filed = demo_bulk.enrolment_statuses(conn, term["id"])
        for p in pupils:
            existing = filed.get(p["id"])
            if existing:
                counted = (EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN)
                if any(status in counted for status in existing):
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


class _Clock:
    """Instants a few minutes from one moment, as the log writes them (each made once)."""

    def __init__(self, base: datetime) -> None:
        self.base = base
        self.made: dict[int, str] = {}

    def __call__(self, minutes: int) -> str:
        text = self.made.get(minutes)
        if text is None:
            text = self.made[minutes] = iso_at(self.base + timedelta(minutes=minutes))
        return text


def _play_day(
    play: _Play, status: DayStatus
) -> tuple[list[Event], dict[str, list[dict[str, Any]]]]:
    """One service day: its events (tuples of ``EVENT_FIELDS``) and its duty records."""
    assert status.window is not None
    ctx, rng = play.ctx, play.rng
    day = status.day
    iso_day = day.isoformat()
    device = ctx.device_id
    conn = ctx.store.conn
    term = school_store.term_on(conn, iso_day)
    members = play.enrolled.get(term["id"], set()) if term else set()
    permitted = daily_store.permissions_on(conn, iso_day)
    begin = at_time(day, status.window.start)
    close = begin + timedelta(minutes=play.window_minutes)
    finish = at_time(day, status.window.end)
    at_begin, at_close, at_finish = _Clock(begin), _Clock(close), _Clock(finish)
    morning = iso_at(at_time(day, "07:50"))
    randint, random_, choice = rng.randint, rng.random, rng.choice
    events: list[Event] = []
    add = events.append

    def event(p: _Pupil, kind: str, at: str, adult: Adult = NO_ADULT, alert: str | None = None,
              outcome: str | None = None, method: str | None = None, reason: str = "",
              note: str = "", leave: str | None = None) -> Event:  # fmt: skip
        return (event_id(p.id, iso_day, kind, at, at, device), p.id, iso_day, p.class_id, kind,
                at, at, p.actor, p.teacher, device, *adult, None, None, alert, outcome, method,
                reason, note, leave, leave, None)  # fmt: skip

    def contact(p: _Pupil, kind: str, at: str, reached: bool, reason: str = "") -> Event:
        return event(p, "contacted", at, p.guardian, kind,
                     "reached" if reached else "not_reached", "phone", reason)  # fmt: skip

    for p in play.pupils:
        if p.id not in members:
            continue
        roll = random_()
        if roll < 0.02:
            add(event(p, "leave", morning, reason=choice(LEAVE_REASONS), leave=iso_day))
            continue
        if roll < 0.035:
            add(event(p, "marked_absent", at_close(0)))
            if random_() < 0.3:
                add(contact(p, "absence", at_close(randint(2, 8)), False))
            add(contact(p, "absence", at_close(randint(10, 25)), True, choice(ABSENCE_REASONS)))
            continue
        late = roll < 0.05
        add(event(p, "signed_in", at_close(randint(3, 30)) if late else at_begin(randint(-5, 10))))
        way = random_()
        if p.id in permitted and way < 0.6:
            add(event(p, "self_leave", at_finish(randint(-10, 0)), note="自行离校同意书"))
        elif way < 0.975 and p.pickups:
            a = choice(p.pickups)
            add(event(p, "handed_over", at_finish(randint(-25, 0)), a))
        elif p.pickups:
            a = choice(p.pickups)
            add(contact(p, "late_pickup", at_finish(randint(3, 8)), True, "家长在路上"))
            kind = "handed_over"
            if random_() < 0.4:
                add(event(p, "extended_care", at_finish(10)))
                kind = "extended_handover"
            add(event(p, kind, at_finish(randint(15, 35)), a))
    duty: dict[str, list[dict[str, Any]]] = {
        "duty_day": [],
        "duty_log": [],
        "class_supervision": [],
    }
    _duty_rows(ctx, rng, play.new_id, iso_day, begin, finish, play.classes, duty, play.logins)
    return events, duty


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
