"""How the anonymised output is written: a frozen object built once at the edge."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from redaction.text.errors import SettingsError

__all__ = ["AGE_BANDS", "RedactionSettings"]

DobMode = Literal["year", "age_band", "remove"]
AGE_BANDS = ((0, 4), (5, 10), (11, 15), (16, 18), (19, 25))


@dataclass(frozen=True, slots=True, kw_only=True)
class RedactionSettings:
    """``dob``: a date of birth becomes its year, an age band at ``reference_date``, or a label.
    ``shift_dates``: other dates move by one random offset per output (within ``max_shift_days``),
    which keeps intervals between them; the rng is passed to :meth:`TextRedactor.redact`."""

    dob: DobMode = "year"
    reference_date: dt.date | None = None
    shift_dates: bool = False
    max_shift_days: int = 90

    def __post_init__(self) -> None:
        if self.dob not in ("year", "age_band", "remove"):
            raise SettingsError(f"dob must be 'year', 'age_band' or 'remove', not {self.dob!r}")
        if self.dob == "age_band" and self.reference_date is None:
            raise SettingsError("dob='age_band' needs a reference_date to compute ages at")
        if self.max_shift_days < 1:
            raise SettingsError("max_shift_days must be at least 1")
