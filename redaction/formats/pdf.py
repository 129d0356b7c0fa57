"""PDF through the formats entry: ``redaction.pdf.redact_pdf`` (which verifies its own output), then
one more, independent read of the output (pypdf's text) for the literal known-identifier checks, as
every format's redactor does. Errors become the formats hierarchy, the original kept as the cause.
"""

from __future__ import annotations

from redaction.formats._extract import attachment_texts
from redaction.formats._joint import known_for_text
from redaction.formats._reread import reread
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.formats.errors import (
    FormatError,
    InvalidRequestError,
    LimitExceededError,
    MalformedFileError,
    PasswordRequiredError,
    UnsupportedFormatError,
    VerificationError,
)
from redaction.formats.sniff import FileType

__all__ = ["redact_pdf_format"]


def redact_pdf_format(data: bytes, request: FormatRequest) -> FormatOutcome:
    from redaction import pdf

    try:
        outcome = pdf.redact_pdf(data, terms=list(request.terms), known=request.known, areas=list(request.areas),
                                 detect=request.detect, retypeset=request.retypeset, password=request.password,
                                 limits=pdf.Limits(max_input_bytes=request.max_bytes, max_seconds=request.max_seconds))
    except pdf.PdfRedactionError as error:
        raise _translated(error) from error
    known = known_for_text(request.known, request.terms)
    texts = attachment_texts(outcome.pdf_bytes, FileType("pdf", "application/pdf", "a PDF"), "the PDF") or []
    reading = reread(texts, known=known, labels=(), redactor=None, detect=False, non_prose=False)
    if reading.known:
        kinds = ", ".join(sorted({finding.type for finding in reading.known}))
        raise VerificationError(f"verification failed: {kinds} still in the text pypdf reads from the output",
                                kind="pdf", where="the PDF", what=kinds)
    report = {"kind": "pdf", **outcome.report.to_json(), "boxes": [box.to_json() for box in outcome.boxes],
              "second_reader": []}
    return FormatOutcome(outcome.pdf_bytes, "application/pdf", "pdf", report)


def _translated(error: Exception) -> FormatError:
    from redaction import pdf

    message = str(error)
    if isinstance(error, pdf.PasswordRequiredError):
        return PasswordRequiredError(message, kind="pdf")
    if isinstance(error, pdf.LimitExceededError):
        return LimitExceededError(message, kind="pdf")
    if isinstance(error, pdf.PdfInputError):
        return MalformedFileError(message, kind="pdf")
    if isinstance(error, pdf.InvalidRequestError):
        return InvalidRequestError(message, kind="pdf")
    if isinstance(error, pdf.VerificationError):
        return VerificationError(message, kind="pdf", where=error.channel, what=error.what)
    return UnsupportedFormatError(message, kind="pdf")
