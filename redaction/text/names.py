"""How a personal name is written: the token shapes shared by the person recognizer, the known-identifier
matcher and the propagation of a found name to its other mentions."""

from __future__ import annotations

import regex

__all__ = ["CAPS_NAME", "NAME", "NAME_SEQ", "PARTICLE", "POSSESSIVE", "TITLE", "sentence_given_name", "strip_possessive"]

# Particles that start or join surnames: "van der Berg", "al-Hashimi", "bin Yusuf", "Ó Súilleabháin".
PARTICLE = r"(?:van|von|der|den|de|da|di|du|del|della|la|las|los|le|el|al|bin|binti|bint|ibn|ben|ter|ten|dos|das|zu|st|Ó|Ní|Nic|Uí|Ua)"

# "Ella", "O'Connor", "McDonald", "Okonkwo-Bright", "Zoë", "Łukasz", "al-Hashimi".
NAME = (
    rf"(?:(?:{PARTICLE}[ \-\n])?\p{{Lu}}[\p{{Ll}}]*(?:['’]\p{{Lu}}|\p{{Lu}}(?=\p{{Ll}}))?\p{{Ll}}+"
    rf"(?:-\p{{Lu}}?\p{{Ll}}+|['’]\p{{Lu}}\p{{Ll}}+)*)"
)
# "HUGHES", "O'CONNOR", "OKONKWO-BRIGHT".
CAPS_NAME = r"(?:(?:\p{Lu}['’])?\p{Lu}{2,}(?:['’\-]\p{Lu}+)*(?![\p{L}\p{N}]))"
# Two or three name tokens ("Ella Mae Hughes"), possibly wrapped over two lines by PDF text extraction.
NAME_SEQ = rf"{NAME}(?:(?:[ ]|[ ]?\n){NAME}){{0,2}}"
POSSESSIVE = r"(?:['’]s\b|['’](?!\w))"
TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Master|Cllr|Councillor|Rev|Revd|Judge)\.?"

_POSSESSIVE_END = regex.compile(r"(?i:['’]s?)$")


def strip_possessive(word: str) -> str:
    """``word`` without its possessive, for every reader that weighs a name's words: "'s" or "’s" in either case
    after any word ("Leo's" -> "Leo", "WHITFIELD'S" -> "WHITFIELD", "Wells's" -> "Wells"), or a bare apostrophe
    ("Jones'" -> "Jones"; after another letter a closing quote, never a name's). Only the possessive goes: a
    word's own last "s" stays ("Thomas", "Hastings")."""
    return _POSSESSIVE_END.sub("", word)


# Words the gazetteer ranks as given names that open sentences as verbs, adjectives or greetings ("Can Jones
# attend?", "See Thompson (2019)", "Happy Birthday", "New Mills"): never taken as a given name before a surname.
_OPENERS_NOT_GIVEN = frozenset(
    "Can Go See Love New Happy Merry Royal Young Little Major Welcome Ask Tell Let Per Via Sunny North South East West "
    "Art Star Best Good Great Old Big Say Help Hi Hey Thank Thanks Well Do Does Did Dear King Queen Prince Princess "
    "Lord Lady Saint Sir Deputy Head Chief Judge Page Chase Storm Rain Sky Ocean River".split()
)


def sentence_given_name(word: str) -> bool:
    """Whether a capitalised word opening a sentence before a surname may be its given name although it is also a
    word: one the gazetteer ranks as a given name (strength at least 0.5) that is no usual sentence opener of
    another kind ("Will Thompson joined", "Hope Ramsden was", "May Lindqvist has")."""
    if word in _OPENERS_NOT_GIVEN or not word[:1].isupper() or word.isupper():
        return False
    from redaction.gazetteer import lookup

    info = lookup(word)
    return info is not None and info.first >= 0.5
