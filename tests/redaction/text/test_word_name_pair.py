"""A given name that is also a word before a surname, read as a person where the sentence does (a verb people do,
"and her ...", thanks, a verb done to people, a title): :mod:`redaction.text.recognizers.word_name_pair`."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import WordNamePairRecognizer

RECOGNIZER = WordNamePairRecognizer()


def _found(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in RECOGNIZER.find(text)})


@pytest.mark.parametrize("text, names", [
    ("Tom Ward has offered to drive the van.", ["Tom Ward"]),
    ("Grace Mills and her partner rent the flat upstairs.", ["Grace Mills"]),
    ("Thanks to Holly Green for the cake.", ["Holly Green"]),
    ("Please ask Will Turner about the hall.", ["Will Turner"]),
    ("Robin Fisher and Dawn Parker led the walk.", ["Dawn Parker", "Robin Fisher"]),
    ("Ms Bliss Ward is the named contact.", ["Bliss Ward"]),
    ("We hope Autumn Banks enjoys the course.", ["Autumn Banks"]),
])
def test_pairs_read_as_people(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "Grace Hall is closed on Sundays.",
    "Victoria Park has reopened after the storm.",
    "Mark Lane is busy today.",
    "Visiting hours on Ward 7 are two till eight.",
    "The Summer Fair raised three hundred pounds.",
    "Rose Court was built in 1960.",
    "Sandy Lane has a new bus stop.",
])
def test_places_and_words_stay(text: str) -> None:
    assert _found(text) == []


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("text, name", [
    ("Tom Ward has offered to drive the van.", "Tom Ward"),
    ("Ms Bliss Ward is the named contact.", "Bliss Ward"),
    ("Thanks to Holly Green for the cake.", "Holly Green"),
])
def test_detector_reads_the_pair_whole(detector: Detector, text: str, name: str) -> None:
    start = text.index(name)
    assert any(s.type == "PERSON" and s.start <= start and start + len(name) <= s.end for s in detector.detect(text))
