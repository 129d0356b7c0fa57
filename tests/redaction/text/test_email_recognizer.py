from __future__ import annotations

import pytest

from redaction.text.recognizers import UkEmailRecognizer


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


R = UkEmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("senco@kingsmead.sch.uk", ["senco@kingsmead.sch.uk"]),  # Presidio's validator rejects sch.uk
        ("to a.patel@nhs.net.", ["a.patel@nhs.net"]),
        ("Mail <o'neill_92@hotmail.co.uk>", ["o'neill_92@hotmail.co.uk"]),
        ("user@localhost", []),
        ("x@host.c0m", []),  # top-level label must be letters
        ("@handle on twitter", []),
    ],
)
def test_emails(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected
