"""A rural address with no house number: a house named as farms and cottages are named, then its village and
town, on one line with or without commas: "Home: Glebe Farm, Little Harrowden, Wellingborough", "Address: Hill
Top Farm Eskdale Green Holmrook CA19 1TX", "they live at Rose Cottage, Lower Pentre".

The street readers (:mod:`.address`) start from a number or a street word; a farm, a cottage or a lodge has
neither, but its last word says what it is. After an address's label or a verb of living ("Home:", "Address:",
"lives at", "c/o ... at"), or before a comma and a place the gazetteer holds, the house name and the capitalised
words that follow it on the line (its village, its town) are the address; a postcode after them is the postcode
reader's.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import lookup
from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["RuralAddressRecognizer"]

_CAP = r"\p{Lu}[\p{Ll}'’\-]+"
_HOUSE_WORDS = (r"(?:Farm|Farmhouse|Cottage|Cottages|Barn|Barns|Lodge|Grange|Manor|Bungalow|Croft|Steading|Mill"
                r"|Farmstead|Homestead|Smallholding|Chalet|Caravan[ ]Park|Hall[ ]Farm|House[ ]Farm)")
_HOUSE = rf"(?:(?:{_CAP}|\d+)[ ]){{1,3}}{_HOUSE_WORDS}"
_PLACES = rf"(?:,?[ ]+{_CAP}(?:[ ](?:upon|on|in|by|le|the)[ ]{_CAP})?){{0,5}}"
_LABEL = r"(?i:\b(?:home|address|home[ ]address|postal[ ]address|lives[ ]at|live[ ]at|living[ ]at|c/o))[ \t]*[:\-–]?[ \t]*"
_LABELLED = regex.compile(rf"{_LABEL}(?P<id>{_HOUSE}{_PLACES})")
# No label: the house name, a comma and a place the gazetteer holds ("Glebe Farm, Little Harrowden").
_BEFORE_PLACE = regex.compile(rf"(?<![\p{{L}}])(?P<id>{_HOUSE}),[ ]+(?P<place>{_CAP}(?:[ ]{_CAP}){{0,2}})")
_POSTCODE_WORD = regex.compile(r"[A-Z]{1,2}\d")


class RuralAddressRecognizer(UkPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = [Pattern("rural address", _LABELLED.pattern, 0.75)]  # for Presidio's registry
    SCORE = 0.75

    def find(self, text: str) -> Iterator[Span]:
        for match in _LABELLED.finditer(text):
            yield Span(match.start("id"), match.end("id"), self.ENTITY, self.SCORE, "pattern")
        for match in _BEFORE_PLACE.finditer(text):
            place = lookup(match.group("place"))
            if place is None or place.kind != "local":
                continue
            rest = regex.match(_PLACES, text[match.end("id"):])
            end = match.end("id") + (rest.end() if rest is not None else 0)
            yield Span(match.start("id"), end, self.ENTITY, 0.7, "pattern")
