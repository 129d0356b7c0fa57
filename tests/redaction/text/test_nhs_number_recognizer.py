from __future__ import annotations

import pytest

from redaction.text.recognizers import UkNhsNumberRecognizer


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


R = UkNhsNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS number 943 476 5919.", ["943 476 5919"]),
        ("NHS: 9434765919", ["9434765919"]),
        ("nhs no 943-476-5919", ["943-476-5919"]),
        ("NHS number 943 476 5918", []),  # check digit wrong
        ("ref 123 456 7890", []),  # remainder 10: never issued
        ("1111111111", []),
        ("943 476 59191", []),  # part of a longer number
        # People space it every way; a group is never split, so a phone number never hides one.
        ("NHS No: 94 34 76 59 19.", ["94 34 76 59 19"]),
        ("NHS 9434 765 919", ["9434 765 919"]),
        ("nhs no: 943.476.5919", ["943.476.5919"]),
        ("NHS: 943    476    5919", ["943    476    5919"]),
        ("NHS 943 476\n5919", ["943 476\n5919"]),
        ("Year 4 943 476 5919", ["943 476 5919"]),
        ("827-340-8450 4 EH7", ["827-340-8450"]),  # the next cell of a flattened row stays out
        ("Tel 0161 496 0123", []),
        ("0943476591", []),  # a first digit 0 is a telephone number
    ],
)
def test_nhs_numbers(text: str, expected: list[str]) -> None:
    assert found(R, text) == expected


def test_presidio_interface_gives_the_same_spans() -> None:
    results = R.analyze("NHS 943 476 5919", entities=["NHS_NUMBER"])
    assert [(r.entity_type, r.start, r.end, r.score) for r in results] == [("NHS_NUMBER", 4, 16, 1.0)]


def test_ten_digits_after_north_americas_calling_code_are_no_nhs_number() -> None:
    from redaction.text.recognizers import UkNhsNumberRecognizer

    recognizer = UkNhsNumberRecognizer()
    for text in ("To reschedule call 1-774-838-4185.", "Contact 001-774-838-4185."):
        assert list(recognizer.find(text)) == []
    text = "NHS no 774 838 4185"
    assert [text[s.start : s.end] for s in recognizer.find(text)] == ["774 838 4185"]
