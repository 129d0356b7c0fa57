"""A name the detectors found is not searched for again as the ordinary lower-case word ("good grace" beside Grace),
as the text path does not match it (redaction.pdf.lowercase); other spellings and the caller's own terms still are."""

from __future__ import annotations

import io
import re

from pdf_builders import build_pdf
from pypdf import PdfReader

from redaction.pdf import redact_pdf
from redaction.pdf.lowercase import ordinary_word_use
from redaction.pdf.matcher import Matcher, Target
from redaction.spans import Span


def _found(value: str, source: str = "detector") -> Target:
    target = Target.of(value, "PERSON", source)
    assert target is not None
    return target


def _matches(target: Target, text: str) -> list[str]:
    return [text[h.start:h.end] for h in Matcher([target]).find_targets(text)]


def test_the_ordinary_word_in_lower_case_is_not_the_name() -> None:
    grace = _found("Grace")
    assert _matches(grace, "she has shown good grace and we gave a week's grace") == []
    assert _matches(grace, "Grace said GRACE was here") == ["Grace", "GRACE"]
    assert _matches(_found("Hope"), "They hope so. I hope\nnot") == []
    assert _matches(_found("Will"), "we will see") == []
    assert _matches(_found("Ruby"), "spoke to ruby, can ruby come") == ["ruby", "ruby"]
    assert not ordinary_word_use(_found("Hope"), "Hope said so", 0, 4)


def test_a_lower_case_name_no_article_or_pronoun_governs_still_matches() -> None:
    assert _matches(_found("Ruby"), "did ruby get her letter") == ["ruby"]
    assert _matches(_found("Iris"), "names: rafa, bia, luca, iris") == ["iris"]
    assert _matches(_found("Grace"), "grace rang") == ["grace"]


def test_a_name_that_is_no_word_and_an_address_still_match() -> None:
    assert _matches(_found("Siobhan"), "no worries siobhan, thanks") == ["siobhan"]
    assert _matches(_found("Grace"), "mail grace.okafor@example.org") == ["grace"]
    assert _matches(_found("Grace Okafor"), "grace okafor rang") == ["grace okafor"]


def test_the_callers_terms_and_known_identifiers_match_in_every_case() -> None:
    assert _matches(_found("Grace", "term"), "good grace") == ["grace"]
    assert _matches(_found("Grace", "known"), "good grace") == ["grace"]


def _names(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "PERSON", 0.9, "model") for m in re.finditer(r"(?<=Pupil: )Grace", text)]


def test_a_pdf_keeps_the_word_and_loses_the_name() -> None:
    data = build_pdf(b"BT /F1 11 Tf 72 740 Td (Pupil: Grace) Tj ET "
                     b"BT /F1 11 Tf 72 726 Td (She accepted it with good grace.) Tj ET")
    out = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        redact_pdf(data, detect=True, finder=_names).pdf_bytes)).pages)
    assert "Grace" not in out and "good grace" in out
