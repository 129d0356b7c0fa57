"""Time as a parameter: the domain asks a :class:`Clock`, never the system, so tests fix the time."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

__all__ = [
    "SERVICE_ZONE",
    "Clock",
    "FixedClock",
    "SystemClock",
    "add_calendar_month",
    "local_date",
    "years_between",
]

# Dates that matter to people (deadlines, review dates, retention) are days in the UK.
SERVICE_ZONE = ZoneInfo("Europe/London")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that only moves when told to (tests, benchmarks, replays)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | None = None, /, **kwargs: float) -> datetime:
        self._now += delta if delta is not None else timedelta(**kwargs)
        return self._now

    def set(self, instant: datetime) -> None:
        self._now = instant.astimezone(UTC)

    def __repr__(self) -> str:
        return f"FixedClock({self._now.isoformat()})"


def local_date(instant: datetime) -> date:
    """The calendar day in the UK at ``instant``."""
    return instant.astimezone(SERVICE_ZONE).date()


def add_calendar_month(day: date, months: int = 1) -> date:
    """The same day ``months`` later, clamped to the month's end (31 January + 1 month = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def years_between(born: date, on: date) -> int:
    """Whole years of age on ``on`` for someone born on ``born`` (29 February birthdays count on 1 March)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

