"""Checks the detector's row tests share: whether a word of a row was touched or found whole, and a candidate span
made over a word (for asking a negative's reason directly)."""

from __future__ import annotations

from collections.abc import Sequence

from redaction.spans import Span

__all__ = ["candidate", "found", "touched"]


def touched(spans: Sequence[tuple[int, int]], text: str, word: str) -> bool:
    """Whether any span overlaps the first ``word`` of ``text`` (a negative that must stay is not touched)."""
    start = text.index(word)
    return any(s < start + len(word) and start < e for s, e in spans)


def found(spans: Sequence[tuple[int, int]], text: str, word: str) -> bool:
    """Whether every letter and digit of the first ``word`` of ``text`` lies inside a span."""
    start = text.index(word)
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(word)) if text[i].isalnum())


def candidate(text: str, word: str, kind: str, score: float, source: str) -> Span:
    """A candidate of ``kind`` over the first ``word`` of ``text``, as a source would give it."""
    start = text.index(word)
    return Span(start, start + len(word), kind, score, source)
