"""The school files the harnesses start from, made once per run through the services."""

from __future__ import annotations

from pathlib import Path

from after_school_desk.services.base import classes
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.daily import attendance
from after_school_desk.services.sample import demo
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store.connection import open_store
from scripts.soak.common import (
    KILL_SCHOOL,
    ROSTER_SCHOOL,
    SETUP_TIME,
    SMALL_SCHOOL,
    START_DAY,
    close_clean,
    context,
)
from scripts.soak.workload import HANDOVER_AT, SIGN_IN_AT

DEVICE = "soak-setup"


def make_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "kill": kill_school(folder / KILL_SCHOOL),
        "small": small_school(folder / SMALL_SCHOOL),
        "roster": roster_school(folder / ROSTER_SCHOOL),
    }


def kill_school(path: Path) -> Path:
    """The demo school (360 pupils in 12 classes, ~85% enrolled, a month of history)."""
    ctx = context(open_store(path, create=True), DEVICE)
    demo.create_demo(ctx, pupils=360, seed=1, months=1)
    close_clean(ctx.store)
    return path


def small_school(path: Path) -> Path:
    """A 60-pupil demo school during today's dismissal: everyone signed in, half handed over."""
    clock = FixedClock(SETUP_TIME)
    ctx = context(open_store(path, create=True), DEVICE, clock)
    demo.create_demo(ctx, pupils=60, seed=2, months=1)
    clock.set(clock.now().replace(hour=SIGN_IN_AT.hour, minute=SIGN_IN_AT.minute))
    for p in attendance.day_list(ctx, START_DAY):
        attendance.sign_in(ctx, str(p["id"]))
    clock.set(clock.now().replace(hour=HANDOVER_AT.hour, minute=HANDOVER_AT.minute))
    for c in classes.list_classes(ctx):
        for i, p in enumerate(attendance.class_day(ctx, str(c["id"]), START_DAY)):
            if i % 2 == 0:
                attendance.sign_out(ctx, str(p["id"]), adult_id=str(p["adults"][0]["id"]))
            elif i == 1:
                attendance.sign_out(ctx, str(p["id"]), extended=True)
    close_clean(ctx.store)
    return path


def roster_school(path: Path) -> Path:
    """A primary school with two classes per grade and the term, no pupils yet."""
    ctx = context(open_store(path, create=True), DEVICE)
    create_school(
        ctx,
        SchoolSetup(
            name="立岗镇中心小学",
            county="贺兰县",
            term_start="2026-09-01",
            term_end="2027-01-20",
            classes_per_grade=2,
        ),
    )
    close_clean(ctx.store)
    return path
