"""One function strips a possessive for every reader of a name's words (``names.strip_possessive``): "'s" or "’s"
after any word, a bare apostrophe after a word ending in "s" (or a closing quote after another). A word's own
last "s" stays: the old ``rstrip("'’s")`` of several readers weighed "Wells's" as "Well", "Griffiths's" as
"Griffith", "Glass's" as "Gla". Rows per reader, each with a word ending in "s" that the old stripping mangled."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.names import strip_possessive
from redaction.text.negatives import _heading_line, why_not_a_person
from redaction.text.recognizers.school import UkSchoolRecognizer
from redaction.text.recognizers.school_cue import UkSchoolCueRecognizer, _place_compound
from redaction.text.thing_reading import why_tallied_name


@pytest.mark.parametrize("word, base", [
    ("Sarah's", "Sarah"),
    ("Sarah’s", "Sarah"),
    ("Bass's", "Bass"),
    ("Thomas's", "Thomas"),
    ("Thomas'", "Thomas"),
    ("Jones’", "Jones"),
    ("WELLS'S", "WELLS"),
    ("JAMES'", "JAMES"),
    ("Thomas", "Thomas"),
    ("Hastings", "Hastings"),
    ("Agnes", "Agnes"),
    ("Bass", "Bass"),
    ("Lurgan", "Lurgan"),
    ("Jo'", "Jo"),  # a closing quote
])
def test_only_the_possessive_goes(word: str, base: str) -> None:
    assert strip_possessive(word) == base


def _span(text: str, word: str, kind: str = "PERSON") -> Span:
    start = text.rindex(word)
    return Span(start, start + len(word), kind, 0.5, "pattern")


def test_an_eponym_is_weighed_without_its_possessive_only() -> None:
    """negatives: the words of a person candidate ("Griffiths's" is the eponym "Griffiths", not "Griffith")."""
    text = "The Griffiths's were repeated in May."
    assert why_not_a_person(text, _span(text, "Griffiths's")) == "an eponym of a condition or an assessment"


def test_a_place_ending_in_s_is_no_dictionary_word_for_its_possessive() -> None:
    """negatives: "Wells's" was read as the dictionary word "Well"; "Wells" is a city, read as it is without the
    possessive."""
    text = "Wells's is where they shop. "
    assert why_not_a_person(text, _span(text, "Wells's")) == why_not_a_person("Wells is where they shop.", _span(
        "Wells is where they shop.", "Wells"))


@pytest.mark.parametrize("line, heading", [
    ("WELLS'S ADMISSIONS POLICY", False),  # the city's: "WELLS" is a place, not "WELL"
    ("WELLS ADMISSIONS POLICY", False),
    ("THE GLASS'S EDGE", True),  # "GLASS", not "GLA"
    ("JESS'S VIEWS", False),
])
def test_a_heading_of_capitals_weighs_a_word_without_its_possessive_only(line: str, heading: bool) -> None:
    """negatives: the words of a line of capitals."""
    assert _heading_line(line) is heading


def test_a_tallied_house_ending_in_s_is_found_with_its_possessive() -> None:
    """thing_reading: "Wells's" is the house "Wells" of the points tally."""
    text = "House points: Wells 212, Tudor 198, Stuart 187.\nWells's captain collected the cup."
    assert why_tallied_name(text, _span(text, "Wells's")) is not None


def _cue_schools(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkSchoolCueRecognizer().find(text)]


@pytest.mark.parametrize("text, found", [
    ("She attends Glass's on Saturdays.", []),  # "Glass" is a dictionary word, as "Glass" alone
    ("She attends Glass on Saturdays.", []),
])
def test_a_school_after_a_cue_weighs_its_words_without_the_possessive_only(text: str, found: list[str]) -> None:
    """school_cue: the capitalised words after a verb of schooling."""
    assert _cue_schools(text) == found


@pytest.mark.parametrize("word", ["Oakgreens", "Hartleas", "Lakeside", "Brookfields"])
def test_a_place_compound_is_the_same_with_a_possessive(word: str) -> None:
    """school_cue: "Oakgreens's" is no "oak" + "green" because "Oakgreens" is none."""
    assert _place_compound(word + "'s") is _place_compound(word)


def test_a_lower_case_school_of_dictionary_words_ending_in_s() -> None:
    """school: "glass" is a dictionary word ("gla" is none), so "glass house" stands as a name after "sent to"."""
    text = "he was sent to glass house primary school"
    assert [text[s.start : s.end] for s in UkSchoolRecognizer().find(text)] == ["glass house primary school"]
