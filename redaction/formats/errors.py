"""Every failure a format redactor reports, in one hierarchy; each message is one a caseworker can act on.

    FormatError                  base: nothing was released
     ├── UnsupportedFormatError   a type (or a feature of it) we do not redact: refused with the reason
     ├── MalformedFileError       damaged, truncated, or not what its content claims
     ├── LimitExceededError       size, entry count, decompression ratio, nesting, time
     └── VerificationError        the written output still carries an identifier; nothing returned
"""

from __future__ import annotations

__all__ = ["FormatError", "LimitExceededError", "MalformedFileError", "UnsupportedFormatError", "VerificationError"]


class FormatError(Exception):
    """Base class: the document was not redacted, and nothing was released."""


class UnsupportedFormatError(FormatError):
    """The type, or something inside it, cannot be redacted safely, so it is refused."""


class MalformedFileError(FormatError):
    """The file cannot be read: damaged, truncated, or not the type its content claims."""


class LimitExceededError(FormatError):
    """A limit was exceeded (size, entries, decompression ratio, nesting depth, time)."""


class VerificationError(FormatError):
    """The re-read output still holds an identifier that was to be removed; nothing is returned."""
