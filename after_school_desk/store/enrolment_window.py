"""When an enrolment counts: the one rule every reader of enrolments uses (the day lists and
sign-in, billing, the monthly ledger, the direct report and the compliance check).

An enrolment counts on a day when
- it was approved (status ``enrolled``, or ``withdrawn`` later: it counted until then),
- the day lies in the enrolment's own term: a pupil enrolled last term and never withdrawn
  takes no part in this term,
- the day is on or after ``enrolled_from``, and before ``withdrawn_on`` (the withdrawal day
  itself no longer counts).

As a half-open window of dates: [``counts_from``, ``counts_until``), where ``counts_from`` is the
later of ``enrolled_from`` and the term's first day, and ``counts_until`` the earlier of
``withdrawn_on`` and the day after the term's last day. Readers that need the window select
``WINDOW_COLUMNS``; a day ``d`` counts when ``counts_from <= d < counts_until``.

The fragments expect the enrolment as ``e`` and its term joined as ``t`` (``TERM_JOIN``).
"""

from __future__ import annotations

TERM_JOIN = "JOIN term t ON t.id = e.term_id"
# Approved enrolments: counted, or counted until they were withdrawn.
APPROVED = "e.status IN ('enrolled', 'withdrawn')"

WINDOW_COLUMNS = (
    "max(e.enrolled_from, t.start_date) AS counts_from,"
    " min(coalesce(e.withdrawn_on, '9999-12-31'), date(t.end_date, '+1 day')) AS counts_until"
)


def counts_between(start: str, end: str) -> str:
    """SQL condition: the enrolment ``e`` counts on at least one day of [start, end].

    ``start`` and ``end`` are SQL expressions (``?``, ``:day`` …). The term is found through
    ``e.term_id IN (…)`` so that SQLite can use the enrolment's term index; the condition does
    not need ``TERM_JOIN`` itself."""
    return (
        f"e.term_id IN (SELECT id FROM term WHERE start_date <= {end} AND end_date >= {start})"
        f" AND {APPROVED} AND e.enrolled_from <= {end}"
        f" AND (e.withdrawn_on IS NULL OR e.withdrawn_on > {start})"
    )


def counts_on(day: str) -> str:
    """SQL condition: the enrolment ``e`` counts on ``day`` (an SQL expression)."""
    return counts_between(day, day)
