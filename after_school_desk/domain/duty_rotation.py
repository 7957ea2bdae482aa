"""A fair duty-leader rotation over service days (and what a duty-log entry may record).

Each day goes to a leader available on its weekday. The first pass goes round the leaders
(fewest days so far, then longest since the last duty); a levelling pass then moves days
along chains of leaders (A takes a day from B, B one from C, …) until no leader has two days
more than another one who could take some of them. Without unavailable weekdays the counts
differ by at most one; with them, as little as the constraints allow.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class DutyLogKind(StrEnum):
    """What a duty-log entry records (``duty_log.kind``)."""

    CONTENT = "content"  # what a class did in the service (homework period, clubs)
    INCIDENT = "incident"
    NOTE = "note"


DUTY_LOG_LABELS: dict[DutyLogKind, str] = {
    DutyLogKind.CONTENT: "服务内容",
    DutyLogKind.INCIDENT: "突发情况",
    DutyLogKind.NOTE: "备注",
}


@dataclass(frozen=True)
class Rotation:
    assignments: dict[date, str]
    unassigned: list[date]  # days on which no leader is available

    def counts(self, leaders: Sequence[str]) -> dict[str, int]:
        result = dict.fromkeys(leaders, 0)
        for leader in self.assignments.values():
            result[leader] = result.get(leader, 0) + 1
        return result


def rotate(
    days: Sequence[date],
    leaders: Sequence[str],
    unavailable: Mapping[str, set[int]] | None = None,
    fixed: Mapping[date, str] | None = None,
) -> Rotation:
    """Assign every day in ``days`` (ISO weekdays in ``unavailable``); ``fixed`` days stay put."""
    unavailable = unavailable or {}
    fixed = dict(fixed or {})
    counts = dict.fromkeys(leaders, 0)
    for leader in fixed.values():
        if leader in counts:
            counts[leader] += 1
    last: dict[str, int] = dict.fromkeys(leaders, -1)
    order = {leader: i for i, leader in enumerate(leaders)}
    assignments: dict[date, str] = {}
    unassigned: list[date] = []

    def can(leader: str, day: date) -> bool:
        return day.isoweekday() not in unavailable.get(leader, set())

    for i, day in enumerate(sorted(set(days))):
        if day in fixed:
            if fixed[day] in last:
                last[fixed[day]] = i
            continue
        options = [leader for leader in leaders if can(leader, day)]
        if not options:
            unassigned.append(day)
            continue
        pick = min(options, key=lambda m: (counts[m], last[m], order[m]))
        assignments[day] = pick
        counts[pick] += 1
        last[pick] = i
    _level(assignments, counts, can)
    return Rotation(assignments={**assignments, **{d: m for d, m in fixed.items()}},
                    unassigned=unassigned)  # fmt: skip


def _level(
    assignments: dict[date, str], counts: dict[str, int], can: Callable[[str, date], bool]
) -> None:
    """Move days along chains from busy leaders to idle ones while that narrows the spread."""
    while True:
        moved = False
        for low in sorted(counts, key=lambda m: counts[m]):
            path = _chain(low, assignments, counts, can)
            if path:
                for taker, day in path:
                    giver = assignments[day]
                    assignments[day] = taker
                    counts[taker] += 1
                    counts[giver] -= 1
                moved = True
                break
        if not moved:
            return


def _chain(
    low: str, assignments: dict[date, str], counts: dict[str, int], can: Callable[[str, date], bool]
) -> list[tuple[str, date]] | None:
    """Breadth-first search from ``low`` to a leader with at least two more days.

    Returns the moves [(taker, day)] along the chain, or None.
    """
    by_leader: dict[str, list[date]] = {}
    for day, leader in sorted(assignments.items()):
        by_leader.setdefault(leader, []).append(day)
    parent: dict[str, tuple[str, date] | None] = {low: None}
    queue = deque([low])
    while queue:
        taker = queue.popleft()
        for giver, owned in by_leader.items():
            if giver in parent:
                continue
            movable = next((d for d in reversed(owned) if can(taker, d)), None)
            if movable is None:
                continue
            parent[giver] = (taker, movable)
            if counts[giver] >= counts[low] + 2:
                moves: list[tuple[str, date]] = []
                node: str = giver
                while parent[node] is not None:
                    step = parent[node]
                    assert step is not None
                    moves.append(step)
                    node = step[0]
                return moves
            queue.append(giver)
    return None
