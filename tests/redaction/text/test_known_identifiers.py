"""Known identifiers: every variant of the case record is found, with detectors off (no model)."""

from __future__ import annotations

import pytest

from redaction.text import KnownIdentifierError, detect

KNOWN = {
    "PERSON:child": ["Ella Hughes"],
    "PERSON:parent": ["Malika de Souza", "Will Taylor"],
    "PHONE": ["07700 900123"],
    "POSTCODE": ["LA14 5UD"],
    "ADDRESS": ["15 Abbey Road, Barrow in Furness"],
    "SCHOOL": ["Little Queensgate Nursery"],
    "DATE_OF_BIRTH": ["2015-03-14"],
    "NHS_NUMBER": ["943 476 5919"],
}


def surfaces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, known=KNOWN, detectors=False)]


@pytest.mark.parametrize(
    "mention",
    ["Ella Hughes", "ELLA HUGHES", "Ella's", "HUGHES, Ella", "Hughes, Ella", "E. Hughes", "E Hughes", "Ellie",
     "Mrs Hughes", "ella", "Ella H", "EH", "Mrs de Souza", "DE SOUZA", "Will Taylor's", "Mr Taylor", "Will",
     "+44 (0)7700-900-123", "077 00 900 123", "07700900123", "la14 5ud", "LA145UD", "15 Abbey Road",
     "15 Abbey Rd", "Abbey Road", "Barrow in Furness", "Little Queensgate Nursery", "Little Queensgate",
     "14/03/2015", "14.03.15", "14th March 2015", "March 14, 2015", "9434765919", "943-476-5919"],
)
def test_every_variant_is_found_whole(mention: str) -> None:
    text = f"Note: {mention} was mentioned."
    assert any(mention.rstrip("'s") in s or s == mention for s in surfaces(text)), surfaces(text)


def test_english_word_names_are_not_matched_as_words() -> None:
    assert surfaces("I will call the mark scheme") == []


def test_offsets_point_into_the_input() -> None:
    text = "Spoke to ELLA's mum"
    (span,) = detect(text, known=KNOWN, detectors=False)
    assert text[span.start : span.end] == "ELLA" and span.source == "known" and span.score == 1.0


@pytest.mark.parametrize(
    "known",
    [{"SHOE_SIZE": ["9"]}, {"PERSON": "Ella Hughes"}, {"PERSON": [42]}, ["Ella"]],
)
def test_malformed_known_identifiers_are_a_clear_error(known: object) -> None:
    with pytest.raises(KnownIdentifierError):
        detect("text", known=known, detectors=False)  # type: ignore[arg-type]
