"""Cheap tests that spare a costly pattern must never hide one of its matches (speed work, issue 9)."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import UkPartialBirthdayRecognizer
from redaction.text.recognizers.partial_birthday import _DATE_BEFORE_BIRTHDAY

TEXTS = [
    "3 May is her birthday",
    "3 May  is   her    BIRTHDAY, and 12/06 was his birthday",
    "On 14 June 2016 Was The Birthday of the twins",
    "3 May is\nher birthday",  # no match either way: the pattern's spaces are spaces
    "the 3rd of May: her birthday",
    "born 3 May; is her birthday party on Saturday?",
    "3 May is her birthdays",
    "Review on 3 May. Nothing else.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_date_before_a_birthday_gate_hides_no_match(text: str) -> None:
    recognizer = UkPartialBirthdayRecognizer()
    compiled = dict((p.name, c) for p, c in recognizer._compiled)[_DATE_BEFORE_BIRTHDAY]
    if not recognizer.keep_pattern(_DATE_BEFORE_BIRTHDAY, text):
        assert list(compiled.finditer(text)) == []


def test_the_gate_lets_a_date_before_a_birthday_through() -> None:
    assert UkPartialBirthdayRecognizer().keep_pattern(_DATE_BEFORE_BIRTHDAY, "3 May is her birthday")
    assert not UkPartialBirthdayRecognizer().keep_pattern(_DATE_BEFORE_BIRTHDAY, "her birthday is 3 May")


def test_a_redactor_freezes_what_it_loaded() -> None:
    import gc

    from redaction.text import TextRedactor

    TextRedactor(load_model=False)
    assert gc.get_freeze_count() > 0
