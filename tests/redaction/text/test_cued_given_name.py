"""Given names that are words or short, after a family word, before a possessive family word, in a list of names;
the same words where no such cue stands."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import CuedGivenNameRecognizer, identifier_recognizers

RECOGNIZER = CuedGivenNameRecognizer()


def _found(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in RECOGNIZER.find(text)})


@pytest.mark.parametrize("text, names", [
    ("Her son Will has a place at the unit.", ["Will"]),
    ("Her step-sister Hope visits at weekends.", ["Hope"]),
    ("His twin brothers Jack and Harry are in Year 2.", ["Harry", "Jack"]),
    ("Mum (Patience) and Dad (Oluwatobi) attended.", ["Oluwatobi", "Patience"]),
    ("I spoke to Rose's mum about the trip.", ["Rose"]),
    ("Will's teacher rang this morning.", ["Will"]),
    ("Notes: Summer's temporary UPN was replaced.", ["Summer"]),
    ("We have Hope's EHCP draft.", ["Hope"]),
    ("The group was Tom, Will, Rose and Ahmed.", ["Ahmed", "Rose", "Tom", "Will"]),
    ("Mehrudin shouted at Will when I arrived.", ["Will"]),
    ("She pushed Rose over in the playground.", ["Rose"]),
    ("I texted Hope about the bus.", ["Hope"]),
    ("He fell out with Jack at lunch.", ["Jack"]),
    ("Kit and Mustafa sat together.", []),   # two words joined by "and" are no list: left to the other readers
])
def test_cued_names_are_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "Amber, Red and Green are the zones.",
    "Monday, Tuesday and Friday mornings.",
    "Maths, English and Science are core.",
    "Hope, Faith and Charity are virtues.",   # no given name in the list that is no word
    "Reading, Writing and Maths targets",
    "His mother Tongue is Urdu.",             # no given name after the family word
    "Her sister School is nearby.",
    "We hope her brother will settle.",
    "I will ask her mum.",
    "May's attendance figures were low.",        # a month
    "The Council's records were lost.",
    "He shouted at May half-term.",            # a month
    "She played with Lego in Hazel Class.",     # no given name
    "They sat with Grace Hall staff.",          # a building's name
    "He was shouting at the Will reading.",
])
def test_words_without_a_cue_stay(text: str) -> None:
    assert _found(text) == []


def test_the_detector_keeps_a_case_notes_word_named_by_its_possessive() -> None:
    text = "Notes: Summer's temporary UPN was replaced."
    assert [text[s.start : s.end] for s in Detector(load_model=False).detect(text)] == ["Summer"]


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, CuedGivenNameRecognizer) for r in identifier_recognizers())


@pytest.mark.parametrize("text, names", [
    ("This is Chidi speaking.", ["Chidi"]),
    ("My name is Siiri and I need help.", ["Siiri"]),
    ("My name is Bongani Dlamini.", ["Bongani Dlamini"]),
    ("Hi all, I'm Tage, new here from Leeds.", ["Tage"]),
    ("Hello, I am Karthik from the support team.", ["Karthik"]),
    ("Hey, it's Will!", ["Will"]),
])
def test_a_self_introduction_names_its_speaker(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "I'm Fine, thanks.",
    "Hi, I'm Sorry for the delay.",
    "Hi, it's Monday again.",
    "This is Important here.",
    "This is Chidi's book.",
    "Hey, it's Great!",
])
def test_words_after_an_introductions_words_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, names", [
    ("Can you call Grace when you get a chance?", ["Grace"]),
    ("Please ask Will to bring the forms.", ["Will"]),
    ("I met Hope at the station.", ["Hope"]),
    ("Many thanks Faith for your help.", ["Faith"]),
])
def test_a_name_that_is_a_word_after_calling_asking_telling_or_meeting(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "Call Reception on arrival.",
    "Please ring Social Services.",
    "We met Reading fans.",
    "Ask Summer term staff.",
])
def test_what_is_called_asked_or_met_that_is_no_given_name_stays(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Her daughter, Summer, is five.", ["Summer"]),  # an appositive after a family word
    ("Her daughter Summer is five.", ["Summer"]),  # a season that is a given name, after a family word
    ("Her mum, May, came to the review.", ["May"]),
    ("His wife, Rose, called.", ["Rose"]),
])
def test_a_family_words_name_even_a_season_or_month(text: str, names: list[str]) -> None:
    assert [text[s.start:s.end] for s in RECOGNIZER.find(text)] == names


@pytest.mark.parametrize("text", [
    "his sister June 2024 visit was cancelled",  # a date runs on
    "her son Summer term report",  # a term
    "my son, School is hard for him",  # no given name
])
def test_a_family_words_month_term_or_word_stays(text: str) -> None:
    assert list(RECOGNIZER.find(text)) == []


# --- genperson: after a family word, a name the given-name lists lack; the same cue before a place or a thing ---
@pytest.mark.parametrize(("text", "names"), [
    ("We want to visit Aroha's aunty Mereana in Sandy Bay.", ["Mereana"]),
    ("My two kids Arlo and Tamatea love the beach.", ["Arlo", "Tamatea"]),
    ("Our neighbour Kalolaine has the key.", ["Kalolaine"]),
])
def test_unlisted_names_after_a_family_word(text: str, names: list[str]) -> None:
    assert all(n in _found(text) for n in names), _found(text)


@pytest.mark.parametrize("text", [
    "My sister Leeds? no.", "My kids Lego sets.", "My son CAMHS appointment.", "Her daughter EHCP review.",
])
def test_a_family_word_before_a_place_or_a_thing(text: str) -> None:
    assert _found(text) == []
