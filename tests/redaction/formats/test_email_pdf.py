"""E-mail as a PDF bundle (``output="pdf"``): made from the redacted, verified .eml, never the original;
headers and body first, then each attachment as pages (PDF as it is, images through the image
redactor's PDF helper, Word through LibreOffice, text set, forwarded messages the same way); the
bundle verified in its turn and refused when a known identifier is found in it. Judged by the outside
checker (``leakcheck_email``: pypdf text and every decompressed stream) and by pypdf's objects."""

from __future__ import annotations

import email
import importlib.util
import io
import sys
from email import policy
from pathlib import Path
from types import ModuleType
from typing import Any

import formats_builders as build
import leakcheck_email
import pytest
from pdf_builders import build_pdf
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader
from pypdf.generic import IndirectObject, StreamObject
from support import require_executable

from redaction.formats import (
    FormatOutcome,
    FormatRequest,
    UnsupportedFormatError,
    VerificationError,
    output_texts,
    redact,
)
from redaction.formats.email import bundle as bundle_module

KNOWN = {"PERSON:child": ["Leo Whitfield"], "PERSON:parent": ["Sarah Whitfield"], "DATE_OF_BIRTH": ["2014-03-14"]}
SECRETS = ["Leo Whitfield", "Sarah Whitfield", "Whitfield", "2014-03-14", "Jane Okafor", "sarah.whitfield@example.com",
           "jane@council.gov.uk", "07700 900789"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture
def request_(text_redactor: Any) -> FormatRequest:
    return FormatRequest(known=KNOWN, text_redactor=text_redactor, output="pdf")


def pages(outcome: FormatOutcome) -> list[str]:
    assert outcome.content_type == "application/pdf" and outcome.data.startswith(b"%PDF-")
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(outcome.data)).pages]


def streams(pdf: bytes) -> list[bytes]:
    """Every stream of the PDF, decompressed by pypdf (content, fonts, images, anything else)."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for number in range(1, int(reader.trailer["/Size"])):  # type: ignore[call-overload]
        obj = reader.get_object(IndirectObject(number, 0, reader))
        if isinstance(obj, StreamObject):
            found.append(obj.get_data())
    return found


def nowhere(outcome: FormatOutcome, secrets: list[str]) -> None:
    """Nothing of the secrets in the bundle: the outside checker (raw bytes, pypdf text, zlib streams),
    and every stream pypdf decodes, searched raw."""
    assert leakcheck_email.leaks(outcome.data, secrets) == []
    raw = [outcome.data, *streams(outcome.data)]
    for secret in secrets:
        for form in {secret, secret.upper(), secret.lower()}:
            assert not any(form.encode("latin-1") in blob for blob in raw), secret
            assert not any(form.encode("utf-16-be") in blob for blob in raw), secret


def letter_png(lines: list[str]) -> bytes:
    image = Image.new("L", (1400, 90 + 80 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    for row, line in enumerate(lines):
        draw.text((40, 40 + 80 * row), line, font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def office_kit() -> ModuleType:
    """The Office torture corpus's builder (``docx``, ``document``, ``p``, ``r``) for a real .docx."""
    if "office_torture_build" in sys.modules:
        return sys.modules["office_torture_build"]
    path = Path(__file__).parent / "office_torture" / "build.py"
    spec = importlib.util.spec_from_file_location("office_torture_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["office_torture_build"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.integration
def test_a_mail_with_a_word_file_and_a_photo_becomes_one_verified_pdf(request_: FormatRequest) -> None:
    require_executable("soffice")
    require_executable("tesseract")
    kit = office_kit()
    docx = kit.docx(kit.document(kit.p(kit.r("Support plan for Leo Whitfield")),
                                 kit.p(kit.r("Reviewed weekly with Sarah Whitfield.")), kit.p(kit.r(kit.FILLER))))
    photo = letter_png(["Photo of the letter", "Child: Leo Whitfield", "Thank you"])
    data = build.eml(sender="Sarah Whitfield <sarah.whitfield@example.com>", to="Fellside Office <office@fellside.sch.uk>",
                     subject="Leo Whitfield plan", body="Hi,\nLeo Whitfield is settling in. Born 2014-03-14.\nSarah",
                     headers={"Cc": "Jane Okafor <jane@council.gov.uk>"},
                     attachments=[(docx, "application/octet-stream", "plan.docx"), (photo, "image/png", "letter.png")])
    outcome = redact(data, request_)
    text = pages(outcome)
    assert len(text) == 3
    first = text[0]
    for header in ("From: ", "To: ", "Cc: ", "Date: Mon, 02 Mar 2026", "Subject: ", "Attachments: plan.docx, letter.png"):
        assert header in first
    assert "is settling in" in first and "@example.invalid" in first
    assert "Reviewed weekly with" in text[1] and kit.FILLER[:40] in " ".join(text[1].split())  # the Word file's page
    image_page = PdfReader(io.BytesIO(outcome.data)).pages[2]
    assert list(image_page["/Resources"]["/XObject"].values())  # type: ignore[index]  # the photo's (boxed) image
    assert [row["from"] for row in outcome.report["pdf"]["contents"]] == ["headers and text body",
                                                                          "docx through LibreOffice", "image"]
    assert [a["status"] for a in outcome.report["attachments"]] == ["redacted", "redacted"]
    nowhere(outcome, SECRETS)
    assert PdfReader(io.BytesIO(outcome.data)).metadata in (None, {})


def test_html_text_attachments_pdfs_and_forwarded_messages_are_rendered(request_: FormatRequest) -> None:
    inner = build.eml(sender="Jane Okafor <jane@council.gov.uk>", subject="Re: Leo Whitfield",
                      body="Leo Whitfield's review is on 3 June. Jane Okafor, social worker, 07700 900789")
    pdf = build_pdf(b"BT /F1 12 Tf 72 700 Td (Report by Jane Okafor for Leo Whitfield.) Tj ET")
    message = build.message(sender="Sarah Whitfield <sarah.whitfield@example.com>", subject="Leo Whitfield papers",
                            body="Papers for Leo Whitfield.", html="<p>Papers for <b>Leo Whitfield</b>.</p><p>Sarah</p>",
                            attachments=[(pdf, "application/pdf", "report.pdf"),
                                         (b"Notes: Leo Whitfield sleeps badly.\n", "text/plain", "notes.txt")])
    message.add_attachment(email.message_from_bytes(inner, policy=policy.default))  # message/rfc822
    message.add_attachment(inner, maintype="application", subtype="octet-stream", filename="forwarded.eml")
    outcome = redact(message.as_bytes(policy=policy.default), request_)
    text = pages(outcome)
    joined = "\n".join(text)
    assert "Papers for" in text[0] and "Attachments: report.pdf, notes.txt, forwarded message 3" in text[0]
    assert joined.count("review is on 3 June") == 2  # the forwarded message, and the .eml file
    assert "Report by" in joined and "sleeps badly" in joined and "review is on 3 June" in joined
    assert "Attachment: notes.txt" in joined and "Subject: Re: " in joined  # the forwarded message's own headers
    assert [row["from"] for row in outcome.report["pdf"]["contents"]] == [
        "headers and text body", "PDF (redacted)", "text", "headers and text body", "headers and text body"]
    assert leakcheck_email.leaks(outcome.data, ["Papers for", "sleeps badly"]) == ["Papers for", "sleeps badly"]
    assert "sleeps badly" in " ".join(text for _, text in output_texts(outcome.data, outcome.kind))  # read as a PDF
    nowhere(outcome, SECRETS)


def test_an_html_only_mail_gives_its_text(request_: FormatRequest) -> None:
    message = build.message(body="placeholder")
    message.set_content("<div>Dear parent,</div><div>Leo Whitfield starts on Monday.</div>", subtype="html")
    outcome = redact(message.as_bytes(policy=policy.default), request_)
    first = pages(outcome)[0]
    assert "Dear parent," in first and "starts on Monday" in first and "<div>" not in first
    nowhere(outcome, ["Leo Whitfield"])


@pytest.mark.parametrize("where", ["page text", "metadata"])
def test_the_bundle_is_refused_when_its_verification_finds_a_known_identifier(request_: FormatRequest, where: str,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the renderer let a name through: the bundle's own check refuses it; nothing is returned."""
    if where == "page text":
        real_text = bundle_module._body_text
        monkeypatch.setattr(bundle_module, "_body_text", lambda part: real_text(part) + "\nLeo Whitfield")
    else:
        real_merged = bundle_module._merged

        def merged(pieces: list[bytes]) -> bytes:
            from pypdf import PdfWriter

            writer = PdfWriter(clone_from=PdfReader(io.BytesIO(real_merged(pieces))))
            writer.add_metadata({"/Title": "Leo Whitfield"})
            buffer = io.BytesIO()
            writer.write(buffer)
            return buffer.getvalue()

        monkeypatch.setattr(bundle_module, "_merged", merged)
    with pytest.raises(VerificationError, match="PERSON") as refused:
        redact(build.eml(body="Leo Whitfield is fine."), request_)
    assert "the PDF bundle" in str(refused.value) and "Whitfield" not in str(refused.value)


def test_the_bundle_is_made_from_the_written_message_not_the_original(request_: FormatRequest,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []
    real = bundle_module.render_bundle

    def spy(written: bytes, **options: Any) -> Any:
        seen.append(written)
        return real(written, **options)

    monkeypatch.setattr(bundle_module, "render_bundle", spy)
    original = build.eml(sender="Sarah Whitfield <sarah.whitfield@example.com>", body="Leo Whitfield is fine.",
                         headers={"Message-ID": "<abc@mail.example.com>"})
    redact(original, request_)
    native = redact(original, request_.with_(output="native"))
    assert seen and seen[0] != original and b"Message-ID" not in seen[0]
    assert b"Whitfield" not in seen[0] and native.content_type == "message/rfc822"


def test_an_attachment_that_cannot_be_drawn_refuses_the_bundle_naming_its_place(request_: FormatRequest,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from redaction.formats.office import convert

    monkeypatch.setattr(convert, "libreoffice", lambda: None)  # as where LibreOffice is not installed
    kit = office_kit()
    docx = kit.docx(kit.document(kit.p(kit.r("Support plan for Leo Whitfield"))))
    data = build.eml(body="Plan attached.", attachments=[(docx, "application/octet-stream", "Leo Whitfield plan.docx")])
    with pytest.raises(UnsupportedFormatError, match=r"the e-mail, attachment 1: converting docx to pdf needs "
                                                     "LibreOffice") as refused:
        redact(data, request_)
    assert "Whitfield" not in str(refused.value) and "plan" not in str(refused.value)
    assert redact(data, request_.with_(output="native")).content_type == "message/rfc822"  # the .eml needs no LibreOffice


def test_a_known_identifier_in_an_object_outside_the_page_text_refuses_the_bundle() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        TextStringObject,
    )

    from redaction.formats.email.bundle import verify_bundle
    from redaction.pdf._pypdf_private import add_object

    pages = bundle_module._typeset(["\n".join(["A line of the letter."] * 80)], ["A letter"])  # two pages, fonts
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pages)))
    assert len(writer.pages) == 2
    page = writer.pages[1]
    page[NameObject("/Note")] = add_object(writer, DictionaryObject({NameObject("/Text"): TextStringObject(
        "For Leo Whitfield")}))  # not page text: an object written after the fonts' streams ...
    extra = DecodedStreamObject()
    extra.set_data(b"q Q")
    page[NameObject("/Extra")] = add_object(writer, extra)  # ... and before another stream
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(VerificationError, match="PERSON still in the PDF bundle"):
        verify_bundle(buffer.getvalue(), known=KNOWN, labels=[])
    assert not verify_bundle(buffer.getvalue(), known={"PERSON": ["Tadhg Quennell"]}, labels=[]).refused
