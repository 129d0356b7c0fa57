"""Names in a flattened form's gap-separated fields ("Name  Trần Thị Lan       Relationship  Mother"): found, and
the line is no table header; an empty field, a header of column names and a non-name value stay."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import SpacedFieldPersonRecognizer
from redaction.text.tables import read_tables

RECOGNIZER = SpacedFieldPersonRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, name", [
    ("Name  Trần Thị Lan       Relationship  Mother", "Trần Thị Lan"),
    ("Name  Gareth Bowen       Relationship  Father", "Gareth Bowen"),
    ("Child's name\tOskar Brandt", "Oskar Brandt"),
])
def test_a_name_in_a_gap_separated_field_is_found(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize("text", [
    "Name   Relationship",
    "Name  Maths Intervention   Date  x",
    "Name  Year Group  Class",
])
def test_labels_and_other_values_stay(text: str) -> None:
    assert _found(text) == []


def test_a_form_line_of_labels_and_values_is_no_table_header() -> None:
    assert read_tables("Name  Gareth Bowen       Relationship  Father").headers == ()
    assert read_tables("Name   DOB   Class\nAmy Hill   01/02/2015   Oak").headers != ()


def test_the_detector_finds_the_name_in_a_flattened_form() -> None:
    text = "Section 3 Parent / carer\nName  Trần Thị Lan       Relationship  Mother\nMobile  07700 900123"
    found = [text[s.start : s.end] for s in Detector().detect(text)]
    assert "Trần Thị Lan" in found


def test_a_phone_field_ends_at_its_number() -> None:
    text = "Name  Gareth Bowen       Relationship  Father\nMobile  +84 912 345 678 (in Vietnam until March)"
    found = [text[s.start : s.end] for s in Detector().detect(text)]
    assert "+84 912 345 678" in found and not any("March" in f for f in found)
