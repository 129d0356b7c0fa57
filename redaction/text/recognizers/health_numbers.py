"""CHI numbers (Scotland) and H&C numbers (Northern Ireland): ten digits with the NHS modulus-11 check digit.

A CHI number opens with its holder's date of birth (``DDMMYY``), so it may open with a zero, which an
NHS number never does (there a zero opens a telephone number); an H&C number lies in 320 000 001 -
399 999 999. Both are written spaced like NHS numbers ("010115 1234", "320 123 4567"). A number that
passes the checksum is the identifier; a CHI number opening with a zero needs its cue ("CHI"), since a
ten-digit telephone number may look like a date and pass the checksum by chance (one in eleven).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.nhs_number import nhs_check_digit

__all__ = ["UkChiNumberRecognizer", "UkHcNumberRecognizer", "chi_valid", "hc_valid"]

# Ten digits, in groups joined by a space, a dot or a dash; never inside a longer number.
_TEN = regex.compile(r"(?<![\w\-/.+£$])(?<!(?:\+|\b00)\d{1,3}[ .\-]?\(?)\d(?:[ .\-]{0,2}\d){9}(?![\w\-/]|\.\d)")


def _mod11(digits: str) -> bool:
    return len(digits) == 10 and len(set(digits)) > 1 and nhs_check_digit(digits[:9]) == int(digits[9])


def chi_valid(digits: str) -> bool:
    """A CHI number: a real day as DDMMYY, then the modulus-11 check digit."""
    if not _mod11(digits):
        return False
    try:
        dt.date(2000 + int(digits[4:6]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return True


def hc_valid(digits: str) -> bool:
    """An H&C number: in 320 000 001 - 399 999 999, then the modulus-11 check digit."""
    return _mod11(digits) and 320 <= int(digits[:3]) <= 399


class _TenDigitRecognizer(UkPatternRecognizer):
    CUE: regex.Pattern[str]
    CUE_WINDOW = 40

    def find(self, text: str) -> Iterator[Span]:
        for match in _TEN.finditer(text):
            digits = self.digits(match.group())
            if not self.validate_result(match.group()):
                continue
            cued = self.CUE.search(text, max(0, match.start() - self.CUE_WINDOW), match.start()) is not None
            if digits[0] == "0" and not cued:
                continue
            yield Span(match.start(), match.end(), self.ENTITY, 1.0, "pattern")


class UkChiNumberRecognizer(_TenDigitRecognizer):
    ENTITY = "CHI_NUMBER"
    PATTERNS = [Pattern("chi number", _TEN.pattern, 0.5)]
    CONTEXT = ["chi", "chi number", "chi no", "community health index"]
    CUE = regex.compile(r"(?i)\b(?:chi|community[ ]health[ ]index)\b")

    def find(self, text: str) -> Iterator[Span]:
        # A CHI number with no cue and no zero is an NHS number's shape too: it is found as one.
        for span in super().find(text):
            if self.CUE.search(text, max(0, span.start - self.CUE_WINDOW), span.start):
                yield span

    def validate_result(self, pattern_text: str) -> bool:
        return chi_valid(self.digits(pattern_text))


class UkHcNumberRecognizer(_TenDigitRecognizer):
    ENTITY = "HC_NUMBER"
    PATTERNS = [Pattern("h&c number", _TEN.pattern, 0.5)]
    CONTEXT = ["h&c", "h & c", "health and care number", "hcn"]
    CUE = regex.compile(r"(?i)(?:\bh[ ]?&[ ]?c\b|\bhealth[ ]and[ ]care[ ]number\b|\bhcn\b)")

    def validate_result(self, pattern_text: str) -> bool:
        return hc_valid(self.digits(pattern_text))
