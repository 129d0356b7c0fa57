"""Languages, nationalities and peoples are no one; a person who shares such a word keeps their name."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.detector import Detector
from redaction.text.negatives import is_not_a_person

DETECTOR = Detector(load_model=False)


def _person(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), "PERSON", 0.85, "model")


@pytest.mark.parametrize("text, surface", [
    ("Home language: Romanian", "Romanian"),
    ("He speaks Gaelic and English at home.", "Gaelic"),
    ("An interpreter for Lingala and Sorani is needed.", "Lingala and Sorani"),
    ("The family are Irish Travellers.", "Irish Travellers"),
    ("Dad is Lithuanian; Mum is Polish.", "Lithuanian"),
])
def test_languages_and_peoples_are_no_one(text: str, surface: str) -> None:
    assert is_not_a_person(text, _person(text, surface))


@pytest.mark.parametrize("text, surface", [
    ("French said the review could wait.", "French"),  # a surname, acting
    ("Ms Welsh agreed to chair.", "Ms Welsh"),
    ("Amara Okafor joined in May.", "Amara Okafor"),
])
def test_people_who_share_such_a_word_stay_people(text: str, surface: str) -> None:
    assert not is_not_a_person(text, _person(text, surface))


def test_the_detector_leaves_a_home_language_and_takes_the_child() -> None:
    text = "Name: Ionela Lacatus\nHome language: Romanian\nInterpreter: Lingala and Sorani"
    found = [text[s.start : s.end] for s in DETECTOR.detect(text)]
    assert "Ionela Lacatus" in found and not any(w in f for f in found for w in ("Romanian", "Lingala", "Sorani"))
