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
    ],
)
def test_phones(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected
