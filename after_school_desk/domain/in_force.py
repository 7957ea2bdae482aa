"""Which row of a dated history is in force on a day: the one rule for fee standards and staff
subsidy rates (every reader of either goes through here).

A row takes effect on its ``effective_from`` day and stays in force until another row of the
same key (mode and stage, category and day type) takes effect. On a day, the row in force is
the one with the latest ``effective_from`` on or before that day; of rows taking effect the
same day, the one created last (``created_at``) wins: a standard entered again the same day
corrects the first. Rows created at the same instant are told apart by their id, only so that
the answer never depends on the order the rows were read in.

Dates are ISO strings (``2026-11-16``), compared as text. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

R = TypeVar("R", bound=Mapping[str, Any])
K = TypeVar("K", bound=Hashable)


class Status(StrEnum):
    """Where a row of a dated history stands on a day."""

    IN_FORCE = "in_force"
    PENDING = "pending"
    REPLACED = "replaced"


def newness(row: Mapping[str, Any]) -> tuple[str, str, str]:
    """The order in which rows of one key replace each other (later replaces earlier)."""
    return (str(row["effective_from"]), str(row["created_at"]), str(row["id"]))


def in_force(rows: Iterable[R], day: str) -> R | None:
    """The row in force on ``day`` among ``rows`` (all of one key); None: none has started."""
    return max((r for r in rows if r["effective_from"] <= day), key=newness, default=None)


def in_force_by(rows: Iterable[R], key: Callable[[R], K], day: str) -> dict[K, R]:
    """The row in force on ``day`` for each key (keys with none in force yet left out)."""
    found: dict[K, R] = {}
    for r in rows:
        if r["effective_from"] > day:
            continue
        k = key(r)
        held = found.get(k)
        if held is None or newness(r) > newness(held):
            found[k] = r
    return found


def status_on(row: Mapping[str, Any], current: Mapping[str, Any] | None, day: str) -> Status:
    """A row's status on ``day``, given the row of its key in force then (``in_force``): not
    yet started, the one in force, or replaced by another."""
    if row["effective_from"] > day:
        return Status.PENDING
    if current is not None and current["id"] == row["id"]:
        return Status.IN_FORCE
    return Status.REPLACED


def in_force_during(rows: Iterable[R], first: str, last: str) -> list[R]:
    """The rows (all of one key) in force on at least one day of [first, last], in the order
    they took effect: the one in force on ``first``, then each that took effect later in the
    range (and was not replaced on its first day)."""
    found = list(rows)
    result = []
    for r in sorted(found, key=newness):
        if r["effective_from"] > last:
            break
        day = max(first, str(r["effective_from"]))
        if in_force(found, day) is r:
            result.append(r)
    return result
