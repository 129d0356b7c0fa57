"""Initials standing for people in minutes, file notes and decisions: "JP to send the report", "AK and RK
(Appellants)", "BMcC said", "LVdM agreed", "B.O. explained", "the parents of DS, born …".

Initials are two to four capitals, with the lower-case letters of a surname's prefix or particle between
them ("BMcC", "LVdM"), or dotted ("B.O."). Acronyms look the same ("EP said", "LA agreed"), so a token
known as an acronym of SEND paperwork (:data:`~redaction.text.lexicons.ACRONYMS`) never counts, and any
other counts only where the words around it make it a person: a verb people do after it (said, agreed,
explained, "to send"), an action line ("Action: JP"), a pair with a role ("AK and RK (Appellants)"), a
role in brackets after it, or ", born"/", DOB" after it. Once one mention counts, every other mention of
the same initials in the document does too. Initials of a name found in the text ("Jane Parker" ->
"JP") are matched by the detector's propagation.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.lexicons import ACRONYMS, ACRONYMS_ALSO_INITIALS
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.field_person import EXACT_SCORE

__all__ = ["INITIALS", "INITIALS_TOKEN", "UkInitialsRecognizer", "in_person_context", "staff_codes"]

INITIALS = r"(?:\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,3}|(?:\p{Lu}\.){2,4})"
_TOKEN = regex.compile(rf"(?<![\p{{L}}\p{{N}}.'’\-&/])(?P<id>{INITIALS})(?![\p{{L}}\p{{N}}'’\-&/]|\.\p{{L}})")
_AFTER = regex.compile(
    r"[ ]+(?:(?:also|then|has|had|will|would|to|did|was|is)[ ]+)?"
    r"(?:said|says|explained|reported|added|asked|agreed|welcomed|confirmed|stated|noted|gave|described|felt"
    r"|thought|suggested|advised|queried|raised|shared|requested|proposed|summarised|outlined|chaired|attended"
    r"|send|chase|share|refer|draft|update|contact|arrange|write|complete|circulate|liaise|follow|check|book"
    r"|needs|has|had|attends|lives|was[ ]born|is[ ]now|will|absent|present|apologised)\b"
    r"|[ ]*,[ ]*(?:born|DOB|d\.o\.b|aged)\b"
    r"|[ ]*\((?:appellants?|parents?|mum|dad|mother|father|child|young[ ]person|chair|minutes|note[ ]?taker)\)",
    regex.IGNORECASE,
)
_PAIR = regex.compile(rf"[ ]+(?:and|&)[ ]+{INITIALS}\s*\((?i:appellants|parents|respondents)\)")
_BEFORE = regex.compile(
    r"(?i)(?:action(?:s|ed)?(?:[ ]by)?[ ]*:?|owner[ ]*:|lead[ ]*:|by[ ]whom[ ]*:|initials[ ]*:|minutes(?:[ ]by)?[ ]*:"
    r"|minute[ ]taker[ ]*:|notes?(?:[ ]taken)?(?:[ ]by)?[ ]*:|chair(?:ed[ ]by)?[ ]*:|(?-i:[A-Z]{2,4})[ ]+and)[ \t-]*\Z"
)


INITIALS_TOKEN = _TOKEN
# An action list's item: "- IT to share the letter" (whatever the verb, even mistyped).
_ITEM_START = regex.compile(r"(?:^|\n)[ \t]*[-•*][ \t]*\Z")
_TO_DO = regex.compile(r"[ ]+to[ ]+\p{Ll}{3,}")


# An acronym that is also somebody's initials ("PM", "GB", "ED") is read as a person only after no determiner or
# number ("the MP said", "2 PM") and where the words around it say so.
_DETERMINED = regex.compile(r"(?i)(?:\b(?:the|a|an|our|your|their|his|her|its|this|that|local)|\d)[ \t]*\Z")


def _counts(text: str, token: regex.Match[str]) -> bool:
    """Whether a token may be initials at all: never a SEND acronym; a common acronym only undetermined."""
    bare = token["id"].replace(".", "")
    if bare in ACRONYMS_ALSO_INITIALS:
        return _DETERMINED.search(text, max(0, token.start() - 8), token.start()) is None
    return bare not in ACRONYMS


def _in_capitals(words: str) -> bool:
    """A verb written in capitals ("CONSENT TO SHARE INFORMATION") is a heading's word, like the "initials" before
    it: in a line of capitals nothing tells initials from words."""
    letters = [ch for ch in words if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def in_person_context(text: str, start: int, end: int) -> bool:
    """Whether the words around initials at ``text[start:end]`` make them a person."""
    after = _AFTER.match(text, end)
    if after is not None and not _in_capitals(after.group()) or _PAIR.match(text, end):
        return True
    if _TO_DO.match(text, end) and _ITEM_START.search(text, max(0, start - 8), start):
        return True
    return _BEFORE.search(text, max(0, start - 20), start) is not None


class UkInitialsRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("initials", _TOKEN.pattern, 0.7)]

    def find(self, text: str) -> Iterator[Span]:
        tokens = [m for m in _TOKEN.finditer(text) if _counts(text, m)]
        people = {m["id"] for m in tokens if in_person_context(text, m.start("id"), m.end("id"))}
        if tokens:
            people |= staff_codes(text)
        for match in tokens:
            if match["id"] in people:
                yield Span(match.start("id"), match.end("id"), "PERSON", EXACT_SCORE, "pattern")


# A school's staff codes, keyed to their names in a timetable's key or after a name in brackets: "SCH  Mr Simon
# Church (RE)", "IBH = Mr Imran Bhatti", "Mr R. Whitehouse (RWH)". A code is the given name's initial and the
# surname's first letters ("SCH": S + CH) or the name's initials; once keyed, every mention of it is the person.
_STAFF_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Sr|Sra|Herr|Frau|Prof)\.?"
_GIVEN = r"\p{Lu}(?:\p{Ll}+|\.)"
_SURNAME = r"\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}[\p{Ll}'’]*\p{Ll})?"
_KEY_LINE = regex.compile(
    rf"(?m)^[ \t]*(?P<code>\p{{Lu}}{{2,4}})(?:[ \t]{{2,}}|\t|[ \t]*[=:–\-][ \t]*)(?:{_STAFF_TITLE}[ ]+)?"
    rf"(?P<given>{_GIVEN})[ ]+(?P<surname>{_SURNAME})(?![\p{{L}}])"
)
_CODE_AFTER_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?:{_STAFF_TITLE}[ ]+)?(?P<given>{_GIVEN})[ ]+(?P<surname>{_SURNAME})[ ]*\((?P<code>\p{{Lu}}{{3,4}})\)"
)


_BRACKETED_CODE = regex.compile(r"\(\p{Lu}{3,4}\)")


def _codes(given: str, surname: str, code: str) -> bool:
    if code[0] != given[0] or code in ACRONYMS:
        return False
    parts = surname.split("-")
    return code[1:] == surname.upper()[: len(code) - 1] or code[1:] == "".join(p[0] for p in parts).upper()


def staff_codes(text: str) -> set[str]:
    """The staff codes a text keys to names (see above)."""
    found = set()
    patterns = [_KEY_LINE] if "\n" in text else []
    if _BRACKETED_CODE.search(text) is not None:  # the name-then-code pattern only where a bracketed code stands
        patterns.append(_CODE_AFTER_NAME)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _codes(match["given"], match["surname"], match["code"]):
                found.add(match["code"])
    return found
