"""A date of birth a form or a row gives with no cue but the person's name before it:

- a row or a list item with the name, a space and the date: "Leah Quinn 07/07/2015 Y5", "Rory 13/5/2019, Cian
  2/11/2016", "Pupil: Dev Shah   12-01-2014   Class 4B", a register's "1. ADEBAYO, Tolu   12/03/2015   M   5B";
- a personal-details block where the date stands alone on the line under the name's field: "Name: Bartek Lis⏎
  03/07/2015⏎Year group: 5".

:class:`UkBirthContextRecognizer` reads a name and a date joined by a comma, a dash or a cell gap when a later
date stands beside it; this one reads the space-joined and the stacked layouts. A date that is the form's own,
a letter's or a meeting's is recent; a child's birth is years back: the date must lie three years or more before
today and two years or more before the text's latest other date, with no event or document told on its line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.dates import parse_date
from redaction.text.given_names import is_given_name
from redaction.text.surnames import is_surname
from redaction.text.names import CAPS_NAME, NAME, TITLE
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.birth_context import (
    _DOCUMENT_BEFORE,
    _EVENT_ON_LINE,
    _before_latest,
    _date_matches,
    _register_name,
)

__all__ = ["BirthAfterNameRecognizer"]

# The date ends its row, or a year group, a class or another cell follows it.
_ROW_END = regex.compile(
    r"[ \t]*(?:$|[,;|]|\.(?!\d)|[ \t]{2,}|[ ]+(?:Y|Yr|Year|P|S|NC)[ ]?\d|[ ]+-[ ])", regex.MULTILINE)
# A register writes the surname first, in capitals or not, and a comma before the given names ("1. ADEBAYO, Tolu
# 12/03/2015   M   5B", "Hollis, Maddie 11/02/2012").
_NAME_BEFORE = regex.compile(
    rf"(?<![\p{{L}}]|{TITLE}[ ]+)(?P<name>{NAME}(?:[ ]{NAME}){{0,2}}|(?:{CAPS_NAME}|{NAME}),[ ]+{NAME}(?:[ ]{NAME})?)"
    r"(?:[ ]*[-–][ ]*|[ ]+)\Z")
# The field of a person's name on the line above: "Name: Bartek Lis", "Child's full name - Oskar Brandt".
_NAME_FIELD_LINE = regex.compile(
    r"(?i)^[ \t]*(?:(?:child|pupil|student|young[ ]person|learner)['’]?s?[ ]+)?(?:full[ ]+|legal[ ]+)?(?:name|pupil|child"
    rf"|student|learner)[ \t]*[:\-–][ \t]*(?-i:{NAME}(?:[ ]{NAME}){{0,3}})[ \t]*$")
# A document's own history told on its line: "Version 2 Tom Hale 05/05/2018 - draft".
_DOCUMENT_WORDS = regex.compile(
    r"(?i)\b(?:version|draft|updated?|amended|issued|completed|written|prepared|author|v\d|rev(?:ision)?)\b")
_ALONE_ON_LINE = regex.compile(r"[ \t]*$", regex.MULTILINE)


def _years_back(date_text: str, years: int) -> bool:
    day = parse_date(date_text)
    return day is not None and (dt.date.today() - day).days >= 365 * years


def _a_name(name: str) -> bool:
    """A person's name: as registers write one, or a known given name first, or a known surname last."""
    words = name.split()
    return _register_name(name) or is_given_name(words[0]) or len(words) > 1 and is_surname(words[-1])


class BirthAfterNameRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [Pattern("birth date after a name", _NAME_BEFORE.pattern, 0.75)]  # for Presidio's registry
    SCORE = 0.75

    def find(self, text: str) -> Iterator[Span]:
        rows = [date for date in _date_matches(text) if self._a_row(text, date)]
        # A register's rows are births each ("1. ADEBAYO, Tolu   12/03/2015   M⏎2. BRENNAN, Cara   30/07/2014   F"):
        # the other rows' dates are not the form's own later date that a birth must lie years before.
        rows_at = frozenset(date.start() for date in rows)
        for date in rows:
            if not _before_latest(text, date.start(), date.group(), 730, alone=True, besides=rows_at):
                continue
            yield Span(date.start(), date.end(), self.ENTITY, self.SCORE, "pattern")

    @staticmethod
    def _a_row(text: str, date: regex.Match[str]) -> bool:
        """Whether ``date`` ends a person's row or stands under a name's field, years back, with no event told."""
        if not any(ch.isdigit() for ch in date.group()) or _ROW_END.match(text, date.end()) is None:
            return False
        if not _years_back(date.group(), 3):
            return False
        line_start = text.rfind("\n", 0, date.start()) + 1
        line_end = text.find("\n", date.end())
        line_end = len(text) if line_end < 0 else line_end
        if (_EVENT_ON_LINE.search(text, line_start, line_end) is not None
                or _DOCUMENT_WORDS.search(text, line_start, line_end) is not None):
            return False
        head = text[line_start : date.start()]
        if head.strip():
            before = _NAME_BEFORE.search(text, max(line_start, date.start() - 60), date.start())
            if before is None or not _a_name(before["name"]):
                return False
            # "Letter from Leah Quinn 07/07/2015": the letter's date
            return _DOCUMENT_BEFORE.search(text, line_start, before.start()) is None
        if line_start == 0 or _ALONE_ON_LINE.match(text, date.end()) is None:
            return False
        previous = text.rfind("\n", 0, line_start - 1) + 1
        return _NAME_FIELD_LINE.match(text[previous : line_start - 1]) is not None
