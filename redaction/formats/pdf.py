"""PDF through the formats entry: ``redaction.pdf.redact_pdf`` (which verifies its own output), then
the second read every format's output gets (:func:`read_pdf_output`): pypdf's text, an independent
decoder, for the literal known-identifier checks (a hit is refused), and each page's text for the
second reader, whose findings are reported and whose suspects carry their page and box. Errors become
the formats hierarchy, the original kept as the cause.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from redaction.formats._extract import attachment_texts
from redaction.formats._joint import known_for_text
from redaction.formats._reread import Reread, reread
from redaction.formats.errors import (
    FormatError,
    InvalidRequestError,
    LimitExceededError,
    MalformedFileError,
    PasswordRequiredError,
    UnsupportedFormatError,
    VerificationError,
)
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.formats.sniff import FileType

__all__ = ["read_pdf_output", "redact_pdf_format"]

CONTENT_TYPE = "application/pdf"


def redact_pdf_format(data: bytes, request: FormatRequest) -> FormatOutcome:
    from redaction import pdf

    try:
        outcome = pdf.redact_pdf(data, terms=list(request.terms), known=request.known, areas=list(request.areas),
                                 detect=request.detect, retypeset=request.retypeset, password=request.password,
                                 limits=pdf.Limits(max_input_bytes=request.max_bytes, max_seconds=request.max_seconds))
    except pdf.PdfRedactionError as error:
        raise _translated(error) from error
    reading = read_pdf_output(outcome.pdf_bytes, known=known_for_text(request.known, request.terms))
    report = {"kind": "pdf", **outcome.report.to_json(), "boxes": [box.to_json() for box in outcome.boxes],
              "second_reader": [finding.to_json() for finding in reading.findings]}
    return FormatOutcome(outcome.pdf_bytes, CONTENT_TYPE, "pdf", report, list(reading.suspects))


def read_pdf_output(data: bytes, *, known: Mapping[str, Sequence[str]] | None, reader: Any = None,
                    labels: Iterable[str] = ()) -> Reread:
    """The second read of a redacted PDF: refused (``VerificationError``) if pypdf's text still shows a
    known identifier; else the second reader's findings and suspects over each page's text (placed by
    page, suspects with their box). ``labels``: the replacements the redaction wrote (not read as text)."""
    from redaction import pdf
    from redaction.pdf.located import located_pages

    texts = attachment_texts(data, FileType("pdf", CONTENT_TYPE, "a PDF"), "the PDF") or []
    labels = list(labels)
    literal = reread(texts, known=known, labels=labels, read=False, encoded=False)
    if literal.refused:
        raise literal.refusal("the text pypdf reads from the output", kind="pdf")
    try:
        pages = located_pages(data)
    except pdf.PdfRedactionError as error:
        raise VerificationError(f"the redacted PDF's page text cannot be read back to check it ({error})",
                                kind="pdf", where="the PDF") from error
    by_where = {f"page {page.number}": page for page in pages}
    reading = reread([(where, page.text) for where, page in by_where.items()], known=known, labels=labels,
                     encoded=False, reader=reader, pages=by_where)
    if reading.refused:
        raise reading.refusal("the output's page text", kind="pdf")
    return reading


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
