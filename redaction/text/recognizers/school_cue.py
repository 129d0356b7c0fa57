"""A school named by its short name after a verb of schooling: "attends Westfield", "wants to stay at
Little Lindale", "he goes to little oakfield", "a place at Moorclose".

Minutes, messages and decisions rarely spell out "… Primary School"; the verb says what the name is.
After the cue, one to three capitalised words are taken when none is a common word of case notes and at
least one is no English word (Webster's list); in lower-case text, one to three words with no stop word
among them, the last of them no dictionary word ("little oakfield"). A word made of a dictionary word and
an English place-name ending ("Lakeside", "croftlands", "Brookfields") is a place's name after such a
verb although dictionaries list some of them: "goes to lakeside" names the school. Towns after "moved to" are caught
too and typed as schools: either way they identify the child. After a verb of going, a given name with a further
capitalised word and no school's type word is a person ("the award goes to Nomvula Dlamini-Ntuli") and is left.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word, is_english_word
from redaction.text.lexicons import (
    FIELD_VALUE_STOPWORDS,
    FIRST_NAMES,
    NOT_NAMES,
    SCHOOL_GENERIC_WORDS,
)
from redaction.text.names import strip_possessive
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkSchoolCueRecognizer"]

_TYPE_WORDS = frozenset("Community Primary Academy School High Infant Infants Junior Juniors Nursery College Special".split())

_CUE = (
    r"attends|attended|attending|goes[ ]to|go[ ]to|going[ ]to|went[ ]to|stay[ ]at|stays[ ]at|staying[ ]at"
    r"|remain[ ]at|pupil[ ]at|pupils[ ]at|placed[ ]at|placement[ ]at|place[ ]at|on[ ]roll[ ]at|started[ ]at"
    r"|starts[ ]at|start[ ]at|moved[ ]to|move[ ]to|transfer[ ]to|transferred[ ]to|excluded[ ]from|taught[ ]at"
    # a boarder, a student or a learner of the setting, enrolled at it, or on a timetable there
    r"|boarder[ ]at|boarders[ ]at|boarding[ ]at|student[ ]at|students[ ]at|learner[ ]at|enrolled[ ]at|studying[ ]at"
    r"|timetable[ ]at"
)
_AFTER_CUE = regex.compile(
    rf"(?i:\b(?:{_CUE}))(?:[ ]+|[ ]?\n)(?P<name>[\p{{L}}][\p{{L}}'’\-]*(?:(?:[ ]|[ ]?\n)[\p{{L}}][\p{{L}}'’\-]*){{0,2}})"
)


_NON_SPACE = regex.compile(r"\S+")
# Endings of English place names, which make a dictionary word into a place: "lake" + "side", "croft" + "lands".
_PLACE_ENDINGS = ("side", "lands", "land", "field", "fields", "croft", "moor", "wood", "woods", "brook", "dale", "ford",
                  "bury", "well", "gate", "hill", "hills", "bank", "lea", "leigh", "mead", "meadow", "meadows", "vale",
                  "view", "park", "close", "green", "heath", "stone", "worth", "holme", "wick", "thorpe", "grove",
                  "haven", "mount", "ridge", "hurst", "combe", "stead", "ley", "cliffe", "water", "mere")
# A note's subject line: "Re: Leo (DOB 3 May 2015), Westfield" — the child, the birth date, then the school.
_SUBJECT_SCHOOL = regex.compile(
    r"(?im)^[ \t]*re[ ]*:[^\n(]{1,60}\((?:dob|d\.o\.b\.?|born)\b[^)\n]{1,30}\),[ ]*"
    r"(?P<name>[\p{L}][\p{L}'’\-]*(?:[ ][\p{L}][\p{L}'’\-]*){0,3})[ \t]*$"
)


class UkSchoolCueRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [Pattern("school after a cue", _AFTER_CUE.pattern, 0.6)]

    def find(self, text: str) -> Iterator[Span]:
        for match in _SUBJECT_SCHOOL.finditer(text):
            if not any(w.casefold() in FIELD_VALUE_STOPWORDS for w in match["name"].split()):
                yield Span(match.start("name"), match.end("name"), "SCHOOL", 0.6, "pattern")
        for match in _AFTER_CUE.finditer(text):
            words = list(_NON_SPACE.finditer(text, match.start("name"), match.end("name")))
            broken = next((i for i in range(1, len(words)) if "\n" in text[words[i - 1].end() : words[i].start()]), None)
            if broken is not None and not _runs_on(text, words, broken):
                words = words[:broken]
            names = [w.group() for w in words]
            count = _capitalised(names) if names[0][:1].isupper() else _lower(names)
            if count >= 2 and _a_persons_name(match.group(0), names[:count]):
                continue
            if count:
                yield Span(words[0].start(), words[count - 1].end(), "SCHOOL", 0.6, "pattern")


def _runs_on(text: str, words: list[regex.Match[str]], broken: int) -> bool:
    """Whether a name runs over the line break before ``words[broken]``: up to its type ("Dowdales⏎Community"),
    or, in lower case, into words no dictionary has ("little⏎dowdales")."""
    after = words[broken:]
    if any(w.group().capitalize() in _TYPE_WORDS for w in after):
        return True
    return text[words[0].start() : words[-1].end()].islower() and not any(is_common_word(w.group()) for w in after)


def _place_compound(word: str) -> bool:
    """A dictionary word joined to a place-name ending, written as one word ("Lakeside", "croftlands")."""
    bare = strip_possessive(word.casefold().rstrip(".,;:!?"))
    for ending in _PLACE_ENDINGS:
        head = bare[: -len(ending)]
        if bare.endswith(ending) and len(head) >= 3 and head.isalpha() and is_common_word(head):
            return True
    return False


# Verbs of going that take people as often as schools in general English: "the award goes to Nomvula Dlamini-Ntuli",
# "we went to Amara Osei's".
_GOING = regex.compile(r"(?i:goes|go|going|went|moved|move)[ ]")


def _a_persons_name(cued: str, words: list[str]) -> bool:
    """After a verb of going, a given name and a further capitalised word with no school's type word among them
    is a person's name ("goes to Nomvula Dlamini-Ntuli"), not a school's short name."""
    from redaction.places import lookup as place_lookup
    from redaction.text.recognizers.given_name import _gazetteer_given_name

    if _GOING.match(cued) is None or any(w in _TYPE_WORDS for w in words):
        return False
    first = strip_possessive(words[0])
    return ((first in FIRST_NAMES or _gazetteer_given_name(first)) and place_lookup(" ".join(words)) is None
            and place_lookup(first) is None)


def _capitalised(words: list[str]) -> int:
    taken: list[str] = []
    for word in words:
        if taken and word in _TYPE_WORDS:  # "Yarlside Community", "Moorclose Primary"
            taken.append(word)
            continue
        if not word[:1].isupper() or word in NOT_NAMES or word in FIRST_NAMES:
            break
        taken.append(strip_possessive(word))
    distinctive = [w for w in taken if w not in SCHOOL_GENERIC_WORDS]
    return len(taken) if any(not is_english_word(w) or _place_compound(w) for w in distinctive) else 0


def _lower(words: list[str]) -> int:
    count = 0
    for word in words:
        if not word.islower() or word in FIELD_VALUE_STOPWORDS:
            break
        count += 1
    while count and is_common_word(words[count - 1]) and not _place_compound(words[count - 1]):
        count -= 1
    while count and count < len(words) and words[count].capitalize() in _TYPE_WORDS:
        count += 1  # "yarlside community": the type after the name is the name's
    return count
