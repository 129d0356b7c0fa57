"""True PDF redaction: glyphs removed, layout kept, hidden carriers stripped, verified before release.

    from redaction.pdf import redact_pdf, Area
    outcome = redact_pdf(path, terms=["Margaret Thornbury"], known=family, areas=[Area(1, 72, 700, 300, 720)])
    outcome.pdf_bytes   # verified output (verification cannot be switched off)

Every failure is a :class:`PdfRedactionError` (see :mod:`redaction.pdf.errors`); nothing is
returned unless the output passed verification.
"""

from __future__ import annotations

from redaction.pdf.api import redact_pdf
from redaction.pdf.areas import Area
from redaction.pdf.errors import (
    InvalidRequestError,
    LimitExceededError,
    MalformedPdfError,
    OcrUnavailableError,
    OcrUnsureError,
    PasswordRequiredError,
    PdfInputError,
    PdfRedactionError,
    UnsupportedContentError,
    UnsupportedFontError,
    UnsupportedImageError,
    VerificationError,
)
from redaction.pdf.limits import Limits
from redaction.pdf.ocr import OcrEngine, OcrWord, TesseractOcr
from redaction.pdf.outcome import RedactionOutcome, RedactionReport
from redaction.pdf.planning import RedactionBox

__all__ = [
    "Area",
    "InvalidRequestError",
    "LimitExceededError",
    "Limits",
    "MalformedPdfError",
    "OcrEngine",
    "OcrUnavailableError",
    "OcrUnsureError",
    "OcrWord",
    "PasswordRequiredError",
    "PdfInputError",
    "PdfRedactionError",
    "RedactionBox",
    "RedactionOutcome",
    "RedactionReport",
    "TesseractOcr",
    "UnsupportedContentError",
    "UnsupportedFontError",
    "UnsupportedImageError",
    "VerificationError",
    "redact_pdf",
]
