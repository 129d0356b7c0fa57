"""What the case search index holds for a family, and what a query asks for: normalised tokens.

A name is folded so that the way it was typed does not matter: Unicode compatibility forms, accents
stripped ("Zoë" is "zoe", "Ó Súilleabháin" is "o suilleabhain"), case folded, apostrophes dropped
("O'Brien" is "obrien"); a hyphenated or spaced name gives each part and the whole ("Smith-Jones" is
"smith", "jones" and "smithjones"). A postcode gives its full form and its outward code ("LS6 2AB"
is "ls62ab" and "ls6"). Words that name no one ("family", titles) are left out on both sides.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["MAX_QUERY_CHARS", "MAX_QUERY_TERMS", "address_tokens", "fold", "name_tokens", "query_tokens", "tokens_of"]

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 8

_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
_APOSTROPHES = re.compile(r"['\u2019\u2018`\u02bc]")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_NOT_NAMES = frozenset(
    {"family", "the", "and", "of", "mr", "mrs", "ms", "miss", "mx", "dr", "master", "child", "parent", "carer"}
)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _APOSTROPHES.sub("", bare).casefold()


def name_tokens(text: str) -> set[str]:
    """The tokens of a name or a family label."""
    tokens: set[str] = set()
    for word in _WORD.findall(fold(text)):
        parts = [part for part in word.split("-") if part]
        for part in parts:
            if len(part) > 1 and part not in _NOT_NAMES:
                tokens.add(part)
        if len(parts) > 1:
            tokens.add("".join(parts))
    return tokens


def address_tokens(text: str) -> set[str]:
    """The postcodes of an address (full form and outward code); nothing else of it is indexed."""
    tokens: set[str] = set()
    for outward, inward in _POSTCODE.findall(text):
        tokens.add(outward.casefold())
        tokens.add((outward + inward).casefold())
    return tokens


def query_tokens(query: str) -> set[str]:
    """The tokens a case must hold every one of to match ``query`` (full postcodes first, so "LS6 2AB"
    asks for the postcode, not for "ls6" and "2ab")."""
    text = query[:MAX_QUERY_CHARS]
    tokens = address_tokens(text)
    rest = _POSTCODE.sub(" ", text)
    return tokens | name_tokens(rest)


def tokens_of(names: Iterable[str], addresses: Iterable[str]) -> set[str]:
    tokens: set[str] = set()
    for name in names:
        tokens |= name_tokens(name)
    for address in addresses:
        tokens |= address_tokens(address)
    return tokens
