"""Where a relative lives or a child is placed, said with no address: "his nan in Small Heath", "her gran's in
Tredegar", "grandad up in Horden", "now at Three Ways School in Combe Down", "the pru in Horden".

The gazetteer reader (:mod:`.place`) finds a place it holds after any place cue, and :mod:`.residence_place` takes
an unknown town after a verb of living or moving ("lives in", "moved to"). Two cues escape both, and after them a
reader still reads the capitalised words as a place:

- a *relative* or *carer* before "in"/"near"/"over in" ("his nan in", "her dad's in", "the foster carers
  out in", "grandparents near"): a person is "in" a place, not "in" anything else a case note capitalises;
- a *setting* before "in": a school's name or a setting's noun ("Three Ways School in", "the unit in", "the pru
  in", "a special school in").

The gazetteer lacks many districts, villages and estates of two plain words ("Small Heath", "Combe Down", "Moss
Side", "Canning Town"): after these cues a run of one to three capitalised words is taken as the place when

- it is a UK or Irish place of the gazetteer, or
- no word of it is a word of case notes (a role, an organisation's word, a month, a title, a given name) and either
  no word is an English word ("Horden", "Toxteth") or its last word is a word places end in ("Heath", "Down",
  "Side", "Town", "Vale", "End", "Green", ...): "Small Heath", "Moss Side".

A street ("Hope Street") is left to the address readers; "in Year 6", "in Maths", "in English", "in care" stay.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import lookup
from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.lexicons import CALENDAR_WORDS, FIRST_NAMES, NOT_NAMES, ORG_WORDS, ROLE_WORDS, TITLES
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["KinPlaceRecognizer"]

_KIN = (
    r"nan|nana|nanna|nanny|nain|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|taid"
    r"|grandparents?|great[ -]grandparents?|aunt|aunty|auntie|uncle|cousins?|dad|mum|mam|mom|father|mother"
    r"|step-?dad|step-?mum|step-?father|step-?mother|half-?brother|half-?sister|brothers?|sisters?|siblings"
    r"|foster[ ]carers?|kinship[ ]carers?|carers?|in-laws|relatives|family|ex|ex-partner|partner"
)
_KIN_CUE = (
    rf"\b(?i:(?:{_KIN})(?:['’]s)?)(?:[ ](?:is|are|lives?|still|now))?"
    r"(?:[ ](?:up|down|over|out|back|across))?[ ](?:in|near|outside)"
)
_SETTING_CUE = (
    r"(?:\b(?:School|Academy|Primary|College|Nursery|PRU|Centre|Unit)"
    r"|\b(?:school|academy|nursery|college|unit|pru|base|setting|placement|provision|centre))[ ](?:in|at|near)"
)
_PLACE = regex.compile(
    rf"(?:{_KIN_CUE}|{_SETTING_CUE})[ ](?:the[ ])?"
    r"(?P<place>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:[ ](?:(?:upon|on|in|under|le)[ ])?\p{Lu}[\p{Ll}'’]+"
    r"(?:-\p{Lu}?[\p{Ll}'’]+)*){0,2})(?![\p{L}\p{N}@])"
)
_LOCAL = frozenset({"GB", "IE", "IM", "JE", "GG"})
_JOINERS = frozenset({"upon", "on", "in", "under", "le"})
_NEVER = NOT_NAMES | ORG_WORDS | ROLE_WORDS | TITLES | CALENDAR_WORDS | PEOPLES_AND_LANGUAGES
# The last word of many districts, villages and estates, each also an English word.
_PLACE_ENDS = frozenset(
    "Heath Down Downs Side Town Vale End Green Common Cross Bridge Moor Moors Wood Woods Fields Field Heights Bank "
    "Banks Gate Hey Leys Marsh Mount Valley Dale Bay Brook Park Hill Hills Estate Village Farm Top Bottom Wells "
    "Head Ford Mills Mill".split())
_STREET_WORDS = frozenset(
    "Road Street Lane Avenue Close Drive Way Court Crescent Terrace Place Gardens Grove Square Walk Row View Rise "
    "Mews Parade".split())


_NATIONS = frozenset({"England", "Wales", "Scotland", "Ireland", "Northern Ireland", "Britain", "Great Britain"})
_KIN_WORDS = frozenset(
    "Mum Mam Mom Dad Nan Nana Nanna Gran Granny Grandma Grandad Grandpa Aunt Aunty Auntie Uncle Nain Taid".split())


def _known_place(surface: str) -> bool:
    place = lookup(surface)
    return place is not None and place.kind == "local" and place.country in _LOCAL


def _place_words(words: list[str]) -> bool:
    """Whether capitalised ``words`` after a relative's or a setting's cue can only be a place."""
    if words[-1] in _STREET_WORDS:
        return False  # a street: the address readers decide
    named = [w for w in words if w not in _JOINERS]
    if " ".join(words) in _NATIONS:
        return False  # a nation identifies nobody
    for word in (named[:-1] if len(named) > 1 and named[-1] in _PLACE_ENDS else named):  # "Combe Down"
        base = word[:-2] if word.endswith(("'s", "’s")) else word
        if base in _NEVER or base.removesuffix("s") in _NEVER or base in FIRST_NAMES or base in _KIN_WORDS:
            return False
    if _known_place(" ".join(words)):
        return True
    if lookup(" ".join(words)) is not None:
        return False  # a country, a region or a place abroad: the gazetteer's reader decides
    if len(named) > 1 and named[-1] in _PLACE_ENDS:
        return not any(w in _PLACE_ENDS for w in named[:-1]) or not is_english_word(named[0])
    return not any(is_english_word(w) for w in named)


class KinPlaceRecognizer(UkPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = [Pattern("relative's or setting's place", _PLACE.pattern, 0.55)]  # for Presidio's registry
    SCORE = 0.55  # as the gazetteer's places: an address or a school's name around it wins

    def find(self, text: str) -> Iterator[Span]:
        for match in _PLACE.finditer(text):
            words = match.group("place").split()
            if words[-1] in _STREET_WORDS:
                continue  # "her nan in Hope Street": a street, the address readers decide
            # the longest run of words that can only be a place: "Horden Colliery Lane" is a street, "Garston in
            # April" ends at "Garston"
            while words and (words[-1] in _JOINERS or not _place_words(words)):
                words = words[:-1]
            if words:
                start = match.start("place")
                yield Span(start, start + len(" ".join(words)), self.ENTITY, self.SCORE, "pattern")
