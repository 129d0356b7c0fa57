"""Unique Learner Number: ten digits, first not 0; sum of digit × (10..1) mod 11 must be 10.

The rule is chosen by the Learning Records Service so a ULN never passes the NHS number check.
"""

from __future__ import annotations

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkUlnRecognizer", "uln_is_valid"]


def uln_is_valid(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit() or digits[0] == "0":
        return False
    return sum(int(d) * w for d, w in zip(digits, range(10, 0, -1))) % 11 == 10


class UkUlnRecognizer(UkPatternRecognizer):
    ENTITY = "ULN"
    PATTERNS = [Pattern("uln", r"(?<![\d\-/.])[1-9]\d{9}(?![\d\-/]|\.\d)", 0.5)]
    CONTEXT = ["uln", "unique learner number", "learner number", "learner"]

    def validate_result(self, pattern_text: str) -> bool:
        return uln_is_valid(pattern_text)
