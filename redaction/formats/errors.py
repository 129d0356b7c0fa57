"""Every failure a format redactor reports, in one hierarchy (nothing is returned with any of them).

    FormatError                       base: nothing was released
     ├── InvalidRequestError           the request cannot apply to this file (an area on an e-mail, bad options)
     ├── UnsupportedFormatError        a kind nobody redacts (yet), or content refused as unsafe to redact
     ├── MalformedFileError            the file cannot be read safely (broken MIME, damaged PDF)
     │    └── PasswordRequiredError    encrypted: no password given, or the wrong one
     ├── LimitExceededError            size, part count, nesting, decoded size, time
     └── VerificationError             the written output still carries a known identifier

Messages name places (``attachment 2``, ``the HTML body``) and kinds, never an identifier's text,
so error lines and logs stay free of the family's details. ``kind`` says which format refused.
"""

from __future__ import annotations

__all__ = [
    "FormatError",
    "InvalidRequestError",
    "LimitExceededError",
    "MalformedFileError",
    "PasswordRequiredError",
    "UnsupportedFormatError",
    "VerificationError",
]


class FormatError(Exception):
    """Base class: the file could not be redacted and verified; nothing was released."""

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class InvalidRequestError(FormatError, ValueError):
    """The caller asked for something that does not apply (an area on a text, an unknown option)."""


class UnsupportedFormatError(FormatError):
    """A kind no redactor handles here, or content that cannot be redacted safely, so it is refused."""


class MalformedFileError(FormatError):
    """The file is damaged or is not what its content claims to be."""


class PasswordRequiredError(MalformedFileError):
    """The file is encrypted and needs a (correct) password."""


class LimitExceededError(FormatError):
    """A configured bound was exceeded: size, parts, nesting depth, decoded size or time."""


class VerificationError(FormatError):
    """The output, read back independently, still carries something it must not.

    ``where`` names the place (``header Subject``, ``attachment 2``), ``what`` the identifier's type."""

    def __init__(self, message: str, *, kind: str | None = None, where: str = "", what: str = "") -> None:
        super().__init__(message, kind=kind)
        self.where = where
        self.what = what
