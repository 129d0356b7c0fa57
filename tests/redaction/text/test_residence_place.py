"""Where a family lives, in a plain sentence: towns, districts and estates the gazetteer lacks after a residence
cue, and lower-case UK places after a place cue in chats; words after the same cues stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import ResidencePlaceRecognizer

RECOGNIZER = ResidencePlaceRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, place", [
    ("His father lives in Lurgan and has parental responsibility.", "Lurgan"),
    ("The family relocated from Gorton to Wythenshawe in April.", "Wythenshawe"),
    ("They have a council house in Pennywell now.", "Pennywell"),
    ("We moved back to Castlederg in 2021.", "Castlederg"),
    ("Family home is on the Meadowell estate.", "Meadowell"),
    ("we live in bootle and the bus takes forever", "bootle"),
    ("anyone from hartlepool here?", "hartlepool"),
])
def test_a_place_where_a_family_lives_is_found(text: str, place: str) -> None:
    assert place in _found(text)


@pytest.mark.parametrize("text", [
    "Mum lives in fear of the phone ringing.",
    "She moved in with Sarah after the fire.",
    "Dad lives in Mum's old flat.",
    "Mum lives in Hope Street.",
    "The worker began calling at home on Mondays.",
    "the Housing estate was quiet",
    "Grandad lives at Brambles care home.",
    "we went in march and again in may",
    "she is from grace's class",
])
def test_words_after_a_residence_cue_stay(text: str) -> None:
    assert _found(text) == []



# A possessive is stripped before the word is weighed, and only the possessive: "Hastings's" is weighed as "Hastings"
# (a place the gazetteer holds), not "Hasting" (an English word); "Thomas's" as "Thomas" (a given name), not "Thoma".
@pytest.mark.parametrize("text, place", [
    ("They moved to Hastings's old town last year.", "Hastings's"),
    ("She grew up in Leeds's east end.", "Leeds's"),
    ("We moved to Barnes's riverside in 2020.", "Barnes's"),
    ("They moved to Hollins' place.", "Hollins'"),
])
def test_a_place_ending_in_s_before_a_possessive_is_found(text: str, place: str) -> None:
    assert place in _found(text)


@pytest.mark.parametrize("text", [
    "He is staying at Thomas's this week.",
    "She lives at Jess's now.",
    "He stays at Thomas' most weekends.",
    "He stays at Lucas’s most weekends.",
])
def test_a_person_ending_in_s_before_a_possessive_is_no_place(text: str) -> None:
    assert _found(text) == []
