"""Text redaction: UK identifiers, the case's known identifiers, consistent pseudonyms.

``detect(text, known=...)`` returns :class:`~redaction.spans.Span` s with offsets into ``text``;
``redact(text, known=...)`` returns the anonymised text with its span report. Both use one shared
:class:`TextRedactor`, loaded on first use (spaCy takes about a second to load); build your own
``TextRedactor`` (or :class:`Detector`) to choose settings or to process many texts in batches.
Everything is offline: the spaCy model is a pinned package and nothing is downloaded.
"""

from __future__ import annotations

import importlib
import random
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from redaction.spans import Span
from redaction.text.errors import (
    MAX_TEXT_CHARS,
    KnownIdentifierError,
    ModelUnavailableError,
    SettingsError,
    TextRedactionError,
    TextTooLongError,
)
from redaction.text.settings import RedactionSettings

if TYPE_CHECKING:
    from redaction.text.anonymise import RedactionResult
    from redaction.text.detector import Detection, Detector
    from redaction.text.known import KnownEntry, parse_known
    from redaction.text.redactor import TextRedactor

# The detector and what it holds (spaCy, Presidio's recognizer classes, some 200 compiled patterns: a
# third of a second) load on first use of one of these names, not on import of the package, so that
# ``redaction.text.language`` and ``redaction.text.english``, which the second reader shares, come
# without the first reader (a process that only verifies, or the second reader's own process).
_LAZY = {
    "Detection": "redaction.text.detector",
    "Detector": "redaction.text.detector",
    "KnownEntry": "redaction.text.known",
    "RedactionResult": "redaction.text.anonymise",
    "TextRedactor": "redaction.text.redactor",
    "parse_known": "redaction.text.known",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

__all__ = [
    "MAX_TEXT_CHARS",
    "Detection",
    "Detector",
    "KnownEntry",
    "KnownIdentifierError",
    "ModelUnavailableError",
    "RedactionResult",
    "RedactionSettings",
    "SettingsError",
    "TextRedactionError",
    "TextRedactor",
    "TextTooLongError",
    "default_redactor",
    "detect",
    "parse_known",
    "redact",
]

_DEFAULT: TextRedactor | None = None
_LOCK = threading.Lock()


def default_redactor() -> TextRedactor:
    """The shared redactor with default settings, loaded once per process."""
    from redaction.text.redactor import TextRedactor

    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            _DEFAULT = TextRedactor()
        return _DEFAULT


def detect(text: str, *, known: Mapping[str, Sequence[str]] | None = None, detectors: bool = True) -> list[Span]:
    """Identifier spans in ``text``; ``detectors=False`` finds only the ``known`` identifiers."""
    if not detectors:
        from redaction.text.detector import Detector

        return Detector(load_model=False).detect(text, known=known, detectors=False)
    return default_redactor().detect(text, known=known)


def redact(
    text: str,
    *,
    known: Mapping[str, Sequence[str]] | None = None,
    detectors: bool = True,
    rng: random.Random | None = None,
) -> RedactionResult:
    """The anonymised ``text`` (default settings: DOB to its year, other dates kept)."""
    return default_redactor().redact(text, known=known, detectors=detectors, rng=rng)
