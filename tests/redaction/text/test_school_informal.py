"""Schools by informal names: joined saints, Gaelic and Irish schools, capitals on a letterhead, a name before its
status, a school by its street, a short name after a cue only a school takes; plain words after the cues stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import InformalSchoolRecognizer

RECOGNIZER = InformalSchoolRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, school", [
    ("school observation at St Barnabas and St Paul's, the team met", "St Barnabas and St Paul's"),
    ("Orla attends Gaelscoil na bhFál in P4.", "Gaelscoil na bhFál"),
    ("He goes to Sgoil Lionacleit now.", "Sgoil Lionacleit"),
    ("YSGOL BRO ALAW\nFfordd y Llan", "YSGOL BRO ALAW"),
    ("exclusion x2 this term from Gresford VC school.", "Gresford VC school"),
    ("the plan was finalised, naming Fieldway.", "Fieldway"),
    ("form filled in w her, school oakhurst community. ok", "oakhurst community"),
    ("The Gaelic unit at Hazlehead was discussed.", "Hazlehead"),
    ("She is at the Academy on Burn Lane.", "the Academy on Burn Lane"),
    ("Kai is in Year 2 at Millbrook.", "Millbrook"),
])
def test_a_school_by_an_informal_name_is_found(text: str, school: str) -> None:
    assert school in _found(text)


@pytest.mark.parametrize("text", [
    "He was in Year 2 at Christmas when it started.",
    "The SENCo at the meeting agreed the targets.",
    "She is naming Section F as the problem.",
    "Naming Mum as the contact is fine.",
    "The review was held at St Mary's Hospital.",
    "school run is a nightmare",
    "we go to the school in town every day",
    "The SENCo at Sarah's request rang the family.",
])
def test_plain_words_after_a_school_cue_stay(text: str) -> None:
    assert _found(text) == []


def test_a_school_word_inside_a_heading_phrase_stays() -> None:
    assert _found("FREE SCHOOL MEALS / PRYDAU YSGOL AM DDIM") == []


@pytest.mark.parametrize("text", [
    "Mum said the TA at Thomas' party was lovely.",
    "Mum said the TA at Lucas’ party was lovely.",
    "Her class teacher at Thomas's party was there too.",
])
def test_a_person_before_a_possessive_after_a_school_cue_is_no_school(text: str) -> None:
    assert _found(text) == []
