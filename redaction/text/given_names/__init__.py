"""Given names: the 1990 US Census's 5,494 (public domain) and a hand list of the origins UK families have.

``is_given_name(word)``: whether a capitalised word is a given name in these lists. Loaded on first use
(about 6,000 names, well under a megabyte), never at import. See :mod:`.build` for the sources.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from redaction.text.word_files import read_words

__all__ = ["DATA", "given_names", "is_given_name"]

DATA = Path(__file__).resolve().parent / "given_names.txt.gz"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return read_words(DATA)


def is_given_name(word: str) -> bool:
    return word in given_names()
