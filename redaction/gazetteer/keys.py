"""The look-up key of a name: how the build writes it and how a reader asks for it.

Compatibility forms unfolded (NFKC: full-width letters), diacritics and letters with strokes folded
to their base letter (``Zoë`` -> ``zoe``, ``Łukasz`` -> ``lukasz``, ``Ørsted`` -> ``orsted``), case
folded, apostrophes dropped (``O'Connor`` -> ``oconnor``) and hyphen forms made one. Over-folding is
the safe direction for a reader looking for names: ``Luís`` and ``Luis`` are the same name to it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold"]

# Letters NFKD does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
                          "ŀ": "l", "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "ɨ": "i"})
_DROP = {ord(c): None for c in "'’‘ʼ`´"}
_HYPHENS = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", word))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return text.translate(_LETTERS).translate(_DROP).translate(_HYPHENS).strip()
