from __future__ import annotations

import pytest

from redaction.text.recognizers import UkUpnRecognizer
from redaction.text.recognizers.upn import upn_check_letter


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


R = UkUpnRecognizer()
VALID = upn_check_letter("909123422001") + "909123422001"
TEMPORARY = upn_check_letter("90912342200A") + "90912342200A"
BAD_LA = upn_check_letter("100123422001") + "100123422001"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"UPN {VALID}", [VALID]),
        (f"UPN: {TEMPORARY}.", [TEMPORARY]),
        (f"UPN {'A' if VALID[0] != 'A' else 'B'}909123422001", []),  # wrong check letter
        (f"UPN {BAD_LA}", []),  # 100 is no local-authority number
        ("UPN I909123422001", []),  # I is not in the check alphabet
    ],
)
def test_upns(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected


def test_check_letter_of_a_worked_example() -> None:
    # 9*2+0*3+9*4+1*5+2*6+3*7+4*8+2*9+2*10+0*11+0*12+1*13 = 175; 175 mod 23 = 14 -> "Q"
    assert upn_check_letter("909123422001") == "Q"
