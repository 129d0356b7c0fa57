"""The reading after a removal respects the removed box as a boundary, and an e-mail address the text layer broke
over two lines is found whole.

Residual re-detection: once a value is removed, the detectors read the text the output will show. Without a
boundary the cue before the removed value runs on into the next field ("Our ref: Date: 19 February 2025" reads as a
reference); with the boxes as barriers it reads "Our ref: ■ Date: ...", and the planner and the verifier read the
same. The literal target search still reads across a box (``PageText.joined``)."""

from __future__ import annotations

import io
import re

from pdf_builders import build_pdf, interpret
from pypdf import PdfReader

from redaction.pdf import redact_pdf
from redaction.pdf.geometry import Quad
from redaction.pdf.matcher import Matcher, _address_breaks
from redaction.pdf.pagetext import BARRIER, build_page_text
from redaction.spans import Span

REF_LINE = b"BT /F1 11 Tf 72 700 Td (Our ref: SEN/2291/KB      Date: 19 February 2025) Tj ET"
_REFERENCE = re.compile(r"[A-Z]{3}/\d{4}/[A-Z]{2}")
# what a cue-led reference recognizer does with "ref:" followed by the next field, when nothing stands between
_RUN_ON = re.compile(r"(?<=ref: )[A-Z][a-z]+: \d{1,2} [A-Z][a-z]+ \d{4}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _cue_finder(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "CASE_REF", 0.9, "pattern") for m in _REFERENCE.finditer(text)]
    spans += [Span(m.start(), m.end(), "CASE_REF", 0.9, "pattern") for m in _RUN_ON.finditer(text)]
    return spans


def _email_finder(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "EMAIL", 0.9, "pattern") for m in _EMAIL.finditer(text)]


def _text_of(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_removed_value_is_a_boundary_so_the_next_field_on_its_line_stays() -> None:
    outcome = redact_pdf(build_pdf(REF_LINE), detect=True, finder=_cue_finder)
    text = _text_of(outcome.pdf_bytes)
    assert "SEN/2291/KB" not in text and "2291" not in text
    assert "19 February 2025" in text and "Date:" in text
    assert [box.type for box in outcome.boxes] == ["CASE_REF"]


def test_without_the_box_the_run_on_is_still_found() -> None:
    """The finder above is not blind: on text with nothing removed it reads the run-on (the check can fail)."""
    text = "Our ref: Date: 19 February 2025"
    assert [(text[s.start:s.end]) for s in _cue_finder(text)] == ["Date: 19 February 2025"]


def test_the_residual_text_marks_a_box_between_kept_glyphs_and_joined_reads_it_as_a_space() -> None:
    content = interpret(REF_LINE)
    plain = build_page_text(content.runs)
    start = plain.text.index("SEN")
    refs = plain.glyphs_of(start, start + len("SEN/2291/KB"))
    run_index = refs[0][0]
    quad = content.runs[run_index].quad(refs[0][1], refs[-1][1])
    removed = {run_index: {glyph for _, glyph in refs}}
    residual = build_page_text(content.runs, removed, barriers=[quad])
    assert re.search(f"ref: {BARRIER} +Date", residual.text)
    assert len(residual.joined) == len(residual.text) and BARRIER not in residual.joined
    assert all(owner is None for char, owner in zip(residual.text, residual.owners, strict=True) if char == BARRIER)
    # no box: no barrier, even where glyphs were removed; a box elsewhere on the page: none either
    assert BARRIER not in build_page_text(content.runs, removed).text
    assert BARRIER not in build_page_text(content.runs, barriers=[Quad.from_rect(300, 100, 400, 120)]).text


def test_neighbouring_glyphs_and_line_ends_without_a_box_get_no_barrier() -> None:
    content = interpret(b"BT /F1 11 Tf 72 700 Td (Name: Ann Lee) Tj 0 -14 Td (Date: 1 May 2020) Tj ET")
    far = Quad.from_rect(400, 650, 500, 660)
    assert BARRIER not in build_page_text(content.runs, barriers=[far]).text
    end_of_line = Quad.from_rect(72 + 75, 697, 72 + 200, 710)  # right after "Name: Ann Lee": its box reaches it
    residual = build_page_text(content.runs, barriers=[end_of_line])
    assert residual.text.split("\n")[1].startswith(BARRIER)


def test_an_email_broken_after_its_at_sign_or_a_domain_dot_is_found_whole() -> None:
    matcher = Matcher([], finders=[("detector", _email_finder)])
    for text, expected in (
        ("Role Email\nSENCo j.oyelowo@\nbrook.example.sch.uk\nnext", "j.oyelowo@\nbrook.example.sch.uk"),
        ("write to senco.office@stbarnabas-academy.\nexample.sch.uk, and", "senco.office@stbarnabas-academy.\nexample.sch.uk"),
        ("contact ann.lee\n@example.org today", "ann.lee\n@example.org"),
    ):
        found = [text[h.start:h.end] for h in matcher.detect(text) if h.type == "EMAIL"]
        assert expected in found, (text, found)


def test_line_breaks_that_are_not_inside_an_address_are_left_alone() -> None:
    assert _address_breaks("Please e-mail us.\nThe office is open") == []
    assert _address_breaks("mail ann@example.org.\nThe end") == []  # a sentence ends after the address
    assert _address_breaks("at\nthe school @ 9am") == []
    assert _address_breaks("a @\nb") == []
    matcher = Matcher([], finders=[("detector", _email_finder)])
    text = "mail ann@example.org.\nThe end"
    assert [text[h.start:h.end] for h in matcher.detect(text)] == ["ann@example.org"]


def test_a_pdf_with_an_address_broken_in_a_narrow_cell_loses_both_halves() -> None:
    data = build_pdf(b"BT /F1 11 Tf 72 740 Td (SENCo) Tj ET BT /F1 11 Tf 200 740 Td (j.oyelowo@) Tj ET "
                     b"BT /F1 11 Tf 200 727 Td (brook.example.sch.uk) Tj ET")
    text = _text_of(redact_pdf(data, detect=True, finder=_email_finder).pdf_bytes)
    assert "oyelowo" not in text and "brook" not in text and "SENCo" in text
