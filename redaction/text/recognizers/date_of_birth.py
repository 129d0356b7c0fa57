"""Dates of birth, recognised by their label: "DOB", "D.O.B.", "date of birth", "born (on)", "birthday".

Other dates (meetings, letters, deadlines) are not identifiers and are left to :mod:`.date`.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.text.dates import DATE_REGEX
from redaction.text.recognizers._base import UkPatternRecognizer

__all__ = ["UkDateOfBirthRecognizer"]

_LABEL = (
    r"(?:\bD\.?\s?O\.?\s?B\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bborn(?:\s+on)?\b"
    r"|\bbirthday(?:\s+is)?\b|\bd/o/b\b)"
)


class UkDateOfBirthRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern(
            "labelled date of birth",
            rf"{_LABEL}(?:\s*\([^)]{{0,12}}\))?[\s:|\-–]{{0,6}}(?:(?:is|was|on|in)\s+)?(?P<id>{DATE_REGEX})",
            0.95,
        ),
    ]
