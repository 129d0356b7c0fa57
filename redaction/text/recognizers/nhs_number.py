"""NHS number: ten digits, often ``943 476 5919``; modulus-11 check digit (weights 10..2).

People space it every way ("9434 765 919", "94 34 76 59 19", "943.476.5919", "943  476  5919"), so the
recognizer reads runs of digit groups (joined by a space or two, a dot, a dash or a line break) and takes
any consecutive groups holding exactly ten digits whose check digit is right; a group is never split,
so ten digits inside a longer number (a phone number, a ULN with a prefix) never count, nor ten digits after a
country calling code ("+1 212 555 0199", "1-212-555-0199", "001-212-555-0199") or a telephone's label ("mobile
no. 9876543210"). A first digit of 0 is a telephone number, never an NHS number.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkNhsNumberRecognizer", "nhs_check_digit"]

# Not after a country calling code: "+1 212 555 0199" is a telephone number whatever its last ten digits say.
_RUN = regex.compile(r"(?<![\w\-/.+£$])(?<!(?:\+|\b00)\d{1,3}[ .\-]?\(?)\d+(?:(?:[ ]{1,4}|[.\-]|[ ]?\n)\d+)*(?![\w\-/]|\.\d)")
_GROUP = regex.compile(r"\d+")
# A date then an hour, "2024-05-13 16:41:07" or "13/05/2024 16:41": a timestamp, whatever its digits' check digit says.
_DATE_SHAPE = regex.compile(r"(?:19|20)\d\d[\-/.][01]\d[\-/.][0-3]\d(?![\d\-/.])|[0-3]?\d[\-/.][01]?\d[\-/.](?:19|20)\d\d(?![\d\-/.])")


# A telephone's label just before the digits ("mobile no. 9876543210", "Tel: 943 476 5919"): a telephone number,
# whatever its check digit says.
_PHONE_LABEL = regex.compile(
    r"(?i)\b(?:mobile|mob|phone|tel|telephone|cell|whats[ ]?app|call|text|ring|landline|fax)\b"
    r"(?:[ .]*(?:no|nos|number|num|nr|\#))?[ .:#\-–]*\Z")


def _after_phone_label(text: str, start: int) -> bool:
    return _PHONE_LABEL.search(text, max(0, start - 24), start) is not None


def _after_nanp_code(text: str, groups: list[tuple[int, int]], first: int) -> bool:
    """Ten digits after a run's first group "1" or "001": North America's calling code ("1-774-838-4185",
    "001-927-551-8751"), a telephone number whatever the check digit says."""
    return first == 1 and text[groups[0][0]:groups[0][1]] in ("1", "001")


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or ``None`` when the remainder makes the number invalid."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


class UkNhsNumberRecognizer(UkPatternRecognizer):
    ENTITY = "NHS_NUMBER"
    PATTERNS = [Pattern("nhs number", _RUN.pattern, 0.5)]
    CONTEXT = ["nhs", "nhs no", "nhs number", "health service", "patient"]

    def find(self, text: str) -> Iterator[Span]:
        for run in _RUN.finditer(text):
            if sum(ch.isdigit() for ch in run.group()) < 10:
                continue
            groups = [(g.start(), g.end()) for g in _GROUP.finditer(text, run.start(), run.end())]
            first = 0
            while first < len(groups):
                count, last = 0, first
                while last < len(groups) and count < 10:
                    count += groups[last][1] - groups[last][0]
                    last += 1
                start, end = groups[first][0], groups[last - 1][1]
                if (count == 10 and self.validate_result(text[start:end]) and not _after_nanp_code(text, groups, first)
                        and not _DATE_SHAPE.match(text, start) and not _after_phone_label(text, start)):
                    yield Span(start, end, self.ENTITY, 1.0, "pattern")
                    first = last
                else:
                    first += 1

    def validate_result(self, pattern_text: str) -> bool:
        digits = self.digits(pattern_text)
        if len(digits) != 10 or len(set(digits)) == 1 or digits[0] == "0":
            return False
        return nhs_check_digit(digits[:9]) == int(digits[9])
