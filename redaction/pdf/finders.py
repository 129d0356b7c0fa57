"""The text pipeline (``redaction.text``) as finders for the PDF matcher.

Two finders: the detectors (spaCy NER plus the UK pattern recognizers, loaded once per process by
``redaction.text``), and the known identifiers expanded into the variants case papers use ("M.
Thornbury", "THORNBURY, Margaret", the date in every layout) without loading the model, so the
known identifiers work with detection off.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from redaction.pdf.errors import InvalidRequestError, UnsupportedContentError
from redaction.pdf.matcher import Finder

__all__ = ["detector_finder", "known_finder", "validated_known"]


def validated_known(known: Mapping[str, Iterable[str]] | None) -> dict[str, list[str]]:
    """The caller's ``known`` checked as the text pipeline checks it (types, aliases, strings)."""
    if not known:
        return {}
    from redaction.text import TextRedactionError, parse_known

    try:
        entries = parse_known({key: list(values) if not isinstance(values, str) else values
                               for key, values in known.items()} if isinstance(known, Mapping) else known)
    except TextRedactionError as error:
        raise InvalidRequestError(str(error)) from error
    except (TypeError, AttributeError) as error:
        raise InvalidRequestError("known identifiers must be an object mapping a span type to a list of strings") from error
    mapping: dict[str, list[str]] = {}
    for entry in entries:
        mapping.setdefault(entry.type, []).append(entry.value)
    return mapping


def known_finder(known: Mapping[str, Sequence[str]]) -> Finder:
    from redaction.text import Detector

    detector = Detector(load_model=False)

    def find(text: str) -> Sequence[Any]:
        return detector.detect(text, known=known, detectors=False)

    return find


def detector_finder() -> Finder:
    """The text pipeline's detectors, shared by every call in this process."""
    try:
        from redaction.text import (
            ModelUnavailableError,
            TextRedactionError,
            default_redactor,
        )

        redactor = default_redactor()
    except ImportError as error:
        raise UnsupportedContentError(f"identifier detection is not available ({error})") from error
    except (ModelUnavailableError, TextRedactionError) as error:
        raise UnsupportedContentError(f"identifier detection is not available ({error})") from error

    def find(text: str) -> Sequence[Any]:
        return redactor.detect(text, known=None)

    return find
