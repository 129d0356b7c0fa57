from __future__ import annotations

import pytest

from redaction.text.recognizers import UkAnyPostcodeRecognizer


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


R = UkAnyPostcodeRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria LA14 5UD.", ["LA14 5UD"]),
        ("M1 1AE", ["M1 1AE"]),
        ("B33 8TH", ["B33 8TH"]),
        ("CR2 6XH", ["CR2 6XH"]),
        ("DN55 1PT", ["DN55 1PT"]),
        ("W1A 0AX", ["W1A 0AX"]),
        ("EC1A 1BB", ["EC1A 1BB"]),
        ("GIR 0AA", ["GIR 0AA"]),
        ("written LA145UD", ["LA145UD"]),
        ("email: la14 5ud", ["la14 5ud"]),
        ("QA1 1AA", []),  # Q never first
        ("LA14 5CD", []),  # C never in the inward letters
        ("la145ud", []),  # lower case needs the space
        ("AB1234 5UD", []),
    ],
)
def test_postcodes(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected
