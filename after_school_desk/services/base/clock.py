"""Injected time: services never read the wall clock themselves."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Protocol

CHINA_TZ = timezone(timedelta(hours=8))


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def __init__(self, tz: timezone = CHINA_TZ) -> None:
        self.tz = tz

    def now(self) -> datetime:
        return datetime.now(self.tz).replace(microsecond=0)


class FixedClock:
    """A clock for tests and demo generation; move it with ``set`` or ``advance``."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            at = at.replace(tzinfo=CHINA_TZ)
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at if at.tzinfo else at.replace(tzinfo=CHINA_TZ)

    def advance(self, **kwargs: float) -> None:
        self._at = self._at + timedelta(**kwargs)


def today(clock: Clock) -> date:
    return clock.now().date()


def iso(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


def clock_from_env() -> Clock:
    """APP_NOW=2026-11-02T16:30 fixes the time (tests, demonstrations); otherwise the PC clock."""
    import os

    fixed = os.environ.get("APP_NOW")
    if fixed:
        return FixedClock(datetime.fromisoformat(fixed))
    return SystemClock()
