"""Dates that are not dates of birth. Not identifiers: reported only when the caller asks for them
(to shift every date by a per-output offset in a case study)."""

from __future__ import annotations

import regex

from redaction.text.dates import DATE_REGEX
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkDateRecognizer"]


class UkDateRecognizer(UkPatternRecognizer):
    ENTITY = "DATE"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [Pattern("date", rf"(?<![\w/.\-]){DATE_REGEX}(?![\w/\-]|\.\d)", 0.6)]
