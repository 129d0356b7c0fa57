"""Resolve overlapping detections into disjoint spans.

Spans are taken strongest first: known identifiers, then patterns, then the model, then the
non-identifying DATE; within a source by score and length. A weaker span of the *same* type that
overlaps a taken one widens it (the model's "Ella Hughes" around a known "Hughes" becomes one mention);
a weaker span of a *different* type keeps only the parts not already taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count

import regex

from redaction.spans import Span
from redaction.text.intervals import Overlaps
from redaction.text.lexicons import COMMON_CAPITALISED, ORG_WORDS, ROLE_WORDS, TITLES

__all__ = ["resolve"]

_NOT_NAMES = COMMON_CAPITALISED | ORG_WORDS | ROLE_WORDS | TITLES
_WORD = regex.compile(r"[\p{L}\p{N}'’\-]+")
_SOURCE_RANK = {"known": 3, "pattern": 2, "term": 2, "model": 1}
_WHOLE = 0.9  # the score of a span read whole from a field or a table cell (recognizers.field_person.EXACT_SCORE)


def _rank(span: Span) -> tuple[int, float, int]:
    if span.type == "DATE":
        return (0, span.score, span.end - span.start)
    return (_SOURCE_RANK.get(span.source, 0), span.score, span.end - span.start)


def _pieces(span: Span, taken: list[Span], text: str) -> list[Span]:
    pieces = [(span.start, span.end)]
    for other in taken:
        pieces = [p for start, end in pieces for p in ((start, min(end, other.start)), (max(start, other.end), end))]
    out = []
    for start, end in pieces:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end > start and _worth_keeping(span.type, text[start:end]):
            out.append(Span(start, end, span.type, span.score, span.source))
    return out


def _worth_keeping(kind: str, piece: str) -> bool:
    """A leftover piece of a name-like span must still contain a word that could be a name."""
    if kind not in ("PERSON", "LOCATION", "SCHOOL"):
        # an address's house or flat number left between names it holds ("Studio ⟦7⟧⏎Francis Harbor") stays in it
        return sum(ch.isalnum() for ch in piece) >= 2 or (kind == "ADDRESS" and piece.isdigit())
    words = _WORD.findall(piece)
    if kind == "PERSON" and len(words) == 1 and len(words[0]) == 2 and not words[0].isupper():
        return False  # "F. Ma" cut by a spelt-out postcode's "F": a two-letter fragment is no name left over
    return any(w.strip("'’-") not in _NOT_NAMES and len(w) > 1 and w[:1].isupper() for w in words)


_SEPARATOR = regex.compile(r"\n|[;,|\t]|[ ]{2}")


def _separated(spans: list[Span], text: str) -> bool:
    """Whether a line break or a list or cell separator stands between the spans."""
    ordered = sorted(spans, key=lambda s: s.start)
    return any(_SEPARATOR.search(text, a.end, b.start) for a, b in zip(ordered, ordered[1:]))


def resolve(spans: Iterable[Span], text: str) -> list[Span]:
    # The spans taken so far are disjoint; they are filed by position (:class:`.intervals.Overlaps`) so each
    # candidate meets only its neighbours, in the order they were taken: linear in the candidates, not
    # quadratic, on a long text.
    taken: dict[int, Span] = {}
    index: Overlaps[int] = Overlaps()
    numbers = count()

    def take(span: Span) -> None:
        number = next(numbers)
        taken[number] = span
        index.add(number, span.start, span.end)

    for span in sorted(spans, key=_rank, reverse=True):
        keys = index.overlapping(span.start, span.end)
        if not keys:
            take(span)
            continue
        overlapping = [taken[k] for k in keys]
        same = [t for t in overlapping if t.type == span.type]
        # In text typed without capitals the model cannot see where one name ends and the next begins
        # ("its wanjiru okafor kieron's mum"): it joins no two names found apart.
        apart = len(same) > 1 and (span.source == "model" and text[span.start : span.end].islower()
                                   # names read whole from fields or cells ("Present: Ebru⏎Naveed Ciobanu")
                                   or all(t.score >= _WHOLE for t in same) and _separated(same, text))
        if same and len(same) == len(overlapping) and not apart:
            for k in keys:
                del taken[k]
                index.remove(k)
            start = min(span.start, *(t.start for t in same))
            end = max(span.end, *(t.end for t in same))
            best = max(same, key=_rank)
            take(Span(start, end, best.type, max(best.score, span.score), best.source))
            continue
        for piece in _pieces(span, overlapping, text):
            take(piece)
    return sorted(taken.values(), key=lambda s: (s.start, s.end))
