from __future__ import annotations

import pytest

from redaction.text.recognizers import UkPhoneRecognizer


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


R = UkPhoneRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call 07700 900123 today", ["07700 900123"]),  # Ofcom drama range: libphonenumber says invalid
        # a number at a line's end keeps its length: the blank line and the numbered heading below are not read on
        ("direct line 01851 822 745\n\n8. REVIEW", ["01851 822 745"]),
        ("Kinship Care Team, 0191 561 1234\n1. Background", ["0191 561 1234"]),
        ("tel 0161 496\n0321 today", ["0161 496\n0321"]),
        ("07700900123", ["07700900123"]),
        ("07700-900-123", ["07700-900-123"]),
        ("+44 7700 900123", ["+44 7700 900123"]),
        ("+44 (0)7700 900123", ["+44 (0)7700 900123"]),
        ("(01632) 960123", ["(01632) 960123"]),
        ("020 7946 0123", ["020 7946 0123"]),
        ("0113 496 0123", ["0113 496 0123"]),
        ("0800 123 4567", ["0800 123 4567"]),
        ("0044 20 7946 0123", ["0044 20 7946 0123"]),
        ("Telephone 07700 \n900123.", ["07700 \n900123"]),  # wrapped by PDF text extraction
        ("07700 9001", []),  # too short
        ("06700 900123", []),  # 06 is no UK range
        ("14/03/2015", []),
        ("£0.50", []),
        ("0141 496 0833 or 0151 666 4123", ["0141 496 0833", "0151 666 4123"]),  # Scottish and north-west numbers
        ("ring 0044  7700  900632 or +44  (0)20  7946  0620", ["0044  7700  900632", "+44  (0)20  7946  0620"]),
        ("tel (01632)  960297", ["(01632)  960297"]),
        ("Year 1, Northfield),01184960095.", ["01184960095"]),
        ("£1,250,000 and 1,0123456789", []),
    ],
)
def test_phones(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected
