"""One entry for every document type (the formats-core branch builds the dispatcher and ``sniff``).

On this branch only the shared request/outcome types and the error hierarchy exist, exactly as the
shared interface specifies them, so the image redactor (``redaction.formats.image``) can be built
against them; the merge takes formats-core's package file.
"""

from __future__ import annotations

from redaction.formats.errors import (
    FormatError,
    LimitExceededError,
    MalformedFileError,
    UnsupportedFormatError,
    VerificationError,
)
from redaction.formats.request import FormatOutcome, FormatRequest

__all__ = [
    "FormatError",
    "FormatOutcome",
    "FormatRequest",
    "LimitExceededError",
    "MalformedFileError",
    "UnsupportedFormatError",
    "VerificationError",
]
