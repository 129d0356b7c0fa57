"""Errors raised by :mod:`vault.statistics`.

::

    StatisticsError
    ├── InvalidInput (also a ValueError)     the caller handed over something unusable
    │   ├── InvalidRecord                     a malformed enquiry or case record
    │   ├── UnknownCategory                   a category outside the vocabulary in use
    │   ├── InvalidQuarter                    a quarter that cannot be parsed or is out of range
    │   ├── InvalidControl                    disclosure-control settings that would not protect anyone
    │   └── InvalidTables                     tables that do not fit together (audit, CSV)
    └── DisclosureRisk                        the audit found a hidden count that can be worked out

Every input error is raised before anything is written, so a failed report loses nothing and
publishes nothing. ``DisclosureRisk`` from :func:`quarterly_report` means the engine's own output
failed the independent audit: it is a bug, and the report is refused rather than published.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault.statistics.audit import AuditReport

__all__ = [
    "DisclosureRisk",
    "InvalidControl",
    "InvalidInput",
    "InvalidQuarter",
    "InvalidRecord",
    "InvalidTables",
    "StatisticsError",
    "UnknownCategory",
]


class StatisticsError(Exception):
    """Base class of every error raised by the statistics package."""


class InvalidInput(StatisticsError, ValueError):
    """The caller handed over something the package cannot use."""


class InvalidRecord(InvalidInput):
    """An enquiry or case record is malformed (wrong type, dates out of order, empty category)."""


class UnknownCategory(InvalidInput):
    """A record uses a category that is not in the vocabulary (free text never reaches the CSV)."""


class InvalidQuarter(InvalidInput):
    """A quarter label cannot be parsed, or names a quarter that does not exist."""


class InvalidControl(InvalidInput):
    """Disclosure-control settings that are malformed or would publish small counts."""


class InvalidTables(InvalidInput):
    """Tables that contradict each other or are incomplete."""


class DisclosureRisk(StatisticsError):
    """A published table lets a suppressed count be worked out (or narrowed too far)."""

    def __init__(self, message: str, *, report: AuditReport) -> None:
        super().__init__(message)
        self.report = report
