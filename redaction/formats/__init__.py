"""Redaction of every document type behind one interface (errors and the request/outcome types)."""

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
