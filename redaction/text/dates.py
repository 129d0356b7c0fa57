"""Date expressions as UK paperwork writes them, and turning a matched date into a ``datetime.date``.

One grammar for every layout: numbers with any of ``/ . -`` (spaced or not: ``08 / 03 / 2012``), ISO
(``2015-03-08``), a month's name or abbreviation in any case with or without separators
(``08-Dec-2014``, ``22-DEC-2013``, ``26MAY2021``, ``19/Mar/2009``, ``28 mar. 2008``), ordinals and "of"
(``3rd of March 2015``), the American order (``March 3, 2015``), an optional weekday before, and two-
or four-digit years. Shared by the date-of-birth and date recognizers, the table reader, the
known-identifier matcher (a known date of birth is found in any layout by comparing dates, not strings)
and the anonymiser (DOB generalisation, date shifting).
"""

from __future__ import annotations

import datetime as dt

import regex

__all__ = ["DATE_REGEX", "DATE_SPACED_REGEX", "MONTHS", "find_dates", "parse_date"]

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_MONTH_ALT = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\p{L}])\.?"
)
# Written dates may wrap over a line in extracted text ("2nd of⏎December 2018").
_GAP = r"(?:[ ]{1,2}|[ ]?\n)"
_WEEKDAY = rf"(?i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?{_GAP})"
_ORD = r"(?i:st|nd|rd|th)?"
_DAY = rf"(?:0?[1-9]|[12]\d|3[01]){_ORD}"
_YEAR = r"(?:(?:19|20)\d{2}|'?\d{2})(?!\d)"
_NUM_SEP = r"[ ]?[/.\-][ ]?"

# Numeric (14/03/2015, 14.03.15, 08 / 03 / 2012), ISO (2015-03-14), written (14th March 2015, 08-Dec-2014,
# 26MAY2021, March 14, 2015, 14 Mar 15) and month-year (March 2015).
DATE_REGEX = (
    rf"(?:\d{{1,2}}{_NUM_SEP}\d{{1,2}}{_NUM_SEP}(?:\d{{4}}|\d{{2}})(?!\d)"
    r"|(?:19|20)\d{2}[/\-]\d{1,2}[/\-]\d{1,2}(?!\d)"
    rf"|{_WEEKDAY}?{_DAY}(?:{_GAP}of)?{_GAP}?[\-/.]?[ ]?{_MONTH_ALT}{_GAP}?[\-/.,]?{_GAP}?{_YEAR}"
    rf"|{_WEEKDAY}?{_MONTH_ALT}{_GAP}{_DAY},?{_GAP}{_YEAR}"
    rf"|{_MONTH_ALT}[ ]+(?:19|20)\d{{2}}(?!\d))"
)
# After a date-of-birth cue, or in a DOB column, numbers separated by spaces alone are a date too (08 03 2012), and
# so is an ISO date with dots or spaces (2014.07.22, 2013 05 14: exports of other countries' systems and forms).
DATE_SPACED_REGEX = (rf"(?:{DATE_REGEX}|\d{{1,2}}[ ]\d{{1,2}}[ ](?:19|20)\d{{2}}(?!\d)"
                     r"|(?:19|20)\d{2}(?:\.\d{1,2}\.|[ ]\d{1,2}[ ])\d{1,2}(?!\d))")

_FINDER = regex.compile(rf"(?<![\w/.\-]){DATE_REGEX}(?![\w/\-]|\.\d)")
_MONTH = regex.compile(_MONTH_ALT)
_LEADING_WEEKDAY = regex.compile(rf"^{_WEEKDAY}")
_NUMBER = regex.compile(r"\d+")


def _month_number(name: str) -> int:
    return [m[:3].lower() for m in MONTHS].index(name.strip(".")[:3].lower()) + 1


def _year(text: str) -> int:
    year = int(text.lstrip("'"))
    return year + (2000 if year < 50 else 1900) if year < 100 else year


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` denotes (UK day-first order), or ``None``; "March 2015" is the 1st."""
    text = _LEADING_WEEKDAY.sub("", text.strip())
    numbers = _NUMBER.findall(text)
    month_name = _MONTH.search(text)
    try:
        if month_name is not None:
            month = _month_number(month_name.group())
            if len(numbers) == 1 and len(numbers[0]) == 4:
                return dt.date(int(numbers[0]), month, 1)
            if len(numbers) != 2:
                return None
            day, year = numbers  # the day comes first in both orders: "3 March 2015", "March 3, 2015"
            return dt.date(_year(year), month, int(day))
        if len(numbers) != 3:
            return None
        if len(numbers[0]) == 4:
            return dt.date(int(numbers[0]), int(numbers[1]), int(numbers[2]))
        return dt.date(_year(numbers[2]), int(numbers[1]), int(numbers[0]))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every date expression in ``text`` with its offsets and the day it denotes."""
    out = []
    for match in _FINDER.finditer(text):
        day = parse_date(match.group())
        if day is not None:
            out.append((match.start(), match.end(), day))
    return out
