"""The compliance check for a month: the records read from the file, judged by the profile."""

from __future__ import annotations

from datetime import date, timedelta

from after_school_desk.domain import compliance as rules
from after_school_desk.domain.attendance import derived_id, pupil_day_id
from after_school_desk.domain.billing import WaiverKind
from after_school_desk.domain.manual_checks import manual_checks
from after_school_desk.domain.profiles import SCHOOL_STAGES, stage_of_grade
from after_school_desk.domain.roles import Action
from after_school_desk.reports.month_facts import MonthFacts
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.money_common import month_of
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.daily.day_end_records import day_ends, missed_days
from after_school_desk.services.money import fees
from after_school_desk.services.money.subsidies import flat_rate_records
from after_school_desk.services.month.answers import ComplianceCheck
from after_school_desk.services.month.facts import month_facts
from after_school_desk.services.school.profile_history import school_profile
from after_school_desk.store import compliance_store, money_store, school_store
from after_school_desk.store.rows import Row


def parse_month(month: str) -> tuple[date, date]:
    """The first and last day of a month written YYYY-MM (refused in words otherwise)."""
    return month_of(month)[1:]


def month_records(
    ctx: ServiceContext, month: str, facts: MonthFacts | None = None
) -> rules.MonthRecords:
    """Gather what was recorded in ``month`` (up to today) as the pure check expects it.

    ``facts``: the month's derived pupil-days when the caller has them already (the ledger)."""
    first, last = parse_month(month)
    last = min(last, ctx.clock.now().date())
    if facts is None:
        facts = month_facts(ctx, month)
    conn = ctx.store.conn
    cal = school_calendar(conn)
    own_stages = cal.own_stages()
    school = school_store.school(conn)
    boarding = bool(school["boarding"]) if school is not None else None
    classes = {c["id"]: c for c in school_store.classes(conn)}
    held = compliance_store.days_with_attendance(conn, first.isoformat(), last.isoformat())
    ends = day_ends(facts)
    duty_days = compliance_store.duty_days(conn, first.isoformat(), last.isoformat())
    supervision = compliance_store.supervisions(conn, first.isoformat(), last.isoformat())
    service: list[rules.ServiceRecord] = []
    duty: list[rules.DutyDayRecord] = []
    supervised: list[rules.SupervisionRecord] = []
    on_post: list[rules.StaffOnPost] = []
    for day_iso in sorted(held):
        status = cal.status(date.fromisoformat(day_iso))
        entry = cal.entries.get(date.fromisoformat(day_iso))
        d = duty_days.get(day_iso)
        duty.append(
            rules.DutyDayRecord(
                day_iso,
                d["leader_name"] if d and d["on_post_at"] else None,
                f"duty_day:{day_iso}",
            )
        )
        if d and d["on_post_at"] and d["leader_name"]:
            on_post.append(
                rules.StaffOnPost(day_iso, d["leader_name"], d["leader_role"] == "external",
                                  d["leader_vetting"], f"duty_day:{day_iso}")
            )  # fmt: skip
        for class_id in sorted(
            held[day_iso], key=lambda c: (classes[c]["grade_level"], classes[c]["number"])
        ):
            cls = classes[class_id]
            sup = supervision.get((day_iso, class_id))
            start = (sup["start_at"] or "")[11:16] if sup else ""
            end = (sup["end_at"] or "")[11:16] if sup else ""
            window = (
                cal.status(date.fromisoformat(day_iso), stage_of_grade(int(cls["grade_level"])))
                if own_stages
                else status
            ).window  # the window of the class's stage
            ref = f"class_supervision:{sup['id']}" if sup else f"class_day:{day_iso}:{class_id}"
            if window is not None or (start and end):
                service.append(
                    rules.ServiceRecord(
                        day_iso, cls["name"], int(cls["grade_level"]),
                        start or (window.start if window else ""),
                        end or (window.end if window else ""), ref, boarding=boarding,
                        makeup_day=bool(entry and entry.kind == "makeup_workday"),
                        last_out=ends.last_out.get((day_iso, class_id), ""),
                    )
                )  # fmt: skip
            name = sup["staff_name"] if sup else cls["head_teacher"]
            supervised.append(rules.SupervisionRecord(day_iso, cls["name"], name, ref))
            if sup:
                on_post.append(
                    rules.StaffOnPost(day_iso, sup["staff_name"], sup["role"] == "external",
                                      sup["vetting"], ref)
                )  # fmt: skip
    absences = _absences(facts, held)
    refusals = [
        rules.RefusalRecord(r["day"], r["name"], r["refused_reason"], f"enrolment:{r['id']}",
                            int(r["grade_level"]) if r["grade_level"] is not None else None)
        for r in compliance_store.refused_enrolments(conn, first.isoformat(), last.isoformat())
    ]  # fmt: skip
    return rules.MonthRecords(
        service=service,
        duty_days=duty,
        supervision=supervised,
        staff_on_post=on_post,
        fee_standards=fees.compliance_fee_records(ctx, month),
        refusals=refusals,
        absences=absences,
        charges=_charges(ctx, month),
        payments=_payments(ctx, first, last),
        departures=ends.departures,
        missed_days=missed_days(facts, held),
        enrolments=_enrolments(ctx, first, last),
        expenses=_expenses(ctx, first, last),
        flat_rates=flat_rate_records(ctx, first, last),
        spending=_spending(ctx, cal.term_of(last) or cal.term_of(first), first, last),
    )


def _enrolments(ctx: ServiceContext, first: date, last: date) -> list[rules.EnrolmentRecord]:
    """The approved enrolments counting in the period, with the days they count in it."""
    found = []
    for e in compliance_store.enrolments_counting(
        ctx.store.conn, first.isoformat(), last.isoformat()
    ):
        until = date.fromisoformat(str(e["counts_until"])) - timedelta(days=1)
        found.append(
            rules.EnrolmentRecord(
                str(e["name"]), str(e["class_name"] or ""), f"enrolment:{e['id']}",
                str(e["approved_at"] or ""), str(e["approved_by"] or ""),
                service_from=str(e["counts_from"]),
                first_day=max(str(e["counts_from"]), first.isoformat()),
                last_day=min(until, last).isoformat(),
                reviewed_at=str(e["reviewed_at"] or ""), reviewed_by=str(e["reviewed_by"] or ""),
                agreement_on=str(e["agreement_signed_on"] or ""),
            )
        )  # fmt: skip
    return found


def _expenses(ctx: ServiceContext, first: date, last: date) -> list[rules.ExpenseRecord]:
    found = money_store.ledger(ctx.store.conn, first.isoformat(), last.isoformat(), "expense")
    return [
        rules.ExpenseRecord(
            str(e["entry_on"]), str(e["category"]), str(e.get("purpose") or ""),
            int(e["amount_fen"]), str(e["note"] or ""), f"ledger_entry:{e['id']}",
        )
        for e in found
    ]  # fmt: skip


def _spending(
    ctx: ServiceContext, term: tuple[date, date] | None, first: date, last: date
) -> rules.SpendingPeriod | None:
    """The term so far: the expenses from the start of the term holding the month (or the
    month's first day, whichever is earlier; the month alone when no term holds it) to the
    month's last day checked."""
    if last < first:
        return None
    start = min(term[0], first) if term is not None else first
    return rules.SpendingPeriod(
        start.isoformat(), last.isoformat(), tuple(_expenses(ctx, start, last))
    )


def _absences(facts: MonthFacts, held: dict[str, set[str]]) -> list[rules.AbsenceRecord]:
    """Absence alerts of the month's held days (a late arrival closes its own alert: nobody
    needed to be told), with whether the class and the school recorded anything that day."""
    grades = {c["id"]: int(c["grade_level"]) for c in facts.input.classes}
    found = []
    for pm in facts.pupils:
        # (most pupil-days have no alert: only the days with one are sorted and looked at)
        for day, alerts in sorted((d, found) for d, found in pm.alerts.items() if found):
            classes = held.get(day, set())
            for alert in alerts:
                if alert.kind == "absence" and alert.closed_by != "arrived":
                    ref = derived_id(pupil_day_id(pm.pupil_id, day), "absence")
                    found.append(
                        rules.AbsenceRecord(
                            day,
                            pm.name,
                            pm.class_name,
                            bool(alert.contacts),
                            f"alert:{ref}",
                            grades.get(pm.class_id),
                            pm.class_id in classes,
                            bool(classes),
                        )
                    )
    return found


def _groups(row: Row) -> frozenset[str]:
    return frozenset({WaiverKind.REGISTERED_POOR} if row["registered_poor"] else set())


def _charges(ctx: ServiceContext, month: str) -> list[rules.ChargeRecord]:
    """The month's charges after waivers, with the pupil's flags (建档立卡)."""
    return [
        rules.ChargeRecord(
            c["name"],
            _groups(c),
            int(c["gross_fen"]) - int(c["waived_fen"]),
            month,
            f"charge:{c['id']}",
        )
        for c in money_store.charges(ctx.store.conn, month)
    ]


def _payments(ctx: ServiceContext, first: date, last: date) -> list[rules.PaymentRecord]:
    """The month's payments, each with what its pupil got refunded from the month on."""
    conn = ctx.store.conn
    refunded: dict[str, int] = {}
    for r in money_store.refunds(conn, first.isoformat(), ctx.clock.now().date().isoformat()):
        refunded[r["pupil_id"]] = refunded.get(r["pupil_id"], 0) + int(r["amount_fen"])
    return [
        rules.PaymentRecord(
            p["paid_on"],
            p["pupil_id"],
            p["name"],
            _groups(p),
            int(p["amount_fen"]),
            f"payment:{p['id']}",
            refunded.get(p["pupil_id"], 0),
        )
        for p in money_store.payments(conn, first.isoformat(), last.isoformat())
    ]


def _stages(ctx: ServiceContext) -> tuple[str, ...]:
    """The profile stages the school teaches (all when the school's stage is unknown)."""
    school = school_store.school(ctx.store.conn)
    return SCHOOL_STAGES.get(str(school["stage"]), ()) if school is not None else ()


def check_month(
    ctx: ServiceContext, month: str, facts: MonthFacts | None = None
) -> ComplianceCheck:
    """Every place in the month where the records break the school's profile
    (``violations``), the records its rules make worth a look (``listed``, 需核查: not
    counted as breaches), and the duties its text states that no record shows (``manual``,
    需人工确认: confirmed by signature on the ledger)."""
    ctx.require(Action.VIEW_AUDIT)
    records = month_records(ctx, month, facts)
    profile = school_profile(ctx, parse_month(month)[0])  # in force on the month's first day
    found = rules.check_month(profile, records)
    return {
        "month": month,
        "profile": profile.id,
        "profile_name": profile.name,
        "days_checked": len({r.day for r in records.duty_days}),
        "violations": [v.as_dict() for v in found if not v.listed],
        "listed": [v.as_dict() for v in found if v.listed],
        "manual": [m.as_dict() for m in manual_checks(profile, _stages(ctx))],
    }
