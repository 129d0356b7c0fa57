"""A page whose values were removed reads as labels with nothing after them; a detector hit that opens with a field
label, or a person made of a job title only, is what a label left empty made of the next field, and neither the
planner's re-read nor the verifier takes it (redaction.pdf.emptied, Matcher.detect)."""

from __future__ import annotations

import io
import re

from pdf_builders import build_pdf
from pypdf import PdfReader

from redaction.pdf import redact_pdf
from redaction.pdf.emptied import emptied_field_artefact
from redaction.pdf.matcher import Matcher
from redaction.spans import Span


def _artefact(text: str, value: str, type_: str = "PERSON") -> bool:
    start = text.index(value)
    return emptied_field_artefact(text, start, start + len(value), type_)


def test_a_label_or_a_labelled_field_taken_for_a_value_is_an_artefact() -> None:
    text = "NHS no:\nDate dictated: 18/11/2025      Date typed: 25/11/2025\nDOB:    Ethnicity: White - Gypsy/Roma"
    assert _artefact(text, "Date typed: 25/11/2025", "NHS_NUMBER")
    assert _artefact(text, "Ethnicity: White - Gypsy/Roma")
    assert _artefact(text, "DOB:")
    assert _artefact("Known as:\nDate of birth:   Gender: Female", "Date of birth:")
    assert _artefact("Date of plan: 3 March 2026    Review due: March 2027", "Review due: March 2027", "UPN")
    assert _artefact("Setting:  (Year 6)\nPlan coordinator:", "(Year 6)", "UPN")


def test_a_job_title_under_a_removed_signature_is_an_artefact() -> None:
    text = "Yours faithfully\n\nGeneral Practitioner\n"
    assert _artefact(text, "General Practitioner")
    assert _artefact("Kind regards\nSenior Educational Psychologist", "Senior Educational Psychologist")
    assert _artefact("Dr Andrea Muhammad-Pryce\nHeadteacher\n", "Headteacher")
    assert not _artefact("Yours sincerely,\nNurse\n", "Nurse")  # a short role noun is a surname too
    assert not _artefact(text, "General Practitioner", "LOCATION")  # only a person is a job title's misreading


def test_values_and_names_are_no_artefacts() -> None:
    text = "Name: Grace Okafor\nDr Amara Nwosu, Consultant\nWill Nurse\nSENCo: Mrs Patel"
    for value in ("Grace Okafor", "Dr Amara Nwosu", "Will Nurse", "Mrs Patel", "Amara Nwosu, Consultant"):
        assert not _artefact(text, value), value
    assert not _artefact("ref 12:30 today", "12:30", "CASE_REF")
    assert not _artefact("call (01632) 960 123", "(01632) 960 123", "PHONE")
    assert not _artefact("see https://example.org/a", "https://example.org/a", "URL")


def _stacked_finder(text: str) -> list[Span]:
    """A stand-in detector that, as the real one can, takes the line after an empty "NHS no:" for its value."""
    spans = [Span(m.start(1), m.end(1), "NHS_NUMBER", 0.9, "pattern")
             for m in re.finditer(r"NHS no:[ ]*\n([^\n]+)", text)]
    spans += [Span(m.start(), m.end(), "NHS_NUMBER", 0.9, "pattern") for m in re.finditer(r"\d{3} \d{3} \d{4}", text)]
    return spans


def test_the_next_field_stays_after_its_neighbours_value_is_removed() -> None:
    matcher = Matcher([], finders=[("detector", _stacked_finder)])
    text = "NHS no:\nDate typed: 25/11/2025"
    assert matcher.detect(text) == []
    data = build_pdf(b"BT /F1 11 Tf 72 740 Td (NHS no: 934 813 7182) Tj ET "
                     b"BT /F1 11 Tf 72 726 Td (Date typed: 25/11/2025) Tj ET")
    out = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        redact_pdf(data, detect=True, finder=_stacked_finder).pdf_bytes)).pages)
    assert "934" not in out and "25/11/2025" in out


def _signer_finder(text: str) -> list[Span]:
    """A stand-in detector that runs a signer's name on into the next word when the two are on one line."""
    return [Span(m.start(), m.end(), "PERSON", 0.9, "model")
            for m in re.finditer(r"Dr Andrea Muhammad-Pryce(?: Headteacher)?", text)]


def test_a_job_title_joined_to_the_name_by_a_false_wrap_stays() -> None:
    matcher = Matcher([], finders=[("detector", _signer_finder)])
    text = "Yours sincerely,\nDr Andrea Muhammad-Pryce\nHeadteacher\n"
    wrap = text.index("\nHeadteacher")
    unwrapped = text[:wrap] + " " + text[wrap + 1:]
    found = [text[h.start:h.end] for h in matcher.detect(text, unwrapped=unwrapped, wraps=[wrap])]
    assert found == ["Dr Andrea Muhammad-Pryce"]
