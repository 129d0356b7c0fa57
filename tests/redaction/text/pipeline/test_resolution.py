"""Resolution, widening, propagation, final typing and the detections."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.known import parse_known
from redaction.text.pipeline import Reading
from redaction.text.pipeline.negatives import NotAPerson
from redaction.text.pipeline.resolution import Detections, FinalTyping, Propagation, Resolution
from redaction.text.pipeline.sources import KnownIdentifiers
from text_pipeline_reader import Reader


def test_resolution_makes_spans_disjoint_and_indexes_names() -> None:
    text = "Ella Hughes rang."
    reading = Reading(text)
    reading.add([Span(0, 4, "PERSON", 0.85, "pattern"), Span(0, 11, "PERSON", 0.8, "model")], by="test")
    Resolution().run(reading)
    assert [(s.start, s.end) for s in reading.spans] == [(0, 11)]
    assert reading.names.person_words() == {"ella", "hughes"}


@pytest.mark.parametrize("text, word", [
    ("Class teacher: Oluwakemi T. Nkemelu", "Oluwakemi T. Nkemelu"),
])
def test_widening_joins_the_parts_of_a_name(reader: Reader, text: str, word: str) -> None:
    start = text.index(word)
    whole = (start, start + len(word))
    assert whole in [(d.span.start, d.span.end) for d in reader.read(text).detections]
    assert whole not in [(d.span.start, d.span.end) for d in reader.read(text, off={"widening"}).detections]


def test_widening_leaves_the_role_before_a_name(reader: Reader) -> None:
    assert not reader.touched("Class teacher: Oluwakemi T. Nkemelu", "Class teacher")


@pytest.mark.parametrize("text, word", [
    ("The local authority names Castlerigg Junior School (Castlerigg) as the setting.", "Castlerigg"),
    ("Halima would like to stay at Castlerigg Junior School. She is happy at Castlerigg with friends.", "Castlerigg"),
])
def test_propagation_finds_further_mentions(reader: Reader, text: str, word: str) -> None:
    at = text.rindex(word)  # the last mention, with no cue of its own
    mentioned = lambda reading: any(d.span.start <= at < d.span.end for d in reading.detections)  # noqa: E731
    assert mentioned(reader.read(text))
    assert not mentioned(reader.read(text, off={"propagation"}))


def test_propagation_vets_what_it_adds() -> None:
    text = "Will Brown came. Will you send it?"
    reading = Reading(text)
    reading.add([Span(0, 10, "PERSON", 0.9, "pattern")], by="test")
    Resolution().run(reading)
    Propagation(vetted_by=[NotAPerson()]).run(reading)
    second = text.index("Will you")
    assert not any(s.start == second for s in reading.spans)
    assert [r.by for r in reading.removed] == ["propagation"]
    reading.off = frozenset({"not-a-person"})  # the negative switched off: the word is propagated
    Propagation(vetted_by=[NotAPerson()]).run(reading)
    assert any(s.start == second for s in reading.spans)


@pytest.mark.parametrize("word, kind", [
    ("Leo in", "PERSON"),  # a place the model found that is a person's name found elsewhere
    ("Kendal", "LOCATION"),  # a town nobody is called
])
def test_final_typing_makes_a_persons_name_a_person(word: str, kind: str) -> None:
    text = "Leo Whitfield is well. Mum of Leo in Kendal."
    start = text.index(word)
    end = start + len(word.removesuffix(" in"))
    reading = Reading(text)
    reading.add([Span(0, 13, "PERSON", 0.9, "pattern"), Span(start, end, "LOCATION", 0.8, "model")], by="test")
    Resolution().run(reading)
    FinalTyping().run(reading)
    assert [s.type for s in reading.spans if s.start == start] == [kind]


def test_detections_name_the_case_record_entry() -> None:
    text = "Mark Hughes and Sam came."
    reading = Reading(text, parse_known({"PERSON": ["Mark Hughes"]}))
    KnownIdentifiers().run(reading)
    reading.add([Span(16, 19, "PERSON", 0.8, "model")], by="test")
    Detections().run(reading)
    assert [(d.span.start, d.entry is not None) for d in reading.detections] == [(0, True), (16, False)]


def test_detections_say_whose_name_a_register_cell_holds() -> None:
    text = "Surname | Forename\nMENSAH | Caitlin\n"
    reading = Reading(text)
    reading.add([Span(19, 25, "PERSON", 0.9, "pattern")], by="test")
    Detections().run(reading)
    assert reading.detections[0].full_name is not None


def test_only_the_case_record_is_matched_without_detectors(reader: Reader) -> None:
    text = "Ruby Quibell and Tomasz Kowalczyk came."
    spans = reader.detector.detect(text, known={"PERSON": ["Ruby Quibell"]}, detectors=False)
    assert [(text[s.start : s.end], s.source) for s in spans] == [("Ruby Quibell", "known")]
