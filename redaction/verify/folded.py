"""A text folded for literal matching, with a map back to the original offsets.

Each character is taken through NFKC (full-width ``０７７００`` -> ``07700``, ligatures, superscripts),
case-folded, with diacritics dropped (``Zoë`` -> ``zoe``); format characters (zero-width space and
joiners, soft hyphen, word joiner, byte-order mark, bidirectional controls) and combining marks vanish.
Matching on the folded text and mapping back gives offsets into what the reader actually sees, so a
name hidden by any of these still has a place to point at.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Folded", "fold_char", "fold_text"]

_CACHE: dict[str, str] = {}


def fold_char(char: str) -> str:
    folded = _CACHE.get(char)
    if folded is None:
        if unicodedata.category(char) in ("Cf", "Mn", "Me"):
            folded = ""
        else:
            text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", char).casefold())
            folded = "".join(c for c in text if not unicodedata.combining(c))
        if len(_CACHE) < 100_000:  # hostile text cannot grow the cache without bound
            _CACHE[char] = folded
    return folded


@dataclass(frozen=True)
class Folded:
    text: str  # the folded text
    origin: Sequence[int]  # origin[i]: offset in the original of folded character i
    length: int  # the original's length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of folded ``[start, end)``."""
        if start >= end:
            return (self.origin[start] if start < len(self.origin) else self.length,) * 2
        return self.origin[start], self.origin[end - 1] + 1


def fold_text(text: str) -> Folded:
    if text.isascii():
        return Folded(text.lower(), range(len(text)), len(text))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isascii() and not char.isupper():
            pieces.append(char)
            origin.append(index)
            continue
        folded = fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return Folded("".join(pieces), origin, len(text))
