"""Any Presidio recognizer behind our recognizer contract, and in the pipeline's pattern pass."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

from redaction.spans import Span
from redaction.text.pipeline import Reading
from redaction.text.pipeline.sources import PatternRecognizers
from redaction.text.recognizers import UkNhsNumberRecognizer
from redaction.text.recognizers.contract import Recognizer
from redaction.text.recognizers.presidio_adapter import from_presidio

CARD = "4111 1111 1111 1111"


def _pupil_ids() -> PatternRecognizer:
    return PatternRecognizer(supported_entity="PUPIL_ID", name="PupilIds",
                             patterns=[Pattern("pupil id", r"\bPID-\d{4}\b", 0.8)])


@pytest.mark.parametrize("text, found", [
    ("Pupil PID-2231 moved class.", [("PID-2231", "ACCOUNT_NUMBER")]),
    ("Pupils PID-2231 and PID-0042.", [("PID-2231", "ACCOUNT_NUMBER"), ("PID-0042", "ACCOUNT_NUMBER")]),
])
def test_a_presidio_pattern_recognizer_finds_spans_of_our_types(text: str, found: list[tuple[str, str]]) -> None:
    recognizer = from_presidio(_pupil_ids(), types={"PUPIL_ID": "ACCOUNT_NUMBER"})
    assert isinstance(recognizer, Recognizer)
    spans = list(recognizer.find(text))
    assert [(text[s.start : s.end], s.type) for s in spans] == found
    assert all(s.source == "pattern" and s.score == pytest.approx(0.8) for s in spans)


@pytest.mark.parametrize("text", ["Pupil PID-22310 moved.", "Pupil pid 2231 moved.", "No ids here."])
def test_a_presidio_recognizer_leaves_what_it_does_not_match(text: str) -> None:
    assert list(from_presidio(_pupil_ids(), types={"PUPIL_ID": "ACCOUNT_NUMBER"}).find(text)) == []


def test_a_stock_recognizer_with_a_checksum_keeps_its_validation() -> None:
    recognizer = from_presidio(CreditCardRecognizer(), types={"CREDIT_CARD": "ACCOUNT_NUMBER"})
    text = f"Card {CARD} and 4111 1111 1111 1112."
    assert [text[s.start : s.end] for s in recognizer.find(text)] == [CARD]


def test_an_entity_with_no_type_of_ours_is_refused_when_wrapping() -> None:
    with pytest.raises(ValueError, match="PUPIL_ID"):
        from_presidio(_pupil_ids())
    with pytest.raises(ValueError, match="not a span type"):
        from_presidio(_pupil_ids(), types={"PUPIL_ID": "PUPIL"})
    with pytest.raises(TypeError):
        from_presidio(UkNhsNumberRecognizer().find)  # type: ignore[arg-type]


def test_our_own_recognizers_meet_the_contract() -> None:
    assert isinstance(UkNhsNumberRecognizer(), Recognizer)


def test_the_pattern_pass_takes_an_adapted_recognizer() -> None:
    reading = Reading("Pupil PID-2231, NHS number 943 476 5919.")
    PatternRecognizers([from_presidio(_pupil_ids(), types={"PUPIL_ID": "ACCOUNT_NUMBER"}), UkNhsNumberRecognizer()]).run(reading)
    assert [(f.by, f.span.type) for f in reading.found] == [("patterns:PupilIds", "ACCOUNT_NUMBER"),
                                                             ("patterns:UkNhsNumberRecognizer", "NHS_NUMBER")]
    assert all(isinstance(f.span, Span) for f in reading.found)
