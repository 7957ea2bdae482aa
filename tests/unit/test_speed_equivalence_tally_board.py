"""The quick paths give what the plain ones give: the direct report's tally over the store's
short event tuples (``tally_events``, ``tally_month``) against the full derivation of every
pupil-day (``derive_month``), and the duty board's counting read of a day (``count_day``)
against the day read whole (``load_day``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from after_school_desk.domain import attendance as domain
from after_school_desk.domain.alerts import alerts_for
from after_school_desk.domain.attendance import EVENT_KINDS
from after_school_desk.reports.month_facts import (
    MARK_LATE,
    MARK_LEAVE,
    MonthDay,
    MonthInput,
    derive_month,
)
from after_school_desk.reports.month_tally import tally_month
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import setting
from after_school_desk.services.daily import duty_board
from after_school_desk.services.daily.event_log import count_day, event_row, load_day
from after_school_desk.services.month.facts import month_input
from after_school_desk.services.sample import demo
from after_school_desk.store import daily_store
from after_school_desk.store.tally_events import COUNTED_FIELDS, WITH_IDS
from tests.unit.test_report_tally import counts_of_facts, counts_of_tally

# --- the tally over the store's short tuples ------------------------------------------------


def _void(ctx: ServiceContext, kind: str, when: str) -> dict[str, Any]:
    """Record a correction voiding the first live event of ``kind`` dated ``when`` (a month or
    a day)."""
    conn = ctx.store.conn
    found = dict(
        conn.execute(
            "SELECT * FROM attendance_event WHERE kind = ? AND day LIKE ? ORDER BY rowid LIMIT 1",
            [kind, f"{when}%"],
        ).fetchone()
    )
    with ctx.store.write() as wconn:
        daily_store.insert_events(wconn, [event_row(
            event_id=f"void/{found['id']}", pupil_id=found["pupil_id"], class_id=found["class_id"], day=found["day"],
            kind="correction", at=f"{found['day']}T20:00:00+08:00",
            recorded_at=f"{found['day']}T20:00:00+08:00", actor="test",
            device_id=ctx.device_id, supersedes=found["id"], reason="记错了")])  # fmt: skip
    return found


def test_the_tally_of_stored_months_matches_the_derivation(ctx: ServiceContext) -> None:
    """A demo school (September sealed, October live: leave, absences followed up, late
    arrivals and pickups, extended care), October with corrections: the tally over the short
    tuples counts what the full derivation of every pupil-day counts."""
    demo.create_demo(ctx, pupils=40, seed=7, months=2)
    for month in ("2026-09", "2026-10"):
        counted = month_input(ctx, month, counted_only=True)
        assert {len(t) for t in counted.events} == {len(COUNTED_FIELDS)}
        tally = counts_of_tally(tally_month(counted))
        assert tally == counts_of_facts(derive_month(month_input(ctx, month)))
        # the month is varied enough for the comparison to mean something
        marks = [m for _pid, _f, days, *_ in tally for m in days.values()]
        assert MARK_LEAVE in marks and MARK_LATE in marks
        assert sum(t[3] for t in tally) and sum(t[4] for t in tally) and any(t[5] for t in tally)
    for kind in ("signed_in", "handed_over", "leave"):
        _void(ctx, kind, "2026-10")
    counted = month_input(ctx, "2026-10", counted_only=True)
    assert {len(t) for t in counted.events} == {len(WITH_IDS)}
    after = counts_of_tally(tally_month(counted))
    assert after == counts_of_facts(derive_month(month_input(ctx, "2026-10")))
    assert after != tally  # the corrections changed the counts


TIMES = ["15:50", "16:00", "16:15", "16:16", "16:40", "17:59", "18:00", "18:30", "19:10"]
# how an instant is written: as the program writes it, or the same instant otherwise
WRITINGS = ["+08:00", "utc", "fraction"]


def _instant(day: str, hhmm: str, writing: str) -> str:
    at = datetime.fromisoformat(f"{day}T{hhmm}:00+08:00")
    if writing == "utc":
        return (at - timedelta(hours=8)).replace(tzinfo=None).isoformat() + "+00:00"
    if writing == "fraction":
        return at.isoformat(timespec="microseconds")
    return at.isoformat()


DAY, OTHER_DAY = "2026-11-02", "2026-11-03"
TERM_OVER = "2027-01-21"

events_strategy = st.lists(
    st.tuples(
        st.sampled_from(EVENT_KINDS),
        st.sampled_from(TIMES),
        st.integers(min_value=1, max_value=4),  # seq: ties on purpose
        st.sampled_from(["dev-a", "dev-b"]),
        st.sampled_from([None, "absence", "late_pickup"]),
        st.sampled_from([None, "reached", "not_reached"]),
        st.integers(min_value=0, max_value=9),  # which event a correction voids
        st.sampled_from(["p1", "p2", "p3"]),
        st.sampled_from([DAY, OTHER_DAY]),
    ),
    max_size=10,
)


@settings(max_examples=300, deadline=None)
# signed in as sign-in closes, and picked up as the service ends, written otherwise
@example([("signed_in", "16:15", 1, "dev-a", None, None, 0, "p1", DAY)], "20:00", "utc", False,
         False)  # fmt: skip
@example([("signed_in", "16:00", 1, "dev-a", None, None, 0, "p1", DAY),
          ("handed_over", "18:00", 2, "dev-a", None, None, 0, "p1", DAY)], "20:00", "fraction",
         False, True)  # fmt: skip
@given(
    events_strategy,
    st.sampled_from(["16:10", "17:00", "18:10", "20:00"]),
    st.sampled_from(WRITINGS),
    st.booleans(),
    st.booleans(),
)
def test_the_tally_of_short_tuples_matches_for_any_events(
    raw: list[tuple[Any, ...]], now_hhmm: str, writing: str, staged: bool, mixed: bool
) -> None:
    """Random pupil-days (corrections, extended care, contacts, ties), instants written as the
    program writes them or otherwise (all, or only some: ``mixed``), a junior-stage class with
    a timetable of its own: the short tuples the store gives (with ids when there is a
    correction) tally as the full derivation."""
    full: list[tuple[Any, ...]] = []
    for i, (kind, hhmm, seq, device, alert, outcome, target, pupil, day) in enumerate(raw):
        how = writing if not mixed or i % 2 else "+08:00"
        row: list[Any] = [f"e{i}", kind, _instant(day, hhmm, how), seq, "t1", None, device]
        row += [None] * 5 + [alert, outcome, None, "", "", None, pupil, day]
        row[17] = f"e{target}" if kind == "correction" else None
        full.append(tuple(row))
    with_ids = any(t[1] == "correction" for t in full)
    short = [
        (t[18], t[19], t[1], t[2], t[12], t[13], t[6], t[3], *((t[17], t[0]) if with_ids else ()))
        for t in full
    ]
    # the junior classes' own timetable: no service on the 3rd, a later end on the 2nd
    stages = (("junior", "16:00", "18:30"),) if staged else ()
    days = [
        MonthDay(DAY, True, True, "", "16:00", "18:00", stages=stages),
        MonthDay(OTHER_DAY, True, True, "", "16:00", "17:30",
                 stages=(("junior", None, None),) if staged else ()),
        MonthDay("2026-11-04", True, True, "", "16:00", "18:00"),  # to come
    ]  # fmt: skip
    enrolment = {"national_id": "1", "name": "甲", "enrolled_from": "2026-11-01",
                 "withdrawn_on": None, "counts_from": "2026-11-01", "counts_until": TERM_OVER}  # fmt: skip
    enrolments = [
        {**enrolment, "pupil_id": "p1", "class_id": "c1", "class_name": "一年级(1)班"},
        {**enrolment, "pupil_id": "p2", "class_id": "c7", "class_name": "七年级(1)班",
         "migrant": 1},
        # withdrew on the 3rd
        {**enrolment, "pupil_id": "p3", "class_id": "c1", "class_name": "一年级(1)班",
         "withdrawn_on": OTHER_DAY, "counts_until": OTHER_DAY},
    ]  # fmt: skip
    classes = [{"id": "c1", "grade_level": 1}, {"id": "c7", "grade_level": 7}]

    def month(events: list[tuple[Any, ...]]) -> MonthInput:
        return MonthInput(
            school={}, month="2026-11", days=days, as_of=OTHER_DAY,
            now=datetime.fromisoformat(f"{OTHER_DAY}T{now_hhmm}:00+08:00"),
            signin_window_minutes=15, classes=classes, enrolments=enrolments, events=events,
        )  # fmt: skip

    expected = counts_of_facts(derive_month(month(full)))
    assert counts_of_tally(tally_month(month(short))) == expected
    assert counts_of_tally(tally_month(month(full))) == expected


# --- the duty board's counting read of a day -------------------------------------------------


def _plain_alert_ids(ctx: ServiceContext, day: str) -> dict[str, list[str]]:
    """Each enrolled pupil's alert ids as the plain path derives them (``alerts_for`` given
    the pupil-day's id, on the pupil-day derived from its events)."""
    conn = ctx.store.conn
    data = load_day(ctx, day)
    assert data.times is not None
    escalate = timedelta(minutes=setting(conn, "escalate_minutes"))
    result = {}
    for p in data.pupils:
        pid = p["pupil_id"]
        events = [
            domain.Event(*t[: domain.EVENT_FIELD_COUNT])
            for t in daily_store.event_tuples_of_day(conn, day)
            if t[18] == pid
        ]
        pd = domain.derive(events)
        found = alerts_for(domain.pupil_day_id(pid, day), pd, data.times, ctx.clock.now(), escalate)
        result[pid] = [a.id for a in found]
    return result


def test_the_board_counts_what_the_whole_day_holds(ctx: ServiceContext, clock: FixedClock) -> None:
    """The last live day of a demo school, seen at several moments: the board read for counting
    counts what the day read whole counts; the pupils, pupil-days and alerts (but for their ids)
    are the same; the whole day's alerts carry the ids the plain path derives."""
    demo.create_demo(ctx, pupils=40, seed=7, months=2)
    day = ctx.store.conn.execute(  # the live day with the most contacts with guardians
        "SELECT day FROM attendance_event WHERE kind = 'contacted' GROUP BY day"
        " ORDER BY count(*) DESC, day LIMIT 1"
    ).fetchone()[0]
    _void(ctx, "signed_in", day)  # a sign-in recorded by mistake
    for hhmm in ("16:05", "16:40", "17:45", "20:00"):
        clock.set(datetime.fromisoformat(f"{day}T{hhmm}:00+08:00"))
        whole, counted = load_day(ctx, day), count_day(ctx, day)
        assert duty_board.board(ctx, day) == duty_board.board_page(ctx, day)["board"]
        assert sorted((p["pupil_id"], p["class_id"], p["class_name"], p["grade_level"])
                      for p in whole.pupils) == sorted(tuple(p.values()) for p in counted.pupils)  # fmt: skip
        for p in whole.pupils:
            pid = p["pupil_id"]
            assert whole.states[pid].state == counted.states[pid].state
            assert whole.states[pid].signed_in_at == counted.states[pid].signed_in_at
            assert whole.states[pid].left_at == counted.states[pid].left_at
            plain = [(a.kind, a.status, a.closed_by, a.escalated) for a in whole.alerts[pid]]
            assert plain == [(a.kind, a.status, a.closed_by, a.escalated)
                             for a in counted.alerts[pid]]  # fmt: skip
            assert all(a.id == "" for a in counted.alerts[pid])
        ids = {pid: [a.id for a in found] for pid, found in whole.alerts.items()}
        assert ids == _plain_alert_ids(ctx, day)
    assert any(ids.values())  # by 20:00 some alerts were open or closed
    board = duty_board.board(ctx, day)
    assert board["totals"]["enrolled"] == len(whole.pupils)
    assert board["totals"]["handed_over"] + board["totals"]["self_leave"] > 0
    # a moment before the end of the service: nobody is late to be picked up yet
    clock.set(datetime.fromisoformat(f"{day}T16:05:00+08:00"))
    assert duty_board.board(ctx, day)["totals"]["late_pickups"] == 0
