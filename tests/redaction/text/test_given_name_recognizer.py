"""Given names from the name lists, in plain sentences; the same words where the text reads them otherwise."""

from __future__ import annotations

import gzip

import pytest

from redaction.text.given_names import DATA, given_names, is_given_name
from redaction.text.recognizers import GivenNameRecognizer, identifier_recognizers

RECOGNIZER = GivenNameRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, name", [
    ("The taxi driver argued with Dwayne outside the gates.", "Dwayne"),
    ("Please ring Khadija before Friday.", "Khadija"),
    ("Wojciech brought the forms in.", "Wojciech"),
    ("Madison, could you send me the minutes?", "Madison"),
    ("Marcus: running late, sorry", "Marcus"),
    ("We asked Oksana whether the bus was on time.", "Oksana"),
    ("Both Tendai and Nkechi came to the review.", "Tendai"),
    ("I've copied Bronagh in.", "Bronagh"),
])
def test_given_names_are_found(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text, word", [
    ("Will you send it?", "Will"),
    ("Hope you are well.", "Hope"),
    ("He is in Hazel class this year.", "Hazel"),
    ("The office is on Victoria Street.", "Victoria"),
    ("She goes to St Mary's.", "Mary"),
    ("Review meeting on 9th Jan.", "Jan"),
    ("Working days: Mon, Tue, Thu", "Thu"),
    ("Use See and Learn materials.", "See"),
    ("Home language: Romanian", "Romanian"),
    ("We moved to Florence in 2019.", "Florence"),
    ("She goes to a school outside County Tyrone.", "Tyrone"),
    ("They grew up in San Antonio.", "Antonio"),
    ("A referral from the Angel Centre.", "Angel"),
])
def test_other_readings_stay(text: str, word: str) -> None:
    assert word not in _found(text)


def test_the_lists_hold_census_and_hand_listed_names() -> None:
    names = given_names()
    assert len(names) > 5000 and {"Mary", "James", "Oluwaseun", "Siobhán", "Wojciech"} <= names
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle]
    assert lines == sorted(set(lines)) and is_given_name("Khadija") and not is_given_name("Table")


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, GivenNameRecognizer) for r in identifier_recognizers())


@pytest.mark.parametrize("text, name", [
    ("Kasia said that Tymon had hit Wiktor twice.", "Wiktor"),
    ("On Friday Thandiwe collected Sipho early.", "Thandiwe"),
    ("Mum says Dragoș gets upset at bedtime.", "Dragoș"),
    ("Then Lukáš pushed Radek off the climbing frame.", "Radek"),
])
def test_given_names_the_lists_lack_come_from_the_gazetteer(text: str, name: str) -> None:
    assert not is_given_name(name)  # not in the census or the hand list: the gazetteer's alone
    assert name in _found(text)


@pytest.mark.parametrize("text, word", [
    ("The family fled Iran in 2019.", "Iran"),  # a given name somewhere, and a country here
    ("Smith & Co sent the invoice.", "Co"),  # too short to take on the gazetteer's word
    ("Let's meet on Friday.", "Let's"),
    ("Mam rang the office twice.", "Mam"),  # a parent, not her name
    ("Appointment at Meir Medical Practice.", "Meir"),  # an organisation's name
])
def test_the_gazetteer_does_not_take_places_short_words_roles_or_organisations(text: str, word: str) -> None:
    assert word not in _found(text)
