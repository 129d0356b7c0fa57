"""A name the detectors found, met again in lower case as an ordinary word: "good grace" beside Grace.

Every value a detector finds on a page becomes a target, searched for again on every page case-folded (so
"NOWAK" and "nowak" go with "Nowak"). A first name that is also an English word (Grace, Hope, Joy, Will, Rose)
then takes the word with it wherever it stands ("she has shown good grace", "we hope", "attendance rose"). The
text path matches a found name in lower case only when it is no dictionary word ("spoke to kerry", not "grace",
see ``redaction.text.propagate``). The PDF path's search is stricter than that, since informal writing names
people in lower case too ("did ruby get her letter", "rafa, bia, luca, iris"): an occurrence all in lower case, of
a found value written with a capital, each word of it an ordinary English word, is no occurrence of the name only
where the word before it makes it a common noun or a verb -- an article, a possessive or demonstrative, a subject
pronoun, a possessive noun or one of the few adjectives that take it ("a rose", "they hope", "we will", "with good
grace", "a week's grace"; not "to", a preposition or a modal, which a name follows as often: "spoke to ruby") -- and not inside an address or a handle ("grace.okafor@", "@grace"), where case
says nothing. Terms and known identifiers (the caller's own) still match in every case.
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["ordinary_word_use"]

_WORD = re.compile(r"[^\W\d_]+")
_JOINERS = "@._"
_BEFORE = re.compile(r"([^\W\d_]+(['’]s)?)\s+\Z")
GOVERNING = frozenset((
    "a an the this that these those my your his her its our their some any no every each such"  # determiners
    " i we you they he she it who"  # subject pronouns
    " good great real bad little big new old").split())  # adjectives ("good grace", "a big hope")
# Not "to", a preposition or a modal: a name follows those as often ("spoke to ruby", "with iris", "can ruby come").


class _Target(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def source(self) -> str: ...


def ordinary_word_use(target: _Target, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, an occurrence of the detected value ``target``, is the ordinary lower-case word
    (see the module docstring)."""
    if target.source != "detector" or not any(char.isupper() for char in target.text):
        return False
    found = text[start:end]
    if not found.islower():
        return False
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before in _JOINERS or after == "@" or (after in "._" and end + 1 < len(text) and text[end + 1].isalnum()):
        return False
    governed = _BEFORE.search(text, max(0, start - 40), start)
    if governed is None or not (governed.group(2) or governed.group(1).lower() in GOVERNING):
        return False
    from redaction.text.english import is_common_word

    words = _WORD.findall(found)
    return bool(words) and all(is_common_word(word) for word in words)
