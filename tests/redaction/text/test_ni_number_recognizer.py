from __future__ import annotations

import pytest

from redaction.text.recognizers import UkNiNumberRecognizer


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


R = UkNiNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI: JH 12 34 56 C", ["JH 12 34 56 C"]),
        ("NINO AB123456D.", ["AB123456D"]),
        ("ni no ce 12 34 56 a", ["ce 12 34 56 a"]),
        ("QQ 12 34 56 C", []),  # Q never first
        ("AO123456A", []),  # O never second
        ("GB123456A", []),  # never-issued prefix
        ("AB123456E", []),  # suffix must be A-D
    ],
)
def test_ni_numbers(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected
