"""What the model reads: the lines where it can add something, lower-case names capitalised for it, and
how far it reads (the model reach the benchmark's trade curve measures)."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text import TextRedactor
from redaction.text.detector import Detector
from redaction.text.model_input import REACHES, model_input


def test_a_lower_case_word_no_dictionary_has_is_capitalised_for_the_model() -> None:
    text = "Notes.\nalso, burak said iwan was upset at lunch\nthe input from salt was good"
    read = model_input(text, [])
    assert read.text == "also, Burak said Iwan was upset at lunch"  # same length: offsets map back unchanged
    assert list(read.entities([("PERSON", 6, 11)])) == [("PERSON", 13, 18)]


def test_dictionary_words_and_typos_stay_lower_case() -> None:
    assert model_input("the caseload and the todday input were fine\n", []).text == ""


@pytest.mark.parametrize(
    ("reach", "lines"),
    [("names", ["Gethin came in."]),
     ("subjects", ["Gethin came in.", "Precious has settled."]),
     ("capitals", ["Gethin came in.", "Precious has settled.", "Weight normal for age."]),
     ("all", ["Gethin came in.", "Precious has settled.", "Weight normal for age.", "the rest is fine"])],
)
def test_the_model_reads_further_as_its_reach_grows(reach: str, lines: list[str]) -> None:
    text = "Gethin came in.\nPrecious has settled.\nWeight normal for age.\nthe rest is fine\n2024"
    assert model_input(text, [], reach=reach).text.split("\n") == lines


def test_lines_a_confident_span_explains_are_not_read() -> None:
    text = "Pupil: Gethin Abernethy\nThe plan was agreed."
    assert model_input(text, [Span(7, 23, "PERSON", 0.9, "pattern")]).text == ""


def test_an_unknown_reach_is_refused() -> None:
    with pytest.raises(ValueError, match="model_reach"):
        Detector(load_model=False, model_reach="everything")
    assert REACHES == ("names", "subjects", "capitals", "all")


def test_a_lower_case_name_the_model_calls_an_organisation_before_a_verb_is_a_person() -> None:
    text = "hello. also, burak said he was upset at lunch"
    assert "burak" not in TextRedactor().redact(text).redacted
