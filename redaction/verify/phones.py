"""Telephone numbers of any country: libphonenumber's matcher (the ``phonenumbers`` package).

Leniency ``POSSIBLE``: a number of a possible length for its country, whether or not its range is
allocated. ``VALID`` would pass Ofcom's drama numbers (``07700 900456``, ``01632 960001``), which are
not allocated and look exactly like real ones; a reader that must not miss a number takes every
number that could be one. That leniency alone also takes years, dates and scores ("2023 2024",
"14.03.2015", "85/100"), so a match must be written as a telephone number is: with its international
prefix (``+48 512 345 678``, ``00353 87 123 4567``: read in its own country, any country), or as a UK
number with its trunk zero and 10-11 digits. A foreign number written without its prefix is left to
the long-digit-run rule (a suspect). The matcher's attempt limit bounds its work on hostile text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["LENIENCY", "phone_numbers"]

LENIENCY = "POSSIBLE"
MAX_TRIES = 100_000


def phone_numbers(text: str, *, region: str = "GB") -> Iterator[tuple[int, int]]:
    import phonenumbers

    leniency = getattr(phonenumbers.Leniency, LENIENCY)
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency, max_tries=MAX_TRIES):
        raw = match.raw_string.lstrip("( ")
        digits = re.sub(r"\D", "", raw)
        if raw.startswith("+") or digits.startswith("00") or (digits.startswith("0") and 10 <= len(digits) <= 11):
            yield match.start, match.end
