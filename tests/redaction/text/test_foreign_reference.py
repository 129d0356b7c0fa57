"""References after another language's word for one: rows that must be found and rows that must stay. Rows written
for these tests."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import ForeignReferenceRecognizer, identifier_recognizers


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ForeignReferenceRecognizer().find(text)]


@pytest.mark.parametrize(("text", "code"), [
    ("Numer sprawy: 2023/KP/1190", "2023/KP/1190"),
    ("Numer referencyjny: 4471/2024", "4471/2024"),
    ("Aktenzeichen: 12 C 331/22", "12 C 331/22"),  # a German court's file number
    ("Numéro de dossier : AB-11920", "AB-11920"),
    ("Número de expediente: 2024-0087", "2024-0087"),
    ("Dosya numarası: 4412098", "4412098"),
    ("Sprawa nr 123/2024 w sądzie", "123/2024"),  # "nr" after any noun
    ("dosar nr. 4412/3/2023", "4412/3/2023"),
    ("Cyfeirnod: AAA/19/4412", "AAA/19/4412"),
])
def test_reference_after_another_languages_cue(text: str, code: str) -> None:
    assert found(text) == [code]


@pytest.mark.parametrize("text", [
    "Numer telefonu: 07700 900123",  # no code after the cue: a telephone's word
    "Numer: 07700900123",  # a telephone number is the telephone recognizers'
    "Numéro 12 de la rue",  # a house number
    "Nr. 5 Hauptstraße",
    "Bus nr 38 to town",
    "Referenz 2024-03-12",  # a date
    "Dossier 2024",  # a year
])
def test_no_code_after_the_cue_stays(text: str) -> None:
    assert found(text) == []


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, ForeignReferenceRecognizer) for r in identifier_recognizers())
