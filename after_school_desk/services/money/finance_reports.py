"""Report data for the money side (the PDF/XLSX renderers in after_school_desk/reports call these).

``finance_month``: the month's 收支公示 figures, the internal waiver list with full detail,
and the public waiver list (class, masked name, amount — only pupils whose guardian's
consent to publication is in force at the month's end; never a 学籍号 or hardship kind).
The notice also carries what a 收支公示 must say besides the figures: the fee standards in force
(with their 批准文号), the service time and content, the complaint phone (监督电话) and the
notice period (公示期), from the school settings (after_school_desk.services.school.school_settings).
``subsidy_month``: each person's hours by day type and pay.
``arrears_month``: who still owes fees for the months up to the given one (欠费名单, internal).
Every total is integer fen and reconciles: income − expenses = balance.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from after_school_desk.domain.billing import MODES, STAGE_CHOICES, UNITS, WAIVER_KINDS
from after_school_desk.domain.calendar import WEEKDAY_LABELS
from after_school_desk.domain.in_force import in_force_during
from after_school_desk.domain.money import (
    EXPENSE_CATEGORIES,
    INCOME_CATEGORIES,
    LedgerDirection,
    mask_name,
    yuan,
)
from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.money_common import month_of
from after_school_desk.services.money.answers import (
    Arrear,
    ArrearsMonth,
    FinanceMonth,
    MonthSubsidy,
    NoticeFacts,
    PublicWaiver,
    StandardNotice,
    WaiverDetail,
)
from after_school_desk.services.money.subsidies import month_subsidy
from after_school_desk.services.school.setup import school_info
from after_school_desk.store import money_store, people_store, school_store
from after_school_desk.store.rows import Row

DEFAULT_SERVICE_CONTENT = (
    "学生在校完成书面作业，教师辅导答疑；开展阅读、文体、艺术、科普、劳动等兴趣小组和社团活动。"
    "不讲新课，不组织集体补课。"
)
SEASON_LABELS = {"all": "", "summer": "夏季", "winter": "冬季"}


def finance_month(ctx: ServiceContext, month: str) -> FinanceMonth:
    """The month's 收支公示 (see the module's docstring)."""
    ctx.require(Action.VIEW_FINANCE)
    month, first, last = month_of(month)
    conn = ctx.store.conn
    start, end = first.isoformat(), last.isoformat()
    charges = money_store.charges(conn, month)
    paid = sum(int(p["amount_fen"]) for p in money_store.payments(conn, start, end))
    refunded = sum(int(r["amount_fen"]) for r in money_store.refunds(conn, start, end))
    entries = money_store.ledger(conn, start, end)
    spent = {c: 0 for c in EXPENSE_CATEGORIES}
    other_income = {c: 0 for c in INCOME_CATEGORIES}
    for e in entries:
        (spent if e["direction"] == LedgerDirection.EXPENSE else other_income)[e["category"]] += (
            int(e["amount_fen"])
        )
    expenses_fen = sum(spent.values())
    income_fen = paid - refunded + sum(other_income.values())
    consenting = money_store.consenting_pupils(conn, "publication", end)
    waivers: list[WaiverDetail] = []
    public: list[PublicWaiver] = []
    for c in charges:
        if int(c["waived_fen"]) <= 0:
            continue
        waivers.append({
            "national_id": c["national_id"], "name": c["name"], "class": c["charge_class_name"],
            "kind": c["waiver_kind"], "kind_label": WAIVER_KINDS.get(c["waiver_kind"] or "", ""),
            "fen": int(c["waived_fen"]),
        })  # fmt: skip
        if c["pupil_id"] in consenting:
            public.append({"class": c["charge_class_name"], "name": mask_name(c["name"]),
                           "fen": int(c["waived_fen"])})  # fmt: skip
    school = school_info(ctx) or {}
    return {
        "month": month,
        "school": school.get("name", ""),
        **notice_facts(ctx, first, last),
        "charged_fen": sum(int(c["gross_fen"]) for c in charges),
        "waived_fen": sum(int(c["waived_fen"]) for c in charges),
        "paid_fen": paid,
        "refunded_fen": refunded,
        "fee_income_fen": paid - refunded,
        "other_income_fen": sum(other_income.values()),
        "income_fen": income_fen,
        "expenses_fen": expenses_fen,
        "balance_fen": income_fen - expenses_fen,
        "waivers": waivers,
        "public_waivers": public,
        "public_waivers_fen": sum(w["fen"] for w in public),
        "withheld_from_public": len(waivers) - len(public),
        "expenses": [{"category": k, "fen": v} for k, v in spent.items() if v],
        "other_income": [{"category": k, "fen": v} for k, v in other_income.items() if v],
    }


def subsidy_month(ctx: ServiceContext, month: str) -> MonthSubsidy:
    """Per person: name, category, hours by day type, amount_fen (see services.subsidies)."""
    return month_subsidy(ctx, month)


def _standards_in(conn: sqlite3.Connection, first: date, last: date) -> list[StandardNotice]:
    """The fee standards in force at some time of the month, each (mode, stage) in date order."""
    by_key: dict[tuple[str, str], list[Row]] = {}
    for r in money_store.standards(conn):
        by_key.setdefault((r["mode"], r["stage"]), []).append(r)
    found: list[StandardNotice] = []
    for history in by_key.values():
        for r in in_force_during(history, first.isoformat(), last.isoformat()):
            found.append({
                "label": f"{MODES[r['mode']]}（{STAGE_CHOICES[r['stage']]}）",
                "amount_fen": int(r["amount_fen"]),
                "unit": str(r["unit"]),
                "text": f"{yuan(int(r['amount_fen']))} 元/{UNITS[r['unit']]}"
                + ("（不足半月按半月收）" if r["half_month"] else ""),
                "approval_doc": r["approval_doc"] or "",
                "approval_date": r["approval_date"] or "",
                "effective_from": str(r["effective_from"]),
            })  # fmt: skip
    return found


def service_time_text(conn: sqlite3.Connection, on: str | None = None) -> str:
    """ "星期一、二、四、五 16:00–18:00" per timetable season, from the service windows in
    force on ``on`` (None: the latest)."""
    seasons: dict[str, dict[tuple[str, str], list[int]]] = {}
    for w in school_store.service_windows(conn, "", on):  # the whole school's timetable
        seasons.setdefault(w["season"], {}).setdefault((w["start_time"], w["end_time"]), []).append(
            int(w["weekday"])
        )
    parts = []
    for season in ("all", "summer", "winter"):
        for (start, end), days in sorted(seasons.get(season, {}).items()):
            label = "、".join(WEEKDAY_LABELS[d - 1] for d in sorted(days))
            parts.append(f"{SEASON_LABELS[season]}星期{label} {start}–{end}")
    return "；".join(parts)


def notice_facts(ctx: ServiceContext, first: date, last: date) -> NoticeFacts:
    """What a 收支公示 says besides its figures (see the module's docstring)."""
    conn = ctx.store.conn
    phone = (school_store.get_meta(conn, "complaint_phone") or "").strip()
    try:
        days = int(school_store.get_meta(conn, "notice_days") or 0)
    except ValueError:
        days = 0
    today = ctx.clock.now().date()
    start = max(today, last + timedelta(days=1))  # published once the month is over
    content = (school_store.get_meta(conn, "service_content") or "").strip()
    return {
        "standards": _standards_in(conn, first, last),
        "service_time": service_time_text(conn, last.isoformat()),
        "service_content": content or DEFAULT_SERVICE_CONTENT,
        "complaint_phone": phone,
        "notice_days": days,
        "notice_from": start.isoformat() if days else "",
        "notice_to": (start + timedelta(days=days - 1)).isoformat() if days else "",
    }


def arrears_month(ctx: ServiceContext, month: str) -> ArrearsMonth:
    """欠费名单: each pupil who still owes for the months up to ``month`` — what is due (charges
    less waivers, this month and before) against what the family holds paid (payments less
    refunds, up to today), the month's own part first. Internal: for the principal only."""
    ctx.require(Action.VIEW_FINANCE)
    month = month_of(month)[0]
    conn = ctx.store.conn
    today = ctx.clock.now().date().isoformat()
    due_before: dict[str, int] = {}
    due_month: dict[str, int] = {}
    who: dict[str, Row] = {}
    for c in money_store.charges(conn):
        if c["month"] > month:
            continue
        net = int(c["gross_fen"]) - int(c["waived_fen"])
        target = due_month if c["month"] == month else due_before
        target[c["pupil_id"]] = target.get(c["pupil_id"], 0) + net
        if c["month"] == month or c["pupil_id"] not in who:
            who[c["pupil_id"]] = c
    held: dict[str, int] = {}
    for p in money_store.payments(conn, end=today):
        held[p["pupil_id"]] = held.get(p["pupil_id"], 0) + int(p["amount_fen"])
    for r in money_store.refunds(conn, end=today):
        held[r["pupil_id"]] = held.get(r["pupil_id"], 0) - int(r["amount_fen"])
    owes = [pid for pid in who if due_before.get(pid, 0) + due_month.get(pid, 0) > held.get(pid, 0)]
    adults = people_store.adults_for_pupils(conn, owes)
    owing: list[Arrear] = []
    for pid in owes:
        c = who[pid]
        due = due_before.get(pid, 0) + due_month.get(pid, 0)
        owed = due - held.get(pid, 0)
        this_month = min(owed, due_month.get(pid, 0))
        guardians = [a for a in adults.get(pid, []) if a["is_guardian"]]
        guardian = " ".join(
            f"{a['relation']} {a['name']} {a['phone'] or ''}".strip() for a in guardians[:1]
        )
        owing.append({"pupil_id": pid, "national_id": c["national_id"], "name": c["name"],
                      "class": c["charge_class_name"], "due_month_fen": due_month.get(pid, 0),
                      "due_fen": due, "paid_fen": held.get(pid, 0), "owed_fen": owed,
                      "owed_month_fen": this_month, "owed_before_fen": owed - this_month,
                      "guardian": guardian})  # fmt: skip
    school = school_info(ctx) or {}
    return {
        "month": month,
        "school": school.get("name", ""),
        "as_of": today,
        "pupils": owing,
        "count": len(owing),
        "owed_fen": sum(o["owed_fen"] for o in owing),
        "owed_month_fen": sum(o["owed_month_fen"] for o in owing),
        "charged_pupils": len({c["pupil_id"] for c in money_store.charges(conn, month)}),
    }
