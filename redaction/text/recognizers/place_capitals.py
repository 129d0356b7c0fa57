"""Places written in capitals: "MOVED FROM LIVERPOOL TO ABERDEEN", "born in LAGOS, NIGERIA", "TRALEE, Co. Kerry".

Headings, forms filled in block capitals and shouted notes write every word in capitals, so a word's
capital says nothing there and :mod:`.place` leaves them alone (acronyms and headings would flood it). A
reader still knows a place in capitals by what stands around it. This recognizer looks a run of up to
three words in capitals up in the gazetteer and keeps a hit only

- after a place cue in any case ("IN", "FROM", "MOVED TO", "near"), or
- before ", <county, state or country>" in any case ("LAGOS, NIGERIA", "TRALEE, Co. Kerry").

Even then a word that is also an English word ("READING", "BATH", "MARCH") or a word of case notes
("COUNCIL", "SCHOOL") is a place only when the gazetteer calls it a major one or a region follows it;
a month or weekday never is; a run of two letters is an acronym ("IN", "UK").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import lookup
from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.lexicons import CALENDAR_WORDS, NOT_NAMES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.address_grammar import STREET_TYPES
from redaction.text.recognizers.place import PLACE_CUE

__all__ = ["CapitalsPlaceRecognizer"]

_CAPS_WORD = r"\p{Lu}{3,}(?:['’\-]\p{Lu}+)*"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}@/\-]){_CAPS_WORD}(?:[ ](?:OF[ ]|UPON[ ]|ON[ ]|DE[ ]|LA[ ])?{_CAPS_WORD}){{0,2}}(?![\p{{L}}\p{{N}}@])")
_TOKEN = regex.compile(_CAPS_WORD)
_REGION_AFTER = regex.compile(r",[ ]*(?:Co\.?[ ]|CO\.?[ ]|County[ ]|COUNTY[ ])?(?P<place>[\p{L}'’\-]+(?:[ ][\p{L}'’\-]+){0,2})")
# "IN LONDON ROAD": the street, which the address readers take.
_STREET_AFTER = regex.compile(r"[ ](?:" + "|".join(t.upper() for t in STREET_TYPES) + r")\b")


class CapitalsPlaceRecognizer(UkPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = [Pattern("gazetteer place in capitals", _RUN.pattern, 0.55)]  # for Presidio's registry; find() reads the gazetteer
    SCORE = 0.55  # as the gazetteer's other reader (see place.PlaceNameRecognizer.SCORE)

    def find(self, text: str) -> Iterator[Span]:
        for run in _RUN.finditer(text):
            tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, run.start(), run.end())]
            i = 0
            while i < len(tokens):
                for j in range(len(tokens) - 1, i - 1, -1):
                    start, end = tokens[i][0], tokens[j][1]
                    if self._is_place(text, start, end):
                        yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
                        i = j
                        break
                i += 1

    @staticmethod
    def _is_place(text: str, start: int, end: int) -> bool:
        surface = text[start:end]
        place = lookup(surface)
        if place is None:
            return False
        title = surface.title()
        if title in CALENDAR_WORDS or _STREET_AFTER.match(text, end) is not None:
            return False
        anchored = _region_after(text, end)
        if not anchored and PLACE_CUE.search(text, max(0, start - 30), start) is None:
            return False
        if " " not in surface and (title in NOT_NAMES or is_english_word(title)):
            return anchored or place.major
        return True


def _region_after(text: str, end: int) -> bool:
    region = _REGION_AFTER.match(text, end)
    if region is None:
        return False
    words = region.group("place").split()
    for n in range(len(words), 0, -1):
        found = lookup(" ".join(words[:n]))
        if found is not None and found.kind in ("country", "region"):
            return True
    return False
