"""The demo school: a realistic rural primary school, deterministic for a seed.

Used by the README's run command, the screenshots and the benchmark.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from after_school_desk.domain.classnames import ClassKey
from after_school_desk.domain.demo_names import (
    SCHOOL_KINDS,
    SCHOOL_PLACES,
    SURNAMES,
    adult_name,
    child_name,
    mobile,
)
from after_school_desk.domain.people import PupilStatus, StaffRole, Vetting, pinyin_keys
from after_school_desk.domain.roles import Action, Role
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import setup
from after_school_desk.services.school.answers import StaffRow, staff_of
from after_school_desk.services.school.users import hash_pin
from after_school_desk.store import people_store, rows, school_store
from after_school_desk.store.ids import new_id

# Demo accounts (login, display name, role, PIN). The README lists them.
DEMO_PIN = {"principal": "123456", "admin": "000000", "duty_leader": "2222", "teacher": "3333"}
MAX_PUPILS = 10000  # the largest school the benchmark builds is 6,000 pupils
Progress = Callable[[int, int], None]


@dataclass
class DemoResult:
    school: str
    pupils: int
    classes: int
    staff: int
    users: list[tuple[str, str, str, str]]
    history_days: int


def term_for(today: date) -> tuple[date, date]:
    """The school term containing ``today`` (autumn Sep 1 – Jan 20, spring Feb 24 – Jul 10)."""
    if today.month >= 8:
        return date(today.year, 9, 1), date(today.year + 1, 1, 20)
    if today.month == 1 and today.day <= 20:
        return date(today.year - 1, 9, 1), date(today.year, 1, 20)
    return date(today.year, 2, 24), date(today.year, 7, 10)


def terms_back_to(start: date, today: date) -> list[tuple[date, date]]:
    """Every term from the one containing ``start`` up to the one containing ``today``."""
    terms = [term_for(today)]
    while terms[0][0] > start:
        first = terms[0][0]
        terms.insert(0, term_for(first - timedelta(days=40)))
    return terms


def plan_classes(pupils: int, levels: range) -> dict[int, int]:
    """Classes per grade for a school of ``pupils`` pupils, at most about 45 per class."""
    per_grade = max(1, math.ceil(pupils / len(levels) / 45))
    return dict.fromkeys(levels, per_grade)


def create_demo(
    ctx: ServiceContext,
    pupils: int = 360,
    seed: int = 1,
    months: int = 0,
    progress: Progress | None = None,
    profile_id: str = "national",
    workers: int = 0,
) -> DemoResult:
    """A demo school of ``pupils`` pupils with ``months`` months of daily history (sealed as a
    running program would have sealed it); ``workers``: processes that help compress the
    history (the benchmark's large schools; the school is the same either way)."""
    ctx.require(Action.SETUP_SCHOOL)
    if not 1 <= pupils <= MAX_PUPILS:
        raise ValidationError(
            t(
                "演示学校的学生数应在 1 到 {max_pupils} 之间（收到 {pupils}）。",
                max_pupils=MAX_PUPILS,
                pupils=pupils,
            )
        )
    if not 0 <= months <= 60:
        raise ValidationError(t("历史月数应在 0 到 60 之间（收到 {months}）。", months=months))
    conn = ctx.store.conn
    if school_store.has_content(conn):
        raise ValidationError(t("这个数据库里已经有学校了，演示学校只能建在新的空数据库里。"))
    rng = random.Random(seed)
    today = ctx.clock.now().date()
    history_start = today - timedelta(days=30 * months) if months else today
    terms = terms_back_to(history_start, today)
    term_start, term_end = terms[-1]
    stage = "primary" if pupils <= 1500 else "nine_year"
    name = rng.choice(SCHOOL_PLACES) + rng.choice(SCHOOL_KINDS)
    per_grade = plan_classes(pupils, setup.STAGE_LEVELS[stage])
    setup.create_school(
        ctx,
        setup.SchoolSetup(
            name=name,
            county="贺兰县",
            term_start=term_start.isoformat(),
            term_end=term_end.isoformat(),
            school_code=f"21{rng.randint(10**7, 10**8 - 1)}",
            stage=stage,
            village=True,
            classes_per_grade=0,
            profile_id=profile_id,
        ),
    )
    with ctx.write() as wconn:
        for t0, t1 in terms[:-1]:
            setup.add_term_in(ctx, wconn, t0.isoformat(), t1.isoformat())
        for year in range(terms[0][0].year, term_start.year):
            setup.load_package_holidays(ctx, wconn, year)
        class_ids = _classes(ctx, wconn, per_grade)
        staff_ids, users = _staff_and_users(ctx, wconn, rng, class_ids)
        count = _pupils(ctx, wconn, rng, class_ids, pupils, today, progress)
        ctx.audit(wconn, "demo.create", "school", None, None,
                  {"pupils": count, "classes": len(class_ids), "seed": seed})  # fmt: skip
    days = 0
    if months:
        days = _fill_history(
            ctx, max(history_start, terms[0][0]), today - timedelta(days=1), seed, progress, workers
        )
    return DemoResult(name, count, len(class_ids), len(staff_ids), users, days)


def _fill_history(
    ctx: ServiceContext,
    start: date,
    end: date,
    seed: int,
    progress: Progress | None,
    workers: int,
) -> int:
    try:
        from after_school_desk.services.sample.demo_history import fill_history
    except ImportError:  # the daily loop is not installed in this build
        return 0
    if end < start:
        return 0
    return int(fill_history(ctx, start, end, seed, progress, workers) or 0)


def _classes(
    ctx: ServiceContext, conn: Any, per_grade: dict[int, int]
) -> list[tuple[str, ClassKey]]:
    result = []
    for level, count in per_grade.items():
        for number in range(1, count + 1):
            cls = setup.ensure_class(ctx, conn, level, number)
            result.append((str(cls["id"]), ClassKey(level, number)))
    return result


def _staff_row(
    ctx: ServiceContext,
    name: str,
    role: StaffRole,
    phone: str,
    vetting: Vetting = Vetting.NOT_REQUIRED,
) -> StaffRow:
    return staff_of(
        {"id": new_id(), "name": name, "role": role, "phone": phone, "vetting": vetting,
         "vetting_note": "", "active": 1, "created_at": ctx.now_iso(),
         "device_id": ctx.device_id}
    )  # fmt: skip


def _user_row(
    ctx: ServiceContext, login: str, display: str, role: str, staff_id: str | None, pin_hash: str
) -> dict[str, Any]:
    return {"id": new_id(), "login": login, "display_name": display, "role": role,
            "staff_id": staff_id, "pin_hash": pin_hash, "active": 1, "failed_attempts": 0,
            "locked_until": None, "created_at": ctx.now_iso(), "device_id": ctx.device_id}  # fmt: skip


def _staff_and_users(
    ctx: ServiceContext, conn: Any, rng: random.Random, class_ids: list[tuple[str, ClassKey]]
) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    hashes = {role: hash_pin(pin) for role, pin in DEMO_PIN.items()}
    staff_ids: list[str] = []
    users: list[tuple[str, str, str, str]] = []

    def person(
        role: StaffRole,
        user_role: Role | None,
        login: str | None,
        vetting: Vetting = Vetting.NOT_REQUIRED,
    ) -> str:
        sex = rng.choice("MF")
        full = adult_name(rng, rng.choice(SURNAMES), sex)
        row = _staff_row(ctx, full, role, mobile(rng), vetting)
        rows.insert(conn, "staff", row)
        staff_ids.append(row["id"])
        if user_role and login:
            rows.insert(
                conn,
                "app_user",
                _user_row(ctx, login, full, user_role, row["id"], hashes[user_role]),
            )
            users.append((login, full, user_role, DEMO_PIN[user_role]))
        return str(row["id"])

    person(StaffRole.PRINCIPAL, Role.PRINCIPAL, "principal")
    for i in range(1, 4):
        person(StaffRole.DUTY_LEADER, Role.DUTY_LEADER, f"leader{i}")
    for cls_id, key in class_ids:
        teacher = person(StaffRole.TEACHER, Role.TEACHER, f"t{key.level}{key.number:02d}")
        rows.update(conn, "class", cls_id, {"head_teacher_id": teacher})
    for _ in range(max(2, len(class_ids) // 6)):
        person(StaffRole.TEACHER, None, None)
    person(StaffRole.EXTERNAL, None, None, Vetting.FILED)
    person(StaffRole.EXTERNAL, None, None, Vetting.PENDING)
    admin = _user_row(ctx, "admin", "系统管理员", Role.ADMIN, None, hashes[Role.ADMIN])
    rows.insert(conn, "app_user", admin)
    users.append(("admin", "系统管理员", Role.ADMIN, DEMO_PIN[Role.ADMIN]))
    return staff_ids, users


RELATIONS_M = ["父亲", "祖父", "外祖父", "叔叔"]
RELATIONS_F = ["母亲", "祖母", "外祖母", "姑姑"]


def _pupils(
    ctx: ServiceContext,
    conn: Any,
    rng: random.Random,
    class_ids: list[tuple[str, ClassKey]],
    total: int,
    today: date,
    progress: Progress | None,
) -> int:
    now = ctx.now_iso()
    used_ids: set[str] = set()
    county_code = "640122"
    for i in range(total):
        cls_id, key = class_ids[i % len(class_ids)]
        sex = rng.choice("MF")
        surname = rng.choice(SURNAMES)
        name = child_name(rng, surname, sex)
        birth = date(today.year - key.level - 6 + (1 if today.month < 9 else 0), 1, 1) + timedelta(
            days=rng.randint(0, 364)
        )
        while True:
            national_id = f"G{county_code}{birth:%Y%m%d}{rng.randint(0, 9999):04d}"
            if national_id not in used_ids:
                used_ids.add(national_id)
                break
        initials, full = pinyin_keys(name)
        left_behind = rng.random() < 0.22
        pupil_id = new_id()
        rows.insert(conn, "pupil", {
            "id": pupil_id, "national_id": national_id, "student_no": f"{key.level}{key.number:02d}{i // len(class_ids) + 1:02d}",
            "name": name, "sex": sex, "birth_date": birth.isoformat(), "class_id": cls_id,
            "left_behind": int(left_behind), "migrant": int(rng.random() < 0.05),
            "disabled": int(rng.random() < 0.01), "hardship": int(rng.random() < 0.02),
            "low_income": int(rng.random() < 0.08), "registered_poor": int(rng.random() < 0.04),
            "status": PupilStatus.ACTIVE, "name_initials": initials, "name_pinyin": full,
            "created_at": now, "updated_at": now, "device_id": ctx.device_id,
        })  # fmt: skip
        adults = _adults_for(rng, surname, left_behind)
        for pos, (a_name, relation, phone, guardian) in enumerate(adults):
            rows.insert(conn, "pupil_adult", {
                "id": new_id(), "pupil_id": pupil_id, "name": a_name, "relation": relation,
                "phone": phone, "is_guardian": int(guardian), "can_pickup": 1, "position": pos,
                "photo": None, "device_id": ctx.device_id,
            })  # fmt: skip
        if progress and i % 200 == 0:
            progress(i, total)
    return total


def _adults_for(
    rng: random.Random, surname: str, left_behind: bool
) -> list[tuple[str, str, str, bool]]:
    """Parents (or grandparents for left-behind children) plus sometimes one more pickup adult."""
    adults: list[tuple[str, str, str, bool]] = []
    if left_behind:
        adults.append((adult_name(rng, surname, "F"), "祖母", mobile(rng), True))
        adults.append((adult_name(rng, surname, "M"), "祖父", mobile(rng), True))
        adults.append((adult_name(rng, surname, rng.choice("MF")), "父亲", mobile(rng), True))
    else:
        adults.append((adult_name(rng, rng.choice(SURNAMES), "F"), "母亲", mobile(rng), True))
        adults.append((adult_name(rng, surname, "M"), "父亲", mobile(rng), True))
        if rng.random() < 0.4:
            sex = rng.choice("MF")
            relation = rng.choice(RELATIONS_M[1:] if sex == "M" else RELATIONS_F[1:])
            adults.append((adult_name(rng, surname, sex), relation, mobile(rng), False))
    return adults


def demo_summary(ctx: ServiceContext) -> dict[str, int]:
    conn = ctx.store.conn
    return {"pupils": len(people_store.pupils(conn)), "classes": len(school_store.classes(conn))}
