"""Errors raised by the text redactor.

    TextRedactionError                  every failure this package raises on purpose
    ├── ModelUnavailableError           the pinned spaCy model is not installed (never downloaded)
    ├── KnownIdentifierError            a ``known`` mapping with an unknown type or a non-string value
    ├── SettingsError                   inconsistent redaction settings (e.g. an unknown DOB mode)
    └── TextTooLongError                a text longer than the detector reads in one call
"""

from __future__ import annotations

__all__ = ["MAX_TEXT_CHARS", "KnownIdentifierError", "ModelUnavailableError", "SettingsError", "TextRedactionError",
           "TextTooLongError"]

# The longest text read in one call. Time and memory grow about linearly with a text's length (about 20 MB and
# 35 CPU seconds a megabyte, bench_long_text.py); a 1,000-page bundle's text is some 3 million characters. Past
# this, the caller is told to split the text (by document or chapter) before anything is read.
MAX_TEXT_CHARS = 5_000_000


class TextRedactionError(Exception):
    """Base class of every error the text redactor raises deliberately."""


class ModelUnavailableError(TextRedactionError):
    """The spaCy model is missing; it is installed with the package, never fetched at run time."""


class KnownIdentifierError(TextRedactionError, ValueError):
    """The case's known identifiers are malformed (unknown type, value not a string)."""


class SettingsError(TextRedactionError, ValueError):
    """Redaction settings that cannot work together."""


class TextTooLongError(TextRedactionError, ValueError):
    """A text longer than the detector reads in one call: refused before any of it is read."""
