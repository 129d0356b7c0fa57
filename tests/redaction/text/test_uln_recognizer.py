from __future__ import annotations

import pytest

from redaction.text.recognizers import UkUlnRecognizer
from redaction.text.recognizers.nhs_number import nhs_check_digit
from redaction.text.recognizers.uln import uln_is_valid


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


R = UkUlnRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ULN 1000000019", ["1000000019"]),
        ("ULN: 9999999912.", ["9999999912"]),
        ("ULN 1000000018", []),  # checksum wrong
        ("ULN 0000000019", []),  # first digit 0
        ("9434765919", []),  # a valid NHS number is never a valid ULN
    ],
)
def test_ulns(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected


def test_a_uln_never_passes_the_nhs_check() -> None:
    for n in range(1000000000, 1000200000, 7):
        digits = str(n)
        if uln_is_valid(digits):
            assert nhs_check_digit(digits[:9]) != int(digits[9])
