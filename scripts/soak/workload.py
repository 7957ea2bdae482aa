"""The sign-in and handover workload, through the services only.

Day after day from ``START_DAY``, class after class: every enrolled pupil not yet there is signed
in (one by one, or the whole class with 全部到齐), then every pupil at school is handed over to a
listed adult (a few go to extended care first and are handed over from there). The state is read
back from the file at every class, so a worker restarted after a kill carries on where the file
stands. Each confirmed event id is passed to ``emit`` after the service call (its commit) returns.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from after_school_desk.services.base import classes
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import storage
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import calendar

Emit = Callable[[str], None]
LAST_DAY = date(2027, 1, 20)  # the demo term's end
SIGN_IN_AT = time(16, 5)
HANDOVER_AT = time(17, 35)
EXTENDED_HANDOVER_AT = time(18, 30)
CHECKPOINT_EVERY = 20  # commits between PASSIVE checkpoints (the GUI checkpoints after bursts)


class Exhausted(Exception):
    """Every pupil of every service day up to the term's end has been handed over."""


class Workload:
    def __init__(
        self,
        ctx: ServiceContext,
        clock: FixedClock,
        rng: random.Random,
        emit: Emit,
        start: date,
        commit_limit: int | None = None,
    ) -> None:
        self.ctx = ctx
        self.clock = clock
        self.rng = rng
        self.emit = emit
        self.start = start
        self.limit = commit_limit
        self.commits = 0
        self.events = 0

    def run(self) -> int:
        """Play until the commit limit (returns the commits) or the term's end (``Exhausted``)."""
        day = self.start
        class_ids = [str(c["id"]) for c in classes.list_classes(self.ctx)]
        while day <= LAST_DAY:
            status = calendar.day_info(self.ctx, day)
            played = status.service and status.window is not None
            if played and not self._play_day(day, class_ids):
                return self.commits
            day += timedelta(days=1)
        raise Exhausted

    def _at(self, day: date, moment: time, step: int) -> None:
        self.clock.set(datetime.combine(day, moment, tzinfo=CHINA_TZ) + timedelta(seconds=step))

    def _confirmed(self, result: dict[str, Any]) -> bool:
        """Report the call's events; False once the commit limit is reached."""
        for event_id in result["event_ids"]:
            self.emit(str(event_id))
            self.events += 1
        self.commits += 1
        if self.commits % CHECKPOINT_EVERY == 0:
            storage.checkpoint(self.ctx)
        return self.limit is None or self.commits < self.limit

    def _play_day(self, day: date, class_ids: list[str]) -> bool:
        step = 0
        for class_id in class_ids:  # arrivals
            pupils = attendance.class_day(self.ctx, class_id, day)
            waiting = [p for p in pupils if p["state"] == "not_arrived"]
            if waiting and len(waiting) == len(pupils) and self.rng.random() < 0.25:
                self._at(day, SIGN_IN_AT, step)
                if not self._confirmed(attendance.sign_in_all(self.ctx, class_id, day)):
                    return False
                continue
            for p in waiting:
                step += 2
                self._at(day, SIGN_IN_AT, step)
                if not self._confirmed(attendance.sign_in(self.ctx, str(p["id"]))):
                    return False
        step = 0
        for wanted in (("present", "extended_care"), ("extended_care",)):  # dismissal
            for class_id in class_ids:
                for p in attendance.class_day(self.ctx, class_id, day):
                    if p["state"] not in wanted:
                        continue
                    step += 2
                    if not self._confirmed(self._leave(day, step, p)):
                        return False
        return True

    def _leave(self, day: date, step: int, p: dict[str, Any]) -> dict[str, Any]:
        """Extended care for a few, else the handover to one of the listed adults."""
        if p["state"] == "present" and self.rng.random() < 0.08:
            self._at(day, HANDOVER_AT, step)
            return attendance.sign_out(self.ctx, str(p["id"]), extended=True)
        self._at(day, HANDOVER_AT if p["state"] == "present" else EXTENDED_HANDOVER_AT, step)
        adult = self.rng.choice([a for a in p["adults"] if a["can_pickup"]])
        return attendance.sign_out(self.ctx, str(p["id"]), adult_id=str(adult["id"]))
