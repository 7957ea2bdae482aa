"""A fresh school played the way a county inspector plays it, for tests/unit/test_inspector_months.py.

Every school is built through the services in its own file: a term that starts on Wednesday
2026-11-25, so that November is a short CLEAN month (25–30 November), and December 1–5 a short
month with PLANTED breaches. The clean month is judged at the evening of 30 November, before
anything of December exists; the planted month at the evening of Saturday 5 December.

The clean month: every enrolment reviewed by the class, agreed by the guardian and approved;
one lawful refusal (the family withdrew); every pupil signed in and handed to a listed adult in
the closing minutes of the planned window; an absence followed up with the guardian; a late
pickup followed up and handed over; (Helan) extended care within its half hour; the duty leader
on post every day; a filed external helper supervising a class; a lawful fee standard, the month
billed and paid; staff pay, electricity and equipment; subsidy rates at their floors.

The planted month (``plant_december``) records every kind of breach the program lets a school
record, whatever the profile — what a text does not cover must raise nothing under it — and
collects the entries the services refuse (``Planted.refused``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.classes import find_class
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.daily import attendance, duty
from after_school_desk.services.daily.attendance import Override
from after_school_desk.services.money import billing, expenses, fees, payments, subsidies
from after_school_desk.services.month import compliance
from after_school_desk.services.school import calendar, enrolment
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.services.school.staff import add_staff, set_head_teacher
from after_school_desk.store import money_store
from after_school_desk.store.connection import open_store

DEVICE = "00000000-0000-4000-8000-0000000000a1"
TERM = ("2026-11-25", "2027-01-20")
CLEAN_DAYS = ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"]
# A lawful fee standard per profile: (amount, unit, mode, stage, approval)
FEES: dict[str, tuple[str, str, str, str, str]] = {
    "urumqi-2019": ("150", "term", "basic", "all", "乌价〔2026〕1号"),
    "luoyang-2020": ("120", "month", "basic", "all", "洛价〔2026〕1号"),
    "lhasa-2021": ("0", "month", "basic", "all", ""),
    "city-plan-2024": ("150", "month", "basic", "all", ""),
    "helan-2021": ("100", "month", "basic", "all", ""),
}


@dataclass
class Pupil:
    nid: str
    name: str
    class_name: str
    flags: set[str] = field(default_factory=set)

    @property
    def mother(self) -> str:
        return f"{self.name}母"


@dataclass
class School:
    ctx: ServiceContext
    clock: FixedClock
    db: Path
    profile_id: str
    stage: str
    classes: list[str]  # the classes served in the clean month
    pupils: list[Pupil]
    leader: str  # staff id of the duty leader
    helper: str  # a filed external helper (staff id)
    clean: dict[str, Any] = field(default_factory=dict)  # check_month("2026-11") at 11-30

    @contextlib.contextmanager
    def closed(self) -> Iterator[None]:
        """The file closed for a while (a command line that changes records needs it alone),
        then opened again."""
        self.ctx.store.close()
        try:
            yield
        finally:
            self.ctx = replace(self.ctx, store=open_store(self.db))

    def at(self, day: str, hhmm: str) -> datetime:
        return datetime.fromisoformat(f"{day}T{hhmm}:00+08:00")

    def evening(self, day: str) -> None:
        self.clock.set(self.at(day, "22:00"))

    def window(self, day: str, class_name: str) -> tuple[str, str]:
        """The planned window of the class's stage on ``day``."""
        stage = stage_of_class(class_name)
        week = calendar.windows(self.ctx, stage)["all"] or calendar.windows(self.ctx)["all"]
        return week[date.fromisoformat(day).isoweekday()]

    def class_id(self, class_name: str) -> str:
        return str(find_class(self.ctx, class_name)["id"])

    def present(self, class_name: str, day: str) -> list[dict[str, Any]]:
        return [
            p
            for p in attendance.class_day(self.ctx, self.class_id(class_name), day)
            if p["state"] == "present"
        ]


def stage_of_class(class_name: str) -> str:
    grade = "一二三四五六七八九"
    if class_name.startswith("高"):
        return "senior"
    level = grade.index(class_name[0]) + 1
    return "primary" if level <= 6 else "junior"


def minus(hhmm: str, minutes: int) -> str:
    h, m = map(int, hhmm.split(":"))
    total = h * 60 + m - minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def open_school(path: Path, profile_id: str, stage: str = "primary", boarding: bool = False,
                classes: tuple[str, ...] = ("三年级(1)班", "五年级(1)班")) -> School:  # fmt: skip
    clock = FixedClock(datetime.fromisoformat("2026-11-20T09:00:00+08:00"))
    store = open_store(path, create=True)
    actor = Actor(login="test:system", role=Role.SYSTEM, display_name="督查")
    ctx = ServiceContext(store=store, actor=actor, device_id=DEVICE, clock=clock)
    create_school(
        ctx,
        SchoolSetup(name="某镇学校", county="某县", term_start=TERM[0], term_end=TERM[1],
                    stage=stage, boarding=boarding, classes_per_grade=1,
                    profile_id=profile_id),
    )  # fmt: skip
    pupils: list[Pupil] = []
    for c, name in enumerate(classes):
        teacher = add_staff(ctx, f"班主任{c}", "teacher", "13800000000")
        set_head_teacher(ctx, name, teacher["id"])
        for n in range(5):
            flags = {"registered_poor"} if (c, n) == (0, 4) else set()
            pupils.append(Pupil(f"J{c}{n:08d}", f"学生{'甲乙丙丁'[c]}{n}", name, flags))
    for p in pupils:
        _save(ctx, p)
    leader = add_staff(ctx, "带班王", "duty_leader", "13800000001")
    helper = add_staff(ctx, "外聘赵", "external", "13800000002", vetting="filed")
    return School(ctx, clock, path, profile_id, stage, list(classes), pupils, leader["id"],
                  helper["id"])  # fmt: skip


def _save(ctx: ServiceContext, p: Pupil, pupil_id: str | None = None) -> None:
    save_pupil(
        ctx,
        PupilInput(national_id=p.nid, name=p.name, sex="女", class_name=p.class_name,
                   flags=set(p.flags),
                   adults=[AdultInput(p.mother, "母亲", "13900000000"),
                           AdultInput(f"{p.name}父", "父亲", "13700000000")]),
        pupil_id,
    )  # fmt: skip


def enrol_properly(s: School, pupils: list[Pupil], start: str, signed: str) -> None:
    """家长申请 → 班级初审 → 协议 → 学校核准, all before the first day of service."""
    enrolment.enroll(s.ctx, [p.nid for p in pupils], start=start)
    ids = {e["national_id"]: e["id"] for e in enrolment.list_enrolments(s.ctx, day=start)}
    for p in pupils:
        enrolment.review(s.ctx, ids[p.nid])
        enrolment.record_agreement(s.ctx, p.nid, p.mother, signed)
    s.clock.set(s.clock.now() + timedelta(minutes=30))
    for p in pupils:
        enrolment.approve(s.ctx, ids[p.nid])


def hand_over(s: School, pupil: dict[str, Any], at: datetime) -> None:
    adult = next(a for a in pupil["adults"] if a["can_pickup"])
    attendance.sign_out(s.ctx, pupil["id"], at=at, adult_id=adult["id"])


def clean_day(s: School, day: str, classes: list[str] | None = None, absent: bool = False,
              late: bool = False) -> None:  # fmt: skip
    """A day as the text wants it: the leader on post, everyone handed over within the closing
    minutes of the planned window; ``absent``: one pupil absent and the guardian reached;
    ``late``: one pupil collected late after a call to the guardian (Helan: in extended care
    within its half hour)."""
    s.clock.set(s.at(day, "12:00"))
    todays = [c for c in (classes or s.classes) if _served(s, day, c)]
    if not todays:
        return
    start, _ = s.window(day, todays[0])
    duty.confirm_on_post(s.ctx, day, at=s.at(day, minus(start, 10)), leader_key=s.leader)
    for n, name in enumerate(todays):
        start, end = s.window(day, name)
        cid = s.class_id(name)
        s.clock.set(s.at(day, start))
        enrolled = attendance.class_day(s.ctx, cid, day)
        skip = [enrolled[0]["id"]] if absent and n == 0 else []
        if n == 1:
            duty.set_supervisor(s.ctx, cid, day, staff_key=s.helper)
        attendance.sign_in_all(s.ctx, cid, day, except_ids=skip, at=s.at(day, start))
        if skip:
            attendance.mark_absent(s.ctx, skip[0], day, reason="未到")
            attendance.record_contact(s.ctx, skip[0], True, day, reason="家长说孩子发烧在家",
                                      at=s.at(day, minus(start, -15)))  # fmt: skip
        present = s.present(name, day)
        s.clock.set(s.at(day, "22:00"))
        kept = present.pop() if late and n == 0 else None
        for p in present:
            hand_over(s, p, s.at(day, minus(end, 5)))
        if kept is not None:
            if s.profile_id == "helan-2021":
                attendance.sign_out(s.ctx, kept["id"], at=s.at(day, end), extended=True)
                kept = next(p for p in attendance.class_day(s.ctx, cid, day)
                            if p["id"] == kept["id"])  # fmt: skip
                hand_over(s, kept, s.at(day, minus(end, -20)))
            else:
                attendance.record_contact(s.ctx, kept["id"], True, day, reason="家长堵车",
                                          at=s.at(day, minus(end, -5)))  # fmt: skip
                hand_over(s, kept, s.at(day, minus(end, -40)))


def _served(s: School, day: str, class_name: str) -> bool:
    try:
        s.window(day, class_name)
    except KeyError:
        return False
    return True


def money_month(s: School, month: str) -> None:
    """Bill the month and take the payments of the pupils who owe."""
    billing.bill_month(s.ctx, month)
    for c in money_store.charges(s.ctx.store.conn, month):
        owed = int(c["gross_fen"]) - int(c["waived_fen"])
        if owed > 0:
            payments.record_payment(s.ctx, c["pupil_id"], owed, s.clock.now().date())


def play_clean_november(s: School, *, fee: tuple[str, str, str, str, str] | None = None) -> None:
    """The clean month, judged at the evening of 30 November (``School.clean``)."""
    s.clock.set(s.at("2026-11-20", "09:00"))
    amount, per, mode, stage, approval = fee or FEES[s.profile_id]
    fees.set_fee(s.ctx, amount, per, mode=mode, stage=stage, approval=approval,
                 start=TERM[0])  # fmt: skip
    subsidies.set_rate(s.ctx, "teacher", "30", start=TERM[0])
    subsidies.set_rate(s.ctx, "teacher", "45", day_type_="weekday", start=TERM[0])
    s.clock.set(s.at(TERM[0], "08:00"))  # agreements are filed within the term
    enrol_properly(s, s.pupils, TERM[0], TERM[0])
    # a lawful refusal: the family withdrew its application
    extra = Pupil("J900000001", "学生撤", s.classes[0])
    _save(s.ctx, extra)
    enrolment.enroll(s.ctx, [extra.nid], start=TERM[0])
    applied = next(e for e in enrolment.list_enrolments(s.ctx, day=TERM[0])
                   if e["national_id"] == extra.nid)  # fmt: skip
    enrolment.refuse(s.ctx, applied["id"], "家长撤回申请")
    for n, day in enumerate(CLEAN_DAYS):
        clean_day(s, day, absent=n == 1, late=n == 2)
    s.evening("2026-11-30")
    expenses.add_expense(s.ctx, "教师补助", "1200", "2026-11-30")
    expenses.add_expense(s.ctx, "电费", "86.40", "2026-11-30", "十一月电费")
    expenses.add_expense(s.ctx, "其他", "350", "2026-11-30", "购置跳绳、毽子", purpose="equipment")
    money_month(s, "2026-11")
    s.clean = compliance.check_month(s.ctx, "2026-11")


@dataclass
class Planted:
    """What was planted in December: ``expect`` (kind, record_ref) -> a phrase of the clause
    the finding must cite; ``listed``: the same for records to review; ``refused``: label ->
    the refusal's message (with its problems) of each entry the services turned down."""

    expect: dict[tuple[str, str], str] = field(default_factory=dict)
    listed: dict[tuple[str, str], str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def refused(planted: Planted, label: str, call: Any, *args: Any, **kw: Any) -> None:
    try:
        call(*args, **kw)
    except ValidationError as exc:
        planted.refused[label] = " ".join([exc.message, *exc.problems])
    else:
        planted.refused[label] = ""  # taken: the test says whether it should have been


DECEMBER = ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05"]
NEW_CLASS = "六年级(1)班"  # no head teacher, no supervisor assigned
# above-cap standards per billing unit, where the text caps the fee: (amount, per, mode)
OVER_CAP = {
    "urumqi-2019": [("250", "term", "basic"), ("70", "month", "basic"), ("6", "day", "basic")],
    "lhasa-2021": [("100", "term", "basic"), ("30", "month", "basic"), ("5", "day", "basic")],
    "city-plan-2024": [("700", "term", "basic"), ("250", "month", "basic"),
                       ("20", "day", "basic")],
}  # fmt: skip


def plant_december(s: School) -> Planted:
    """Every kind of breach, recorded (or tried) through the services; see the module doc."""
    planted = Planted()
    ctx = s.ctx
    a, b = s.classes
    s.clock.set(s.at("2026-12-01", "08:00"))
    # -- the enrolment procedure: a new class, pupils from 1 December
    newcomers = [Pupil(f"K{n:09d}", name, NEW_CLASS) for n, name in
                 enumerate(["学生审", "学生协", "学生拒", "学生直"])]  # fmt: skip
    for p in newcomers:
        _save(ctx, p)
    unreviewed, unsigned, refused_pupil, direct = newcomers
    enrolment.enroll(ctx, [unreviewed.nid, unsigned.nid, refused_pupil.nid], start="2026-12-01")
    ids = {e["national_id"]: e["id"] for e in enrolment.list_enrolments(ctx, day="2026-12-01")}
    enrolment.record_agreement(ctx, unreviewed.nid, unreviewed.mother, "2026-12-01")
    enrolment.review(ctx, ids[unsigned.nid])
    enrolment.approve(ctx, ids[unreviewed.nid])  # without a class review
    enrolment.approve(ctx, ids[unsigned.nid])  # reviewed, no agreement
    enrolment.refuse(ctx, ids[refused_pupil.nid], "名额已满")  # an unlawful refusal
    enrolment.enroll(ctx, [direct.nid], start="2026-12-01", approve=True)  # neither step
    ids = {e["national_id"]: e["id"] for e in enrolment.list_enrolments(ctx, day="2026-12-01")}
    planted.names.update(unreviewed=f"enrolment:{ids[unreviewed.nid]}",
                         unsigned=f"enrolment:{ids[unsigned.nid]}",
                         refusal=f"enrolment:{ids[refused_pupil.nid]}",
                         direct=f"enrolment:{ids[direct.nid]}")  # fmt: skip
    # -- fees above the cap in every billing unit, and without the approval the text requires
    for amount, per, mode in OVER_CAP.get(s.profile_id, []):
        refused(planted, f"fee_above_cap:{per}", fees.set_fee, ctx, amount, per, mode=mode,
                stage="all", approval="某价〔2026〕9号", start="2026-12-01")  # fmt: skip
    if s.profile_id in ("urumqi-2019", "luoyang-2020", "lhasa-2021"):
        mode = "course" if s.profile_id == "lhasa-2021" else "basic"
        refused(planted, "fee_not_approved", fees.set_fee, ctx, "60", "month", mode=mode,
                stage="all", start="2026-12-01")  # fmt: skip
    # -- subsidies: a flat rate below the floor is refused; the base raised under a flat rate
    refused(planted, "subsidy_below_floor", subsidies.set_rate, ctx, "teacher", "40",
            day_type_="weekday", start="2026-12-01")  # fmt: skip
    subsidies.set_rate(ctx, "teacher", "40", start="2026-12-01")
    flat = next(r for r in subsidies.list_rates(ctx)
                if r["day_type"] == "weekday" and r["effective_from"] == TERM[0])  # fmt: skip
    planted.names["flat_rate"] = f"subsidy_rate:{flat['id']}"
    # -- spending: a management fee, something unrelated, and staff pay the smaller part
    refused(planted, "management_fee", expenses.add_expense, ctx, "其他", "500", "2026-12-01",
            "提取管理费10%")  # fmt: skip
    refused(planted, "unrelated", expenses.add_expense, ctx, "其他", "300", "2026-12-01",
            "教师节聚餐", purpose="unrelated")  # fmt: skip
    expenses.add_expense(ctx, "教师补助", "300", "2026-12-01")
    expenses.add_expense(ctx, "电费", "900", "2026-12-01", "十二月电费")
    expenses.add_expense(ctx, "其他", "500", "2026-12-01", "购置桌椅", purpose="equipment")
    # -- staff on post without filing
    unfiled = add_staff(ctx, "外聘钱", "external", "13800000003", vetting="pending")
    own_pending = add_staff(ctx, "教师孙", "teacher", "13800000004", vetting="pending")
    # -- Tuesday 1 December: no duty leader on post; the first class's day ends late, with a
    # pupil never signed out, a handover on the duty leader's word, a self-leave and extended
    # care past the half hour; the second class supervised by an unfiled helper, an absence
    # nobody followed up
    day = DECEMBER[0]
    start, end = s.window(day, a)
    s.clock.set(s.at(day, start))
    sup = duty.set_supervisor(ctx, s.class_id(b), day, staff_key=unfiled["id"])
    planted.names["unfiled"] = f"class_supervision:{sup['id']}"
    for name in (a, b, NEW_CLASS):
        cid = s.class_id(name)
        pupils = attendance.class_day(ctx, cid, day)
        skip = [pupils[0]["id"]] if name == b else []
        attendance.sign_in_all(ctx, cid, day, except_ids=skip, at=s.at(day, start))
        if skip:
            attendance.mark_absent(ctx, skip[0], day, reason="未到")
            planted.names["absent"] = pupils[0]["name"]
    s.clock.set(s.at(day, "22:00"))
    never, override, alone, cared, *rest = s.present(a, day)
    planted.names.update(never=never["name"], override=override["name"],
                         alone=alone["name"], cared=cared["name"])  # fmt: skip
    attendance.sign_out(ctx, override["id"], at=s.at(day, minus(end, 10)),
                        override=Override("王某", "邻居", "13912345678", "家长电话委托邻居接走"))  # fmt: skip
    attendance.permit_self_leave(ctx, alone["id"], signed_by="家长", signed_on=day)
    attendance.sign_out(ctx, alone["id"], at=s.at(day, minus(end, 10)), self_leave=True)
    attendance.sign_out(ctx, cared["id"], at=s.at(day, end), extended=True)
    cared = next(p for p in attendance.class_day(ctx, s.class_id(a), day) if p["id"] == cared["id"])
    hand_over(s, cared, s.at(day, minus(end, -45)))
    for p in rest:  # the last pupil of the class out 40 minutes after the planned end
        hand_over(s, p, s.at(day, minus(end, -40)))
    for name in (b, NEW_CLASS):
        for p in s.present(name, day):
            hand_over(s, p, s.at(day, minus(s.window(day, name)[1], 5)))
    # -- Wednesday 2 December: a plain day (the city plan: its primary classes serve anyway)
    day = DECEMBER[1]
    s.clock.set(s.at(day, "07:30"))
    if s.profile_id == "city-plan-2024" and s.stage == "primary":
        serve_on(s, 3, ("15:30", "17:30"))
    clean_day(s, day, [a, b, NEW_CLASS])
    # -- Thursday 3 December: nothing recorded at all
    # -- Friday 4 December: the whole school sent home an hour after the start; a pupil the
    # text makes free pays; one of the first class is supervised by an own teacher whose
    # filing is pending
    day = DECEMBER[3]
    s.clock.set(s.at(day, "12:00"))
    duty.confirm_on_post(ctx, day, at=s.at(day, "12:00"), leader_key=s.leader)
    sup = duty.set_supervisor(ctx, s.class_id(a), day, staff_key=own_pending["id"])
    planted.names["own_pending"] = f"class_supervision:{sup['id']}"
    for name in (a, b, NEW_CLASS):
        start, _ = s.window(day, name)
        attendance.sign_in_all(ctx, s.class_id(name), day, at=s.at(day, start))
    s.clock.set(s.at(day, "22:00"))
    for name in (a, b, NEW_CLASS):
        start, _ = s.window(day, name)
        for p in s.present(name, day):
            hand_over(s, p, s.at(day, minus(start, -60)))
    poor = next(p for p in s.pupils if "registered_poor" in p.flags)
    paid = payments.record_payment(ctx, poor.nid, "50", day)
    planted.names["poor_paid"] = f"payment:{paid['id']}"
    billing.bill_month(ctx, "2026-12")
    # the registry flags a pupil 建档立卡 after the month was billed
    flagged = next(p for p in s.pupils if p.class_name == b and not p.flags)
    flagged.flags.add("registered_poor")
    pid = next(p["id"] for p in attendance.class_day(ctx, s.class_id(b), day)
               if p["name"] == flagged.name)  # fmt: skip
    _save(ctx, flagged, pid)
    for c in money_store.charges(ctx.store.conn, "2026-12"):  # none for a fee per term
        if c["pupil_id"] == pid and int(c["gross_fen"]) > int(c["waived_fen"]):
            planted.names["poor_charged"] = f"charge:{c['id']}"
    # -- Saturday 5 December: service on a day no text has it on
    day = DECEMBER[4]
    s.clock.set(s.at(day, "07:30"))
    serve_on(s, 6, ("09:00", "11:00"))
    clean_day(s, day, [a, b, NEW_CLASS])
    s.evening(day)
    return planted


def serve_on(s: School, weekday: int, window: tuple[str, str]) -> None:
    """The school adds ``weekday`` to its timetable (every stage's own week too) from the day
    the clock shows: the way a school serves on a day its text has no service on."""
    for stage in ("", *(st for st in ("primary", "junior", "senior")
                        if calendar.windows(s.ctx, st)["all"])):  # fmt: skip
        week = dict(calendar.windows(s.ctx, stage)["all"])
        week[weekday] = window
        calendar.set_windows(s.ctx, "all", week, stage)
