"""The public surface of ``redaction.formats.office`` and of the shared ``redaction.formats`` pieces it uses."""

from __future__ import annotations

import redaction.formats as formats
import redaction.formats.office as office
from redaction.formats import FormatError, LimitExceededError, MalformedFileError, UnsupportedFormatError, VerificationError


def test_office_surface() -> None:
    assert sorted(office.__all__) == [
        "DOCX_CONTENT_TYPE", "ODT_CONTENT_TYPE", "OfficeLimits", "convert_to_docx", "convert_to_pdf", "libreoffice",
        "redact_doc", "redact_docx", "redact_legacy", "redact_odt", "redact_rtf",
    ]


def test_shared_errors_form_one_hierarchy() -> None:
    for error in (UnsupportedFormatError, MalformedFileError, LimitExceededError, VerificationError):
        assert issubclass(error, FormatError)
    assert {"FormatRequest", "FormatOutcome", "FormatError"} <= set(formats.__all__)
