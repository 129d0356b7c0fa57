"""Other written forms of the same characters, for matching the case's known identifiers.

A number or a name can be written so that a literal match misses it while every reader still sees it:
full-width or other compatibility characters (``０７７００ ９００４５６``, ``Ｔｈｉｓｔｌｅｗｏｏｄ``),
invisible format characters inside a word (zero-width space and joiners, soft hyphen, word joiner,
bidirectional controls), and letter-spacing (``T h i s t l e w o o d``, ``S W 1 A 1 A A``,
``T.h.i.s.t.l.e``). :func:`plain_form` gives the text with each character through NFKC, format
characters gone and letter-spaced runs joined, and a map from its offsets back to the original, so a
match in the plain form redacts exactly the characters the reader saw. Case and accents are kept (the
known-identifier patterns judge those themselves).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

__all__ = ["PlainForm", "plain_form"]

# Four or more single letters or digits, each followed by one separator ("T h i s", "S-W-1-A", "0.7.7.0.0"):
# a word of its own, never inside one. Two spaces end a run (letter-spaced words are set apart so).
_SPACED = regex.compile(r"(?<![\p{L}\p{N}])(?:[\p{L}\p{N}](?:[ .\-·_]|\u00a0)){3,}[\p{L}\p{N}](?![\p{L}\p{N}])")
_SEPARATORS = frozenset(" .-·_\u00a0")


@dataclass(frozen=True, slots=True)
class PlainForm:
    text: str
    origin: tuple[int, ...]  # origin[i]: offset in the original of plain character i
    length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of plain ``[start, end)``."""
        return self.origin[start], self.origin[end - 1] + 1


def plain_form(text: str) -> PlainForm | None:
    """The plain form of ``text``, or ``None`` when it is the text itself (nothing to undo)."""
    if text.isascii() and _SPACED.search(text) is None:
        return None
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            pieces.append(char)
            origin.append(index)
            continue
        if unicodedata.category(char) == "Cf":
            continue  # zero-width space and joiners, soft hyphen, word joiner, bidirectional controls
        plain = unicodedata.normalize("NFKC", char)
        pieces.append(plain)
        origin.extend([index] * len(plain))
    joined = "".join(pieces)
    if _SPACED.search(joined) is not None:
        kept = [True] * len(joined)
        for run in _SPACED.finditer(joined):
            for i in range(run.start() + 1, run.end(), 2):
                if joined[i] in _SEPARATORS:
                    kept[i] = False
        joined, origin = "".join(c for c, k in zip(joined, kept) if k), [o for o, k in zip(origin, kept) if k]
    if joined == text:
        return None
    return PlainForm(joined, tuple(origin), len(text))
