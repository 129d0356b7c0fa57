"""Names among the words: each word weighed on evidence from readers that do not share a word list.

The evidence for a word: the gazetteer knows it as a name (and whether it is also an English word);
Presidio's spaCy model calls it a person; a title stands before it; its neighbour on the line is a name
too (a full name: "Malika Ghosh", or in lower-case text "malika ghosh"); a place the model names. And
against: a medical or test eponym follows ("Williams syndrome", "Conners scale"), it opens a sentence
(where every word has a capital), it is an ordinary English word, or one of the reader's own
non-personal words.

A name that two kinds of evidence agree on is a finding; a name-shaped word with one is a suspect.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from redaction.gazetteer import NameInfo, lookup
from redaction.text.language import Language, ordinary_word
from redaction.verify.vocabulary import NOT_PERSONAL, WIDE_PLACES, is_ordinary_word

__all__ = ["WordVerdict", "weigh_words"]

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
# Where every word has a capital. Not after a colon: "Attendees: Rabia", "SEN support: Keanu" name people.
_OPENING = re.compile(r"(?:^|[.!?;•*\-–—>\"“(\[|]|\n)[ \t]*$")
# A title, or an initial ("Z. Enright"), before the word.
_TITLE_BEFORE = re.compile(r"(?:\b(?i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Master|Cllr|Sir|Dame|Revd?)\.?|(?<![\w.])[A-Z]\.)[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_EPONYM_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:syndrome|disease|palsy|dystrophy|sign|test|tests|scale|scales|method|technique|programme|"
    r"program|approach|assessment|battery|inventory|questionnaire|criteria|classification|procedure|score|index|"
    r"reflex|sarcoma|lymphoma|anomaly|disorder|ataxia|phenomenon|law|principle|effect|model)\b", re.IGNORECASE)
WORD_NAME_STRENGTH = 0.5
CAPS_NAME_LENGTH = 7
GIVEN_NAME_STRENGTH = 0.3
STRONG_GIVEN_NAME = 0.5
_PAIR_GAP = re.compile(r"[ \t]{1,2}|-|,[ \t]?")  # "Malika Ghosh", "Ghosh-Malik", "GHOSH, Malika"


@dataclass(frozen=True, slots=True)
class WordVerdict:
    start: int
    end: int
    text: str
    verdict: str  # "person" (a finding), or a suspect reason
    strength: float = 0.0


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str  # without a possessive
    info: NameInfo | None
    capital: bool
    caps: bool
    ordinary: bool
    candidate: bool  # could be (part of) a name on its own shape


def weigh_words(text: str, *, ignored: Sequence[tuple[int, int]], persons: Sequence[tuple[int, int]],
                places: Sequence[tuple[int, int]], language: Language | None = None) -> Iterator[WordVerdict]:
    """``language``: in a text that is not English (or has Welsh passages), the language's ordinary words
    ("Diolch", "Montag", "Frau") are words, as the redactor reads them (:mod:`redaction.text.language`)."""
    foreign = language if language is not None and (not language.english or language.welsh) else None
    words = [w for w in _words(text, foreign) if not _inside(w.start, w.end, ignored)]
    for index, word in enumerate(words):
        if not word.candidate:
            continue
        before = words[index - 1] if index else None
        after = words[index + 1] if index + 1 < len(words) else None
        if _EPONYM_AFTER.match(text, word.end):
            continue
        verdict = _verdict(text, word, before, after, persons, places)
        if verdict is not None:
            strength = word.info.strength if word.info is not None else 0.0
            yield WordVerdict(word.start, word.end, word.text, verdict, strength)


def _verdict(text: str, word: _Word, before: _Word | None, after: _Word | None,
             persons: Sequence[tuple[int, int]], places: Sequence[tuple[int, int]]) -> str | None:
    info = word.info
    person = _overlaps(word.start, word.end, persons)
    place = _overlaps(word.start, word.end, places)
    titled = bool(_TITLE_BEFORE.search(text, max(0, word.start - 10), word.start))
    opening = word.start == 0 or bool(_OPENING.search(text, max(0, word.start - 4), word.start))
    paired = _paired(text, word, before) or _paired(text, word, after)
    # Also an English word: the gazetteer's flag, or a dictionary word that is not a common name.
    wordlike = info is not None and (info.word or (word.ordinary and info.strength < WORD_NAME_STRENGTH))
    given = info is not None and info.first >= GIVEN_NAME_STRENGTH  # a common given name, even opening a sentence
    strong = info is not None and info.first >= STRONG_GIVEN_NAME  # outweighs the small model's "place" ("Rabia")
    if word.capital:
        if info is not None and not wordlike and (person or titled or paired or strong or (not place and (given or not opening))):
            return "person"
        if info is not None and wordlike and (titled or (person and not opening) or (paired and not opening)):
            return "person"
        if info is None and not word.ordinary and not word.caps and titled:
            return "person"
        if place and not word.caps and word.text.casefold() not in WIDE_PLACES and not word.ordinary:
            return "rare place word"
        if info is not None and (not wordlike or person):
            return "gazetteer name"
        if not word.ordinary and (not word.caps or len(word.text) >= CAPS_NAME_LENGTH):
            return "name-like word"  # in capitals only when too long for an acronym ("JÓHANNSDÓTTIR")
        return None
    if info is not None and not info.word and not word.ordinary:  # lower-case text: no capital to go by
        return "person" if paired else "gazetteer name"
    return None


def _paired(text: str, word: _Word, other: _Word | None) -> bool:
    """``other`` stands next to ``word`` on the line and is a name too, in the same case."""
    if other is None or other.capital != word.capital:
        return False
    first, second = (other, word) if other.start < word.start else (word, other)
    if not _PAIR_GAP.fullmatch(text, first.end, second.start):
        return False
    if other.info is not None and not other.info.word and not other.ordinary:
        return True
    return other.capital and not other.ordinary and not other.caps and other.text.casefold() not in NOT_PERSONAL


def _words(text: str, foreign: Language | None = None) -> Iterator[_Word]:
    for match in _WORD.finditer(text):
        bare = _POSSESSIVE.sub("", match.group())
        if not bare:
            continue
        lowered = bare.casefold()
        personal = (lowered not in NOT_PERSONAL and lowered.removesuffix("s") not in NOT_PERSONAL and len(bare) > 1
                    and lowered not in WIDE_PLACES and (foreign is None or not ordinary_word(bare, foreign)))
        info = _name_info(bare) if personal else None
        capital = bare[:1].isupper()
        caps = bare.isupper()
        ordinary = is_ordinary_word(bare) if personal else True
        yield _Word(match.start(), match.start() + len(bare), bare, info, capital, caps, ordinary,
                    personal and (capital or info is not None))


def _name_info(word: str) -> NameInfo | None:
    """The word as a name, or its strongest hyphenated part ("Hollie-Mae", "Al-Rashid")."""
    info = lookup(word)
    if info is not None or "-" not in word:
        return info
    parts = [lookup(part) for part in word.split("-") if len(part) > 2]
    known = [p for p in parts if p is not None and not p.word]
    return max(known, key=lambda p: p.strength) if known else None


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in regions)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)
