"""Which policy profile the school follows on a day: the profile chosen at set-up
(``school.profile_id``) until the first record of ``school_profile_in_force``, then the record
in force on that day (``after_school_desk/domain/in_force.py``'s one rule: the latest ``effective_from`` on
or before the day; of two the same day, the one recorded last). A new county notice from a
date is a new record from that date; the months before it keep the profile they had.

Who computes a month (its bill, subsidies, compliance check, county package) asks for the
profile in force on the month's first day; who computes a day (a fee standard, a subsidy rate,
an expense) for that day's. docs/fee-caps.md, "Where the profiles live".
"""

from __future__ import annotations

from datetime import date

from after_school_desk.domain.in_force import in_force
from after_school_desk.domain.profiles import Profile
from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of
from after_school_desk.services.school.answers import ProfileInForce
from after_school_desk.services.school.profiles import (
    BASELINE,
    load_profile,
    profile_exists,
    unknown_profile,
)
from after_school_desk.store import profile_store, rows, school_store
from after_school_desk.store.ids import new_id


def _setup_choice(ctx: ServiceContext) -> str:
    school = school_store.school(ctx.store.conn)
    return str(school["profile_id"] or BASELINE) if school is not None else BASELINE


def school_profile_id(ctx: ServiceContext, on: str | date | None = None) -> str:
    """The id of the school's profile in force on ``on`` (default: today)."""
    day = day_of(ctx, on).isoformat()
    found = in_force(profile_store.in_force_rows(ctx.store.conn), day)
    return str(found["profile_id"]) if found is not None else _setup_choice(ctx)


def school_profile(ctx: ServiceContext, on: str | date | None = None) -> Profile:
    """The profile the school follows on ``on`` (default: today; national when the database
    has no school)."""
    return load_profile(school_profile_id(ctx, on), ctx)


def set_school_profile(
    ctx: ServiceContext, profile_id: str, effective_from: str | date | None = None
) -> Profile:
    """Make ``profile_id`` (built in, or one of the school's own) the school's policy profile
    from ``effective_from`` (default: today).

    The profile must load cleanly; fee caps, subsidy multipliers and the compliance checks of
    the days from then read it. Recorded with who and when, and in the audit log (before and
    after). A month already closed keeps its figures."""
    ctx.require(Action.SETUP_SCHOOL)
    profile_id = profile_id.strip()
    day = day_of(ctx, effective_from).isoformat()
    if not profile_exists(profile_id, ctx):
        message = unknown_profile(profile_id, ctx)
        raise ValidationError(message, fields={"profile_id": message})
    profile = load_profile(profile_id, ctx)  # refuses a broken copy before anything is written
    before = school_profile_id(ctx, day)
    with ctx.write() as conn:
        school = school_store.school(conn)
        if school is None:
            raise ValidationError(t("这个数据库里还没有学校，请先完成学校设置向导。"))
        later = [r for r in profile_store.in_force_rows(conn) if r["effective_from"] > day]
        if before == profile_id and not later:
            return profile
        row = {
            "id": new_id(),
            "profile_id": profile_id,
            "effective_from": day,
            "recorded_by": ctx.actor.login,
            "created_at": ctx.now_iso(),
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "school_profile_in_force", row)
        ctx.audit(conn, "school.profile", "school_profile_in_force", str(row["id"]),
                  {"profile_id": before, "on": day},
                  {"profile_id": profile_id, "effective_from": day})  # fmt: skip
    return profile


def profile_history(ctx: ServiceContext) -> list[ProfileInForce]:
    """Every record of a profile in force from a day, newest first, with the profile's name,
    who recorded it and whether it is in force today; the set-up's choice last."""
    conn = ctx.store.conn
    today = ctx.clock.now().date().isoformat()
    found = profile_store.in_force_rows(conn)
    current = in_force(found, today)
    names: dict[str, str] = {}

    def name_of(pid: str) -> str:
        if pid not in names:
            try:
                names[pid] = load_profile(pid, ctx).name
            except ValidationError:
                names[pid] = pid
        return names[pid]

    out: list[ProfileInForce] = []
    for r in reversed(found):
        out.append({
            "id": str(r["id"]), "profile_id": str(r["profile_id"]),
            "profile_name": name_of(str(r["profile_id"])),
            "effective_from": str(r["effective_from"]), "recorded_by": str(r["recorded_by"]),
            "created_at": str(r["created_at"]),
            "in_force": current is not None and current["id"] == r["id"],
            "pending": str(r["effective_from"]) > today,
        })  # fmt: skip
    school = school_store.school(conn)
    if school is not None:
        pid = _setup_choice(ctx)
        out.append({
            "id": "", "profile_id": pid, "profile_name": name_of(pid), "effective_from": "",
            "recorded_by": t("学校设置"), "created_at": str(school["created_at"]),
            "in_force": current is None, "pending": False,
        })  # fmt: skip
    return out
