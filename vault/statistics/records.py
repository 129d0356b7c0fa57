"""What the statistics engine counts: anonymous enquiries and cases, reduced to categories.

Neither record has a field that identifies a family: no name, case reference, date of birth or
free text. The vault service builds them from its own rows (using :func:`age_band` so a child's
date of birth never leaves the vault) and hands them over; the engine only ever sees categories
and the dates that place a record in a quarter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from vault.statistics.categories import AGE_BANDS, NOT_KNOWN
from vault.statistics.errors import InvalidRecord

__all__ = ["CaseRecord", "EnquiryRecord", "age_band"]


def _check_date(record: str, field: str, value: object) -> None:
    # datetime is a date subclass; a timestamp would silently shift a record across midnight (and
    # so across a quarter boundary) depending on time zone, so only plain dates are accepted.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidRecord(f"{record}.{field} must be a datetime.date, not {type(value).__name__}")


def _check_label(record: str, field: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRecord(f"{record}.{field} must be a non-empty category label, got {value!r}")


@dataclass(frozen=True, slots=True)
class EnquiryRecord:
    """One anonymous enquiry: when it came in, what about, how, and what the service did."""

    received_on: date
    topic: str
    outcome: str
    channel: str

    def __post_init__(self) -> None:
        _check_date("EnquiryRecord", "received_on", self.received_on)
        for field in ("topic", "outcome", "channel"):
            _check_label("EnquiryRecord", field, getattr(self, field))


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """One case (a family's casework), reduced to the categories of a local-authority return.

    ``outcome`` is read only once the case is closed; a closed case without one is counted as
    "Not recorded". ``age_band`` (see :func:`age_band`), ``school_phase`` and ``referral_source``
    describe the child and how the case reached the service; each defaults to "Not known".
    """

    opened_on: date
    closed_on: date | None
    need: str
    outcome: str | None
    referral_source: str = NOT_KNOWN
    age_band: str = NOT_KNOWN
    school_phase: str = NOT_KNOWN

    def __post_init__(self) -> None:
        _check_date("CaseRecord", "opened_on", self.opened_on)
        if self.closed_on is not None:
            _check_date("CaseRecord", "closed_on", self.closed_on)
            if self.closed_on < self.opened_on:
                raise InvalidRecord(
                    f"CaseRecord closed on {self.closed_on} before it was opened on {self.opened_on}"
                )
        if self.outcome is not None:
            _check_label("CaseRecord", "outcome", self.outcome)
        for field in ("need", "referral_source", "age_band", "school_phase"):
            _check_label("CaseRecord", field, getattr(self, field))

    def is_open_at_end_of(self, day: date) -> bool:
        """Open when ``day`` ends: opened by then and not closed by then."""
        return self.opened_on <= day and (self.closed_on is None or self.closed_on > day)


# The first age (in whole years) past each of the default AGE_BANDS, in the same order.
_BAND_ENDS = (5, 11, 16, 20, 26)


def age_band(date_of_birth: date, *, on: date) -> str:
    """The age band of someone born on ``date_of_birth``, as at ``on`` (whole years)."""
    _check_date("age_band", "date_of_birth", date_of_birth)
    _check_date("age_band", "on", on)
    if date_of_birth > on:
        raise InvalidRecord(f"date of birth {date_of_birth} is after {on}")
    birthday_to_come = (on.month, on.day) < (date_of_birth.month, date_of_birth.day)
    years = on.year - date_of_birth.year - birthday_to_come
    for below, label in zip(_BAND_ENDS, AGE_BANDS[: len(_BAND_ENDS)], strict=True):
        if years < below:
            return label
    raise InvalidRecord(f"age {years} is outside the 0 to 25 SEND age range")
