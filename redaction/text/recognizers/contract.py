"""Our recognizer contract: ``find(text)`` yields the :class:`~redaction.spans.Span` of each identifier.

Every recognizer of this package meets it (:class:`._base.UkPatternRecognizer.find`), and so does any
Presidio recognizer wrapped by :func:`.presidio_adapter.from_presidio`. The pipeline's pattern pass
(:class:`redaction.text.pipeline.sources.PatternRecognizers`) takes any sequence of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from redaction.spans import Span

__all__ = ["Recognizer"]


@runtime_checkable
class Recognizer(Protocol):
    def find(self, text: str) -> Iterator[Span]:
        """Each identifier in ``text``, in any order; overlaps are resolved later."""
        ...
