"""One verifier for every format: each output is read again through ``redaction.verify`` (the known
identifiers in every written form, non-prose, the second reader), over its own independent extraction.

A leak only the second reader can see becomes a finding (or, for the formats that redact in rounds
with detection on, is removed before the output is written); a known identifier that redaction missed,
written in full-width digits or letter-spaced, is refused wherever it is: an e-mail header, a Word
footnote, a PDF's page. Suspects are ``redaction.verify.Suspect`` everywhere, placed where they were
read (a part and line, a paragraph, a page and box).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import formats_builders as build
import pytest
from pdf_builders import build_pdf

from redaction.formats import FormatRequest, Suspect, VerificationError, judge, redact
from redaction.formats._reread import reread
from redaction.formats.pdf import read_pdf_output
from redaction.text import RedactionResult


def _office_builder() -> ModuleType:
    """The Office torture corpus's builder (``docx``, ``document``, ``p``, ``r``), as its own tests load it."""
    name = "office_torture_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "office_torture" / "build.py")
        assert spec is not None and spec.loader is not None
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


office = _office_builder()

KNOWN = {"PERSON": ["Sarah Whitfield"], "PHONE": ["07700 900123"]}
FULL_WIDTH = "Call her on ０７７００ ９００１２３ after school."
SPACED = "Mrs W h i t f i e l d came to the drop-in."


class Blind:
    """A text redactor that finds and removes nothing: what it leaves is verification's to catch."""

    def redact(self, text: str, **_: Any) -> RedactionResult:
        return RedactionResult(text, (), ())


class Missing:
    """A text redactor that misses one name (every other identifier, and the name once it is given as
    a term, it removes as the real one does)."""

    def __init__(self, name: str) -> None:
        from redaction.text import default_redactor

        self._real, self._name = default_redactor(), name

    def redact(self, text: str, **options: Any) -> RedactionResult:
        result = self._real.redact(text, **options)
        kept = tuple(None if self._name in text[s.start:s.end] and s.type != "TERM" else r
                     for s, r in zip(result.spans, result.replacements, strict=True))
        return RedactionResult(result.redacted, result.spans, kept)


@pytest.mark.parametrize("text", [FULL_WIDTH, SPACED], ids=["full-width-digits", "letter-spaced"])
def test_a_known_identifier_in_an_email_header_is_refused(text: str) -> None:
    message = build.eml(subject=text, body="See you soon.")
    with pytest.raises(VerificationError, match=r"still in the written e-mail \(.*header Subject") as refused:
        redact(message, FormatRequest(known=KNOWN, text_redactor=Blind(), detect=False))  # type: ignore[arg-type]
    assert refused.value.kind == "eml" and "Whitfield" not in str(refused.value) and "900" not in str(refused.value)


@pytest.mark.parametrize("text", [FULL_WIDTH, SPACED], ids=["full-width-digits", "letter-spaced"])
def test_a_known_identifier_in_a_word_footnote_is_refused(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rewrite is made to miss it (the redactor's own sweep would find these forms): the independent
    re-read of the written package refuses it, naming the part."""
    import redaction.formats.office.pipeline as pipeline

    monkeypatch.setattr(pipeline, "apply_edits", lambda unit, edits: None)
    body = office.document(office.p(office.r("As the school reported"), '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    data = office.docx(body, doc_rels=[("rIdN", "footnotes", "footnotes.xml")], parts={"word/footnotes.xml": office._notes("footnotes", text)},
                       overrides={"/word/footnotes.xml": office.WML + "footnotes+xml"})
    with pytest.raises(VerificationError, match=r"identifier is still in the output \(word/footnotes.xml"):
        redact(data, FormatRequest(known=KNOWN, text_redactor=Blind(), detect=False))  # type: ignore[arg-type]


def test_a_known_identifier_in_a_pdf_written_another_way_is_refused() -> None:
    pdf = build_pdf(b"BT /F1 12 Tf 72 700 Td (Mrs W h i t f i e l d rang on 0 7 7 0 0  9 0 0 1 2 3.) Tj ET")
    with pytest.raises(VerificationError, match="still in the text pypdf reads from the output") as refused:
        read_pdf_output(pdf, known=KNOWN)
    assert refused.value.kind == "pdf" and set(refused.value.what.split(", ")) == {"PERSON", "PHONE"}


@pytest.mark.parametrize("text", [FULL_WIDTH, SPACED], ids=["full-width-digits", "letter-spaced"])
def test_a_known_identifier_in_a_text_is_refused_when_redaction_misses_it(text: str) -> None:
    with pytest.raises(VerificationError, match="still in the redacted text after"):
        redact(text.encode(), FormatRequest(known=KNOWN, text_redactor=Blind(), detect=False))  # type: ignore[arg-type]


def test_a_name_only_the_second_reader_sees_is_removed_in_rounds_or_reported() -> None:
    """Text and e-mail redact in rounds: with detection on, what the second reader finds is removed
    before anything is written; with it off (the caller asked for its identifiers only) it is reported."""
    letter = "Parent rang: the speech therapist, Oluwaseun Adeyemi, will see the child next week.\n"
    caught = redact(letter.encode(), FormatRequest(text_redactor=Missing("Adeyemi")))  # type: ignore[arg-type]
    assert b"Adeyemi" not in caught.data and "Adeyemi" in caught.report["verification"]["terms_added"]
    mail = redact(build.eml(body=letter), FormatRequest(text_redactor=Missing("Adeyemi")))  # type: ignore[arg-type]
    assert b"Adeyemi" not in mail.data
    reported = redact(letter.encode(), FormatRequest(known={"PERSON": ["Oluwaseun"]}, detect=False))
    assert [(f["type"], f["text"], f["reader"]) for f in reported.report["second_reader"]] == [
        ("PERSON", "Adeyemi", "gazetteer+ner")]
    assert judge(reported).summary().startswith("second reader: 1 finding")


def test_a_word_documents_second_reader_finds_what_the_first_missed() -> None:
    """No rounds for Office: a name the first reader missed is in the verified output, as a finding
    placed on its paragraph, for the caller to decide on (a case study waits for the supporter)."""
    data = office.docx(office.document(office.p(office.r("Please ring the therapist, Oluwaseun Adeyemi, about the plan."))))
    outcome = redact(data, FormatRequest(text_redactor=Missing("Adeyemi")))  # type: ignore[arg-type]
    found = outcome.report["second_reader"]
    assert {(f["type"], f["text"], f["where"]) for f in found} == {
        ("PERSON", "Oluwaseun", "word/document.xml: paragraph"), ("PERSON", "Adeyemi", "word/document.xml: paragraph")}
    assert {f["location"] for f in found} == {"word/document.xml: paragraph, line 1"}
    assert judge(outcome).blocks_release


def test_structure_is_not_read_as_prose() -> None:
    """Style names, numbering formats and ids go to the literal checks only: a style called after a
    place is no suspect, and no finding of the second reader's comes from them."""
    styles = office.STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="Glenridding">'
                                                  '<w:name w:val="Glenridding Heading"/></w:style></w:styles>')
    data = office.docx(office.document(office.p(office.r("The review is on Monday."))), parts={"word/styles.xml": styles})
    outcome = redact(data, FormatRequest(detect=False))
    assert outcome.report["second_reader"] == [] and outcome.suspects == []


def test_suspects_are_one_type_placed_where_they_were_read() -> None:
    mail = redact(build.eml(subject="Ward visit", body="Mum rang from the Kirkstone ward; call back Tuesday."),
                  FormatRequest(detect=False))
    (suspect,) = [s for s in mail.suspects if s.text == "Kirkstone"]
    assert type(suspect) is Suspect and suspect.reason == "name-like word"
    assert suspect.location is not None and suspect.location.startswith("part 1, line 1")
    pdf = redact(build_pdf(b"BT /F1 12 Tf 72 700 Td (Mum rang from the Kirkstone ward on Tuesday.) Tj ET"),
                 FormatRequest(detect=False))
    (placed,) = pdf.suspects
    assert (placed.text, placed.page, placed.location) == ("Kirkstone", 1, "page 1, line 1")
    assert placed.box is not None and 72 < placed.box[0] < placed.box[2] < 400 and 690 < placed.box[1] < placed.box[3] < 720


def test_an_encoded_block_is_refused_not_read() -> None:
    import base64

    blob = base64.encodebytes(b"Leo Whitfield, 27 Meadow Lane, Kendal; NHS 943 476 5919. " * 4).decode()
    found = reread([("part 2", "Forwarded:\n" + blob)], known=None)
    assert [placed.type for placed in found.refused] == ["ENCODED"] and found.findings == []
    assert reread([("raw", blob)], known=None, read=False, encoded=False).refused == []  # asked not to look


def test_labels_and_the_barrier_are_never_read_as_identifiers() -> None:
    found = reread([("a", "Parent A rang."), ("b", "[School 1] wrote to Child 1.")], known=KNOWN,
                   labels=["Parent A", "[School 1]", "Child 1"])
    assert found.refused == [] and found.findings == [] and found.suspects == []


class Counting:
    """A second reader that suspects every "Kirkstone" it is given, and counts what it reads."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def read(self, text: str, *, known: Any = None, ignore: Any = ()) -> Any:
        from redaction.verify import Reading

        self.texts.append(text)
        start = text.find("Kirkstone")
        suspects = []
        while start >= 0:
            suspects.append(Suspect(start, start + 9, "Kirkstone", "name-like word", "line 99"))
            start = text.find("Kirkstone", start + 1)
        return Reading([], suspects)


def test_a_text_met_twice_in_a_document_is_read_once() -> None:
    from redaction.formats._reread import ReadCache

    reader, cache = Counting(), ReadCache()
    body = "Mum rang from the\nKirkstone ward."
    first = reread([("part 1", body), ("part 3", body), ("part 4", "Nothing here.")], known=None, reader=reader, cache=cache)
    assert len(reader.texts) == 1 and reader.texts[0].count("Kirkstone") == 1  # the repeated body read once
    assert [(s.location, s.start) for s in first.suspects] == [("part 1, line 2", 18), ("part 3, line 2", 18)]
    again = reread([("part 2 (HTML)", body)], known=None, reader=reader, cache=cache)
    assert len(reader.texts) == 1 and [s.location for s in again.suspects] == ["part 2 (HTML), line 2"]
    reread([("part 2", body)], known={"PERSON": ["Sarah Whitfield"]}, reader=reader, cache=cache)
    assert len(reader.texts) == 2  # other known identifiers: another reading
