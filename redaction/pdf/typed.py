"""A glyph's text as a writer typed it, for the page text the detectors read.

Producers encode what the typist typed with typographic characters: LibreOffice sets the spaces of a run of spaces
or a tab as six-per-em spaces (U+2006) around ordinary ones, others use no-break, thin or figure spaces, and a
font may draw "fi" as one ligature glyph (U+FB01). The detectors' patterns and model were written for typed text:
"14.10.2018\u2006 \u2006 NHS" loses its date of birth and "Griﬁths" its name. So every space separator reads as
a space and a ligature as its letters (each letter owned by the ligature's glyph); a zero-width format character
(a joiner, a soft break opportunity) reads as nothing, so it does not split a word. The glyphs themselves, and
their boxes, do not change.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["as_typed", "run_as_typed"]

_LIGATURES = range(0xFB00, 0xFB07)  # ff fi fl ffi ffl ſt st


@lru_cache(maxsize=4096)
def _typed(char: str) -> str:
    category = unicodedata.category(char)
    if category == "Zs":
        return " "
    if category == "Cf" and char != "\u00ad":  # the soft hyphen stays: it marks a hyphenated line end
        return ""
    if ord(char) in _LIGATURES:
        return unicodedata.normalize("NFKC", char)
    return char


def as_typed(text: str) -> str:
    """``text`` with space separators as a space, ligatures as letters and zero-width format characters gone."""
    if text.isascii():
        return text
    return "".join(_typed(char) for char in text)


def run_as_typed(texts: list[str | None]) -> list[str | None]:
    """The texts of a run's glyphs in order (None: not decodable) as typed; a space separator other than a
    space, directly before a space glyph, is that space's padding and reads as nothing."""
    typed: list[str | None] = []
    for index, text in enumerate(texts):
        if text is None:
            typed.append(None)
        elif (len(text) == 1 and text != " " and _typed(text) == " " and index + 1 < len(texts)
              and texts[index + 1] == " "):
            typed.append("")
        else:
            typed.append(as_typed(text))
    return typed
