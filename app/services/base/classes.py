"""Grades and classes."""

from __future__ import annotations

from typing import Any

from app.domain.classnames import parse_class_name
from app.errors import ValidationError
from app.services.base.context import ServiceContext
from app.store import school_store


def list_classes(ctx: ServiceContext) -> list[dict[str, Any]]:
    return school_store.classes(ctx.store.conn)


def find_class(ctx: ServiceContext, name: str) -> dict[str, Any]:
    """Find a class by any common spelling: 三年级(2)班, 3年级2班, 三(2)班 …"""
    conn = ctx.store.conn
    key = parse_class_name(name)
    row = (
        school_store.class_by_level_number(conn, key.level, key.number)
        if key
        else school_store.class_by_name(conn, name.strip())
    )
    if row is None:
        raise ValidationError(f"找不到班级“{name}”。")
    return row
