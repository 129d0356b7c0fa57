"""Lower-case given names that are nothing else, with no cue before them; lower-case words that are words stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import LowerCaseGivenNameRecognizer, identifier_recognizers

RECOGNIZER = LowerCaseGivenNameRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, names", [
    ("thanks so much aleksandra!!", ["aleksandra"]),
    ("omg siobhan and declan were brilliant", ["siobhan", "declan"]),
    ("lol oluwaseun forgot his bag again", ["oluwaseun"]),
])
def test_lower_case_names_are_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "tell grace i said hi",                          # a word too: left to the cued readers
    "it was a brilliant, lovely morning",
    "mae hi yn mynd i ysgol gyda ei ffrindiau",       # Welsh words are no given names of the lists
    "ich habe heute keine zeit",
    "email aleksandra.nowak@example.com",             # part of an address
    "see /home/aleksandra/notes",
    "@aleksandra_k posted it",
    "kerry and jordan",                               # dictionary words (a county, a river)
    "tmrw lol ikr",
])
def test_words_stay(text: str) -> None:
    assert _found(text) == []


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, LowerCaseGivenNameRecognizer) for r in identifier_recognizers())
