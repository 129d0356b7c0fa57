"""Street address lines and address blocks.

Finds "14 Abbey Road", "Flat 3, 22 Wilmslow Road", "2nd Floor Jubilee House, 15 Abbey Road", then
extends a line over the town and county that follow it ("…, Barrow in Furness, Cumbria"), and takes
the short capitalised lines of a letter's address block that end at a postcode.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern

from redaction.spans import Span
from redaction.text.recognizers._base import UkPatternRecognizer
from redaction.text.recognizers.postcode import UkAnyPostcodeRecognizer

__all__ = ["UkAddressRecognizer"]

_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl"
    r"|Gardens|Gdns|Terrace|Grove|Walk|Hill|Park|Row|Square|Sq|Mews|Rise|View|Green|Parade|Gate"
    r"|Vale|Wharf|Yard|Meadows?|Fields?|Croft|Chase|Brow|Bank|Boulevard|Broadway|Circus|Embankment"
    r"|Esplanade|Promenade|Approach|Wynd|Loke|Hollow|Heights|Orchard|Quay|Wood|End)"
)
_CAP = r"\p{Lu}[\p{L}'’\-]*"
_BUILDING = rf"(?:{_CAP}[ ](?:{_CAP}[ ])?(?:House|Court|Lodge|Cottage|Farm|Mansions|Buildings?|Villas?|Hall|Flats|Tower|Point|Centre)\b,?[ ]+)"
_LINE = (
    rf"(?:\d+(?:st|nd|rd|th)[ ]+Floor,?[ ]+)?(?:(?:Flat|Apartment|Apt\.?|Unit|Room)[ ]+\d+[A-Za-z]?,?[ ]+)?"
    rf"{_BUILDING}?\d+[A-Za-z]?(?:[\-–]\d+[A-Za-z]?)?,?[ ]+(?:{_CAP}[ ]+){{0,3}}{_STREET}\b"
    r"(?!(?<=\bSt)\.?[ ]+\p{Lu}\p{Ll})"  # "St Bees's" is a saint, not a street
)
_PLACE = rf"{_CAP}(?:[ \-](?:{_CAP}|in|on|upon|under|le|by|the|de|en))*"
_TRAILING_PLACES = regex.compile(rf"(?:,[ ]*|[ ]*\n[ ]*)(?!(?:Tel|Phone|Email|E-mail|Mobile|Dear|Re|Date|Ref)\b){_PLACE}(?=[ ]*(?:,|\n|$|[ ]+[A-Z]{{1,2}}\d))")
_BLOCK_LINE = regex.compile(rf"^[ \t]*(?:\d+[A-Za-z]?,?[ ]+)?{_CAP}(?:[ ,\-]+(?:{_CAP}|\d+[A-Za-z]?|of|in|on|upon|the|le|by)){{0,5}},?[ \t]*$", regex.MULTILINE)
_POSTCODE = UkAnyPostcodeRecognizer()
# "..., School Lane, Kendal LA9 6NN": a street without a number and a town, just before a postcode.
_BEFORE_POSTCODE = regex.compile(
    rf"(?r)(?:(?<=,[ ]?)|(?<=^[ \t]*)|(?<=[ \u00a0]{{2}}|\t))(?:(?:{_CAP}[ ]+){{1,3}}{_STREET},[ ]*)?{_PLACE}[ ]*,?[ ]*\Z",
    regex.MULTILINE,
)


class UkAddressRecognizer(UkPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = [
        Pattern("street line", rf"(?<![\w£$.])(?P<id>{_LINE})", 0.85),
        Pattern("building and floor", rf"(?<![\w])(?P<id>\d+(?:st|nd|rd|th)[ ]+Floor,?[ ]+{_CAP}[ ]{_CAP})", 0.7),
    ]
    CONTEXT = ["address", "lives at", "live at", "living at", "moved to"]

    def find(self, text: str) -> Iterator[Span]:
        for span in super().find(text):
            yield self._extend_over_places(text, span)
        yield from self._blocks_ending_at_postcodes(text)
        yield from self._places_before_postcodes(text)

    @staticmethod
    def _places_before_postcodes(text: str) -> Iterator[Span]:
        for postcode in _POSTCODE.find(text):
            line_start = text.rfind("\n", 0, postcode.start) + 1
            before = _BEFORE_POSTCODE.search(text, line_start, postcode.start)
            if before is not None:
                end = before.start() + len(before.group().rstrip(" ,"))
                if end > before.start():
                    yield Span(before.start(), end, "ADDRESS", 0.6, "pattern")

    @staticmethod
    def _extend_over_places(text: str, span: Span) -> Span:
        end = span.end
        for _ in range(3):
            follow = _TRAILING_PLACES.match(text, end)
            if follow is None:
                break
            end = follow.end()
        return Span(span.start, end, span.type, span.score, span.source)

    @staticmethod
    def _blocks_ending_at_postcodes(text: str) -> Iterator[Span]:
        """A letter's address block: up to four short capitalised lines right above a postcode line."""
        for postcode in _POSTCODE.find(text):
            line_start = text.rfind("\n", 0, postcode.start) + 1
            start = postcode.start
            head = text[line_start : postcode.start]
            if head.strip() and _BLOCK_LINE.fullmatch(head.rstrip(" ,")) is None:
                continue
            if head.strip():
                start = line_start + len(head) - len(head.lstrip())
            for _ in range(4):
                if line_start == 0:
                    break
                prev_start = text.rfind("\n", 0, line_start - 1) + 1
                line = text[prev_start : line_start - 1]
                if not line.strip() or _BLOCK_LINE.fullmatch(line) is None or len(line) > 60:
                    break
                start, line_start = prev_start + len(line) - len(line.lstrip()), prev_start
            if start < postcode.start:
                end = postcode.start
                while end > start and text[end - 1] in " ,\n\t":
                    end -= 1
                if end > start:
                    yield Span(start, end, "ADDRESS", 0.6, "pattern")
