"""First names and surnames of the origins UK families have, offline: ``lookup(word)``, ``is_name(word)``.

About 387,000 names (Latin script, diacritics folded) from names-dataset 3.3.1, filtered to the
countries UK families come from, plus hand lists of Welsh names and of origins the source lacks; see
``data/README.md`` for the countries, cut-offs, size and licence, and ``build.py`` to rebuild it.
The table loads on first use (about a tenth of a second; its memory is reported by :func:`memory_bytes`);
each look-up bisects the sorted lines for the folded word.
"""

from __future__ import annotations

from redaction.gazetteer.keys import fold
from redaction.gazetteer.table import DATA, NameInfo, Table, strength_of

__all__ = ["DATA", "NameInfo", "fold", "is_name", "lookup", "memory_bytes", "size", "strength_of"]

_TABLE = Table()


def lookup(word: str) -> NameInfo | None:
    """What the gazetteer knows of ``word`` as a name (any case, with or without diacritics), or ``None``.
    A possessive or a hyphenated pair is the caller's to split: the key is the word as given."""
    return _TABLE.lookup(word)


def is_name(word: str, *, min_strength: float = 0.0, words: bool = False) -> bool:
    """Whether ``word`` is a name at least ``min_strength`` strong; names that are also ordinary English
    words ("will", "rose") count only with ``words=True``."""
    info = _TABLE.lookup(word)
    return info is not None and info.strength >= min_strength and (words or not info.word)


def size() -> int:
    return len(_TABLE)


def memory_bytes() -> int:
    return _TABLE.memory_bytes()
