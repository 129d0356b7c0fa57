"""Given names that are also words, read as a person by the verb after them or by the name beside them
(:mod:`redaction.text.recognizers.word_name_subject`); the same words used as words."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import WordNameSubjectRecognizer

RECOGNIZER = WordNameSubjectRecognizer()


def _found(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in RECOGNIZER.find(text)})


@pytest.mark.parametrize("text, names", [
    ("Hope texted me last night about the party.", ["Hope"]),
    ("Chase reckons it will rain on Saturday.", ["Chase"]),
    ("The invoice is late. Bill says the bank is slow.", ["Bill"]),
    ("Summer messaged the group at midnight.", ["Summer"]),
    ("We asked around and Hunter replied first.", ["Hunter"]),
    ("Hunter and Skye went camping.", ["Hunter"]),
    ("Thanks to Ngozi and Will for the lift.", ["Will"]),
    ("Jade & Oluwaseun won the doubles.", ["Jade"]),
])
def test_word_names_read_as_names(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "I hope you can make it.",
    "Hope Street says no parking after six.",
    "Salt and Pepper are on the table.",
    "Rich and Famous is on tonight.",
    "Will the projector be ready by Friday?",
    "The summer holidays start on Friday.",
    "Monday and Tuesday are booked.",
])
def test_words_stay_words(text: str) -> None:
    assert _found(text) == []


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("text, name", [
    ("Hope texted me last night about the party.", "Hope"),
    ("Chase texted, he's running late.", "Chase"),
    ("Hunter and Skye went camping.", "Hunter"),
])
def test_detector_finds_the_word_name(detector: Detector, text: str, name: str) -> None:
    spans = detector.detect(text)
    start = text.index(name)
    assert any(s.type == "PERSON" and s.start <= start and start + len(name) <= s.end for s in spans)


# --- user names of forums and profile paths (redaction.text.recognizers.social_handle) ---

@pytest.mark.parametrize("text, handle", [
    ("Last edited by tavita.s on 4 Jun", "tavita.s"),
    ("Quote from: olu.adeyemi on June 3", "olu.adeyemi"),
    ("maria.gonzalez wrote: same issue here", "maria.gonzalez"),
    ("> jsmith88 replied", "jsmith88"),
    ("github.com/karthikrs", "karthikrs"),
    ("see linkedin.com/in/anjali-rao-12 for my CV", "anjali-rao-12"),
])
def test_forum_user_names_are_found(detector: Detector, text: str, handle: str) -> None:
    start = text.index(handle)
    assert any(s.start <= start and start + len(handle) <= s.end for s in detector.detect(text))


@pytest.mark.parametrize("text", [
    "Everyone wrote: thank you!",
    "the dose is 4x/day",
    "Edited by the committee on 4 June",
])
def test_words_before_a_posters_verb_stay(detector: Detector, text: str) -> None:
    assert detector.detect(text) == []
