"""Places written in capitals after a place cue or before their region; capitals that are words stay."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import CapitalsPlaceRecognizer, identifier_recognizers

RECOGNIZER = CapitalsPlaceRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, places", [
    ("GRANDMOTHER LIVES IN KIRKCALDY.", ["KIRKCALDY"]),
    ("THE FAMILY MOVED FROM SWINDON TO INVERNESS IN 2020.", ["SWINDON", "INVERNESS"]),
    ("They went back to POLAND for the summer.", ["POLAND"]),
    ("He was born in LAGOS, NIGERIA.", ["LAGOS"]),
    ("Cousins in BALLINA, Co. Mayo", ["BALLINA"]),
    ("PLACE OF BIRTH: born in NEWCASTLE UPON TYNE", ["NEWCASTLE UPON TYNE"]),
])
def test_places_in_capitals_are_found(text: str, places: list[str]) -> None:
    assert _found(text) == places


@pytest.mark.parametrize("text", [
    "REVIEW IN MARCH",
    "GOING TO SCHOOL",
    "SHE ENJOYS READING",
    "SEEN IN CLINIC",
    "REFERRAL TO CAMHS",
    "FROM THE UK",
    "LIVES IN BATH",            # an English word and no major place: a region would have to follow
    "SHE WAS IN ORDER",
    "THEY LIVE IN LONDON ROAD",  # the street, left to the address readers
    "KIRKCALDY HIGH SCHOOL",     # no cue: a heading's words
])
def test_capitals_that_are_words_stay(text: str) -> None:
    assert _found(text) == []


def test_the_detector_types_a_place_in_capitals_as_a_place() -> None:
    text = "GRANDMOTHER LIVES IN KIRKCALDY."
    spans = Detector(load_model=False).detect(text)
    assert [(text[s.start : s.end], s.type) for s in spans if "KIRKCALDY" in text[s.start : s.end]] == [("KIRKCALDY", "LOCATION")]


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, CapitalsPlaceRecognizer) for r in identifier_recognizers())
