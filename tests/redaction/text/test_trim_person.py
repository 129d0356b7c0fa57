"""Trimming a person candidate to its name keeps the name's own parts: initials, a family name that is a word."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.absorb import trim_person


def _trim(text: str, candidate: str) -> str | None:
    start = text.index(candidate)
    trimmed = trim_person(text, Span(start, start + len(candidate), "PERSON", 0.6, "model"))
    return None if trimmed is None else text[trimmed.start : trimmed.end]


@pytest.mark.parametrize(
    ("text", "candidate", "name"),
    [
        ("Betsi Cadwaladr (Sioned Pritchard, physiotherapist)", "Sioned Pritchard", "Sioned Pritchard"),
        ("| Amelia-Rose K. | 14 | Redbridge", "Amelia-Rose K.", "Amelia-Rose K."),
        ("| Callum McG. | 15 | home educated", "Callum McG.", "Callum McG."),
        ("took a phone from a Year 9 pupil, J.K., near the shops", "J.K.", "J.K."),
        ("Harmony Best (DOB 08/01/2015) and Tyler Best. The mother, Shannon Best, said", "Shannon Best", "Shannon Best"),
        # a surname before a colon is the name's, not a label
        ("Booking confirmed for Nout Ponci: 23 nights in Matawaimoko", "Nout Ponci", "Nout Ponci"),
    ],
)
def test_a_names_own_parts_stay(text: str, candidate: str, name: str) -> None:
    assert _trim(text, candidate) == name


@pytest.mark.parametrize(
    ("text", "candidate", "name"),
    [
        ("Spoke to Jack Maths today.", "Jack Maths", "Jack"),
        ("Advised Roisin to ring back.", "Advised Roisin", "Roisin"),
        ("Thanks, Tom Smith. Best regards", "Tom Smith. Best", "Tom Smith"),
        # a word, a role or capitals before a colon is a label
        ("Ann Lee Tel: 01234 567890", "Ann Lee Tel", "Ann Lee"),
        ("Ann Lee SENCO: present", "Ann Lee SENCO", "Ann Lee"),
    ],
)
def test_words_that_are_no_name_go(text: str, candidate: str, name: str) -> None:
    assert _trim(text, candidate) == name


def test_initials_that_are_an_abbreviation_are_no_person() -> None:
    assert _trim("We moved from the U.K. last year", "U.K.") is None


@pytest.mark.parametrize(
    ("text", "word", "names"),
    [
        ("Harmony Best and Tyler Best came", "Best", {"Harmony", "Tyler"}),
        ("Tyler Best Best", "Best", {"Tyler"}),  # the second "Best" stands inside the first match
        ("Ann Ann Ann Ann", "Ann Ann", {"Ann"}),
        ("McDonald Best came", "Best", set()),  # "Donald" does not start a word
        ("Kind Best wishes, Amy Best regards", "Best", set()),  # a sign-off, not a family's name
        ("Amy Bestow and Amy Best_x", "Best", set()),  # the word must end there
        ("AMY Best and amy Best", "Best", set()),  # a capitalised word, not capitals or lower case
    ],
)
def test_names_before_a_word_are_those_the_search_finds(text: str, word: str, names: set[str]) -> None:
    import regex

    from redaction.text.absorb import _names_before

    searched = {m.group(1) for m in regex.finditer(
        rf"\b(\p{{Lu}}\p{{Ll}}+)[ ]{regex.escape(word)}\b(?![ ]+(?i:wishes|regards))", text)}
    assert _names_before(text, word) == searched == names
