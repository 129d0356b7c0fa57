"""Date expressions as UK case notes write them, and turning a matched date into a ``datetime.date``.

Shared by the date-of-birth and date recognizers, the known-identifier matcher (a known DOB must be
found in every layout) and the anonymiser (DOB generalisation, date shifting).
"""

from __future__ import annotations

import datetime as dt

import regex

__all__ = ["DATE_REGEX", "MONTHS", "date_variants", "parse_date"]

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_MONTH_ALT = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"

# Numeric (14/03/2015, 14.03.15, 2015-03-14) and written (14th March 2015, March 14, 2015, 14 Mar 15).
DATE_REGEX = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}{_ORD}(?:\s+of)?\s+{_MONTH_ALT},?\s+(?:\d{{4}}|'?\d{{2}})(?!\d)"
    rf"|{_MONTH_ALT}\s+\d{{1,2}}{_ORD},?\s+\d{{4}}"
    rf"|{_MONTH_ALT}\s+\d{{4}})"
)

_NUMERIC = regex.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})")
_ISO = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WORDS = regex.compile(rf"(?i)(?:(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MONTH_ALT})|({_MONTH_ALT})\s+(\d{{1,2}}){_ORD})?,?\s*('?\d{{2,4}})")
_MONTH_ONLY = regex.compile(rf"(?i)({_MONTH_ALT})\s+(\d{{4}})")


def _month_number(name: str) -> int:
    return [m[:3].lower() for m in MONTHS].index(name.strip(".")[:3].lower()) + 1


def _year(text: str) -> int:
    year = int(text.lstrip("'"))
    return year + (2000 if year < 50 else 1900) if year < 100 else year


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` denotes (UK day-first order), or ``None``; "March 2015" is the 1st."""
    text = text.strip()
    try:
        if m := _ISO.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.fullmatch(text):
            return dt.date(_year(m[3]), int(m[2]), int(m[1]))
        if m := _MONTH_ONLY.fullmatch(text):
            return dt.date(int(m[2]), _month_number(m[1]), 1)
        if (m := _WORDS.fullmatch(text)) and (m[1] or m[4]):
            day, month = (m[1], m[2]) if m[1] else (m[4], m[3])
            return dt.date(_year(m[5]), _month_number(month), int(day))
    except ValueError:
        return None
    return None


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date_variants(day: dt.date) -> list[str]:
    """Every common way of writing ``day``: the known-identifier matcher searches for all of them."""
    d, m, y = day.day, day.month, day.year
    month, short = MONTHS[m - 1], MONTHS[m - 1][:3]
    numeric = {f"{dd}{sep}{mm}{sep}{yy}" for sep in "/.-" for dd in {f"{d:02d}", str(d)}
               for mm in {f"{m:02d}", str(m)} for yy in (str(y), f"{y % 100:02d}")}
    written = {f"{dd} {mon} {y}" for dd in (str(d), f"{d:02d}", _ordinal(d)) for mon in (month, short)}
    written |= {f"{_ordinal(d)} of {month} {y}", f"{month} {d}, {y}", f"{month} {d} {y}",
                f"{month} {_ordinal(d)}, {y}", f"{month} {_ordinal(d)} {y}", f"{d} {month}, {y}"}
    return sorted(numeric | written | {day.isoformat()}, key=len, reverse=True)
