"""An e-mail address the text layer broke over two lines (after its "@", before it, or after a "." or "-" of its domain) is
found whole, and both halves are removed."""

from __future__ import annotations

import io
import re

from pdf_builders import build_pdf
from pypdf import PdfReader

from redaction.pdf import redact_pdf
from redaction.pdf.matcher import Matcher, _address_breaks
from redaction.spans import Span

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _email_finder(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "EMAIL", 0.9, "pattern") for m in _EMAIL.finditer(text)]


def _text_of(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_an_email_broken_after_its_at_sign_or_a_domain_dot_is_found_whole() -> None:
    matcher = Matcher([], finders=[("detector", _email_finder)])
    for text, expected in (
        ("Role Email\nSENCo j.oyelowo@\nbrook.example.sch.uk\nnext", "j.oyelowo@\nbrook.example.sch.uk"),
        ("write to senco.office@stbarnabas-academy.\nexample.sch.uk, and", "senco.office@stbarnabas-academy.\nexample.sch.uk"),
        ("contact ann.lee\n@example.org today", "ann.lee\n@example.org"),
        ("Okonkwo: senco@st-brendans-\nrc.bolton.sch.uk this one?", "senco@st-brendans-\nrc.bolton.sch.uk"),
    ):
        found = [text[h.start:h.end] for h in matcher.detect(text) if h.type == "EMAIL"]
        assert expected in found, (text, found)


def test_line_breaks_that_are_not_inside_an_address_are_left_alone() -> None:
    assert _address_breaks("Please e-mail us.\nThe office is open") == []
    assert _address_breaks("mail ann@example.org.\nThe end") == []  # a sentence ends after the address
    assert _address_breaks("at\nthe school @ 9am") == []
    assert _address_breaks("a @\nb") == []
    assert _address_breaks("a well-\nknown school") == []  # a hyphen break outside any address
    matcher = Matcher([], finders=[("detector", _email_finder)])
    text = "mail ann@example.org.\nThe end"
    assert [text[h.start:h.end] for h in matcher.detect(text)] == ["ann@example.org"]


def test_a_pdf_with_an_address_broken_in_a_narrow_cell_loses_both_halves() -> None:
    data = build_pdf(b"BT /F1 11 Tf 72 740 Td (SENCo) Tj ET BT /F1 11 Tf 200 740 Td (j.oyelowo@) Tj ET "
                     b"BT /F1 11 Tf 200 727 Td (brook.example.sch.uk) Tj ET")
    text = _text_of(redact_pdf(data, detect=True, finder=_email_finder).pdf_bytes)
    assert "oyelowo" not in text and "brook" not in text and "SENCo" in text
