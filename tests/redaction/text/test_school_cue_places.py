"""A school's short name after a verb of schooling, when it is a place-name compound a dictionary lists."""

from __future__ import annotations

import pytest

from redaction.text.recognizers.school_cue import UkSchoolCueRecognizer


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkSchoolCueRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("im ringing about my daughter. she goes to lakeside and theyre saying", "lakeside"),
        ("The parents want Kamila to stay at Croftlands. They asked about transport.", "Croftlands"),
        ("the parents of BDR, who attends Brookfields.", "Brookfields"),
    ],
)
def test_place_compounds_after_a_cue_are_found(text: str, school: str) -> None:
    assert _found(text) == [school]


@pytest.mark.parametrize(
    "text",
    [
        "She goes to Swimming on Fridays.",
        "he goes to woodwork club after school",
        "he goes to bed at nine",
        "He attends Breakfast Club daily.",
        "they go to the park on Sundays",
    ],
)
def test_ordinary_words_after_a_cue_stay(text: str) -> None:
    assert _found(text) == []
