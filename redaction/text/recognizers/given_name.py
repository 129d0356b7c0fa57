"""Given names from the name lists (:mod:`redaction.text.given_names`) and the names gazetteer
(:mod:`redaction.gazetteer`), wherever a sentence puts them.

The model misses a name in a plain sentence it has no pattern for: "shouted at Todd across the car park",
"Call Fatima if…", "Cora, can I speak to your boss?", a chat line "Lucy: done.". A reader knows these are
names because they know the names. This recognizer takes a capitalised word the lists hold as a given
name, or one the gazetteer knows as a given name of some strength in the countries UK families come from
("Wiktor", "Thandiwe", "Dragoș": the census and the hand list hold few of them), or two given-name syllables
joined by a hyphen (:mod:`redaction.text.syllable_names`: "Eun-ji", "Ka-ho"), unless the text shows another
reading:

- a name that is also an English word ("Cora", "Lucy", "Martin") only where the text writes it as a name
  (:func:`_written_as_a_name`); the ambiguous ones ("Will", "Rose", "Hope") are left to the readers that
  weigh more cues;
- a role, title, heading or organisation word of case notes (:data:`lexicons.NOT_NAMES`), a language or
  people (:mod:`.peoples`), a month or weekday, is no one; nor is a weekday's abbreviation ("Thu", also a
  Vietnamese name), nor a month's in a date ("9th Jan", "due Jan": "Jan" is also a given name);
- a place the gazetteer knows after a place cue ("moved to Florence") is the place, and so is a name that
  ends a place's name ("County Tyrone", "San Antonio");
- a given name inside an organisation's or a place's name ("Victoria Street", "Alexandra Hospital",
  "St Mary's", "Meir Medical Practice") is left to those readers: a capitalised organisation or street word
  after it drops it;
- from the gazetteer only words that are not English words, not places ("Iran", "Jamaica" are given names
  somewhere too) and at least three letters long ("Co"); its weakest given names are left out, and its rarer ones
  ("Thorvald", "Abdelrahim", "Tsion") are taken only before a verb, as the one who acts ("Tsion sang").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.gazetteer import lookup as gazetteer_lookup
from redaction.places import lookup as place_lookup
from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, ENGLISH_WORD_NAMES, NOT_NAMES, SCHOOL_GENERIC_WORDS
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.address_grammar import STREET_TYPES
from redaction.text.syllable_names import is_syllable_name

__all__ = ["GivenNameRecognizer"]

_WORD = regex.compile(r"(?<![\p{L}\p{N}@.'’\-])\p{Lu}\p{Ll}+(?:[\-’']\p{Lu}?\p{Ll}+)?(?![\p{L}\p{N}@])")
# Month and weekday abbreviations that are also given names ("Jan", "Jun", "Thu"): in a date they are the date.
# A weekday's abbreviation is that far more often than a name in case notes (timetables, "Mon–Thu").
_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_WEEKDAYS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
_DATE_NEAR = regex.compile(r"\d[^\n\d]{0,4}\Z|\A[^\n\d]{0,5}\d|\A\.")
_TIME_WORD_BEFORE = regex.compile(r"(?i:\b(?:due|by|in|from|until|till|since|before|after|of|early|late|mid|end|next|last)[ ]+)\Z")
_PLACE_CUE = regex.compile(r"(?i:\b(?:in|at|from|near|to|into|via|outside|around)[ ]+)\Z")
_NAMED_THING_AFTER = regex.compile(
    r"[ ](?:" + "|".join(sorted({*STREET_TYPES, *SCHOOL_GENERIC_WORDS, "Ward", "Hospital", "Street", "House",
                                  "Centre", "Center", "Church", "Hall", "Line", "Station", "Airport", "Park",
                                  "Medical", "Surgery", "Clinic", "Practice"},
                                 key=lambda w: (-len(w), w))) + r")\b"  # one order in every process: see pattern_cache
)
_OPENING = regex.compile(r"(?:^|[.!?:;•*\-–]\s*|\n\s*|[\"“(]\s*)\Z")
_DETERMINER_BEFORE = regex.compile(
    r"(?i:\b(?:a|an|the|my|your|his|her|our|their|its|this|that|these|those|some|any|no|every|each)[ ]+)\Z")
_CAPITAL_AFTER = regex.compile(r"[ ]\p{Lu}")
# What makes a capitalised word at a sentence's opening a name: a call ("Cora, can I…"), a speaker's colon
# ("Lucy: done"), a verb only people do ("Lucy said").
_NAME_AT_OPENING = regex.compile(
    r"(?:,[ ]+(?:can|could|would|will|please|are|do|did|have|is|i|we|you|thanks|thank|sorry|hi|just)\b"
    r"|:[ ]|[ ]+(?:said|says|told|asked|rang|phoned|texted|emailed|replied|shouted|laughed|cried|smiled|agreed"
    r"|explained|wants|wanted|thinks|thought|feels|felt|loves|likes|hates|is[ ]\d|was[ ]born)\b)")
# "Hazel class", "Willow group": a class, group or room named after a name.
_GROUP_AFTER = regex.compile(r"[ ](?i:class|classes|group|room|base|ward|team|house|unit|hub|pod)\b")
_PREVIOUS_WORD = regex.compile(r"(\p{Lu}[\p{L}'’\-]*)[ ]\Z")
# Words that open a place's name before a given name: "Port Elizabeth", "Fort William", "Lake Louise", "Cape Ann".
_PLACE_PREFIXES = frozenset("Port Fort Mount Mt Cape Lake Point San Santa Santo São Sao Porto Puerto".split())
_NEXT_WORD = regex.compile(r"[ ](\p{Lu}[\p{L}'’\-]*)")
_SAINT_BEFORE = regex.compile(r"(?:\bSt\.?|\bSaint|\bSt)[ ]\Z")


class GivenNameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("given name", _WORD.pattern, 0.6)]  # for Presidio's registry; find() reads the name lists
    SCORE = 0.6

    def find(self, text: str) -> Iterator[Span]:
        for match in _WORD.finditer(text):
            word = match.group()
            if not (is_given_name(word) or _gazetteer_given_name(word) or is_syllable_name(word)
                    or (_gazetteer_given_name(word, _WEAK_STRENGTH) and _acts_as_a_person(text, match.end()))) \
                    or _ordinary_reading(text, match.start(), match.end(), word):
                continue
            yield Span(match.start(), match.end(), self.ENTITY, self.SCORE, "pattern")


# A given name's strength in the gazetteer (1.0 the commonest; see redaction.gazetteer.table.strength_of) below
# which it is too rare, or too often a stray word in the source, to take on the gazetteer's word alone.
_GAZETTEER_STRENGTH = 0.5
_LETTERS = regex.compile(r"\p{L}{3,}(?:-\p{L}+)?")


# A rarer given name of the gazetteer ("Thorvald", "Abdelrahim", "Tsion": the source ranks the names of the countries it
# holds thinly deep down) is taken where the sentence makes its word the one who acts: a verb follows it.
_WEAK_STRENGTH = 0.25
_VERB_AFTER = regex.compile(
    r"[ ]+(?:(?:also|just|then|never|always|already|still|kindly|finally)[ ]+)?"
    r"(?:will|would|can|could|should|shall|must|might|may[ ]have|won['’]t|can['’]t|couldn['’]t|didn['’]t|doesn['’]t"
    r"|has|had|hasn['’]t|is|was|isn['’]t|wasn['’]t|says|said|thinks|thought|knows|knew|wants|wanted|made|makes"
    r"|took|takes|gave|gives|went|goes|came|comes|got|gets|brought|brings|bought|buys|sold|sells|told|tells|ran|runs"
    r"|wrote|writes|left|leaves|lent|lends|sent|sends|won|wins|lost|met|meets|paid|pays|kept|found|built|sang|sings"
    r"|drove|drives|rode|swam|flew|taught|teaches|spoke|speaks|sat|stood|heard|saw|lives|lived|works|worked|\p{Ll}{2,}ed)"
    r"(?![\p{L}\p{N}'’\-])")


def _acts_as_a_person(text: str, end: int) -> bool:
    """Whether a verb follows the word ("Thorvald fixed the boat", "Tsion will sing")."""
    return _VERB_AFTER.match(text, end) is not None


def _gazetteer_given_name(word: str, strength: float = _GAZETTEER_STRENGTH) -> bool:
    if _LETTERS.fullmatch(word) is None or word in NOT_NAMES or is_english_word(word):
        return False  # "Co", "Let's"; a word or a role (cheaper than the gazetteer, whose table loads on first use)
    info = gazetteer_lookup(word)
    return (info is not None and not info.word and info.first >= strength
            and place_lookup(word) is None)


def _written_as_a_name(text: str, start: int, end: int, word: str) -> bool:
    """A given name that is also an English word ("Cora", "Lucy", "Martin") is a name where the text writes it
    as one: capitalised mid-sentence with no determiner before it and no capitalised word after it (that
    would be the name of a thing: "the Angel Inn", "Christian Aid"), or at a sentence's opening as a call,
    a speaker or the subject of a verb only people do. The ambiguous ones ("Will", "Grace", "Hope") are
    left to the readers that weigh more cues."""
    if word.casefold() in ENGLISH_WORD_NAMES or len(word) <= 3:
        return False  # "Will", "Grace"; "See", "My", "Can": short words are words
    if _OPENING.search(text, max(0, start - 3), start) is not None:
        return _NAME_AT_OPENING.match(text, end) is not None
    return _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is None and _CAPITAL_AFTER.match(text, end) is None


def _ordinary_reading(text: str, start: int, end: int, word: str) -> bool:
    if word in NOT_NAMES or word in PEOPLES_AND_LANGUAGES or word in CALENDAR_WORDS:
        return True
    if is_english_word(word) and not _written_as_a_name(text, start, end, word):
        return True
    if word in _WEEKDAYS:
        return True
    if word in _ABBREVIATIONS and (_DATE_NEAR.search(text[max(0, start - 5) : start]) or _DATE_NEAR.search(text[end : end + 6])
                                   or _TIME_WORD_BEFORE.search(text, max(0, start - 8), start)):
        return True  # "9th Jan", "05/Jan/2025", "due Jan": a date
    if (_NAMED_THING_AFTER.match(text, end) is not None or _GROUP_AFTER.match(text, end) is not None
            or _SAINT_BEFORE.search(text, max(0, start - 7), start)):
        return True  # "Victoria Street", "Alexandra Hospital", "Hazel class", "St Mary's"
    before = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    if before is not None and (place_lookup(f"{before.group(1)} {word}") is not None
                               or before.group(1) in _PLACE_PREFIXES):
        return True  # "County Tyrone", "San Antonio", "Port Elizabeth", "Fort William": the name of a place
    after = _NEXT_WORD.match(text, end)
    if (after is not None and _PLACE_CUE.search(text, max(0, start - 10), start) is not None
            and place_lookup(f"{word} {after.group(1)}") is not None):
        return True  # "the flight to Santa Cruz": the first word of a place's name
    return place_lookup(word) is not None and _PLACE_CUE.search(text, max(0, start - 10), start) is not None
