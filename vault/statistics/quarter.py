"""Reporting quarters: calendar quarters by default, UK financial-year quarters on request.

``Quarter.parse("2026-Q3")`` is July–September 2026. Financial years run 1 April to 31 March and
are written with both years: ``Quarter.parse("2026/27-Q1")`` (or ``"2026-27 Q1"``) is April–June
2026, and its Q4 is January–March 2027. ``Quarter.parse("2026-Q1", financial=True)`` reads the
short form as the financial year starting in 2026.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from vault.statistics.errors import InvalidQuarter

__all__ = ["Quarter"]

# ASCII: a Unicode digit or space is not read as one (int() would take "٢٠٢٦").
_CALENDAR = re.compile(r"(\d{4})\s*-?\s*Q([1-4])", re.IGNORECASE | re.ASCII)
_FINANCIAL = re.compile(r"(?:FY\s*)?(\d{4})\s*[/-]\s*(\d{2})\s*-?\s*Q([1-4])", re.IGNORECASE | re.ASCII)


@dataclass(frozen=True)
class Quarter:
    """Quarter ``number`` (1–4) of ``year``; with ``financial`` the year is the one starting in April."""

    year: int
    number: int
    financial: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.year, bool) or not isinstance(self.year, int) or not 1900 <= self.year <= 9998:
            raise InvalidQuarter(f"quarter year must be a year between 1900 and 9998, got {self.year!r}")
        if isinstance(self.number, bool) or self.number not in (1, 2, 3, 4):
            raise InvalidQuarter(f"quarter number must be 1, 2, 3 or 4, got {self.number!r}")

    @classmethod
    def parse(cls, text: str, *, financial: bool = False) -> Quarter:
        """Read ``2026-Q3`` (calendar, or financial with ``financial=True``) or ``2026/27-Q1``."""
        if not isinstance(text, str):
            raise InvalidQuarter(f"a quarter label must be text, got {type(text).__name__}")
        cleaned = text.strip(" \t")
        if match := _FINANCIAL.fullmatch(cleaned):
            start, end, number = int(match[1]), int(match[2]), int(match[3])
            if end != (start + 1) % 100:
                raise InvalidQuarter(f"{text!r}: a financial year runs from one year to the next")
            return cls(start, number, financial=True)
        if match := _CALENDAR.fullmatch(cleaned):
            return cls(int(match[1]), int(match[2]), financial=financial)
        raise InvalidQuarter(f"{text!r} is not a quarter such as 2026-Q3 or 2026/27-Q1")

    @classmethod
    def containing(cls, day: date, *, financial: bool = False) -> Quarter:
        """The quarter a day falls in."""
        if not financial:
            return cls(day.year, (day.month - 1) // 3 + 1)
        start_year = day.year if day.month >= 4 else day.year - 1
        return cls(start_year, (day.month - 4) % 12 // 3 + 1, financial=True)

    @property
    def start(self) -> date:
        """The first day of the quarter."""
        month = 3 * (self.number - 1) + (4 if self.financial else 1)
        return date(self.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)

    @property
    def end(self) -> date:
        """The last day of the quarter (inclusive)."""
        last_month = self.start.month + 2
        year = self.start.year + (last_month - 1) // 12
        month = (last_month - 1) % 12 + 1
        return date(year, month, calendar.monthrange(year, month)[1])

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def next(self) -> Quarter:
        if self.number == 4:
            return Quarter(self.year + 1, 1, financial=self.financial)
        return Quarter(self.year, self.number + 1, financial=self.financial)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.year - 1, 4, financial=self.financial)
        return Quarter(self.year, self.number - 1, financial=self.financial)

    @property
    def description(self) -> str:
        """``"calendar quarter 2026-Q3: 1 July 2026 to 30 September 2026"``."""
        kind = "financial" if self.financial else "calendar"
        return f"{kind} quarter {self}: {_long(self.start)} to {_long(self.end)}"

    def __str__(self) -> str:
        if self.financial:
            return f"{self.year}/{(self.year + 1) % 100:02d}-Q{self.number}"
        return f"{self.year}-Q{self.number}"


def _long(day: date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"
