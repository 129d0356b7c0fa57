"""Surnames: the 1990 US Census's 88,799 (public domain), case-folded.

``is_surname(word)``: whether a word, in any case, is a surname in this list. Loaded on first use (about
89,000 short strings, a few megabytes), never at import. Many are English words ("Ward", "Best"): the
list is a candidate source only beside a cue that makes the word a surname. See :mod:`.build`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from redaction.text.word_files import read_words

__all__ = ["DATA", "is_surname", "surnames"]

DATA = Path(__file__).resolve().parent / "surnames.txt.gz"


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return read_words(DATA)


def is_surname(word: str) -> bool:
    return word.casefold() in surnames()
