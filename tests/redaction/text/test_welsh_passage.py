"""A Welsh line in a text read as English keeps its ordinary words; its names and the English lines' names go."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text import TextRedactor
from redaction.text.language import ENGLISH
from redaction.text.other_languages import foreign_cut, welsh_passage


def _read(text: str, candidate: str) -> str | None:
    start = text.index(candidate)
    read, _ = foreign_cut(text, Span(start, start + len(candidate), "PERSON", 0.6, "model"), ENGLISH)
    return None if read is None else text[read.start : read.end]


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Dyddiad geni / Date of birth: 03/06/2016", "Dyddiad geni"),
        ("Mae Elli yn garedig ac yn gwneud i bawb chwerthin.", "bawb chwerthin"),
        ("1. Manylion y disgybl / Pupil details", "disgybl"),
        ("Adran 4 – Darpariaeth Ddysgu Ychwanegol (DDY) / Additional Learning Provision", "Darpariaeth Ddysgu Ychwanegol"),
    ],
)
def test_ordinary_welsh_words_stay(text: str, candidate: str) -> None:
    assert welsh_passage(text, text.index(candidate), text.index(candidate) + len(candidate))
    assert _read(text, candidate) is None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Mae Elli yn garedig ac yn gwneud i bawb chwerthin.", "Elli"),
        ("Cydlynydd ADY / ALNCo: Llinos Roberts, ady@ysgol.cymru", "Llinos Roberts"),
        ("The children's mother, Shannon Best, has long-standing difficulties with alcohol and money.", "Shannon Best"),
        ("ELLIW has cerebral palsy (right hemiplegia) and uses a walker.", "ELLIW"),
    ],
)
def test_names_stay(text: str, candidate: str) -> None:
    assert _read(text, candidate) == candidate


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor()


def test_welsh_given_names_on_a_welsh_line_of_an_english_text(redactor: TextRedactor) -> None:
    """The hand list's Welsh given names are read on Welsh lines even when the text as a whole is English (the
    season's name stays); a text with no Welsh line gives the source nothing."""
    from redaction.text.other_languages import welsh_names_on_welsh_lines

    out = redactor.redact("Dear parents,\nErbyn diwedd Tymor yr Haf bydd Mabli yn darllen.\nThank you.").redacted
    assert "Mabli" not in out and "Tymor yr Haf" in out, out
    assert list(welsh_names_on_welsh_lines("Mabli's report is attached. Thanks for the meeting.")) == []
