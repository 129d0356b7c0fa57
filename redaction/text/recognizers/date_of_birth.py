"""Dates of birth, recognised by a cue: "DOB", "D.O.B.", "DoB", "d.o.b", "date of birth", "birth date",
"born (on)", "b.", "birthday" before the date, or "(DOB)" / "(date of birth)" after it.

The date may be in any layout :mod:`redaction.text.dates` reads; after a cue, numbers separated by
spaces alone count too ("DOB 08 03 2012"). Other dates (meetings, letters, deadlines) are not
identifiers and are left to :mod:`.date`; dates in a table's DOB column are found by :mod:`.table`.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.text.dates import DATE_REGEX, DATE_SPACED_REGEX
from redaction.text.recognizers._base import UkPatternRecognizer

__all__ = ["DOB_CUE", "UkDateOfBirthRecognizer"]

# "D.O.B", "DoB", "d.o.b." "date of birth", "birth date", "born (on|in)", "b." (only before a date), "birthday".
DOB_CUE = (
    r"(?:\bD\.?[ ]?O\.?[ ]?B\b\.?|\bdate[ ]+of[ ]+birth\b|\bbirth[ ]?date\b|\bborn(?:[ ]+(?:on|in))?(?:[ ]+the)?\b"
    r"|\bbirthday(?:[ ]+is)?\b|\bd/o/b\b|(?<![\p{L}])b\.(?=[ ]?\d))"
)


_CUE_AFTER = regex.compile(r"(?i)[(\[,][ ]*(?:DOB|D\.O\.B|date[ ]+of[ ]+birth|born)\b")


class UkDateOfBirthRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern(
            "labelled date of birth",
            rf"{DOB_CUE}(?:[ ]*\([^)\n]{{0,14}}\))?(?:[ ]*/[ ]*age\b)?[\s:|\-–.]{{0,8}}(?:(?:is|was|on|in|the)[ ]+)?"
            rf"(?P<id>{DATE_SPACED_REGEX})(?![\w/\-]|\.\d)",
            0.95,
        ),
        Pattern(
            "date then its cue",
            rf"(?<![\w/.\-])(?P<id>{DATE_REGEX})[ ]*[(\[,][ ]*(?:DOB|D\.O\.B\.?|date[ ]+of[ ]+birth|born)\b",
            0.9,
        ),
    ]

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # The date-first pattern tries a date at every digit: run it only where "(DOB" and the like occur.
        return pattern_name != "date then its cue" or _CUE_AFTER.search(text) is not None
