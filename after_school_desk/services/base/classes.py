"""Grades and classes."""

from __future__ import annotations

from after_school_desk.domain.classnames import parse_class_name
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.answers import (
    ClassListing,
    ClassRecord,
    class_listing,
    class_record,
)
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store import school_store


def list_classes(ctx: ServiceContext, *, in_use_only: bool = False) -> list[ClassListing]:
    """Every class; ``in_use_only``: not those set aside on the 班级 tab, for pickers that
    file something new (a pupil, a head teacher, today's sign-in)."""
    found = [class_listing(r) for r in school_store.classes(ctx.store.conn)]
    return [c for c in found if c["in_use"]] if in_use_only else found


def find_class(ctx: ServiceContext, name: str) -> ClassRecord:
    """Find a class by any common spelling: 三年级(2)班, 3年级2班, 三(2)班 …"""
    conn = ctx.store.conn
    key = parse_class_name(name)
    row = (
        school_store.class_by_level_number(conn, key.level, key.number)
        if key
        else school_store.class_by_name(conn, name.strip())
    )
    if row is None:
        raise ValidationError(t("找不到班级“{name}”。", name=name))
    return class_record(row)
