"""Identifiers OCR misread with a look-alike letter: "LAI 4QX" for LA1 4QX, "O77OO 9OO461" for a phone.

The text detectors check shapes and checksums, so one letter read for a digit hides a postcode, a
phone or an NHS number from them. Two passes catch that without loosening the detectors: the text
with the look-alike letters inside digit runs turned back into digits (same length, so every offset
still points at the same word) goes through the detectors again; and postcodes are matched with a
pattern that allows the look-alikes where a postcode has digits (a postcode's last part is strict:
a digit and two letters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redaction.pdf.matcher import Hit, Matcher

__all__ = ["digits_folded", "lookalike_hits"]

_AS_DIGIT = str.maketrans("OoIl|SZB", "00111528")
_LOOKALIKES = "OoIl|SZB"
_DIGIT = "[0-9OoQDIl|SZB]"
_POSTCODE = re.compile(rf"\b[A-Z]{{1,2}}{_DIGIT}[A-Z0-9]?\s?[0-9OQDIZSB][ABD-HJLNP-UW-Z]{{2}}\b")


def digits_folded(text: str) -> str:
    """``text`` with look-alike letters turned into digits in runs that hold a real digit and few other
    letters (a third at most)."""
    folded = list(text)
    for match in re.finditer(r"[0-9A-Za-z|]+", text):
        token = match.group()
        others = sum(char.isalpha() and char not in _LOOKALIKES for char in token)
        if any(char.isdigit() for char in token) and others <= len(token) // 3:
            for offset, char in enumerate(token):
                if char in _LOOKALIKES:
                    folded[match.start() + offset] = char.translate(_AS_DIGIT)
    return "".join(folded)


def lookalike_hits(text: str, matcher: Matcher) -> Sequence[Hit]:
    """What the detectors find only once look-alikes are read as digits, and postcodes misread."""
    hits = [Hit(m.start(), m.end(), "POSTCODE", "detector") for m in _POSTCODE.finditer(text)
            if any(char.isdigit() for char in m.group())]
    folded = digits_folded(text)
    if folded != text and matcher.finders:
        hits += [hit for hit in matcher.detect(folded) if folded[hit.start : hit.end] != text[hit.start : hit.end]]
    return hits
