"""The sendrecall2 recognizers: a relative's or a setting's place (kin_place), a saint's school without its
apostrophe (saint_school), a lower-case name after its bearer's role (lowercase_role_name) and two lower-case names
as a subject (lowercase_pair_names); rows that must be found and rows that must stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import (
    KinPlaceRecognizer,
    LowerCasePairNamesRecognizer,
    LowerCaseRoleNameRecognizer,
    SaintSchoolRecognizer,
)

KIN_PLACE = KinPlaceRecognizer()
SAINT = SaintSchoolRecognizer()
ROLE_NAME = LowerCaseRoleNameRecognizer()


def _found(recognizer: object, text: str) -> list[str]:
    return [text[s.start : s.end] for s in recognizer.find(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, place", [
    ("His nan in Pelaw picks him up on Thursdays.", "Pelaw"),
    ("my mum's up in Kings Heath so she helps out", "Kings Heath"),
    ("now at Three Ways School in Combe Down, Bath", "Combe Down"),
    ("the unit in Horden has a waiting list", "Horden"),
    ("the foster carers out in Moss Side are lovely", "Moss Side"),
    ("her dad in Canning Town doesn't have contact", "Canning Town"),
    ("her grandparents near Garston in April", "Garston"),
])
def test_a_relatives_or_settings_place_is_found(text: str, place: str) -> None:
    assert place in _found(KIN_PLACE, text)


@pytest.mark.parametrize("text", [
    "Dad lives in Mum's old flat.",
    "her nan in Hope Street",
    "sister in Year 9 is also on the register",
    "the school in September will do a transition",
    "Mum in Urdu said she was worried",
    "the school in Wales was good",
    "his dad in Prison wrote to him",
    "My brother in Reception has the same teacher",
    "family in Crisis support",
    "aunty in Social Care said no",
    "Dad works at Amazon.",
])
def test_words_after_a_relative_or_a_setting_stay(text: str) -> None:
    assert _found(KIN_PLACE, text) == []


@pytest.mark.parametrize("text, school", [
    ("we had a meeting at st josephs about his plan", "st josephs"),
    ("he was at St Martins for two years before we moved", "St Martins"),
    ("she goes to st. marys now", "st. marys"),
    ("ST BEDES said no", "ST BEDES"),
    ("Saint Cuthberts have a new SENCo", "Saint Cuthberts"),
])
def test_a_saints_school_without_its_apostrophe_is_found(text: str, school: str) -> None:
    assert _found(SAINT, text) == [school]


@pytest.mark.parametrize("text", [
    "He lives in St Helens.",
    "Offices in St Albans and St Austell.",
    "St John Ambulance ran the course.",
    "the 1st childs coat was wet",
    "St Joseph's is full",  # the school reader's, with its apostrophe
    "St Thomas said so",  # no possessive
    "the first class; the best teams",
])
def test_words_after_st_stay(text: str) -> None:
    assert _found(SAINT, text) == []


@pytest.mark.parametrize("text, name", [
    ("12/02 call from caseworker sandra l, wants the form back by fri", "sandra l"),
    ("15/02 tc w/ yusra re transport", "yusra"),
    ("contact worker gill said no", "gill"),
    ("dr amadou sow - indep EP", "amadou sow"),
    ("social worker dionne collins came round", "dionne collins"),
    ("ta grace, see you tmrw", "grace"),
    ("caseworker gemma r on leave til 26th", "gemma r"),
])
def test_a_lower_case_name_after_a_role_is_found(text: str, name: str) -> None:
    assert name in _found(ROLE_NAME, text)


@pytest.mark.parametrize("text", [
    "the ta will ring you",
    "the key worker sessions are good",
    "the head said no. ep report due. w/ mum and dad",
    "the teacher mark the register",
    "the officer in charge; the chair opened; the nurse came in; senco meeting; ep visit on mon",
    "the ot hope to start in may; the teacher grace period",
    "Caseworker Gemma Reid",  # capitals: the name readers'
])
def test_words_after_a_role_stay(text: str) -> None:
    assert _found(ROLE_NAME, text) == []


PAIR = LowerCasePairNamesRecognizer()


@pytest.mark.parametrize("text, names", [
    ("mo and jess are coming to the party", ["mo", "jess"]),
    ("finn and ollie were fighting again", ["finn", "ollie"]),
    ("maja & wiktoria both cried", ["maja", "wiktoria"]),
    ("ok so rose and lily are coming tmrw", ["rose", "lily"]),
])
def test_two_lower_case_names_as_a_subject_are_found(text: str, names: list[str]) -> None:
    assert _found(PAIR, text) == names


@pytest.mark.parametrize("text", [
    "salt and pepper are on the table",
    "will and may are stop words",
    "march and april were wet",
    "mum and dad are coming",
    "fish and chips are nice",
    "black and white are colours",
    "He said Rose and Lily are coming",  # capitals elsewhere: a lower-case word is a word
    "jess and mo",  # no verb after the pair
])
def test_pairs_of_words_stay(text: str) -> None:
    assert _found(PAIR, text) == []


@pytest.mark.parametrize("text, surface, kept", [
    ("caseworker gemma r on leave til 26th", "gemma r", "gemma r"),
    ("call from caseworker sandra l, wants the form back", "sandra l", "sandra l"),
    ("spoke to jess x", "jess x", "jess"),  # a kiss, not an initial
    ("asked sandra a question", "sandra a", "sandra"),
])
def test_a_lower_case_surname_initial_stays_with_its_given_name(text: str, surface: str, kept: str) -> None:
    from redaction.spans import Span
    from redaction.text.absorb import trim_person

    start = text.index(surface)
    trimmed = trim_person(text, Span(start, start + len(surface), "PERSON", 0.55, "pattern"))
    assert trimmed is not None and text[trimmed.start : trimmed.end] == kept
