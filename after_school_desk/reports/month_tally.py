"""A month counted for the direct report (pure: data in, counts out).

``tally_month`` gives each pupil's marks and alert counts as ``derive_month``
(after_school_desk/reports/month_facts.py) and ``alerts_for`` would, from the short event tuples
of ``after_school_desk.store.tally_events`` and without building each pupil-day and its alerts:
what the fold (``attendance.step``, the step ``derive`` takes) keeps of a pupil-day is found in
one pass over its events (``_DaySums``); the few pupil-days with extended care or a correction
are folded in full. tests/unit/test_report_tally.py and
tests/unit/test_speed_equivalence_tally_board.py hold the two to the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from after_school_desk.domain.alerts import DayTimes
from after_school_desk.domain.attendance import (
    EVENT_FIELD_COUNT,
    LEFT_KINDS,
    ContactOutcome,
    Event,
    EventKind,
    effective,
    fold_day,
    reached_about,
)
from after_school_desk.reports.month_facts import (
    MARK_ABSENT,
    MARK_LATE,
    MARK_LEAVE,
    MARK_PRESENT,
    PRIORITY_GROUPS,
    MonthDay,
    MonthInput,
    _enrolled_days,
    _held_days,
    _StagedTimes,
    _to_come_enrolled,
)


@dataclass
class PupilTally:
    """One pupil's month as the direct report counts it: the same marks and alerts as
    ``derive_month`` gives, without keeping each pupil-day's events and state."""

    pupil_id: str
    flags: dict[str, bool]
    marks: dict[str, str] = field(default_factory=dict)  # held day enrolled -> grid mark
    followed_up: int = 0  # absent days on which a guardian was reached about the absence
    late_pickups: int = 0  # days with a late-pickup alert
    extended: bool = False  # moved to extended care at least once


@dataclass
class MonthTally:
    input: MonthInput
    held: list[MonthDay]
    planned: list[MonthDay]
    pupils: list[PupilTally]


# Where the tally reads an event (after_school_desk/store/tally_events.py COUNTED_FIELDS, then
# WITH_IDS): pupil id, date, kind, instant, a contact's alert kind and outcome, the PC and its
# row number (the order); with a correction in range, the event it voids and the event's id.
_PUPIL, _DAY, _KIND, _AT, _ALERT_KIND, _OUTCOME, _DEVICE, _SEQ, _SUPERSEDES, _ID = range(10)
_SIGNED_IN, _LEAVE, _CONTACTED = (
    EventKind.SIGNED_IN.value, EventKind.LEAVE.value, EventKind.CONTACTED.value,
)  # fmt: skip
_LEFT = frozenset(k.value for k in LEFT_KINDS)
# the kinds whose pupil-day is folded event by event (see ``_DaySums``)
_IN_ORDER = frozenset({EventKind.EXTENDED_CARE.value, EventKind.CORRECTION.value})
_ABSENCE, _REACHED = "absence", ContactOutcome.REACHED.value  # AlertKind.ABSENCE (alerts.py)


def counted_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Event tuples in the tally's layout: as read for it (tally_events) they are already; with
    every field (Event's fields, then pupil id and day: ``event_tuples_between``) narrowed."""
    if not rows or len(rows[0]) != EVENT_FIELD_COUNT + 2:
        return rows
    return [(t[18], t[19], t[1], t[2], t[12], t[13], t[6], t[3], t[17], t[0]) for t in rows]


def _as_event(t: tuple[Any, ...]) -> Event:
    """A counted event as an Event (the fields the tally does not read left empty)."""
    supersedes, event_id = (t[_SUPERSEDES], t[_ID]) if len(t) > _SUPERSEDES else (None, "")
    return Event(event_id, t[_KIND], t[_AT], t[_SEQ], device_id=t[_DEVICE],
                 alert_kind=t[_ALERT_KIND], outcome=t[_OUTCOME], supersedes=supersedes)  # fmt: skip


@dataclass
class _DaySums:
    """What the counts take from the pupil-days of one date that have events, by pupil id.

    The fold (``attendance.step``) keeps the first sign-in and the first way out in the order
    every PC agrees on (which begins with the instant), puts the pupil on leave by any leave,
    keeps every contact, and counts extended care only before the way out; a correction voids
    an event of its pupil-day. So a pupil-day with neither an extended-care move nor a
    correction counts by its earliest sign-in, its earliest way out, whether a leave was
    recorded and whether a contact reached a guardian about the absence: each found in one
    pass over the events, in any order (``of_month``). The others (a few a month) are folded
    event by event, ``fold_day(effective(...))`` as ``derive`` does (``_fold``)."""

    signed: dict[str, str] = field(default_factory=dict)  # the first sign-in's instant
    left: dict[str, str] = field(default_factory=dict)  # the first way out's instant
    on_leave: set[str] = field(default_factory=set)
    reached: set[str] = field(default_factory=set)  # a guardian reached about the absence
    extended: set[str] = field(default_factory=set)  # moved to extended care

    @classmethod
    def of_month(cls, rows: list[tuple[Any, ...]]) -> dict[str, _DaySums]:
        """Each date's sums (``rows``: in the tally's layout)."""
        by_day: dict[str, _DaySums] = {}
        in_order: set[tuple[str, str]] = set()
        signed_in, leave, contacted, left_kinds, in_order_kinds = (
            _SIGNED_IN, _LEAVE, _CONTACTED, _LEFT, _IN_ORDER
        )  # fmt: skip
        absence, reached = _ABSENCE, _REACHED
        for t in rows:
            sums = by_day.get(t[1])
            if sums is None:
                sums = by_day[t[1]] = cls()
            kind = t[2]
            if kind == signed_in:  # the commonest kinds first
                at, known = t[3], sums.signed
                if at < known.setdefault(t[0], at):
                    known[t[0]] = at
            elif kind in left_kinds:
                at, known = t[3], sums.left
                if at < known.setdefault(t[0], at):
                    known[t[0]] = at
            elif kind == leave:
                sums.on_leave.add(t[0])
            elif kind == contacted:
                if t[4] == absence and t[5] == reached:
                    sums.reached.add(t[0])
            elif kind in in_order_kinds:
                in_order.add((t[0], t[1]))
        if in_order:
            _fold(by_day, rows, in_order)
        return by_day


def _fold(
    by_day: dict[str, _DaySums], rows: list[tuple[Any, ...]], keys: set[tuple[str, str]]
) -> None:
    """The pupil-days of ``keys`` (pupil id, date) folded event by event, in place of their
    sums."""
    pupils = {pid for pid, _day in keys}
    events: dict[tuple[str, str], list[Event]] = {}
    for t in [t for t in rows if t[0] in pupils]:
        if (key := (t[0], t[1])) in keys:
            events.setdefault(key, []).append(_as_event(t))
    for (pid, day), found in events.items():
        moves = fold_day(effective(found))
        sums = by_day[day]
        for known in (sums.signed, sums.left):
            known.pop(pid, None)
        for marked in (sums.on_leave, sums.reached, sums.extended):
            marked.discard(pid)
        if moves.signed_in is not None:
            sums.signed[pid] = moves.signed_in.at
        if moves.left is not None:
            sums.left[pid] = moves.left.at
        if moves.leave is not None:
            sums.on_leave.add(pid)
        if reached_about(moves.contacts, _ABSENCE) is not None:
            sums.reached.add(pid)
        if moves.extended is not None:
            sums.extended.add(pid)


# The stored instants are ISO text. The tally compares them with a day's moments (sign-in
# closes, the service ends) as text when all of them are written alike: "YYYY-MM-DDTHH:MM:SS"
# and the same UTC offset, the way the program writes them, so that text orders them as their
# datetimes do. Otherwise each is parsed first.
_WRITTEN_OUT = ((4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"))


def _offset_written(instants: list[str]) -> str | None:
    """The UTC offset every one of ``instants`` is written with after "YYYY-MM-DDTHH:MM:SS"
    (as text), or None: not all written so, or not all with the same offset. (The characters
    at one place of every instant are read at once: a slice of the instants joined.)"""
    if not instants:
        return None
    first = instants[0]
    size = len(first)
    if size <= 19 or set(map(len, instants)) != {size}:
        return None
    joined, count = "".join(instants), len(instants)
    for place, char in (*_WRITTEN_OUT, *((i, first[i]) for i in range(19, size))):
        if joined[place::size] != char * count:
            return None
    return first[19:]


# A held day's moments as the tally reads them: when sign-in closes and when the service ends
# (each as ISO text and as a datetime), whether the service has ended by now, and whether the
# stored instants compare with the texts (all written alike, see above).
_Moments = tuple[str, datetime, str, datetime, bool, bool]


def _moments(times: DayTimes | None, now: datetime, offset: str | None) -> _Moments | None:
    """``offset``: the one every stored instant is written with (``_offset_written``)."""
    if times is None:
        return None
    closes, end = times.signin_closes, times.service_end
    closes_s, end_s = closes.isoformat(), end.isoformat()
    text = offset is not None and _offset_written([closes_s, end_s]) == offset
    return closes_s, closes, end_s, end, end <= now, text


def tally_month(data: MonthInput) -> MonthTally:
    """The month's marks and alert counts per pupil, straight from the event tuples (either
    layout, ``counted_rows``): what ``derive_month``, ``mark`` and ``alerts_for`` give for the
    same input, at a fraction of the cost. The pupil-days with events are summed up by
    ``_DaySums`` (the fold's rules; no PupilDay, no Alert); late arrival and late pickup are
    ``arrived_late`` and ``picked_up_late`` on those instants (compared as ``_Moments`` says); a
    pupil-day without events is absent, with nothing else to count. Date by date, for the
    pupils enrolled alike (most of a school), rather than pupil by pupil."""
    planned, held = _held_days(data)
    held_dates = [d.date for d in held]
    sums_of = _DaySums.of_month(counted_rows(data.events))
    now = data.now
    offset = _offset_written(
        [at for s in sums_of.values() for known in (s.signed, s.left) for at in known.values()]
    )
    moments = {d.date: _moments(d.times(data.signin_window_minutes), now, offset) for d in held}
    staged = _StagedTimes(data, held)
    staged_moments: dict[int, dict[str, _Moments | None]] = {}
    to_come = [d.date for d in planned if d not in held]
    # the pupils by enrolment windows and timetable: the days they count, and their tallies
    groups: dict[tuple[Any, ...], tuple[list[str], dict[str, _Moments | None], list[PupilTally]]]
    groups = {}
    tallies: list[tuple[PupilTally, list[tuple[str, str | None]]]] = []
    for pid, (class_id, flags, windows) in _tally_pupils(data).items():
        own = staged.of_class(class_id)
        span = (tuple(windows), None if own is None else id(own))
        group = groups.get(span)
        if group is None:
            if own is None:
                times_of = moments
            elif (found := staged_moments.get(id(own))) is not None:
                times_of = found
            else:
                times_of = staged_moments[id(own)] = {
                    d: _moments(t, now, offset) for d, t in own.items()
                }
            days = [d for d in _enrolled_days(windows, held_dates) if d in times_of]
            group = groups[span] = (days, times_of, [])
        tally = PupilTally(pid, flags)
        group[2].append(tally)
        tallies.append((tally, windows))
    no_sums = _DaySums()
    parse = datetime.fromisoformat
    for days, times_of, pupils in groups.values():
        for day in days:
            sums = sums_of.get(day, no_sums)
            signed_of, left_of, left = sums.signed.get, sums.left.get, sums.left
            on_leave, reached, extended = sums.on_leave, sums.reached, sums.extended
            m = times_of[day]
            for p in pupils:
                pid = p.pupil_id
                if extended and pid in extended:
                    p.extended = True
                signed = signed_of(pid)
                if signed is None:
                    if pid in on_leave and pid not in left:
                        p.marks[day] = MARK_LEAVE
                    else:
                        p.marks[day] = MARK_ABSENT
                        if pid in reached:
                            p.followed_up += 1
                    continue
                if m is None:
                    p.marks[day] = MARK_PRESENT
                    continue
                # arrived_late and picked_up_late, written out (a month has ~100,000 pupil-days)
                closes, closes_dt, end, end_dt, ended, text = m
                late = signed > closes if text else parse(signed) > closes_dt
                p.marks[day] = MARK_LATE if late else MARK_PRESENT
                if ended:  # the service has ended by now: still there at its end?
                    out = left_of(pid)
                    if out is None or (out > end if text else parse(out) > end_dt):
                        p.late_pickups += 1
    kept = [t for t, windows in tallies if t.marks or _to_come_enrolled(windows, False, to_come)]
    return MonthTally(data, held, planned, kept)


def _tally_pupils(
    data: MonthInput,
) -> dict[str, tuple[str, dict[str, bool], list[tuple[str, str | None]]]]:
    """Every enrolled pupil of the month (in the enrolments' order): class, flags (as
    ``_pupils``), enrolment windows."""
    pupils: dict[str, tuple[str, dict[str, bool], list[tuple[str, str | None]]]] = {}
    for e in data.enrolments:
        found = pupils.get(e["pupil_id"])
        if found is None:
            flags = {k: bool(e.get(k)) for k in PRIORITY_GROUPS}
            found = pupils[e["pupil_id"]] = (e["class_id"], flags, [])
        found[2].append((e["counts_from"], e["counts_until"]))
    return pupils
