"""What the several-PC services answer beyond their dataclasses: the rows ``sync.status`` lists.

``TypedDict``s with the keys the command line's JSON has always shown; built key by key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict


class RefusedRecord(TypedDict):
    """A record of another PC's journal this PC did not take (only the hub writes the register)."""

    device_id: str
    journal_seq: int
    entity: str
    row_key: str
    reason: str
    at: str


class TwoWaysOut(TypedDict):
    """A pupil let out on two PCs the same day (the first way out counts everywhere)."""

    pupil_id: str
    name: str
    devices: int
    times: str


def refused_record(row: Mapping[str, Any]) -> RefusedRecord:
    return {
        "device_id": row["device_id"],
        "journal_seq": row["journal_seq"],
        "entity": row["entity"],
        "row_key": row["row_key"],
        "reason": row["reason"],
        "at": row["at"],
    }


def two_ways_out(row: Mapping[str, Any]) -> TwoWaysOut:
    return {
        "pupil_id": row["pupil_id"],
        "name": row["name"],
        "devices": row["devices"],
        "times": row["times"],
    }
