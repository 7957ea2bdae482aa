"""The direct report's counts-only pass over a month (``tally_month``) gives what the full
derivation (``derive_month``: attendance.derive, alerts_for, mark) gives for the same input."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from after_school_desk.domain.attendance import EVENT_KINDS
from after_school_desk.reports.month_facts import (
    MARK_ABSENT,
    MonthDay,
    MonthFacts,
    MonthInput,
    derive_month,
    mark,
)
from after_school_desk.reports.month_tally import MonthTally, tally_month
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import facts
from tests.unit.report_month import play_week

DAY = "2026-11-02"
OTHER_DAY = "2026-11-03"
TERM_OVER = "2027-01-21"  # the day after the term ends: enrolments count until then


def counts_of_facts(facts: MonthFacts) -> list[tuple[Any, ...]]:
    """What the direct report counts, read off the full derivation (the reference)."""
    result = []
    for pm in facts.pupils:
        marks = {d: mark(pm, d) for d in sorted(pm.enrolled)}
        followed = sum(
            1
            for d, m in marks.items()
            if m == MARK_ABSENT and pm.days[d].reached("absence") is not None
        )
        late_pickups = sum(
            any(a.kind == "late_pickup" for a in pm.alerts.get(d, [])) for d in pm.enrolled
        )
        extended = any(pd.extended_at for pd in pm.days.values())
        result.append((pm.pupil_id, pm.flags, marks, followed, late_pickups, extended))
    return result


def counts_of_tally(tally: MonthTally) -> list[tuple[Any, ...]]:
    return [
        (p.pupil_id, p.flags, dict(sorted(p.marks.items())), p.followed_up, p.late_pickups,
         p.extended)
        for p in tally.pupils
    ]  # fmt: skip


def test_tally_of_the_played_week_matches_the_derivation(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    play_week(school_ctx, clock)
    data = facts.month_input(school_ctx, "2026-11")
    tally = tally_month(data)
    assert counts_of_tally(tally) == counts_of_facts(derive_month(data))
    assert [d.date for d in tally.held] == [f"2026-11-0{d}" for d in range(2, 7)]
    assert sum(p.late_pickups for p in tally.pupils) == 1
    assert sum(p.followed_up for p in tally.pupils) == 1


# --- random pupil-days ---------------------------------------------------------------------

TIMES = ["15:50", "16:00", "16:15", "16:16", "16:40", "17:59", "18:00", "18:30", "19:10"]
FIELDS = 18  # Event's fields; the tuple then carries pupil_id and day


def _event(
    i: int, kind: str, hhmm: str, seq: int, alert_kind: str | None, outcome: str | None,
    supersedes: int | None, pupil: str, day: str,
) -> tuple[Any, ...]:  # fmt: skip
    at = f"{day}T{hhmm}:00+08:00" if hhmm else ""
    row: list[Any] = [f"e{i}", kind, at, seq] + [None] * (FIELDS - 4) + [pupil, day]
    row[4], row[6], row[15], row[16] = "t1", "dev", "", ""
    row[12], row[13] = alert_kind, outcome
    row[17] = None if supersedes is None else f"e{supersedes}"
    return tuple(row)


events_strategy = st.lists(
    st.tuples(
        st.sampled_from(EVENT_KINDS),
        st.sampled_from(TIMES),
        st.integers(min_value=1, max_value=4),  # seq: ties on purpose
        st.sampled_from([None, "absence", "late_pickup"]),
        st.sampled_from([None, "reached", "not_reached"]),
        st.integers(min_value=0, max_value=7),  # which event a correction voids
        st.sampled_from(["p1", "p2"]),
        st.sampled_from([DAY, OTHER_DAY]),
    ),
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(
    events_strategy,
    st.sampled_from(["16:30", "17:00", "18:10", "20:00"]),
    st.booleans(),
)
def test_tally_matches_the_derivation_for_any_events(
    raw: list[tuple[Any, ...]], now_hhmm: str, withdrawn: bool
) -> None:
    rows = [
        _event(i, kind, hhmm, seq, alert, outcome,
               target if kind == "correction" else None, pupil, day)
        for i, (kind, hhmm, seq, alert, outcome, target, pupil, day) in enumerate(raw)
    ]  # fmt: skip
    days = [
        MonthDay(DAY, True, True, "", "16:00", "18:00"),
        MonthDay(OTHER_DAY, True, True, "", "16:00", "17:30"),
        MonthDay("2026-11-04", True, True, "", "16:00", "18:00"),  # to come
    ]
    enrolments = [
        {"pupil_id": "p1", "national_id": "1", "name": "甲", "class_id": "c", "class_name": "一班",
         "enrolled_from": "2026-11-01", "withdrawn_on": OTHER_DAY if withdrawn else None,
         "counts_from": "2026-11-01", "counts_until": OTHER_DAY if withdrawn else TERM_OVER},
        {"pupil_id": "p2", "national_id": "2", "name": "乙", "class_id": "c", "class_name": "一班",
         "enrolled_from": OTHER_DAY, "withdrawn_on": None, "counts_from": OTHER_DAY,
         "counts_until": TERM_OVER,
         "left_behind": 1},
    ]  # fmt: skip
    now = datetime.fromisoformat(f"{OTHER_DAY}T{now_hhmm}:00+08:00")
    data = MonthInput(
        school={}, month="2026-11", days=days, as_of=OTHER_DAY, now=now,
        signin_window_minutes=15, classes=[{"id": "c", "name": "一班"}],
        enrolments=enrolments, events=rows,
    )  # fmt: skip
    assert counts_of_tally(tally_month(data)) == counts_of_facts(derive_month(data))


def test_tally_of_a_month_not_yet_begun_is_empty_of_marks() -> None:
    now = datetime(2026, 10, 20, 12, 0, tzinfo=CHINA_TZ)
    data = MonthInput(
        school={}, month="2026-11", days=[MonthDay(DAY, True, True, "", "16:00", "18:00")],
        as_of="2026-10-31", now=now, signin_window_minutes=15, classes=[],
        enrolments=[{"pupil_id": "p1", "national_id": "1", "name": "甲", "class_id": "c",
                     "class_name": "一班", "enrolled_from": "2026-09-01", "withdrawn_on": None,
                     "counts_from": "2026-09-01", "counts_until": TERM_OVER}],
        events=[],
    )  # fmt: skip
    tally = tally_month(data)
    assert tally.held == []
    assert [(p.pupil_id, p.marks) for p in tally.pupils] == [("p1", {})]  # enrolled, to come
