"""NHS number: ten digits, often ``943 476 5919``; modulus-11 check digit (weights 10..2)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.text.recognizers._base import UkPatternRecognizer

__all__ = ["UkNhsNumberRecognizer", "nhs_check_digit"]


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or ``None`` when the remainder makes the number invalid."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


class UkNhsNumberRecognizer(UkPatternRecognizer):
    ENTITY = "NHS_NUMBER"
    PATTERNS = [Pattern("nhs number", r"(?<![\d\-/.])\d{3}[ \n-]?\d{3}[ \n-]?\d{4}(?![\d\-/]|\.\d)", 0.5)]
    CONTEXT = ["nhs", "nhs no", "nhs number", "health service", "patient"]

    def validate_result(self, pattern_text: str) -> bool:
        digits = self.digits(pattern_text)
        if len(digits) != 10 or len(set(digits)) == 1:
            return False
        return nhs_check_digit(digits[:9]) == int(digits[9])
