"""Every failure a format redactor reports, in one hierarchy; each message says what a caseworker can do.

    FormatError                      base: nothing was released
     ├── UnsupportedFormatError      a type (or a feature of it) we do not redact, with the reason
     ├── MalformedFileError          the file is damaged or is not what it claims to be
     ├── LimitExceededError          size, pixels, frames, parts, nesting or time over a limit (bombs)
     └── VerificationError           the output still holds an identifier: nothing is returned

A message never holds an identifier's text: it names its kind and where it was found.
"""

from __future__ import annotations

__all__ = [
    "FormatError",
    "LimitExceededError",
    "MalformedFileError",
    "UnsupportedFormatError",
    "VerificationError",
]


class FormatError(Exception):
    """Base class: the redaction produced nothing that may be released."""


class UnsupportedFormatError(FormatError):
    """A type, or a feature of one, that cannot be redacted safely."""


class MalformedFileError(FormatError):
    """The file cannot be read: damaged, truncated, or not the type it claims to be."""


class LimitExceededError(FormatError):
    """The file exceeds a limit (bytes, pixels, frames, parts, nesting, decompression ratio, time)."""


class VerificationError(FormatError):
    """The independent re-read of the output still found an identifier it must not hold."""
