"""The case's own identifiers in other written forms (issue 12 item 5): full-width characters, letter-spacing,
zero-width characters and soft hyphens. The redactor finds each form, and the second reader, which
normalises the same way, finds nothing left."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor
from redaction.text.written_forms import plain_form
from redaction.verify import known_leaks

KNOWN = {"PERSON:child": ["Maisie Thistlewood"], "PHONE": ["07700 900456"], "POSTCODE": ["SW1A 1AA"]}


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor(load_model=False)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Call ０７７００ ９００４５６ today.", "０７７００ ９００４５６"),  # full-width digits
        ("Mum is T h i s t l e w o o d now.", "T h i s t l e w o o d"),  # letter-spaced surname
        ("She lives at S W 1 A 1 A A.", "S W 1 A 1 A A"),  # letter-spaced postcode
        ("post code ＳＷ１Ａ １ＡＡ", "ＳＷ１Ａ １ＡＡ"),  # full-width postcode
        ("Mrs Ｔｈｉｓｔｌｅｗｏｏｄ rang", "Ｔｈｉｓｔｌｅｗｏｏｄ"),  # full-width letters
        ("T.h.i.s.t.l.e.w.o.o.d signed", "T.h.i.s.t.l.e.w.o.o.d"),  # dotted
        ("M a i s i e  T h i s t l e w o o d came", "T h i s t l e w o o d"),
        ("Thistle\u00adwood rang", "Thistle\u00adwood"),  # soft hyphen
        ("Thistle\u200bwood rang", "Thistle\u200bwood"),  # zero-width space
        ("ring 07700\u200b900456", "07700\u200b900456"),
    ],
)
def test_known_identifiers_in_other_written_forms(redactor: TextRedactor, text: str, hidden: str) -> None:
    out = redactor.redact(text, known=KNOWN, detectors=False).redacted
    assert hidden not in out
    assert known_leaks(out, KNOWN) == []


def test_a_name_spread_over_a_letter_spaced_line_is_one_person(redactor: TextRedactor) -> None:
    out = redactor.redact("M a i s i e  T h i s t l e w o o d came", known=KNOWN, detectors=False).redacted
    assert out == "Child 1 came"


def test_plain_form_maps_back_to_the_original() -> None:
    text = "ring ０７７００ and T h i s"
    plain = plain_form(text)
    assert plain is not None and plain.text == "ring 07700 and This"
    start = plain.text.index("This")
    assert text[slice(*plain.span(start, start + 4))] == "T h i s"
    assert plain_form("an ordinary sentence, a b c") is None  # three single letters are no letter-spacing


def test_ordinary_text_is_untouched(redactor: TextRedactor) -> None:
    text = "Scores were 1 2 3 4 on the scale; Maisie's friend Thistle came."
    out = redactor.redact(text, known={"PERSON": ["Grace Oduya"]}, detectors=False).redacted
    assert out == text
