"""The one entry for every type: its public surface, its errors, and what it dispatches where."""

from __future__ import annotations

from typing import Any

import formats_builders as build
import pytest
from pdf_builders import build_pdf
from test_email import _installed, _without

import redaction.formats as formats
from redaction.formats import (
    FormatOutcome,
    FormatRequest,
    InvalidRequestError,
    LimitExceededError,
    MalformedFileError,
    PasswordRequiredError,
    UnsupportedFormatError,
    VerificationError,
    errors,
    redact,
    refusal,
)


def test_public_surface() -> None:
    assert sorted(formats.__all__) == sorted([
        "KINDS", "EmailLimits", "FileType", "FormatError", "FormatOutcome", "FormatRequest", "InvalidRequestError",
        "LimitExceededError", "MalformedFileError", "PasswordRequiredError", "SniffingReader", "Suspect",
        "UnsupportedFormatError", "VerificationError", "Verdict", "judge", "judged", "output_texts", "redact", "refusal",
        "sniff",
    ])
    import redaction.verify

    assert formats.Suspect is redaction.verify.Suspect  # one suspect type for every format and the vault
    assert formats.KINDS == ("pdf", "text", "eml", "docx", "odt", "doc", "rtf", "msg", "image", "zip", "unknown")


def test_error_tree() -> None:
    assert issubclass(errors.InvalidRequestError, errors.FormatError) and issubclass(errors.InvalidRequestError, ValueError)
    for error in (errors.UnsupportedFormatError, errors.MalformedFileError, errors.LimitExceededError,
                  errors.VerificationError):
        assert error.__bases__ == (errors.FormatError,)
    assert errors.PasswordRequiredError.__bases__ == (errors.MalformedFileError,)


def test_requests_are_checked() -> None:
    with pytest.raises(InvalidRequestError):
        FormatRequest(output="docx")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError):
        FormatRequest(terms="Leo")
    with pytest.raises(InvalidRequestError, match="unknown kind"):
        redact(b"x", FormatRequest(), kind="xlsx")


@pytest.mark.parametrize(("data", "match"), [
    (build.ole(build.MSG_STREAMS), r"\.msg.*save or forward it as an \.eml"),
    (build.plain_zip(), "unpack it"),
    (build.ole(build.XLS_STREAMS), "Excel 97-2003 workbook cannot be redacted"),
    ("Zoë".encode("cp1252") * 20, "save it as UTF-8"),
    (bytes(range(256)), "unrecognised type cannot be redacted"),
])
def test_what_nobody_redacts_is_refused_with_what_to_do(data: bytes, match: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=match):
        redact(data, FormatRequest())


def test_office_and_image_kinds_are_refused_while_their_redactors_are_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "office")
    with pytest.raises(UnsupportedFormatError, match="Word document cannot be redacted here yet: the Word and OpenDocument "
                                                     "redactor is not installed") as refused:
        redact(build.docx(), FormatRequest())
    assert refused.value.kind == "docx"
    assert "not installed" in (refusal("docx") or "") and refusal("pdf") is None and refusal("eml") is None


def test_an_installed_redactor_is_called_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []

    def redact_odt(data: bytes, request: FormatRequest) -> FormatOutcome:
        seen.append(data)
        return FormatOutcome(b"out", "application/vnd.oasis.opendocument.text", "odt", {"second_reader": []})

    _installed(monkeypatch, "office", redact_odt=redact_odt)
    assert redact(build.odt(), FormatRequest()).data == b"out" and seen == [build.odt()]
    with pytest.raises(UnsupportedFormatError, match="does not handle it"):
        redact(build.docx(), FormatRequest())  # the module is there, without redact_docx


def test_limits_and_areas() -> None:
    from redaction.pdf import Area

    with pytest.raises(LimitExceededError, match="at most 10"):
        redact(b"Leo Whitfield rang." * 2, FormatRequest(max_bytes=10))
    with pytest.raises(InvalidRequestError, match="areas mark PDF pages"):
        redact(b"Leo rang.", FormatRequest(areas=[Area(1, 0, 0, 5, 5)]))


def test_pdfs_go_to_the_pdf_redactor_and_are_read_back(text_redactor: Any) -> None:
    pdf = build_pdf(b"BT /F1 12 Tf 72 700 Td (Parent: Margaret Thornbury, tel 07700 900461.) Tj ET")
    outcome = redact(pdf, FormatRequest(terms=["Margaret Thornbury"], detect=False))
    assert outcome.kind == "pdf" and outcome.content_type == "application/pdf" and outcome.report["boxes_by_type"] == {"TERM": 1}
    assert b"Thornbury" not in outcome.data
    # Detection was off, so the phone number stays; the second reader reads the output and reports it.
    assert [(f["where"], f["type"], f["text"]) for f in outcome.report["second_reader"]] == [
        ("page 1", "PHONE_NUMBER", "07700 900461")]
    with pytest.raises(MalformedFileError):
        redact(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage", FormatRequest(detect=False))


def test_pdf_errors_keep_their_meaning(monkeypatch: pytest.MonkeyPatch) -> None:
    from redaction import pdf

    for raised, expected in ((pdf.PasswordRequiredError("locked"), PasswordRequiredError),
                             (pdf.VerificationError(channel="text", page=1, what="a TERM"), VerificationError),
                             (pdf.UnsupportedFontError("odd font"), UnsupportedFormatError)):
        def fail(*_: Any, error: Exception = raised, **__: Any) -> Any:
            raise error

        monkeypatch.setattr(pdf, "redact_pdf", fail)
        with pytest.raises(expected) as caught:
            redact(build_pdf(b""), FormatRequest())
        assert caught.value.__cause__ is raised
