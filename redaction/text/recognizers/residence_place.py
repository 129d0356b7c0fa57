"""Where a family lives, said in a plain sentence: "lives in Lurgan", "we moved up to Hexham", "relocated from
Gorton to Wythenshawe", "the flat in Toxteth", "on the Meadowell estate", "we're up at Drumchapel", "originally from Mirpur", and in chats "we live in bootle".

The gazetteer reader (:mod:`.place`) finds a capitalised place it holds; two classes escape it and a reader
still reads them as places:

- a town, district or estate the gazetteer lacks (it keeps GeoNames' places of 500 people or more, not every
  suburb, estate or Northern Irish town), named right after a *residence* cue - a verb of living or moving
  ("lives in", "moved up to", "relocated from", "grew up in", "based in"), a home noun ("the flat in", "their
  house in"), or "the <name> estate": after such a cue a capitalised word that is no English word, no given name
  and no word of case notes can only be the place;
- a place written in lower case in a chat ("from hartlepool", "live in bootle"): the gazetteer's UK or Irish
  places after a place cue, when the word is no English word and no given name.

Places abroad go on to the reader of places abroad (:mod:`redaction.text.abroad`) like any other LOCATION.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import lookup
from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.lexicons import CALENDAR_WORDS, FIRST_NAMES, NOT_NAMES, ORG_WORDS, ROLE_WORDS, TITLES
from redaction.text.names import strip_possessive
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.only_a_name import only_a_name

__all__ = ["ResidencePlaceRecognizer"]

# A verb of living or moving, or a home noun, then the preposition right before the place.
_RESIDENCE_CUE = (
    r"(?:\b(?:lives?|living|lived|reside[sd]?|residing|settled|based|grew[ ]up|brought[ ]up|stays?|staying|stayed)"
    r"(?:[ ](?:up|down|over|out|back|now|still|just|currently|nearby))?[ ](?:in|at|near|outside)"
    r"|\b(?:moved?|moving|relocated?|relocating|rehoused|re-housed|transferred)(?:[ ](?:up|down|over|out|back|away|house))?"
    r"[ ](?:to|from|into|in[ ]to|out[ ]to)"
    r"|\b(?:we(?:'re|[ ]are)|they(?:'re|[ ]are)|we[ ]live|they[ ]live|i['’]m|i[ ]am)[ ](?:in|just[ ]outside|outside|near"
    r"|out[ ]at|up[ ]in|down[ ]in|from|up[ ]at|down[ ]at|over[ ]in|out[ ]in|round[ ]in)"
    # where a family comes from: "originally from Sylhet", "came over from Kabul"
    r"|\b(?:originally|came|come|comes|coming)(?:[ ](?:over|here|back|across|originally))?[ ]from"
    r"|\b(?:flat|house|home|bungalow|maisonette|caravan|cottage|farm|estate|address|accommodation|hostel|refuge)"
    r"[ ](?:in|at)"
    r"|\bfrom[ ]\p{Lu}[\p{L}'’\-]*[ ]to)"
)
_CAPITAL_PLACE = regex.compile(
    rf"(?i:{_RESIDENCE_CUE})[ ](?:the[ ])?(?P<place>\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}?[\p{{Ll}}'’]+)*"
    r"(?:[ ](?:(?:upon|on|in|by|under|le)[ ])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){0,2})(?![\p{L}\p{N}@])"
)
# "the Meadowell estate", "on the Leam Lane Estate": a housing estate by its name; ``lives`` holds the words of
# living on it ("on the", "lives on the", "from the") when they stand before it.
_ESTATE = regex.compile(
    r"(?P<lives>\b(?i:on|off|from|in|near|round|to)[ ])?\b(?i:the)[ ]"
    r"(?P<place>\p{Lu}[\p{Ll}'’]+(?:[ ]\p{Lu}[\p{Ll}'’]+){0,2})[ ](?:estate|Estate)\b(?![ ]+(?i:agents?|agency|car))"
)
# Capitalised words before "estate" that say what kind of estate it is, not which: "the Council estate", "the
# Industrial Estate", "the Royal estate".
_ESTATE_KINDS = frozenset(
    "Council Housing Social Local New Old Big Large Small Industrial Trading Business Retail Country Royal Crown Private "
    "Rented Whole Same Other Next Nearby Family Real Landed Sporting Farm Forestry Office Residential".split())
# A place cue before a lower-case word of a chat.
_LOWER_PLACE = regex.compile(
    r"(?i:\b(?:in|from|near|outside|round|to|at))[ ](?P<place>\p{Ll}[\p{Ll}'’\-]{3,}(?:[ ](?:upon|on|under)[ ]\p{Ll}{3,})?)"
    r"(?![\p{L}\p{N}@])"
)
_JOINERS = frozenset({"upon", "on", "in", "by", "under", "le"})
_LOCAL = frozenset({"GB", "IE", "IM", "JE", "GG"})
_NEVER = NOT_NAMES | ORG_WORDS | ROLE_WORDS | TITLES | CALENDAR_WORDS
_STREET_WORDS = frozenset(
    "Road Street Lane Avenue Close Drive Way Court Crescent Terrace Place Gardens Grove Hill Park Square Walk Row "
    "View Rise Mews Green Parade".split())


def _unknown_place(words: list[str]) -> bool:
    """Whether capitalised ``words`` after a residence cue can only be a place: no word of them (the joiners aside) an
    English word, a given name or a word of case notes, nor its plural (the last may be a street or place word: "Leam
    Lane")."""
    if words[-1] in _STREET_WORDS:
        return False  # a street: the address readers decide
    return only_a_name([word for word in words if word not in _JOINERS], _NEVER, plurals_refused=True)


def _estate_name(words: list[str]) -> bool:
    """Whether ``words`` lived on ("on the Ferrier estate", "from the Blackbird Leys estate") name the estate: English
    words name estates too (after the birds, trees and fields of the land they were built on), so only a word of
    estate kinds ("the Council estate"), of case notes or a given name ("the Wilson estate", a family's land) says
    otherwise."""
    return not any(strip_possessive(w) in _ESTATE_KINDS or strip_possessive(w) in _NEVER
                   or strip_possessive(w) in FIRST_NAMES for w in words)


class ResidencePlaceRecognizer(UkPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = [Pattern("residence place", _CAPITAL_PLACE.pattern, 0.55)]  # for Presidio's registry
    SCORE = 0.55  # as the gazetteer's places: an address or a school's name around it wins

    def find(self, text: str) -> Iterator[Span]:
        for match in _CAPITAL_PLACE.finditer(text, overlapped=True):  # "from Gorton to Wythenshawe": both
            words = match.group("place").split()
            if words[-1] in _STREET_WORDS:
                continue  # "lives in Hope Street": a street, the address readers decide
            # the longest run of words that can only be a place: "Hexham Abbey" leaves "Abbey" to others
            while words and (words[-1] in _JOINERS or not _unknown_place(words)):
                words = words[:-1]  # "Wythenshawe in April": the joiner goes with the word after it
            if words:
                start = match.start("place")
                yield Span(start, start + len(" ".join(words)), self.ENTITY, self.SCORE, "pattern")
        for match in _ESTATE.finditer(text):
            words = match.group("place").split()
            named = words[:-1] if len(words) > 1 and words[-1] in _STREET_WORDS else words  # "the Leam Lane estate"
            if (_unknown_place(named) or lookup(" ".join(words)) is not None
                    or match["lives"] is not None and _estate_name(named)):
                yield Span(match.start("place"), match.end("place"), self.ENTITY, self.SCORE, "pattern")
        for match in _LOWER_PLACE.finditer(text):
            surface = match.group("place")
            place = lookup(surface)
            if place is None or place.kind != "local" or place.country not in _LOCAL:
                continue
            head = surface.split()[0]
            if is_english_word(head) or head.capitalize() in FIRST_NAMES or head.capitalize() in _NEVER:
                continue
            yield Span(match.start("place"), match.end("place"), self.ENTITY, self.SCORE, "pattern")
