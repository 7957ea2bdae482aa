"""What the shared look-ups of ``base`` answer: a class as stored, and as the class lists show it.

``TypedDict``s with the keys the store's rows have; built key by key by the converters below.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict


class ClassRecord(TypedDict):
    """A class as stored (``class``)."""

    id: str
    grade_id: str
    number: int
    name: str
    head_teacher_id: str | None
    device_id: str


class ClassListing(ClassRecord):
    """A class with its grade and head teacher's name, as the class lists show it."""

    grade_level: int
    grade_name: str
    head_teacher: str | None
    in_use: bool  # False: set aside on the 班级 tab (db/0013)


def class_record(row: Mapping[str, Any]) -> ClassRecord:
    return {
        "id": row["id"],
        "grade_id": row["grade_id"],
        "number": row["number"],
        "name": row["name"],
        "head_teacher_id": row["head_teacher_id"],
        "device_id": row["device_id"],
    }


def class_listing(row: Mapping[str, Any]) -> ClassListing:
    return {
        **class_record(row),
        "grade_level": row["grade_level"],
        "grade_name": row["grade_name"],
        "head_teacher": row["head_teacher"],
        "in_use": bool(row["in_use"]),
    }
