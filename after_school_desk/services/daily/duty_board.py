"""值班看板's reading: per class counts of the day, the school's totals and the duty record
(``board``), and all the page shows from one reading of the day (``board_page``)."""

from __future__ import annotations

from datetime import date

from after_school_desk.domain.alerts import AlertKind, AlertStatus, ClosedBy
from after_school_desk.domain.attendance import DayState
from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily.alerts import alerts_of_day
from after_school_desk.services.daily.answers import Board, BoardClass, BoardPage
from after_school_desk.services.daily.duty import duty_summary, problems_of_day
from after_school_desk.services.daily.event_log import DayCounts, DayData, count_day, load_day
from after_school_desk.services.pcs import sync
from after_school_desk.store import duty_store, school_store

# The counts of a class on the board, in the order the screens and the totals list them.
BOARD_COUNTS = (
    "enrolled", "present", "leave", "absent_open", "absent_closed", "not_arrived", "handed_over",
    "self_leave", "extended_care", "still_present", "late_arrivals", "late_pickups_open",
    "late_pickups", "escalated",
)  # fmt: skip


# The counts a pupil-day's state adds to (present and absent are counted otherwise: by the
# sign-in, and by the absence alerts).
_COUNTED_STATE: dict[DayState, tuple[str, ...]] = {
    DayState.NOT_ARRIVED: ("not_arrived",),
    DayState.PRESENT: ("still_present",),
    DayState.ABSENT: (),
    DayState.LEAVE: ("leave",),
    DayState.HANDED_OVER: ("handed_over",),
    DayState.SELF_LEAVE: ("self_leave",),
    DayState.EXTENDED_CARE: ("extended_care", "still_present"),
}


def board(ctx: ServiceContext, day: str | date | None = None) -> Board:
    """The duty leader's live board: per class counts and the day's duty record."""
    ctx.require(Action.DUTY)
    return _board_of(ctx, count_day(ctx, day))


def board_page(ctx: ServiceContext, day: str | date | None = None) -> BoardPage:
    """What 值班看板 shows, from one reading of the day: the board, the open alerts and why the
    day cannot be signed off yet (each as ``board``, ``alerts(open_only=True)`` and
    ``sign_off_problems`` give it; a school's day is read once, not three times)."""
    ctx.require(Action.DUTY)
    data = load_day(ctx, day)
    return {
        "board": _board_of(ctx, data),
        "alerts": alerts_of_day(ctx, data, open_only=True),
        "problems": problems_of_day(data),
    }


def _board_of(ctx: ServiceContext, data: DayData | DayCounts) -> Board:
    conn = ctx.store.conn
    classes = {c["id"]: c for c in school_store.classes(conn)}
    supervisors = {r["class_id"]: r for r in duty_store.supervision(conn, data.day)}
    per: dict[str, dict[str, int]] = {}  # class id -> BOARD_COUNTS
    names: dict[str, str] = {}
    states, alerts = data.states, data.alerts
    for p in data.pupils:
        cid = p["class_id"]
        c = per.get(cid)
        if c is None:
            c = per[cid] = dict.fromkeys(BOARD_COUNTS, 0)
            names[cid] = p["class_name"]
        pd = states[p["pupil_id"]]
        c["enrolled"] += 1
        if pd.signed_in_at is not None:
            c["present"] += 1
        for count in _COUNTED_STATE[pd.state]:
            c[count] += 1
        for a in alerts.get(p["pupil_id"], ()):
            c["escalated"] += a.escalated
            if a.kind == AlertKind.ABSENCE:
                c["absent_open" if a.status == AlertStatus.OPEN else "absent_closed"] += 1
                c["late_arrivals"] += a.closed_by == ClosedBy.ARRIVED
            else:
                c["late_pickups"] += 1
                c["late_pickups_open"] += a.status == AlertStatus.OPEN
    order = sorted(per, key=lambda cid: (classes[cid]["grade_level"], classes[cid]["number"]))
    totals = {k: sum(per[cid][k] for cid in order) for k in BOARD_COUNTS} if order else {}
    # a class recorded on another PC that has been silent: its pupils may be signed in there
    elsewhere = sync.class_pcs(ctx, data.day)
    rows_: list[BoardClass] = []
    for cid in order:
        n, sup, pc = per[cid], supervisors.get(cid), elsewhere.get(cid)
        rows_.append({
            "class_id": cid, "class": names[cid], "enrolled": n["enrolled"],
            "present": n["present"], "leave": n["leave"], "absent_open": n["absent_open"],
            "absent_closed": n["absent_closed"], "not_arrived": n["not_arrived"],
            "handed_over": n["handed_over"], "self_leave": n["self_leave"],
            "extended_care": n["extended_care"], "still_present": n["still_present"],
            "late_arrivals": n["late_arrivals"], "late_pickups_open": n["late_pickups_open"],
            "late_pickups": n["late_pickups"], "escalated": n["escalated"],
            "supervisor": sup["staff_name"] if sup else classes[cid]["head_teacher"],
            "waiting_for": pc.name if pc is not None and pc.silent else None,
            "last_contact": pc.last_contact if pc is not None else None,
        })  # fmt: skip
    return {"date": data.day, "service": data.status.service, "reason": data.status.reason,
            "window": [data.status.window.start, data.status.window.end]
            if data.status.window else None,
            "classes": rows_, "totals": totals, "duty": duty_summary(ctx, data.day)}  # fmt: skip
