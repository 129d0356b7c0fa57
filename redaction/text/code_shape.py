"""Whether a token is shaped like a register's code: the test the cued-code recognizer and reference columns share.

Five digits or more ("00771342", "44 1902 77"); three digits or more with a letter or a separator ("99120-KL",
"0993/14JAN"); two digits mixed with two letters or more in six characters or more ("QX7T2M"). Not a code: a
date (three numbers in a date's lengths: "24 012 345" is a code read out in groups), a year or an academic year ("2023/24"), a time ("10:30", "3.15pm"), a measure or a dose ("500mg",
"40dB"), an ISBN.
"""

from __future__ import annotations

import regex

from redaction.text.dates import parse_date

__all__ = ["ISBN", "code_end", "code_shaped"]

_YEAR = regex.compile(r"(?:19|20)\d\d(?:[ ]?[/\-][ ]?(?:19|20)?\d\d)?")
_TIME = regex.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?(?:am|pm|hrs?|h)?")
_MEASURE = regex.compile(r"(?i)\d+(?:mg|mcg|ml|kg|g|cm|mm|km|m|db|c|st|nd|rd|th|hrs?|mins?|yrs?|y|wks?|k|p|x|s)")
_NUMERIC_DATE = regex.compile(r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{2,4}")
ISBN = regex.compile(r"97[89][\- ]?(?:\d[\- ]?){9}\d")


def code_shaped(token: str) -> bool:
    """Whether ``token`` is shaped like a register's code (see the module's doc)."""
    digits = sum(ch.isdigit() for ch in token)
    letters = sum(ch.isalpha() for ch in token)
    separated = any(ch in "/- " for ch in token)
    if digits == 0 or _YEAR.fullmatch(token) or _TIME.fullmatch(token) or _MEASURE.fullmatch(token):
        return False
    if _NUMERIC_DATE.fullmatch(token) or _a_date(token):
        return False
    if ISBN.fullmatch(token):
        return False  # a book's number
    if digits >= 5:
        return True
    if digits >= 3 and (letters or separated):
        return True
    return digits >= 2 and letters >= 2 and len(token) >= 6


# The numbers of a date written in figures: day, month and year (two or four digits), or a year first.
_DATE_NUMBERS = regex.compile(r"\d{1,2}\D+\d{1,2}\D+(?:\d{2}|\d{4})|\d{4}\D+\d{1,2}\D+\d{1,2}")


def _a_date(token: str) -> bool:
    """Whether ``token`` reads as a date: a month's name with its numbers, or three numbers in a date's lengths. A
    code read out in groups ("24 012 345", an ombudsman's case number) has three numbers too, but no date's lengths."""
    if parse_date(token) is None:
        return False
    return any(ch.isalpha() for ch in token) or _DATE_NUMBERS.fullmatch(token) is not None


# A lower-case word after a dash or slash set apart by a space ends the sentence, not the code: "ref: 2023/4471 -
# please quote it" (a code's own letter groups are capitals or joined tight: "SEN / 2231 / KH", "EH-23-10422-ab").
_WORD_AFTER_A_SPACED_DASH = regex.compile(r"(?:[ ]+[/\-–][ ]*|[/\-–][ ]+)\p{Ll}+\Z")


def code_end(text: str, start: int, end: int) -> int:
    """Where a code found at ``text[start:end]`` ends, less a lower-case word a spaced dash joined to it."""
    tail = _WORD_AFTER_A_SPACED_DASH.search(text, start, end)
    return tail.start() if tail is not None and tail.start() > start else end
