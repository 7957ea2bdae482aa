"""What the month services answer: the month's close state, the compliance check, the comparison
of submitted and amended figures, and the package's completeness, as the month-end screens and
the command line read them by key."""

from __future__ import annotations

from enum import StrEnum
from typing import TypedDict


class MonthState(StrEnum):
    """Where a month stands in its close (月结): no snapshot, frozen, or reopened to amend."""

    OPEN = "open"
    CLOSED = "closed"
    REOPENED = "reopened"


class MonthStateView(TypedDict):
    """One month: its state, the newest snapshot and, when reopened, who reopened it and why."""

    month: str
    state: MonthState
    state_label: str
    ended: bool
    version: int | None
    sha256: str | None
    closed_at: str | None
    closed_by: str | None
    reopened_at: str | None
    reopened_by: str | None
    reopen_reason: str | None


class Reopening(TypedDict):
    """A ``month_reopening`` row: who reopened which snapshot version, when and why."""

    id: str
    month: str
    version: int
    reopened_at: str
    reopened_by: str
    reopened_by_name: str
    device_id: str
    reason: str


class SnapshotMeta(TypedDict):
    """A month-close snapshot's metadata (no payload), with its reopening if any."""

    id: str
    month: str
    version: int
    closed_at: str
    closed_by: str
    closed_by_name: str
    device_id: str
    sha256: str
    reopened: Reopening | None


class FigureChange(TypedDict):
    """A direct-report indicator or finance total that differs between two versions."""

    report: str  # "direct" or "finance"
    key: str
    label: str
    before: object  # the value as the report holds it (a number, text, list …)
    after: object
    before_text: str
    after_text: str


class Comparison(TypedDict):
    """The submitted figures beside the amended ones; None labels when there is nothing to
    compare."""

    month: str
    before: str | None
    after: str | None
    changes: list[FigureChange]


class ComplianceCheck(TypedDict):
    """The month's compliance check: breaches, records worth a look and duties to confirm."""

    month: str
    profile: str
    profile_name: str
    days_checked: int
    violations: list[dict[str, object]]  # Violation.as_dict()
    listed: list[dict[str, object]]  # Violation.as_dict(), 需核查
    manual: list[dict[str, object]]  # ManualCheck.as_dict(), 需人工确认


class PcDelivery(TypedDict):
    """One PC of the school: its last journal and whether it delivered the month's records."""

    name: str
    last_journal: str | None
    complete: bool
    this_pc: bool


class Completeness(TypedDict):
    """Whether every PC of the school delivered its records of the month."""

    complete: bool
    pcs: list[PcDelivery]


class FeeCapLine(TypedDict):
    """The profile's cap on a fee standard in force, in the standard's unit (for the county)."""

    stage: str
    unit: str
    cap_yuan: float


class ProfileInfo(TypedDict):
    """Which policy profile the package was judged by, and which version of its rules."""

    id: str
    name: str
    year: int | None
    rules_sha256: str
