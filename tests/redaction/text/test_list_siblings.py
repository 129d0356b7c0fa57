"""Names the lists lack, read from the bulleted list or the weekday rota they stand in
(:mod:`redaction.text.recognizers.list_siblings`); lists of things stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import ListSiblingsRecognizer

RECOGNIZER = ListSiblingsRecognizer()


def _found(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in RECOGNIZER.find(text)})


@pytest.mark.parametrize("text, names", [
    ("Volunteers this week:\n- Phanuwat\n- Thandiwe\n- Eero", ["Phanuwat"]),
    ("Drivers:\n• Mohammed\n• Tavita Leau\n• Sarah", ["Tavita Leau"]),
    ("Rota: Mon – Anuhea; Tue – Kanoa; Wed – Pualani", ["Anuhea", "Kanoa", "Pualani"]),
    ("School run\nMon: Ikaika\nTue: Noelani", ["Ikaika", "Noelani"]),
])
def test_names_among_names_are_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "Shopping list:\n- Bread\n- Milk\n- Quinoa\n- Tofu",
    "Agenda:\n- Welcome\n- Treasurer's Report\n- Any Other Business",
    "Classes: Mon – Pilates; Tue – Zumba; Wed – Yoga",
    "Opening hours: Mon – Closed; Tue – Open",
    "Rota: Mon – Leeds; Tue – Bradford",
    "- Phanuwat\n- Kanoa",  # two unknown words with no named sibling
])
def test_lists_of_things_stay(text: str) -> None:
    assert _found(text) == []
