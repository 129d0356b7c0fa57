"""Dates of birth given with only the person's name before them: space-joined rows and stacked personal-details
blocks; a document's, a letter's, a signature's or a recent date after a name stays."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import BirthAfterNameRecognizer

RECOGNIZER = BirthAfterNameRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, date", [
    ("Child's name: Oskar Brandt\n22/10/2016\nAddress: 4 Elm Row", "22/10/2016"),
    ("Leah Quinn 07/07/2015 Y5", "07/07/2015"),
    ("Pupil: Dev Shah   12-01-2014   Class 4B", "12-01-2014"),
    ("the boys: Cian 2/11/2016", "2/11/2016"),
])
def test_a_birth_date_after_a_name_is_found(text: str, date: str) -> None:
    assert _found(text) == [date]


@pytest.mark.parametrize("text", [
    "Letter from Leah Quinn 07/07/2015 about the plan",
    "Review meeting Mark Evans 12/03/2019",
    "Name: Jo Platt\nDate: 01/02/2019\nRole: SENCo",
    "Version 2 Tom Hale 05/05/2018 - draft",
    "Leah Quinn 07/07/2015 Y5, plan signed 01/09/2016",  # the latest other date is not two years later
    "Name: Jo Platt\nplan sent 01/02/2019",
])
def test_a_date_that_is_no_birth_stays(text: str) -> None:
    assert _found(text) == []


def test_a_recent_date_after_a_name_stays() -> None:
    import datetime as dt

    recent = (dt.date.today() - dt.timedelta(days=200)).strftime("%d/%m/%Y")
    assert _found(f"Leah Quinn {recent}") == []
