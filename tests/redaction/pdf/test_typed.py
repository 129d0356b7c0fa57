"""Glyph text as typed: odd spaces read as spaces, ligatures as their letters, LibreOffice's padded spaces as the
spaces typed; in the page text the detectors read (with every character still owned by its glyph)."""

from __future__ import annotations

from pdf_builders import fonts_resources, helvetica, interpret
from pypdf.generic import NameObject

from redaction.pdf.pagetext import build_page_text
from redaction.pdf.typed import as_typed, run_as_typed


def test_space_separators_read_as_a_space_and_ligatures_as_letters() -> None:
    assert as_typed("14.10.2018\u2006\u00a0NHS") == "14.10.2018  NHS"
    assert as_typed("Grif\ufb01ths \ufb02at") == "Griffiths flat"
    assert as_typed("Mar\u200bgaret") == "Margaret"


def test_a_soft_hyphen_and_ordinary_text_are_left_as_they_are() -> None:
    assert as_typed("Wojcie\u00ad") == "Wojcie\u00ad"
    assert as_typed("Zoë Łukasiewicz — 07700") == "Zoë Łukasiewicz — 07700"


def test_a_padding_space_before_a_space_glyph_reads_as_nothing() -> None:
    assert run_as_typed([":", "\u2006", " ", "\u2006", " ", "K"]) == [":", "", " ", "", " ", "K"]
    assert run_as_typed(["\u2006", "K", None]) == [" ", "K", None]  # alone it is a space


def test_the_page_text_reads_a_ligature_glyph_as_letters_owned_by_that_glyph() -> None:
    standard = helvetica()
    del standard[NameObject("/Encoding")]  # the built-in (standard) encoding: 0xAE is the fi ligature
    runs = interpret(b"BT /F2 11 Tf 72 700 Td (Grif\xaeths) Tj ET", fonts_resources(F2=standard)).runs
    text = build_page_text(runs)
    assert text.text == "Griffiths"
    assert text.owners[4] == text.owners[5] == (0, 4)
