"""General-English names of the genperson4 work: lower-case chat names in pairs, before a verb people do and after
"ask for" (:mod:`redaction.text.recognizers.lowercase_cued_name`); "Surname, Given" with a given name the census
lists lack (:mod:`redaction.text.recognizers.surname`); hyphenated initials ("J.-P. Martin",
:mod:`redaction.text.recognizers.person`, :mod:`redaction.text.absorb`). Rows that must be found and rows that
must stay. A ZIP+4 after its state is no telephone number (:mod:`redaction.text.recognizers.phone_any`)."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import LowerCaseCuedNameRecognizer

RECOGNIZER = LowerCaseCuedNameRecognizer()


def _found(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in RECOGNIZER.find(text)})


@pytest.mark.parametrize("text, names", [
    ("lol i told jess and mo we'd be late", ["jess", "mo"]),
    ("operator: no bother. ask for mick at the depot", ["mick"]),
    ("lmao did you see what tunde posted", ["tunde"]),
    ("waiting for dom to finish his shift", ["dom"]),
    ("shaz said the bins go out tues now", ["shaz"]),
    ("kev and bex are coming round later", ["bex", "kev"]),
    ("omg luke n ash r so annoying", ["ash", "luke"]),
    ("was jez there last night", ["jez"]),
    ("is tom still coming", ["tom"]),
    ("Ta,\nlinds", ["linds"]),  # a sign-off, then the writer alone on the next line
    ("cheers\nbaz x", ["baz"]),
])
def test_lower_case_names_with_a_cue(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "what she said was fine",
    "salt and pepper are on the table",
    "the milk and bread are coming tomorrow",
    "thanks mate",
    "ask for help if you need it",
    "waiting for ages at the bus stop",
    "Then Dawn said nothing.",  # capitals: not a lower-case stretch (other readers judge it)
    "rose and ivy are climbing the wall",
    "is everyone coming",
    "is dinner ready",
    "did mum go home",
    "thanks\neveryone",
    "love\nmum xx",
])
def test_lower_case_words_stay(text: str) -> None:
    assert _found(text) == []


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _people(detector: Detector, text: str) -> list[str]:
    return [text[s.start:s.end] for s in detector.detect(text) if s.type == "PERSON"]


@pytest.mark.parametrize("text, names", [
    ("Attendance: Wu, Lian (present); Petrov, Ivan (absent)", ["Wu, Lian", "Petrov, Ivan"]),
    ("Minutes: J.-P. Martin, A. K. Sharma", ["J.-P. Martin", "A. K. Sharma"]),
    ("Chaired by J-P. Dubois.", ["J-P. Dubois"]),
])
def test_registers_and_initials(detector: Detector, text: str, names: list[str]) -> None:
    assert _people(detector, text) == names


@pytest.mark.parametrize("text", ["U.S.-E.U. Trade talks resumed.", "Kent, Surrey and Sussex"])
def test_initialisms_and_places_stay(detector: Detector, text: str) -> None:
    assert _people(detector, text) == []


# --- a ZIP+4 after its state or its label is the address's, not a telephone number (recognizers.phone_any) ---

@pytest.mark.parametrize("text, address", [
    ("PO Box 12, Helena MT 59624-0012", "PO Box 12, Helena MT 59624-0012"),
    ("Ship to 55 Pine Rd, Boise, ID 83702-4411", "55 Pine Rd, Boise, ID 83702-4411"),
])
def test_zip_plus_four_stays_in_its_address(detector: Detector, text: str, address: str) -> None:
    assert [(s.type, text[s.start:s.end]) for s in detector.detect(text)] == [("ADDRESS", address)]


@pytest.mark.parametrize("text, phone", [("Call 94110-2231 now", "94110-2231"), ("Tel: (212) 555-0147", "(212) 555-0147")])
def test_numbers_with_a_phone_cue_stay_phones(detector: Detector, text: str, phone: str) -> None:
    assert ("PHONE", phone) in [(s.type, text[s.start:s.end]) for s in detector.detect(text)]


def test_zip_with_its_label_is_no_phone(detector: Detector) -> None:
    assert all(s.type != "PHONE" for s in detector.detect("My zip is 94110-2231."))


@pytest.mark.parametrize("text, name", [
    ("MCALLISTER, Fiona J.", "MCALLISTER, Fiona J."),  # a middle initial after the register's given name
    ("priya: dawn mistry from uni. her number is 07700 900123", "dawn mistry"),  # a word name before a surname, chat
])
def test_register_initial_and_lower_case_full_name(detector: Detector, text: str, name: str) -> None:
    assert name in _people(detector, text)


@pytest.mark.parametrize("text", ["my june payments are late", "Rose garden open daily.", "the grace period ends"])
def test_word_before_no_surname_stays(detector: Detector, text: str) -> None:
    assert _people(detector, text) == []
