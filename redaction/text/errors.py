"""Errors raised by the text redactor.

    TextRedactionError                  every failure this package raises on purpose
    ├── ModelUnavailableError           the pinned spaCy model is not installed (never downloaded)
    ├── KnownIdentifierError            a ``known`` mapping with an unknown type or a non-string value
    └── SettingsError                   inconsistent redaction settings (e.g. an unknown DOB mode)
"""

from __future__ import annotations

__all__ = ["KnownIdentifierError", "ModelUnavailableError", "SettingsError", "TextRedactionError"]


class TextRedactionError(Exception):
    """Base class of every error the text redactor raises deliberately."""


class ModelUnavailableError(TextRedactionError):
    """The spaCy model is missing; it is installed with the package, never fetched at run time."""


class KnownIdentifierError(TextRedactionError, ValueError):
    """The case's known identifiers are malformed (unknown type, value not a string)."""


class SettingsError(TextRedactionError, ValueError):
    """Redaction settings that cannot work together."""
