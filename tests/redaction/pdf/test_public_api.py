"""The public surface of ``redaction.pdf`` and its error tree, pinned."""

from __future__ import annotations

import inspect

import pytest

from redaction import pdf
from redaction.pdf import errors


def test_public_surface() -> None:
    assert sorted(pdf.__all__) == sorted([
        "Area", "InvalidRequestError", "LimitExceededError", "Limits", "MalformedPdfError", "OcrEngine",
        "OcrUnavailableError", "OcrUnsureError", "OcrWord", "PasswordRequiredError", "PdfInputError",
        "PdfRedactionError", "RedactionBox", "RedactionOutcome", "RedactionReport", "TesseractOcr",
        "UnsupportedContentError", "UnsupportedFontError", "UnsupportedImageError", "VerificationError",
        "redact_pdf",
    ])
    for name in pdf.__all__:
        assert getattr(pdf, name) is not None


def test_redact_pdf_options_are_keyword_only_and_verification_cannot_be_turned_off() -> None:
    parameters = inspect.signature(pdf.redact_pdf).parameters
    assert list(parameters)[0] == "source"
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in parameters.items() if name != "source")
    assert not any("verif" in name for name in parameters)


def test_error_tree() -> None:
    tree = {
        errors.InvalidRequestError: errors.PdfRedactionError,
        errors.PdfInputError: errors.PdfRedactionError,
        errors.MalformedPdfError: errors.PdfInputError,
        errors.PasswordRequiredError: errors.PdfInputError,
        errors.LimitExceededError: errors.PdfInputError,
        errors.UnsupportedContentError: errors.PdfRedactionError,
        errors.UnsupportedFontError: errors.UnsupportedContentError,
        errors.UnsupportedImageError: errors.UnsupportedContentError,
        errors.OcrUnavailableError: errors.UnsupportedContentError,
        errors.OcrUnsureError: errors.UnsupportedContentError,
        errors.VerificationError: errors.PdfRedactionError,
    }
    for child, parent in tree.items():
        assert child.__bases__[0] is parent
    assert set(errors.__all__) == {cls.__name__ for cls in tree} | {"PdfRedactionError"}
    error = errors.VerificationError(channel="raw", page=None, what="a PERSON identifier is in the file")
    assert str(error) == "verification failed: a PERSON identifier is in the file (document, channel raw)"


def test_limits_must_be_positive_and_areas_parse() -> None:
    with pytest.raises(ValueError, match="max_pages"):
        pdf.Limits(max_pages=0)
    assert pdf.Area.parse("2:10,20.5,30,40") == pdf.Area(2, 10, 20.5, 30, 40)
    for bad in ("0:1,1,2,2", "1:1,1,1,5", "1:1,2,3", "1:nan,0,1,1", "x"):
        with pytest.raises(pdf.InvalidRequestError):
            pdf.Area.parse(bad)
