"""Every failure the PDF redactor reports, in one hierarchy.

    PdfRedactionError                    base: nothing was released
     ├── InvalidRequestError              the caller asked for something impossible (bad area, page)
     ├── PdfInputError                    the input cannot be read safely
     │    ├── MalformedPdfError           damaged beyond pypdf's repair (no page tree, broken xref)
     │    ├── PasswordRequiredError       encrypted: no password given, or the wrong one
     │    └── LimitExceededError          pages, stream size, nesting, time: decompression bombs
     ├── UnsupportedContentError          content we cannot redact safely, so we refuse it
     │    ├── UnsupportedFontError        glyphs that cannot be split, decoded or measured
     │    ├── UnsupportedImageError       an image under a box we cannot decode to blank it
     │    ├── OcrUnavailableError         image text needs OCR and tesseract is not installed
     │    └── OcrUnsureError              OCR could not read an image reliably
     └── VerificationError                the written output still leaks (channel, page, what)

Policy (as pypdf's): raise when the caller must handle it; log (``redaction.pdf`` logger) what
was repaired and carry it in the report. Nothing here ever holds the redacted strings themselves
in a message except :class:`VerificationError`'s ``what``, which names the term's kind and
channel, never its text, so logs and error lines stay free of the identifiers.
"""

from __future__ import annotations

__all__ = [
    "InvalidRequestError",
    "LimitExceededError",
    "MalformedPdfError",
    "OcrUnavailableError",
    "OcrUnsureError",
    "PasswordRequiredError",
    "PdfInputError",
    "PdfRedactionError",
    "UnsupportedContentError",
    "UnsupportedFontError",
    "UnsupportedImageError",
    "VerificationError",
]


class PdfRedactionError(Exception):
    """Base class: the redaction did not produce an output that may be released."""


class InvalidRequestError(PdfRedactionError, ValueError):
    """The request itself is wrong: an area on a page that does not exist, an empty term."""


class PdfInputError(PdfRedactionError):
    """The input PDF cannot be read safely."""


class MalformedPdfError(PdfInputError):
    """The file is damaged beyond what pypdf can repair."""


class PasswordRequiredError(PdfInputError):
    """The file is encrypted and needs a (correct) password."""


class LimitExceededError(PdfInputError):
    """A configured limit was exceeded: pages, decoded stream size, nesting depth or time."""


class UnsupportedContentError(PdfRedactionError):
    """The file holds content that cannot be redacted safely; it is refused rather than guessed."""


class UnsupportedFontError(UnsupportedContentError):
    """A font whose character codes cannot be split, decoded to Unicode or measured."""


class UnsupportedImageError(UnsupportedContentError):
    """An image under a redaction box whose pixels cannot be decoded and blanked."""


class OcrUnavailableError(UnsupportedContentError):
    """Text may exist only as pixels, and OCR (tesseract) is not available to find it."""


class OcrUnsureError(UnsupportedContentError):
    """OCR ran but could not read an image reliably enough to release it."""


class VerificationError(PdfRedactionError):
    """The written output still carries something it must not; nothing is released.

    ``channel`` is where it was found (``text``, ``text:pypdf``, ``stream``, ``raw``, ``metadata``,
    ``structure``, ``ocr``, ``detector:<TYPE>``), ``page`` the 1-based page or ``None`` for the
    document, ``what`` a description free of the identifier's text.
    """

    def __init__(self, *, channel: str, page: int | None, what: str) -> None:
        where = f"page {page}" if page is not None else "document"
        super().__init__(f"verification failed: {what} ({where}, channel {channel})")
        self.channel = channel
        self.page = page
        self.what = what
