"""A surname written before its initials, as lists, citations, sign-up sheets and minutes write names: "Submitted by
Tran, H.", "Okafor, C. and Lindqvist, H.", "Authors: Kowalski, J.; Nguyen, T. T.", "KOVACS, A.".

The surname is one capitalised word (title case or capitals, hyphenated parts allowed) that a list of names holds
as a surname; the initials are one to three capitals each with its full stop (spaced, run together or hyphenated:
"T. T.", "A.M.", "J.-P."), and after them the name ends: the text ends, or punctuation, a bracket, a line break,
or a lower-case word ("for the committee") follows. A capitalised word after the initials ("Leeds, W. Yorkshire")
makes them an abbreviation of something else. The model finds the surname and often leaves the initials: this reads
them whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.lexicons import NOT_NAMES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["SurnameInitialsRecognizer"]

_SURNAME_INITIALS = regex.compile(
    r"(?<![\p{L}\p{N}'’\-.])(?P<surname>\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}[\p{L}\p{M}'’]+)?),[ ]"
    r"(?P<initials>\p{Lu}\.(?:[ \-]?\p{Lu}\.){0,2})"
    r"(?=$|[ ]*[\n;,:)\]]|[ ]+(?:and|&|\p{Ll})|[.!?]?[ ]*(?:\n|$)|[ ]+\()"
)


def _a_surname(word: str) -> bool:
    from redaction.gazetteer import lookup
    from redaction.text.surnames import is_surname

    if word.capitalize() in NOT_NAMES:
        return False
    for part in word.split("-"):
        info = lookup(part)
        if not (is_surname(part) or (info is not None and info.last > 0)):
            return False
    return True


class SurnameInitialsRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("surname, initials", _SURNAME_INITIALS.pattern, 0.6)]  # for Presidio's registry
    SCORE = 0.6

    def find(self, text: str) -> Iterator[Span]:
        for match in _SURNAME_INITIALS.finditer(text):
            if _a_surname(match.group("surname")):
                yield Span(match.start(), match.end("initials"), self.ENTITY, self.SCORE, "pattern")
