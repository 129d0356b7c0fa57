"""Whether capitalised words after a cue can only be a name: the check the readers of a place where a family lives
(:mod:`.residence_place`) and of a school by an informal name (:mod:`.school_informal`) make of the words after
their cues ("lives in Lurgan", "Year 2 at Millbrook").

A word is weighed without its possessive (:func:`~redaction.text.names.strip_possessive`: "Wells's" as "Wells",
"Thomas'" as "Thomas"), and only the possessive goes: a word's own last "s" stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from redaction.places import lookup
from redaction.text.english import is_english_word
from redaction.text.lexicons import FIRST_NAMES
from redaction.text.names import strip_possessive

__all__ = ["only_a_name"]


def only_a_name(words: Iterable[str], refused: Set[str], *, plurals_refused: bool = False) -> bool:
    """Whether capitalised ``words`` can only be a name: none, without its possessive, a word of ``refused`` (with
    ``plurals_refused``, nor one with an "s" after a word of it: "Mondays"), a given name, or an English word the
    gazetteer does not hold as a place ("Hope", not "Wells")."""
    for word in words:
        base = strip_possessive(word)
        if base in refused or base in FIRST_NAMES or (plurals_refused and base.removesuffix("s") in refused):
            return False
        if is_english_word(base) and lookup(base) is None:
            return False
    return True
