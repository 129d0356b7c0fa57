"""The second reader's report types: JSON-able, a fixed vocabulary of suspect reasons, the public surface."""

from __future__ import annotations

import json

import pytest

import redaction.verify as verify
from redaction.verify import REASONS, Finding, NonProse, Reading, Suspect, suspects_of


def test_the_public_surface() -> None:
    assert set(verify.__all__) == {
        "ENCODED", "NON_PROSE_KINDS", "REASONS", "Finding", "NonProse", "Reader", "Reading", "ReaderUnavailableError",
        "SecondReader", "Suspect", "VerifyError", "VerifyLimitError", "known_leaks", "non_prose", "second_reader",
        "start_second_reader", "suspects_of"}


@pytest.mark.parametrize("reason", REASONS)
def test_suspects_round_trip_through_json(reason: str) -> None:
    suspect = Suspect(3, 7, "Todd", reason, "line 2")
    assert Suspect.from_json(json.loads(json.dumps(suspect.to_json()))) == suspect


def test_a_suspect_on_a_page_keeps_its_page_and_box_through_json() -> None:
    suspect = Suspect(0, 9, "Kirkstone", "name-like word", "page 2, line 4", page=2, box=(72.0, 700.5, 130.25, 712.0))
    row = json.loads(json.dumps(suspect.to_json()))
    assert row["page"] == 2 and row["box"] == [72.0, 700.5, 130.25, 712.0]
    assert Suspect.from_json(row) == suspect
    assert Suspect.from_json(Suspect(0, 1, "x", "name-like word").to_json()).box is None


def test_an_unknown_reason_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown suspect reason"):
        Suspect(0, 1, "x", "looks odd")


def test_a_reading_is_json_and_clean_only_without_findings() -> None:
    reading = Reading([Finding("PERSON", 0, 3, "Leo", "gazetteer+ner", 0.8)], [Suspect(4, 8, "Todd", "gazetteer name")])
    assert json.loads(json.dumps(reading.to_json()))["findings"][0]["reader"] == "gazetteer+ner"
    assert not reading.clean and Reading().clean
    assert NonProse(0, 4, "hex").to_json() == {"start": 0, "end": 4, "kind": "hex"}


def test_suspects_of_a_redacted_output_leave_its_replacements_out() -> None:
    output = "Mabli met Parent A at [School 1]."
    found = suspects_of(output, [(10, 18), (22, 32)])
    assert [(s.text, s.reason) for s in found] == [("Mabli", "gazetteer name")]
    assert json.dumps([s.to_json() for s in found])
