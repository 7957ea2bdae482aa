"""Staff subsidies: rates, and the month's hours and pay per person from the daily records.

Hours come from the daily loop: each class supervision (专任管理老师, its recorded start and
end, else the day's service window) and each duty leader's day on post (the service window).
A rate is per hour or per lesson (one supervised session or duty day = one lesson), per staff
category; a flat rate for a day type wins, otherwise the category's base rate times the
profile's multiplier for that day type (100% where the profile sets none).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from after_school_desk.domain.in_force import Status, in_force_by, status_on
from after_school_desk.domain.money import yuan
from after_school_desk.domain.profiles import Profile, subsidy_multiplier
from after_school_desk.domain.roles import Action
from after_school_desk.domain.subsidy import (
    CATEGORIES,
    DAY_TYPES,
    RATE_UNITS,
    Rate,
    RateUnit,
    Session,
    day_type,
    hours_text,
    month_pay,
    session_category,
)
from after_school_desk.domain.subsidy_floors import FlatRateRecord, floor_problem
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import day_of
from after_school_desk.services.base.money_common import amount_fen, month_of
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.money.answers import (
    MonthSubsidy,
    Multiplier,
    RateMultipliers,
    RateNote,
    RateRow,
    SubsidyPerson,
    SubsidyRate,
    subsidy_rate,
)
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.store import money_store, rows
from after_school_desk.store.ids import new_id

BASE = "base"  # the day type of a base rate, which the profile's multipliers scale
RATE_DAY_TYPES = {BASE: "基数（按政策倍数折算）", **DAY_TYPES}


def set_rate(
    ctx: ServiceContext,
    category: str,
    amount: str | int,
    *,
    unit: str = RateUnit.HOUR,
    day_type_: str = BASE,
    start: str | date | None = None,
) -> SubsidyRate:
    """A subsidy rate for a staff category, from ``start`` on."""
    ctx.require(Action.MANAGE_FEES)
    problems = []
    if category not in CATEGORIES:
        problems.append(
            t("人员类别“{category}”无效，可选：teacher、duty_leader、external。", category=category)
        )
    if unit not in RATE_UNITS:
        problems.append(
            t("计酬单位“{unit}”无效，可选：hour（每小时）、lesson（每课时）。", unit=unit)
        )
    if day_type_ not in RATE_DAY_TYPES:
        problems.append(
            t(
                "日期类型“{day_type}”无效，可选：base、weekday、rest_day、statutory_holiday。",
                day_type=day_type_,
            )
        )
    if problems:
        raise ValidationError(t("补助标准未保存："), problems)
    fen = amount_fen(amount, "补助标准", allow_zero=True)
    row: SubsidyRate = {
        "id": new_id(),
        "category": category,
        "day_type": day_type_,
        "unit": unit,
        "rate_fen": fen,
        "effective_from": day_of(ctx, start).isoformat(),
        "created_at": ctx.now_iso(),
        "actor": ctx.actor.login,
        "device_id": ctx.device_id,
    }
    with ctx.write() as conn:
        if day_type_ != BASE:
            _check_floor(ctx, conn, row)
        rows.insert(conn, "subsidy_rate", row)
        ctx.audit(conn, "subsidy.rate", "subsidy_rate", str(row["id"]), None, row)
    return row


def _base_fen(conn: sqlite3.Connection, category: str, unit: str, day: str) -> int | None:
    """The category's base rate in force on ``day``, if it is in ``unit``."""
    base = money_store.subsidy_rate_for(conn, category, BASE, day)
    return int(base["rate_fen"]) if base is not None and base["unit"] == unit else None


def _check_floor(ctx: ServiceContext, conn: sqlite3.Connection, row: SubsidyRate) -> None:
    """A flat rate below the region's own floor (base × 不低于 percent) is refused."""
    found = floor_problem(
        school_profile(ctx, row["effective_from"]), row["category"], row["day_type"], row["unit"],
        row["rate_fen"],
        _base_fen(conn, row["category"], row["unit"], row["effective_from"]),
    )  # fmt: skip
    if found is not None:
        message, mult = found
        raise ValidationError(
            t("补助标准未保存：{problem}。", problem=message),
            [t("依据：{rule}", rule=mult.clause.cite())],
        )


def flat_rate_records(ctx: ServiceContext, first: date, last: date) -> list[FlatRateRecord]:
    """The flat rates in force at the end of the period (the ones the month's pay uses), each
    with the base of its category in the same unit (for the compliance check's floors)."""
    conn = ctx.store.conn
    out = []
    for category in CATEGORIES:
        for dt in DAY_TYPES:
            flat = money_store.subsidy_rate_for(conn, category, dt, last.isoformat())
            if flat is None:
                continue
            out.append(
                FlatRateRecord(
                    category, dt, str(flat["unit"]), int(flat["rate_fen"]),
                    _base_fen(conn, category, str(flat["unit"]), last.isoformat()),
                    max(str(flat["effective_from"]), first.isoformat()),
                    f"subsidy_rate:{flat['id']}",
                )
            )  # fmt: skip
    return out


def list_rates(ctx: ServiceContext) -> list[SubsidyRate]:
    """Every subsidy rate ever set, oldest first."""
    ctx.require(Action.VIEW_FINANCE)
    return [subsidy_rate(r) for r in money_store.subsidy_rates(ctx.store.conn)]


def rate_rows(ctx: ServiceContext) -> list[RateRow]:
    """Every rate with its labels, yuan text and status: 现行 (in force today for its category
    and day type), 待生效 (starts later) or 已停用 (replaced by a later one)."""
    found = list_rates(ctx)
    today = ctx.clock.now().date().isoformat()
    current = in_force_by(found, _key, today)
    out: list[RateRow] = []
    for r in found:
        status = _STATUS_LABELS[status_on(r, current.get(_key(r)), today)]
        out.append({
            **r,
            "category_label": CATEGORIES.get(r["category"], r["category"]),
            "day_type_label": RATE_DAY_TYPES.get(r["day_type"], r["day_type"]),
            "unit_label": RATE_UNITS.get(r["unit"], r["unit"]),
            "rate_yuan": yuan(int(r["rate_fen"])),
            "status": status,
        })  # fmt: skip
    return out


_STATUS_LABELS = {Status.IN_FORCE: "现行", Status.PENDING: "待生效", Status.REPLACED: "已停用"}


def _key(row: SubsidyRate) -> tuple[str, str]:
    """A rate's history: one per staff category and day type."""
    return (str(row["category"]), str(row["day_type"]))


def rate_multipliers(ctx: ServiceContext) -> RateMultipliers:
    """The school's profile and, per day type, the percent of the base rate it pays."""
    ctx.require(Action.VIEW_FINANCE)
    profile = school_profile(ctx)
    rows_out: list[Multiplier] = []
    for dt, label in DAY_TYPES.items():
        mult = subsidy_multiplier(profile, dt)
        rows_out.append({
            "day_type": dt,
            "label": label,
            "percent": mult.percent if mult else 100,
            "from_profile": mult is not None,
            "source": mult.clause.cite() if mult else "",
        })  # fmt: skip
    return {"profile_id": profile.id, "profile_name": profile.name, "multipliers": rows_out}


def _minutes(start_at: str | None, end_at: str | None, fallback: int) -> int:
    if not start_at or not end_at:
        return fallback
    span = datetime.fromisoformat(end_at) - datetime.fromisoformat(start_at)
    return max(0, int(span.total_seconds() // 60))


def rate_on(
    conn: sqlite3.Connection, profile: Profile, category: str, dt: str, day: str
) -> tuple[Rate | None, str]:
    """The rate paid for a ``dt`` day under the rates in force on ``day``, and where it comes
    from: a flat rate for the day type wins; else the base times the profile's multiplier."""
    flat = money_store.subsidy_rate_for(conn, category, dt, day)
    if flat is not None:
        return Rate(flat["unit"], int(flat["rate_fen"])), "按日期类型的固定标准"
    base = money_store.subsidy_rate_for(conn, category, BASE, day)
    if base is None:
        return None, ""
    mult = subsidy_multiplier(profile, dt)
    percent = mult.percent if mult else 100
    source = f"基数 × {percent}%" + (f"，依据：{mult.clause.cite()}" if mult else "")
    return Rate(base["unit"], int(base["rate_fen"]), percent), source


def month_subsidy(ctx: ServiceContext, month: str) -> MonthSubsidy:
    """Per person: category, minutes/hours/lessons by day type, pay by day type and in all."""
    ctx.require(Action.VIEW_FINANCE)
    month, first, last = month_of(month)
    conn = ctx.store.conn
    cal = school_calendar(ctx.store.conn)
    profile = school_profile(ctx, first)  # a month: the profile in force on its first day

    def kind_of(d: date) -> str:
        entry = cal.entries.get(d)
        return day_type(d, entry.kind if entry else None)

    def window_minutes(d: date) -> int:
        s = cal.status(d)
        return s.window.minutes if s.window else 0

    sessions: list[Session] = []
    raw: list[tuple[str, date, int, bool]] = []
    for v in money_store.supervision_between(conn, first.isoformat(), last.isoformat()):
        d = date.fromisoformat(v["day"])
        raw.append(
            (v["staff_id"], d, _minutes(v["start_at"], v["end_at"], window_minutes(d)), False)
        )
    for dd in money_store.duty_days_between(conn, first.isoformat(), last.isoformat()):
        d = date.fromisoformat(dd["day"])
        raw.append((dd["leader_staff_id"], d, window_minutes(d), True))
    staff = money_store.staff_by_ids(conn, sorted({r[0] for r in raw}))
    for sid, d, minutes, duty_day in raw:
        paid_as = session_category(staff[sid]["role"], duty_day)
        sessions.append(Session(sid, d, minutes, kind_of(d), paid_as))
    rate_of: dict[tuple[str, str], Rate | None] = {}
    rate_notes: list[RateNote] = []
    for category in CATEGORIES:
        for dt in DAY_TYPES:
            rate, source = rate_on(conn, profile, category, dt, last.isoformat())
            rate_of[(category, dt)] = rate
            if rate is not None:
                rate_notes.append({"category": category, "day_type": dt, "unit": rate.unit,
                                   "rate_fen": rate.rate_fen, "percent": rate.percent,
                                   "source": source})  # fmt: skip
    people: dict[str, SubsidyPerson] = {}
    for (sid, category), pm in month_pay(sessions, rate_of).items():
        person = people.setdefault(sid, {
            "staff_id": sid, "name": str(staff[sid]["name"]), "role": str(staff[sid]["role"]),
            "categories": [], "minutes": dict.fromkeys(DAY_TYPES, 0),
            "lessons": dict.fromkeys(DAY_TYPES, 0), "amount_by_day_type": dict.fromkeys(DAY_TYPES, 0),
            # filled in below, once every category of the person is known
            "category": "", "category_label": "", "hours": {}, "amount_fen": 0, "amount_yuan": "",
        })  # fmt: skip
        person["categories"].append(category)
        for dt in DAY_TYPES:
            person["minutes"][dt] += pm.minutes[dt]
            person["lessons"][dt] += pm.lessons[dt]
            person["amount_by_day_type"][dt] += pm.amount[dt]
    out: list[SubsidyPerson] = []
    for person in sorted(people.values(), key=lambda p: (p["role"], p["name"])):
        person["category"] = person["categories"][0]
        person["category_label"] = "、".join(
            CATEGORIES[c] for c in sorted(set(person["categories"]))
        )
        person["hours"] = {dt: hours_text(m) for dt, m in person["minutes"].items()}
        person["amount_fen"] = sum(person["amount_by_day_type"].values())
        person["amount_yuan"] = yuan(person["amount_fen"])
        out.append(person)
    return {
        "month": month,
        "day_types": DAY_TYPES,
        "rates": rate_notes,
        "people": out,
        "total_fen": sum(p["amount_fen"] for p in out),
    }
